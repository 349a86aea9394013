import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { redact } from '../../src/usage/redact';
import { vocabulary } from '../../src/usage/vocabulary';

/**
 * Stored questions and feedback comments keep the toolkit's words and common English only.
 * The messages are written as practitioners type them: lower case, no punctuation, names,
 * streets and dates in the middle.
 */
const vocab = vocabulary(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
const clean = (text: string) => redact(text, vocab);

describe('redaction by allow-list', () => {
  it.each([
    [
      'jayden smith from 14 park road l4 didnt come home 3rd march',
      '[word] [word] from [number] [word] road [number] didnt come home [date]',
    ],
    ["kayleigh o'brien", '[word] [word]'],
    ['dob 12/03/2011', 'dob [date]'],
    ['twelve acacia avenue', '[word] [word] avenue'],
    ['kayla jones from bootle keeps self harming', '[word] [word] from bootle keeps self harming'],
    ['Jayden Smith keeps going missing', '[name] [name] keeps going missing'],
    ['JAYDEN SMITH KEEPS GOING MISSING', '[name] [name] KEEPS GOING MISSING'],
    ['my foster daughter Hope is self harming', 'my foster daughter [name] is self harming'],
    ['what do I do if AB is cutting', 'what do I do if [initials] is cutting'],
    ['tyreece and lexi-mae went off with jack wood', '[word] and [word]-[word] went off with [word] [word]'],
    ['zoë o’connor-smith lives on acacia ave', '[word] [word]-[word] lives on [word] ave'],
  ])('"%s" is kept as "%s"', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ["Kayden's social worker email is k.jones@council.gov.uk", 'Kayden', 'k.jones', 'council'],
    ['ring mum on 07700 900123 about contact', '07700', '900123'],
    ['born 14/05/2012, placed 3rd March 2024', '14/05/2012', '3rd March', '2024'],
    ['case ref LAC-20391 needs a CETR', '20391'],
    ['J.S. is 14 and at Redbrook Academy', 'J.S.', '14', 'Redbrook'],
    ['call +44 151 496 0000 now', '496'],
    ['meeting on March 12, 2025 with Dr Patel', 'March 12', '2025', 'Patel'],
    ['nevaeh-rose mcdonagh, 7 cherry tree close, l9 7al, dob 1st feb 2013', 'nevaeh', 'mcdonagh', 'cherry tree', 'l9', '7al', 'feb'],
    ['our lad Will smashed his room up', 'Will'],
    ['see www.facebook.com/kayleigh.obrien.77', 'facebook', 'kayleigh'],
  ])('"%s" loses its identifiers', (input, ...secrets) => {
    const out = clean(input);
    for (const s of secrets) expect(out).not.toContain(s);
    expect(out).toMatch(/\[(name|word|email|phone|date|number|initials|link)\]/);
  });

  it('keeps a question that names no one exactly as it was', () => {
    for (const q of [
      'she keeps cutting her arms and wont talk to camhs',
      'My foster carer says CAMHS is who she wants',
      'is the dewi jones unit still open',
      'how do i get a cetr for a 15 year old',
      'what does the IRO do when the care plan is not working',
    ])
      expect(clean(q)).toBe(q.replace(/\d+/g, '[number]'));
  });

  it("keeps the content's own names and acronyms, capitalised or not", () => {
    expect(clean('Lisa in Sefton needs an IRO')).toBe('[name] in Sefton needs an IRO');
    expect(clean('Ancora House or Alder Hey')).toBe('Ancora House or Alder Hey');
    // A word the content uses only inside a name goes on its own: "jones" outside "Dewi Jones Unit".
    expect(clean('mrs jones the carer')).toBe('[word] [word] the carer');
  });

  it("keeps a misspelling of the toolkit's longer words, for the content owners to add", () => {
    expect(clean('secton 2 polise place of saftey')).toBe('secton [number] polise place of saftey');
  });

  it('keeps no name from a list of common given names and surnames, written any way', () => {
    const first = ['jayden', 'kayleigh', 'tyler', 'chloe', 'kacper', 'amira', 'riley', 'brodie', 'nevaeh', 'ellie'];
    const last = ['smith', 'jones', 'obrien', 'mcdonagh', 'hughes', 'nowak', 'khan', 'brown', 'walker', 'wright'];
    for (const [i, f] of first.entries()) {
      const l = last[i]!;
      for (const text of [
        `${f} ${l} didnt come home`,
        `worried about ${f} ${l}`,
        `${f[0]!.toUpperCase()}${f.slice(1)} ${l.toUpperCase()} is missing`,
      ]) {
        const out = clean(text).toLowerCase();
        expect({ text, out, leaked: [f, l].filter((n) => out.includes(n)) }).toMatchObject({ leaked: [] });
      }
    }
  });

  it('caps what it keeps at 500 characters', () => {
    expect(clean('help '.repeat(200)).length).toBe(500);
  });
});
