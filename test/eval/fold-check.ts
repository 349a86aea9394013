import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadToolkit } from '../../src/content/toolkit';
import { Searcher } from '../../src/search/searcher';
import { OUT_OF_SCOPE, topicModel } from '../../src/search/topic-model';
import { trainTopics } from './topic-train';
import { examplesOf, foldOf, listedRows, termReader, tuningItems } from './folds';

// A ranking change judged in a minute, before an hour's refit: the topic model and example
// questions are fitted without one fold of the tuning sets (folds.ts: whole sets, as fit-gate.ts
// fits them, so no author is seen), and that fold's topical questions are ranked. Prints the right
// entry first and in the top 3, overall and for the questions matching --match (a regular expression).
// `npx tsx test/eval/fold-check.ts [--fold 0..4] [--match 'autis|adhd']`
const { values } = parseArgs({ options: { fold: { type: 'string', default: '0' }, match: { type: 'string' } } });
const fold = Number(values.fold);
const match = values.match === undefined ? undefined : new RegExp(values.match, 'i');
const root = resolve(__dirname, '..', '..');
const toolkit = loadToolkit(join(root, 'content')).toolkit;
const reader = termReader(toolkit);
const items = tuningItems();
const train = items.filter((i) => foldOf(i) !== fold);
const model = trainTopics(
  [...listedRows(toolkit, reader), ...train.map((i) => ({ terms: reader.topicTermsOf(i.q), label: i.id ?? OUT_OF_SCOPE }))],
  0,
);
const asked = examplesOf(train);
const searcher = new Searcher(toolkit, { ...model, weight: topicModel.weight }, asked);
const tally = { all: [0, 0, 0], matched: [0, 0, 0] };
for (const i of items) {
  if (foldOf(i) !== fold || i.id === null || i.urgent) continue;
  const ids = searcher.search(i.q, 5).hits.map((h) => h.id);
  const right = (id: string | undefined) => id !== undefined && (id === i.id || (i.also ?? []).includes(id));
  for (const t of match?.test(i.q) ? [tally.all, tally.matched] : [tally.all]) {
    t[0]! += 1;
    t[1]! += right(ids[0]) ? 1 : 0;
    t[2]! += ids.slice(0, 3).some(right) ? 1 : 0;
  }
}
const line = (name: string, [n, first, top3]: number[]) =>
  console.log(`${name}: ${n} topical questions, right entry first ${(first! / n!).toFixed(4)}, in the top 3 ${(top3! / n!).toFixed(4)}`);
line(`fold ${fold}`, tally.all);
if (match) line(`matching ${match.source}`, tally.matched);
