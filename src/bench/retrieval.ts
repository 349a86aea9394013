import { performance } from 'node:perf_hooks';
import type { Toolkit } from '../content/toolkit';
import { buildToolkit } from '../content/toolkit';
import type { Entry } from '../content/schema';
import { Searcher } from '../search/searcher';
import { percentile } from './connector';

/** A corpus `times` the size of the real one: each entry copied with a new id and shuffled words. */
export function inflate(toolkit: Toolkit, times: number): Toolkit {
  const copies: Entry[] = [...toolkit.entries];
  for (let n = 1; n < times; n += 1) {
    for (const e of toolkit.entries) {
      const shift = (s: string) =>
        s
          .split(' ')
          .map((w, i, all) => all[(i + n) % all.length] ?? w)
          .join(' ');
      copies.push({ ...e, id: `${e.id}-copy${n}`, title: `${e.title} ${n}`, questions: e.questions.map(shift), related: [] } as Entry);
    }
  }
  return buildToolkit(copies, toolkit.synonyms, toolkit.urgent);
}

export function benchRetrieval(toolkit: Toolkit, questions: string[]): { buildMs: number; p50: number; p99: number } {
  const t0 = performance.now();
  const searcher = new Searcher(toolkit);
  const buildMs = performance.now() - t0;
  // Warm the compiled code up, typo correction included, on words made up from the titles:
  // the questions measured below still meet their own unknown words for the first time.
  const titleWords = toolkit.entries.flatMap((e) => e.title.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length >= 5);
  for (const w of titleWords.slice(0, 300)) searcher.search(`${w[1]}${w[0]}${w.slice(2)} worries`);
  const times: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const q of questions) {
      const s = performance.now();
      searcher.search(q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  return { buildMs, p50: percentile(times, 50), p99: percentile(times, 99) };
}
