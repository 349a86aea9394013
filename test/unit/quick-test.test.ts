import { needOf, quickTest } from '../../src/search/quick-test';
import { rules } from '../../src/search/urgent/rules';
import { situations } from '../../src/search/danger';

/** Each pattern with texts it matches and texts it does not: the quick test must agree with test(). */
const cases: [RegExp, string[]][] = [
  [
    /\btook(?: \S+){0,12} (?:grey|blue lips)\b/,
    ['took 20 tablets and going grey', 'took them now blue lips', 'took them', 'grey and took'],
  ],
  [/\b(?:shes|hes) (?:on|at) the (?:bridge|tracks)\b/, ['shes on the bridge', 'hes at the tracks', 'she was on the bridge']],
  [/^(?=.*\bknife\b)(?=.*\bnow\b)/, ['knife in his hand now', 'now he has a knife', 'knife drawer', 'now']],
  [/(?<=\bsaid )gone\b|missing(?: again)?/, ['said gone', 'gone', 'missing', 'missing again']],
  [/\bcut(?:ting)?(?: her| his)?(?: (?:arm|leg)s?)?\b/, ['cutting', 'cut her arms', 'cute']],
  [/a(?:|b)c/, ['ac', 'abc', 'a c']],
  [/\bLIGATURE\b/i, ['ligature now', 'Ligature', 'LIGATURE', 'ligatures']],
  [/ſuicidal/iu, ['suicidal', 'SUICIDAL', 'ſuicidal', 'calm']],
  [/\b(\w+) \1\b/, ['no no', 'no yes']],
  [/x*/, ['', 'anything']],
];

describe('quickTest: a pattern checked first for the words every match needs', () => {
  it.each(cases)('agrees with test() for %s', (pattern, texts) => {
    const quick = quickTest(pattern);
    expect(texts.map((t) => quick(t))).toEqual(texts.map((t) => pattern.test(t)));
  });

  it('answers no without running the pattern when the words are missing, and runs it when they are there', () => {
    const pattern = /\btook(?: \S+){0,12} (?:grey|blue)\b/;
    const run = jest.spyOn(pattern, 'test');
    const quick = quickTest(pattern);
    expect(quick('what are the signs of low mood')).toBe(false);
    expect(run).not.toHaveBeenCalled();
    expect(quick('took a lot and is going grey')).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('keeps the test of a global pattern, whose lastIndex a skip would leave unreset', () => {
    const pattern = /knife/g;
    const quick = quickTest(pattern);
    expect([quick('a knife'), quick('a knife'), quick('a fork'), quick('a knife')]).toEqual([true, false, false, true]);
  });

  it('reads a need from every urgent rule and danger situation (else the check would spare nothing)', () => {
    const patterns = [...rules.map((r) => [r.name, r.when] as const), ...situations.map((s) => [s.name, s.when] as const)];
    expect(patterns.filter(([, p]) => needOf(p) === true).map(([name]) => name)).toEqual([]);
  });
});
