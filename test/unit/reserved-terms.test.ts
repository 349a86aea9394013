import { join, resolve } from 'node:path';
import { loadContentFiles, formatProblem } from '../../src/content/load';
import { crossCheck } from '../../src/content/check';
import { compilePhrase, compileTerms, misusesIn } from '../../src/content/reserved-terms';

const CONTENT = resolve(__dirname, '..', '..', 'content');
const table = loadContentFiles(CONTENT).reservedTerms;

describe('the reserved-terms table (content/reserved-terms.yaml)', () => {
  it('is read with the content', () => {
    expect(table?.terms.map((t) => t.term)).toEqual(['Gateway', 'Dynamic Support Register (DSR)', 'CETR']);
  });

  const compiled = compileTerms(table!);
  const misused = (text: string) => misusesIn(text, compiled).map((m) => m.found);

  it.each([
    ['Refer the child to the Gateway.', 'Gateway'],
    ['Make a referral to the Gateway for an assessment.', 'Gateway'],
    ['She was referred through the Gateway last week.', 'Gateway'],
    ['Use the Gateway referral form.', 'Gateway'],
    ['The Gateway is the single point of access for CAMHS.', 'Gateway'],
    ['The Gateway is the front door to CAMHS.', 'Gateway'],
    ['The CAMHS front door is the Gateway.', 'Gateway'],
    ['The Gateway is the referral route for CAMHS.', 'Gateway'],
    ['Add her to the Dynamic Support Database.', 'Dynamic Support Register (DSR)'],
    ['Ask for a CTR before he is admitted.', 'CETR'],
    ["The child's Care and Treatment Review is due.", 'CETR'],
  ])('fails %j', (text, term) => {
    expect(misusesIn(text, compiled).map((m) => m.term.term)).toContain(term);
  });

  it.each([
    'The Gateway is not a referral route: refer to the Alder Hey CAMHS Single Point of Access (SPA).',
    'The Gateway is never the front door.',
    'Do not send referrals to the Gateway.',
    "Don't refer to the Gateway; refer to the SPA.",
    'CAMHS bring a young person at high risk to the Gateway meeting.',
    'Referrals to CAMHS (not the Gateway): the Single Point of Access (SPA).',
    'It is a meeting, not the front door; the Gateway sits alongside the register.',
    'The Dynamic Support Register (DSR), locally called the DSD, is kept by the ICB.',
    'Ask for a CETR, or a community C(E)TR, before any admission.',
    'A CTR is the review for adults aged 18 or over; for a child it is a CETR.',
    'Gateways of the city',
  ])('accepts %j', (text) => {
    expect(misused(text)).toEqual([]);
  });

  it('reads a phrase as words: "*" for up to three words, "word*" for any ending', () => {
    expect(compilePhrase('refer* * to the Gateway').test('referring this boy to the Gateway')).toBe(true);
    expect(compilePhrase('refer* * to the Gateway').test('refer them all at once to the Gateway')).toBe(false);
    expect(compilePhrase('CTR').test('C(E)TR')).toBe(false);
    expect(compilePhrase('CTR').test('CTRs')).toBe(true);
  });

  it('finds nothing misused in the real content', () => {
    const load = loadContentFiles(CONTENT);
    expect(
      crossCheck(load)
        .filter((p) => p.message.includes('reserved-terms.yaml'))
        .map(formatProblem),
    ).toEqual([]);
  });
});

describe('content check on entries that use a reserved term for another thing', () => {
  const load = loadContentFiles(join(__dirname, '..', 'fixtures', 'reserved-terms'));
  load.reservedTerms = table;
  const all = crossCheck(load, new Date('2026-11-24'))
    .map(formatProblem)
    .map((m) => m.replace(/^.*?fixtures\/reserved-terms\//, ''))
    .filter((m) => m.includes('reserved-terms.yaml'));

  it.each([
    ['practice-gateway-misused.yaml:4: summary: "Gateway referral": Gateway is not a referral route'],
    ['practice-gateway-misused.yaml:17: keyPoints.0: "Refer the child to the Gateway"'],
    ['practice-gateway-misused.yaml:18: keyPoints.1: "Gateway is the single point of access"'],
    ['practice-gateway-misused.yaml:20: whatToDo.0: "front door to CAMHS is the Gateway"'],
    ['practice-register-misnamed.yaml:4: summary: "Dynamic Support Database": Dynamic Support Register (DSR) is not called a database'],
    ['practice-review-misnamed.yaml:12: keyPoints.0: "CTR": CETR is not called a CTR'],
    ['practice-review-misnamed.yaml:16: whatToDo.0: "Care and Treatment Review"'],
  ])('reports %s', (expected) => {
    expect(all.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('as errors, so the check fails', () => {
    expect(
      crossCheck(load)
        .filter((p) => p.message.includes('reserved-terms.yaml'))
        .every((p) => p.severity === 'error'),
    ).toBe(true);
  });

  it('leaves alone the questions and keywords practitioners use, the sources, and right uses', () => {
    expect(all).toHaveLength(7);
    expect(all.some((m) => m.includes('practice-gateway-right'))).toBe(false);
    expect(all.some((m) => /questions|keywords|source/.test(m.split(': ')[1] ?? ''))).toBe(false);
  });
});
