import { join } from 'node:path';
import { loadContentFiles, formatProblem } from '../../src/content/load';
import { crossCheck } from '../../src/content/check';

const dir = join(__dirname, '..', 'fixtures', 'broken-content');
const messages = (): string[] => {
  const load = loadContentFiles(dir);
  return [...load.problems, ...crossCheck(load, new Date('2026-11-24'))]
    .map(formatProblem)
    .map((m) => m.replace(/^.*?fixtures\/broken-content\//, ''));
};

describe('content check on a broken fixture', () => {
  const all = messages();

  it.each([
    ['bad-fields.yaml:5: keywords: must list at least one item'],
    ['bad-fields.yaml:11: unknown field "colour"'],
    ['bad-fields.yaml:1: missing field "whatToDo"'],
    ['not-yaml.yaml:3: not valid YAML'],
    ['good.yaml:1: related: "practice-missing" is not the id of any entry'],
    ['good.yaml:1: warning: not reviewed since 2020-01-01'],
    ['duplicate id "practice-good" (also in'],
    ['other.yaml:1: duplicate question "One question?" (also in practice-good)'],
  ])('reports %s', (expected) => {
    expect(all.some((m) => m.includes(expected))).toBe(true);
  });

  it('reports nothing for a valid field', () => {
    expect(all.filter((m) => m.includes('good.yaml')).every((m) => !m.includes('keyPoints'))).toBe(true);
  });
});
