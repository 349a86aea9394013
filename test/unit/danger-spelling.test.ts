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

describe('hurried and second-language typing is read as the words it stands for', () => {
  it.each([
    ['shesstranglin her sister', 'shes strangling her sister'],
    ['hesgotagun says its real', 'hes got a gun says its real'],
    ['imgonnakillmyself', 'im gonna kill myself'],
    ['helpppp', 'help'],
    ['she over dosed just now', 'she overdosed just now'],
    ['hes gunna do it', 'hes gonna do it'],
    ['i will finish myself', 'i will kill myself'],
    ['she no want live', 'she dont want to live'],
    ['he hang himself tomorrow', 'he will hang himself tomorrow'],
    ['now he drink a bottle of bleach', 'now he drank a bottle of bleach'],
  ])('"%s" reads as "%s"', (typed, read) => {
    expect(spelledForDanger(typed)).toBe(read);
  });

  it('leaves alone what is meant as typed: English pairs, names, numbers, and a bare verb after a helper', () => {
    for (const q of [
      'contact cancelld again hes devistated',
      'she put her hand over the hob',
      'took some co codamol',
      'can she drink wine while taking sertraline',
      'she gets hives if she eat nuts',
      'rang 111 they said ring 999',
      'snapchat alderhey kayleigh',
      // Local places: Bootle is no "bottle", Speke no "spike", Melling no "melting".
      'im in a house in bootle scared',
      'shes at a party in speke',
      'he walked to melling',
    ]) {
      expect(spelledForDanger(q)).toBe(q);
    }
  });
});
