import type { Question } from '../search/question';
import { hasCrisisWord } from '../search/topics';

/** The fallback offers nearest topics only for entries about at least one word typed (gate.ts decides the rest). */
export const bands = { nearestCoverage: 0.01 };

/** Entries that offer crisis help: never offered as "nearest topics" for a message with no crisis word. */
export const CRISIS_TOPICS: ReadonlySet<string> = new Set([
  'pathway-crisis',
  'concern-suicidal-thoughts',
  'concern-self-harm',
  'service-samaritans',
  'service-shout',
  'service-papyrus',
  'service-childline',
  'service-nhs-111-mental-health',
  'service-alder-hey-emergency-department',
  'service-ormskirk-emergency-department',
]);

/**
 * Not an answer: the nearest topics are offered when an entry is about at least one of the words
 * typed; crisis topics only when the message itself speaks of a crisis.
 */
export function nearestTopics(ids: readonly string[], coverage: number, q: Question): string[] {
  if (coverage < bands.nearestCoverage) return [];
  return ids.filter((id) => hasCrisisWord(q) || !CRISIS_TOPICS.has(id)).slice(0, 3);
}
