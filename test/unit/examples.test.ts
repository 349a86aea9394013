import { join } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { examples } from '../../src/search/examples';
import { Searcher } from '../../src/search/searcher';
import { OUT_OF_SCOPE, type TopicModel } from '../../src/search/topic-model';
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
    // Without the topic model, which learned these same questions: the check is on the examples alone.
    const blank: TopicModel = { weight: 0, classes: [OUT_OF_SCOPE], bias: [0], weights: {} };
    const without = new Searcher(toolkit, blank, {});
    const first = (s: Searcher, q: string) => s.search(q, 5).hits[0]?.id;
    // Examples the content's own questions do not answer first. One alone may still lose to a
    // sibling entry that shares its words ("level 2 or level 3?"), so the check is on many: nearly
    // all are found (none would be if examples were not searched).
    const missed = Object.entries(examples)
      .flatMap(([id, qs]) => qs.map((q) => [id, q] as const))
      .filter(([id, q]) => first(without, q) !== id)
      .slice(0, 40);
    const found = missed.filter(([id, q]) => first(new Searcher(toolkit, blank, { [id]: [q] }), q) === id);
    expect(missed.length).toBeGreaterThan(10);
    expect(found.length / missed.length).toBeGreaterThanOrEqual(0.9);
  });
});
