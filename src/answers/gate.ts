import type { SearchResult } from '../search/searcher';
import fitted from './gate-weights.json';

/**
 * How sure the bot is that the best entry is the answer, from what the search saw: two small
 * logistic models over the same signals, fitted on the tuning sets by test/eval/fit-gate.ts
 * (docs/decisions.md has the history). `right`: the best entry is the one wanted. `inScope`:
 * the toolkit covers the question at all. A separate question from ranking: the ranking
 * decides the order, the gate decides whether to answer, offer, or say it is not covered.
 */
export const GATE = {
  features: ['bias', 'coverage', 'score', 'margin', 'unknown', 'named', 'terms', 'question', 'model', 'outOfScope', 'modelMargin'] as const,
  right: fitted.right,
  inScope: fitted.inScope,
  /** Answer directly at or above this chance of being right; offer choices at or above `offer` in scope. */
  direct: fitted.direct,
  offer: fitted.offer,
};

export type Signals = Record<(typeof GATE.features)[number], number>;

export function signalsOf(result: SearchResult, named: boolean): Signals {
  const [first, second] = result.hits;
  return {
    bias: 1,
    coverage: result.coverage,
    score: first?.score ?? 0,
    margin: first && second ? second.score / first.score : 0,
    unknown: result.unknown,
    named: named ? 1 : 0,
    terms: Math.log1p(result.terms),
    question: first?.question ?? 0,
    model: result.model,
    outOfScope: result.outOfScope,
    modelMargin: result.modelMargin,
  };
}

export function chance(weights: readonly number[], s: Signals): number {
  const z = GATE.features.reduce((sum, f, i) => sum + weights[i]! * s[f], 0);
  return 1 / (1 + Math.exp(-z));
}
