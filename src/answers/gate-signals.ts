import type { SearchResult } from '../search/searcher';

/**
 * What the gate (gate.ts) reads from a search: the signals, each scaled to the tuning questions'
 * mean and spread, and every pair of them multiplied: a close runner-up matters less when the
 * topic model agrees with the search, which one weight per signal cannot say. Apart from the
 * fitted weights, so test/eval/fit-gate.ts can fit them without reading the old ones.
 */
export const FEATURES = [
  'coverage',
  'score',
  'margin',
  'unknown',
  'familiar',
  'named',
  'terms',
  'question',
  'model',
  'outOfScope',
  'modelMargin',
  'modelTop',
  'modelAgrees',
  'secondQuestion',
  'secondModel',
] as const;

/** `null`: no evidence either way, read as the tuning questions' mean. */
export type Signals = Record<(typeof FEATURES)[number], number | null>;

export function signalsOf(result: SearchResult, named: boolean): Signals {
  const [first, second] = result.hits;
  // An entry added since the topic model was fitted has no class in it: the model can say
  // nothing for or against it, so its signals count as average, not as the model's doubt.
  const known = result.modelKnowsFirst;
  return {
    coverage: result.coverage,
    score: first?.score ?? 0,
    margin: first && second ? second.score / first.score : 0,
    unknown: result.unknown,
    familiar: result.familiar,
    named: named ? 1 : 0,
    terms: Math.log1p(result.terms),
    question: first?.question ?? 0,
    model: known ? result.model : null,
    outOfScope: known ? result.outOfScope : null,
    modelMargin: known ? result.modelMargin : null,
    modelTop: known ? result.modelTop : null,
    modelAgrees: known ? result.modelAgrees : null,
    secondQuestion: second?.question ?? 0,
    secondModel: known ? result.secondModel : null,
  };
}

export interface Scale {
  mean: readonly number[];
  spread: readonly number[];
}

/** What the models weigh: 1, each signal scaled, then each pair of scaled signals multiplied. */
export function expand(s: Signals, scale: Scale): number[] {
  const x = FEATURES.map((f, i) => {
    const v = s[f];
    return v === null ? 0 : (v - scale.mean[i]!) / scale.spread[i]!;
  });
  const out = [1, ...x];
  for (let i = 0; i < x.length; i += 1) for (let j = i; j < x.length; j += 1) out.push(x[i]! * x[j]!);
  return out;
}

export function chanceOf(weights: readonly number[], x: readonly number[]): number {
  const z = x.reduce((sum, v, i) => sum + weights[i]! * v, 0);
  return 1 / (1 + Math.exp(-z));
}
