import type { Toolkit } from '../content/toolkit';
import type { Searcher } from '../search/searcher';
import type { Memory } from './memory';
import type { Parts } from './parts';
import { urgentCard } from './screens';

/**
 * Safety first, on one card: what to do for the situation described (the rule that fired, when one
 * did), the numbers to call and the crisis pathway as a button. The worries the message is about
 * (self-harm, suicidal thoughts…) are offered as next answers, after the crisis pathway.
 */
export function urgentParts(toolkit: Toolkit, searcher: Searcher, text: string, rule: string | undefined, memory: Memory): Parts {
  const found = searcher
    .search(text, 8)
    .hits.map((h) => h.id)
    .filter((id) => toolkit.get(id)?.kind === 'concern');
  const crisis = toolkit.get('pathway-crisis');
  return {
    kind: crisis?.kind ?? 'fallback',
    id: crisis?.id ?? null,
    alternatives: found.slice(0, 2),
    urgent: true,
    cards: [urgentCard(toolkit, rule)],
    band: 'urgent',
    memory: crisis ? { lastTopicId: crisis.id } : memory,
  };
}
