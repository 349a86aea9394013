import { z } from 'zod';
import fitted from './gate-weights.json';
import { FEATURES, chanceOf, expand, type Signals } from './gate-signals';

export { signalsOf, type Signals } from './gate-signals';

/**
 * How sure the bot is that the best entry is the answer, from what the search saw: two small
 * logistic models over the same signals (gate-signals.ts), fitted on the tuning sets by
 * test/eval/fit-gate.ts (docs/decisions.md has the history). `right`: the best entry is the one
 * wanted. `inScope`: the toolkit covers the question at all. A separate question from ranking:
 * the ranking decides the order, the gate decides whether to answer, offer, or say it is not
 * covered.
 */
const pairs = (FEATURES.length * (FEATURES.length + 1)) / 2;
const Weights = z.array(z.number()).length(1 + FEATURES.length + pairs);
export const GateWeights = z.object({
  features: z.array(z.string()).refine((f) => f.join() === FEATURES.join(), 'the signals the gate was fitted on'),
  mean: z.array(z.number()).length(FEATURES.length),
  spread: z.array(z.number().positive()).length(FEATURES.length),
  right: Weights,
  inScope: Weights,
  direct: z.number(),
  offer: z.number(),
});
export type GateWeights = z.infer<typeof GateWeights>;

const gate = GateWeights.parse(fitted);

export const GATE = {
  /** Answer directly at or above this chance of being right; offer choices at or above `offer` in scope. */
  direct: gate.direct,
  offer: gate.offer,
  right: gate.right,
  inScope: gate.inScope,
  scale: { mean: gate.mean, spread: gate.spread },
};

export function chance(weights: readonly number[], s: Signals): number {
  return chanceOf(weights, expand(s, GATE.scale));
}
