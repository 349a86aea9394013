import { inOrder } from '../../src/search/in-order';

describe('urgent rules and danger situations, placed in order by name', () => {
  const kinds = [[{ name: 'a' }, { name: 'b' }], [{ name: 'c' }]];

  it('returns each kind’s detectors in the order named', () => {
    expect(inOrder('urgent rules', 'rule', ['c', 'a', 'b'], kinds).map((d) => d.name)).toEqual(['c', 'a', 'b']);
  });

  it('fails at load on a name unknown, repeated or left out', () => {
    expect(() => inOrder('urgent rules', 'rule', ['c', 'a', 'x'], kinds)).toThrow('urgent rules: no rule named x');
    expect(() => inOrder('urgent rules', 'rule', ['c', 'a', 'a'], kinds)).toThrow('each must be named once');
    expect(() => inOrder('urgent rules', 'rule', ['c', 'a'], kinds)).toThrow('each must be named once');
    expect(() => inOrder('urgent rules', 'rule', ['a', 'b', 'c'], [...kinds, [{ name: 'a' }]])).toThrow('each must be named once');
  });
});
