import type { Toolkit } from '../../src/content/toolkit';
import type { AdaptiveCard } from '../../src/cards/render';
import type { Focus } from '../../src/search/intent';
import { entryCard } from '../../src/answers/entry-cards';
import { moveLabels, pathwayCard } from '../../src/answers/pathway-card';
import { gallery } from './gallery';
import { choicesCard, fallbackCard, menuCard, noticeCard, urgentCard, welcomeCard } from '../../src/answers/screens';

/** The card kinds measured at phone width (test/render/phone.test.ts) and photographed (npm run screenshots). */
export interface PhoneCard {
  name: string;
  card: AdaptiveCard;
  /**
   * Which rule applies: the whole card on one screen; (a focused answer) the focused section
   * starting on it; (a pathway step) the whole card, or else the step's heading, on it; (the team's
   * card, worked from its channel, read whole) no bound on its height, only its buttons checked.
   */
  fit: 'whole' | 'focus' | 'step' | 'tall';
  /** For a focused answer: the heading that must start on the first screen; for a step, how its heading starts. */
  heading?: string;
}

const FOCUS_HEADINGS: Record<Focus, string> = {
  signs: 'What to look out for',
  risks: 'Risk factors',
  help: 'What could help: carers',
  'more-help': 'When to get more help',
};

/** Every emergency card (the general one and one per situation), every entry's answer card, every pathway step, the screens and the team's card. */
export function phoneCards(toolkit: Toolkit): PhoneCard[] {
  const out: PhoneCard[] = [];
  out.push({ name: 'urgent', card: urgentCard(toolkit), fit: 'whole' });
  for (const s of toolkit.urgent.situations) out.push({ name: `urgent-${s.name}`, card: urgentCard(toolkit, s.rules[0]), fit: 'whole' });
  for (const e of toolkit.entries) {
    if (e.kind === 'pathway') continue; // measured step by step below
    out.push({ name: `answer-${e.id}`, card: entryCard(toolkit, e, undefined, false), fit: 'whole' });
  }
  for (const e of toolkit.byKind('concern'))
    for (const focus of Object.keys(FOCUS_HEADINGS) as Focus[])
      out.push({
        name: `answer-${e.id}-${focus}`,
        card: entryCard(toolkit, e, focus, false),
        fit: 'focus',
        heading: FOCUS_HEADINGS[focus],
      });
  // Every step of every pathway, as reached by "Next step" (the line recording the choice included).
  for (const e of toolkit.byKind('pathway'))
    e.steps.forEach((_, n) =>
      out.push({
        name: `${e.id}-${n + 1}`,
        card: pathwayCard(toolkit, e, n, n > 0 ? `You chose "${moveLabels.next}" on step ${n} of ${e.steps.length}.` : ''),
        fit: 'step',
        heading: `Step ${n + 1} of ${e.steps.length}:`,
      }),
    );
  out.push({ name: 'welcome', card: welcomeCard(toolkit), fit: 'whole' });
  out.push({ name: 'menu', card: menuCard(toolkit), fit: 'whole' });
  for (const kind of ['level', 'concern', 'pathway', 'mha'] as const)
    out.push({ name: `menu-${kind}`, card: menuCard(toolkit, kind), fit: 'whole' });
  const ids = toolkit.entries.map((e) => e.id);
  for (let i = 0; i + 3 <= ids.length; i += 3)
    out.push({ name: `choices-${ids[i]}`, card: choicesCard(toolkit, ids.slice(i, i + 3)), fit: 'whole' });
  out.push({ name: 'fallback', card: fallbackCard(toolkit), fit: 'whole' });
  for (let i = 0; i + 3 <= ids.length; i += 3)
    out.push({ name: `fallback-${ids[i]}`, card: fallbackCard(toolkit, ids.slice(i, i + 3)), fit: 'whole' });
  const team = gallery(toolkit);
  out.push({ name: 'team-new', card: team['consultation-team']!, fit: 'tall' });
  out.push({ name: 'team-scheduled', card: team['consultation-team-scheduled']!, fit: 'tall' });
  out.push({
    name: 'notice',
    card: noticeCard('Please slow down', ['You have sent a lot of messages in the last minute.', 'Please try again in a minute.']),
    fit: 'whole',
  });
  return out;
}
