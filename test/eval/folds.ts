import type { Toolkit } from '../../src/content/toolkit';
import { Searcher } from '../../src/search/searcher';
import { OUT_OF_SCOPE, type TopicModel } from '../../src/search/topic-model';
import { noExamples, type Examples } from '../../src/search/examples';
import { loadQuestions, tuningFiles } from './evaluate';
import type { TopicRow } from './topic-train';

/**
 * What fit-gate.ts and fold-check.ts share: the tuning questions in five folds of whole sets (so a
 * question is scored by a model that never saw its author), the toolkit's listed questions as
 * topic rows, and each entry's example questions made from the rows given.
 */
export const FOLDS = 5;
export const foldOf = (item: { file: number }) => item.file % FOLDS;

/** Every tuning question with the index of its file, less the emergencies with no entry. */
export function tuningItems() {
  return tuningFiles()
    .flatMap((f, file) => loadQuestions(f).map((i) => ({ ...i, file })))
    .filter((i) => !(i.urgent && i.id === null));
}

/** A searcher with no topic model and no examples: how the topic model's terms are read. */
export function termReader(toolkit: Toolkit): Searcher {
  const blank: TopicModel = { weight: 0, classes: [OUT_OF_SCOPE], bias: [0], weights: {} };
  return new Searcher(toolkit, blank, noExamples);
}

/** Each entry's title and listed questions, as rows the topic model always trains on. */
export function listedRows(toolkit: Toolkit, reader: Searcher): TopicRow[] {
  return toolkit.entries.flatMap((e) => [e.title, ...e.questions].map((q) => ({ terms: reader.topicTermsOf(q), label: e.id })));
}

/** Each entry's example questions (examples.ts): the topical questions of the rows given, unique and sorted. */
export function examplesOf(rows: readonly { q: string; id: string | null; urgent: boolean }[]): Examples {
  const out: Record<string, string[]> = {};
  for (const r of rows) if (r.id !== null && !r.urgent) (out[r.id] ??= []).push(r.q.trim());
  for (const id of Object.keys(out)) out[id] = [...new Set(out[id])].sort();
  return out;
}
