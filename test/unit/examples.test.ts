import { join } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { examples } from '../../src/search/examples';
import { Searcher } from '../../src/search/searcher';
import { loadQuestions, tuningFiles } from '../eval/evaluate';

/** The example questions (src/search/examples.json, written by test/eval/fit-gate.ts). */
describe('example questions the search learns wording from', () => {
  const toolkit = loadToolkit(join(__dirname, '..', '..', 'content')).toolkit;

  it('name only entries the toolkit has', () => {
    expect(Object.keys(examples).filter((id) => !toolkit.get(id))).toEqual([]);
  });

  it('come only from the tuning sets, never from a blind set (those measure the answers)', () => {
    const tuning = new Set(tuningFiles().flatMap((f) => loadQuestions(f).map((x) => x.q.trim())));
    expect(
      Object.values(examples)
        .flat()
        .filter((q) => !tuning.has(q)),
    ).toEqual([]);
  });

  it('are searched like an entry’s own questions: a wording the content lacks finds its entry', () => {
    const without = new Searcher(toolkit, undefined, {});
    const first = (s: Searcher, q: string) => s.search(q, 5).hits[0]?.id;
    // An example the content's own questions do not answer first, of an entry with several.
    const [id, q] = Object.entries(examples)
      .flatMap(([id, qs]) => qs.slice(0, 20).map((q) => [id, q] as const))
      .find(([id, q]) => first(without, q) !== id)!;
    expect(first(new Searcher(toolkit, undefined, { [id]: [q] }), q)).toBe(id);
  });
});
