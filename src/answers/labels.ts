import type { Entry } from '../content/schema';
import { BUTTON_MAX } from '../cards/schemas';

/** The reminder at the foot of every answer and pathway card. */
export const REMINDER = 'Guidance, not a substitute for professional judgement. In an emergency call 999.';

/** What kind of entry a card shows, in its small first line. */
export const kindLabels: Record<Entry['kind'], string> = {
  level: 'Level of need',
  concern: 'Concern',
  pathway: 'Pathway',
  mha: 'Mental Health Act 1983',
  practice: 'Practice',
  role: 'Who does what',
  service: 'Service',
  consultation: 'Enhanced consultation',
  help: 'Help',
};

/**
 * An entry's name on a button: its own label, else its title when that is short enough
 * (25 characters, so no phone cuts it); undefined when neither fits, for the caller to word.
 */
export function buttonLabel(e: Entry): string | undefined {
  if (e.label !== undefined && e.label.length <= BUTTON_MAX) return e.label;
  return e.title.length <= BUTTON_MAX ? e.title : undefined;
}
