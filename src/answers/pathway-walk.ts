import type { PathwayEntry } from '../content/schema';
import type { Toolkit } from '../content/toolkit';
import type { AdaptiveCard } from '../cards/render';
import type { PathwayMove } from './actions';
import { ESCALATION, escalates, moveLabels, onwardOf, pathwayCard } from './pathway-card';

export interface Walked {
  entry: PathwayEntry;
  step: number;
  card: AdaptiveCard;
}

const clamp = (e: PathwayEntry, n: number) => Math.min(Math.max(n, 0), e.steps.length - 1);

/**
 * A press on a pathway card. The move is taken from the step that card showed, never from where the
 * conversation has got to since, so pressing "Next step" on an old card cannot skip a step. Where a
 * move leads is decided here, from the content: a card can only ask for a move, not for a place.
 */
export function walk(toolkit: Toolkit, press: PathwayMove): Walked | undefined {
  const from = toolkit.get(press.id);
  if (from?.kind !== 'pathway') return undefined;
  const at = clamp(from, press.at);
  const label = moveLabels[press.move];
  const there = (entry: PathwayEntry, n: number, choice: string): Walked => {
    const step = clamp(entry, n);
    return { entry, step, card: pathwayCard(toolkit, entry, step, choice) };
  };
  switch (press.move) {
    case 'next':
    case 'back':
    case 'restart': {
      const n = press.move === 'next' ? at + 1 : press.move === 'back' ? at - 1 : 0;
      return there(from, n, `You chose "${label}" on step ${at + 1} of ${from.steps.length}.`);
    }
    case 'escalate':
    case 'onward': {
      const target = press.move === 'escalate' ? (escalates(toolkit, from) ? toolkit.get(ESCALATION) : undefined) : onwardOf(toolkit, from);
      if (target?.kind !== 'pathway') return undefined;
      return there(target, 0, `You chose "${press.move === 'escalate' ? label : target.title}" after "${from.title}".`);
    }
  }
}
