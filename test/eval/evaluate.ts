import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Answerer } from '../../src/answers/answerer';

export const Labelled = z.array(
  z.object({ q: z.string().min(1), id: z.string().nullable(), also: z.array(z.string()).optional(), urgent: z.boolean() }),
);
export type Labelled = z.infer<typeof Labelled>;

export function loadQuestions(file = join(__dirname, 'questions.json')): Labelled {
  return Labelled.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export interface Figures {
  top1: number;
  top3: number;
  directCorrect: number;
  directWrong: number;
  outOfScopeRefused: number;
  urgentRecall: number;
  urgentFalseAlarms: number;
  misses: { q: string; expected: string | null; got: (string | null)[]; kind: string }[];
}

/** The figures the targets are set for (README, "How answers are chosen"), computed the way a practitioner would judge the answers. */
export function evaluate(answerer: Answerer, set: Labelled): Figures {
  let inScope = 0,
    top1 = 0,
    top3 = 0,
    direct = 0,
    wrong = 0,
    oos = 0,
    refused = 0,
    urgent = 0,
    caught = 0,
    ordinary = 0,
    alarms = 0;
  const misses: Figures['misses'] = [];
  for (const item of set) {
    const a = answerer.ask(item.q).answer;
    const ranked = [a.id, ...a.alternatives].filter((x): x is string => x !== null);
    const ok = (id: string | undefined) => id !== undefined && (id === item.id || (item.also ?? []).includes(id));
    if (item.urgent) {
      urgent += 1;
      if (a.urgent) caught += 1;
      else misses.push({ q: item.q, expected: 'URGENT', got: ranked, kind: a.kind });
    } else {
      ordinary += 1;
      if (a.urgent) {
        alarms += 1;
        misses.push({ q: item.q, expected: 'not urgent', got: ranked, kind: a.kind });
      }
    }
    if (item.id === null) {
      oos += 1;
      if (a.kind === 'fallback') refused += 1;
      else misses.push({ q: item.q, expected: null, got: ranked, kind: a.kind });
      continue;
    }
    inScope += 1;
    if (ok(ranked[0])) top1 += 1;
    if (ranked.slice(0, 3).some(ok)) top3 += 1;
    if (a.id !== null) {
      if (ok(a.id)) direct += 1;
      else wrong += 1;
    }
    if (!ok(ranked[0])) misses.push({ q: item.q, expected: item.id, got: ranked, kind: a.kind });
  }
  return {
    top1: top1 / inScope,
    top3: top3 / inScope,
    directCorrect: direct / inScope,
    directWrong: wrong / inScope,
    outOfScopeRefused: refused / Math.max(1, oos),
    urgentRecall: caught / Math.max(1, urgent),
    urgentFalseAlarms: alarms / Math.max(1, ordinary),
    misses,
  };
}
