import { redact } from '../../src/usage/redact';

const known = new Set([
  'she',
  'he',
  'my',
  'is',
  'camhs',
  'what',
  'do',
  'i',
  'the',
  'in',
  'our',
  'foster',
  'carer',
  'can',
  'sefton',
  'lac',
  'iro',
  'gp',
  'who',
  'a',
  'and',
  'at',
]);

describe('redaction of unanswered questions', () => {
  it.each([
    ['Jane Smith keeps running away from her foster placement', 'Jane', 'Smith'],
    ["Kayden's social worker email is k.jones@council.gov.uk", 'Kayden', 'k.jones@council.gov.uk'],
    ['ring mum on 07700 900123 about contact', '07700', '900123'],
    ['born 14/05/2012, placed 3rd March 2024', '14/05/2012', '3rd March 2024'],
    ['case ref LAC-20391 needs a CETR', '20391'],
    ['J.S. is 14 and at Redbrook Academy', 'J.S.', '14', 'Redbrook'],
    ['what do I do if AB is cutting', 'AB'],
    ['call +44 151 496 0000 now', '496'],
    ['meeting on March 12, 2025 with Dr Patel', 'March 12', 'Patel'],
  ])('removes identifiers from "%s"', (input, ...secrets) => {
    const out = redact(input, known);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toMatch(/\[(name|email|phone|date|number|initials)\]/);
  });

  it('keeps the words that show what the question was about', () => {
    expect(redact('My foster carer says CAMHS is who she wants', known)).toBe('My foster carer says CAMHS is who she wants');
    expect(redact('Lisa in Sefton needs an IRO', known)).toBe('[name] in Sefton needs an IRO');
  });
});
