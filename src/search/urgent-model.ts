import stem from 'wink-porter2-stemmer';
import { clean } from './normalise';
import fitted from './urgent-model.json';

/**
 * The third emergency detector, behind the rules and the broad situations: a logistic model
 * over a message's words and word pairs, fitted by test/eval/fit-urgent.ts on the tuning sets
 * (every emergency and calm question there, and the toolkit's listed questions as calm ones).
 * The rules name situations a clinician can read; this catches the ways of telling them that
 * no rule names yet. Its threshold allows at most 1% extra alarms on calm questions out of fold.
 */
export interface UrgentModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const model: UrgentModel = fitted;

/** Stemmed words and neighbouring pairs: "taken" and "took" stay apart, "his neck" is one pair. */
export function featuresOf(text: string): string[] {
  return featuresOfCleaned(clean(text));
}

/** The same, for text already cleaned (urgent.ts reads cleaned windows). */
export function featuresOfCleaned(cleaned: string): string[] {
  const words = cleaned
    .split(' ')
    .filter(Boolean)
    .map((w) => stem(w));
  const pairs = words.slice(1).map((w, i) => `${words[i]}_${w}`);
  return [...new Set([...words, ...pairs])];
}

/**
 * The model reads messages of five words or more: in fewer, one or two words decide ("od meaning"),
 * and the rules, which name each fragment, are the better judge.
 */
export const MODEL_MIN_WORDS = 5;

export function modelReads(cleaned: string, minWords = MODEL_MIN_WORDS): boolean {
  return cleaned.split(' ').filter(Boolean).length >= minWords;
}

/** `cleaned`: text already through clean(), as urgent.ts has it. */
export function modelSaysUrgent(cleaned: string): boolean {
  if (!modelReads(cleaned)) return false;
  const z = featuresOfCleaned(cleaned).reduce((s, t) => s + (model.weights[t] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z)) >= model.threshold;
}
