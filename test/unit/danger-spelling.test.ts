import { spelledForDanger, urgentRule } from '../../src/search/urgent';
import { DangerSpelling } from '../../src/search/danger-spelling';

describe('danger words mistyped still reach the urgent rules', () => {
  it.each([
    ['shes got a ligture round her neck', 'ligature'],
    ['he nekced a load of paracetmol', 'ingested'],
    ['hes stragling himself', 'strangling'],
    ['she has swallowd bleech', 'poisoned'],
    ['wht do i do shes takn a ovrdose', 'poisoned'],
    ['shes tkn sum pills', 'pills-taken'],
  ])('"%s" is caught by %s', (q, rule) => {
    expect(urgentRule(q)).toBe(rule);
  });

  it('never changes an English word, a short word or a word the rules use', () => {
    for (const q of ['i hate bleak winters', 'she likes her nan', 'the ligature risk assessment', 'pills']) {
      expect(spelledForDanger(q)).toBe(q);
    }
  });

  it('changes nothing when two different words are as near', () => {
    const spelling = new DangerSpelling([/\b(?:stabbed|stubbed)\b/]);
    expect(spelling.fix('he stobbed')).toBe('he stobbed');
    expect(new DangerSpelling([/\bstabbed\b/]).fix('he stabbde')).toBe('he stabbed');
    // Forms of one word tie: the longest, since a letter left out is the likelier slip.
    expect(new DangerSpelling([/\b(?:swallow|swallowed)\b/]).fix('she swallowd it')).toBe('she swallowed it');
  });
});
