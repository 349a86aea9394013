import { z } from 'zod';
import fitted from './topic-model.json';

/**
 * What the labelled questions teach about wording: a softmax model over a message's search
 * terms and neighbouring pairs, one class an entry plus one for "the toolkit does not cover
 * this", fitted by test/eval/fit-gate.ts on the toolkit's listed questions and the tuning sets.
 * The search's word matching finds entries that share the message's words; this knows how
 * practitioners tell each worry, in words the entry may never use.
 */
export const TopicModel = z.object({
  /** How much an entry's chance adds to its search score (chosen out of fold with the gate). */
  weight: z.number(),
  classes: z.array(z.string()),
  bias: z.array(z.number()),
  /**
   * For each feature, its weights as class index, weight, class index, weight… (small weights
   * dropped). Checked as one array of numbers, not pair by pair: a pair-wise schema took 120 ms
   * at start-up for 66,000 pairs, this takes 15.
   */
  weights: z.record(
    z.string(),
    z.custom<number[]>((v) => Array.isArray(v) && v.length % 2 === 0 && v.every((x) => typeof x === 'number'), 'pairs of numbers'),
  ),
});
export type TopicModel = z.infer<typeof TopicModel>;

/** The class of a message the toolkit does not cover. */
export const OUT_OF_SCOPE = '(out of scope)';

export const topicModel: TopicModel = TopicModel.parse(fitted);

/**
 * Terms and neighbouring pairs: "self harm" and "harm self" differ from their words alone. Asker
 * words ("~own", asker-words.ts) stand alone: they are not in the message's word order.
 */
export function topicFeatures(terms: readonly string[]): string[] {
  const words = terms.filter((t) => !t.startsWith('~'));
  const pairs = words.slice(1).map((t, i) => `${words[i]}_${t}`);
  return [...new Set([...terms, ...pairs])];
}

/** Each class's chance for the message, as a map from entry id (or OUT_OF_SCOPE). */
export function topicChances(model: TopicModel, terms: readonly string[]): Map<string, number> {
  const z = [...model.bias];
  for (const f of topicFeatures(terms)) {
    const pairs = model.weights[f] ?? [];
    for (let i = 0; i < pairs.length; i += 2) z[pairs[i]!] = (z[pairs[i]!] ?? 0) + pairs[i + 1]!;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((s, v) => s + v, 0);
  return new Map(model.classes.map((id, i) => [id, e[i]! / sum]));
}

/** The entry the model finds likeliest (never "not covered"), and its chance. */
export function likeliestEntry(chances: ReadonlyMap<string, number>): [string, number] {
  let best: [string, number] = ['', 0];
  for (const [id, p] of chances) if (id !== OUT_OF_SCOPE && p > best[1]) best = [id, p];
  return best;
}
