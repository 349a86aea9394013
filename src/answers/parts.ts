import type { AdaptiveCard } from '../cards/render';
import type { Toolkit } from '../content/toolkit';
import type { AnswerObject, Band, Intent } from './answer';
import type { Memory } from './memory';
import { choicesCard, fallbackCard } from './screens';

/** An answer before the question is attached: what the answerer's steps build. */
export type Parts = Omit<AnswerObject, 'query'> & { band: Band; memory: Memory; intent?: Intent };

/** A card that answers a command (the menu, the welcome): no entry, no alternatives. */
export function screenParts(kind: Parts['kind'], card: AdaptiveCard, memory: Memory, id: string | null = null): Parts {
  return { kind, id, alternatives: [], urgent: false, cards: [card], band: 'command', memory };
}

/** A card of entries offered as buttons, answering nothing itself: the fallback's nearest topics or "did you mean". */
function offeredParts(kind: 'fallback' | 'choices', band: Band, card: AdaptiveCard, offered: string[], memory: Memory): Parts {
  return { kind, id: null, alternatives: offered, urgent: false, cards: [card], band, memory };
}

/** "I couldn't find that", with the nearest topics when there are any. */
export function fallbackParts(toolkit: Toolkit, memory: Memory, nearest: string[] = []): Parts {
  return offeredParts('fallback', 'fallback', fallbackCard(toolkit, nearest), nearest, memory);
}

/** "Did you mean": the entries the search found likeliest, as buttons, when none is sure enough to answer. */
export function choicesParts(toolkit: Toolkit, options: string[], memory: Memory): Parts {
  return offeredParts('choices', 'did-you-mean', choicesCard(toolkit, options), options, memory);
}
