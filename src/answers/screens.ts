import type { Toolkit } from '../content/toolkit';
import { renderCard, type AdaptiveCard } from '../cards/render';
import type { Kind } from '../content/schema';
import { command, show } from './actions';
import { urgentLine } from './entry-cards';
import { REMINDER, buttonLabel } from './labels';
import type { UrgentLine } from '../cards/schemas';
import { areaLabel } from '../content/areas';

const menuGroups: { title: string; kind: Kind; key: string }[] = [
  { title: 'Levels of need', kind: 'level', key: 'levels' },
  { title: 'Concerns', kind: 'concern', key: 'concerns' },
  { title: 'Pathways', kind: 'pathway', key: 'pathways' },
  { title: 'Mental Health Act', kind: 'mha', key: 'mha' },
  { title: 'Practice and roles', kind: 'practice', key: 'practice' },
];

/** Without the content (the welcome on install): the line still leads to the emergency card. */
const GENERAL_URGENT_LINE: UrgentLine = {
  title: 'Child in danger now? Call 999',
  line: 'Tap for the emergency numbers, including the local crisis line.',
  data: command('urgent help'),
};

/** The main menu, urgent help first; each group folded (one group, asked for by name, open). */
export function menuCard(toolkit: Toolkit, only?: Kind): AdaptiveCard {
  const groups = menuGroups
    .filter((g) => !only || g.kind === only)
    .map((g) => ({
      title: g.title,
      key: g.key,
      collapsed: !only,
      // By label: one line each on a phone, so a whole group fits the first screen.
      items: [...toolkit.byKind(g.kind), ...(g.kind === 'practice' ? toolkit.byKind('role') : [])].map((e) => ({
        title: buttonLabel(e) ?? e.title,
        data: show(e.id),
      })),
    }))
    .filter((g) => g.items.length > 0);
  if (!only)
    groups.push({
      title: 'Consultation',
      key: 'consultation',
      collapsed: true,
      items: [
        { title: 'Request an enhanced consultation', data: { verb: 'consultation-form' } },
        { title: 'My requests', data: command('my requests') },
      ],
    });
  return renderCard('menu', {
    title: only ? (menuGroups.find((g) => g.kind === only)?.title ?? 'Main menu') : 'Main menu',
    urgent: urgentLine(toolkit),
    intro: 'Choose a topic, or just type your worry in your own words.',
    groups,
  });
}

export function welcomeCard(toolkit?: Toolkit): AdaptiveCard {
  const examples = ["she's cutting herself", 'camhs rejected my referral', 'what is s117?', 'placed out of area, who pays?'];
  return renderCard('welcome', {
    title: 'Children in Care mental health toolkit',
    urgent: toolkit ? urgentLine(toolkit) : GENERAL_URGENT_LINE,
    intro:
      'I help social workers, carers, IROs, designated teachers and health colleagues with the mental health of children in care: what to look out for, what could help and the next step on the right pathway. Type a worry in your own words.',
    examples: examples.map((text) => ({ title: text, data: { verb: 'ask', text } })),
    reminder: `${REMINDER} Please use initials or a case reference, never a child's full name.`,
    actions: [
      { title: 'Main menu', data: command('menu') },
      { title: 'Help', data: command('help') },
    ],
  });
}

/** `nearest`: entries about at least one of the question's words, offered as buttons, never as an answer. */
export function fallbackCard(toolkit: Toolkit, nearest: readonly string[] = []): AdaptiveCard {
  const close = nearest
    .map((id) => toolkit.get(id))
    .filter((e) => e !== undefined)
    .slice(0, 3);
  const topics = close.flatMap((e) => {
    const title = buttonLabel(e);
    return title ? [{ title, data: show(e.id) }] : [];
  });
  return renderCard('fallback', {
    // "Couldn't find" only when nothing in the toolkit is near; otherwise say how unsure it is.
    title: close.length ? "I'm not sure the toolkit covers this" : "I couldn't find that in the toolkit",
    intro: `I only answer from the children in care mental health toolkit, so I may not cover this. Elsewhere: pay, leave and HR questions to your manager or HR; IT to your IT service desk; policies and buildings on your organisation's intranet; anything urgent at work to the duty manager; a child's needs other than mental health to their social worker.${topics.length ? ' The nearest topics I have are below.' : ''}`,
    topics,
    covers: [
      'Worries about a child: anxiety, low mood, self-harm, eating, trauma, behaviour, sleep and more',
      ...(toolkit.byKind('level').length ? ['Levels of need 1 to 4 and who helps at each'] : []),
      `Pathways: local, out of area, referral not accepted, escalation, ${toolkit.get('pathway-continuing-care') ? 'continuing care, ' : ''}crisis`,
      'Mental Health Act sections, services and who does what',
      'Requests for an enhanced consultation',
    ],
    howToAsk: [
      'Describe what you are seeing, for example: "nightmares every night and wont settle"',
      'Name a process, for example: "referral not accepted"',
      'Name a section, for example: "s136"',
    ],
    reminder: REMINDER,
    actions: [{ title: 'Main menu', data: command('menu') }],
  });
}

/** Likely but not certain: the best entry first, to open in one press, then the next two. */
export function choicesCard(toolkit: Toolkit, ids: readonly string[]): AdaptiveCard {
  const [best, ...others] = ids
    .map((id) => toolkit.get(id))
    .filter((e) => e !== undefined)
    .slice(0, 3);
  if (!best) return fallbackCard(toolkit);
  return renderCard('choices', {
    best: { title: best.title, summary: best.summary, data: show(best.id) },
    others: others.map((e) => ({ title: e.title, summary: e.summary, data: show(e.id) })),
    actions: [
      { title: 'Yes, this one', data: show(best.id) },
      { title: 'None of these', data: { verb: 'none-of-these' } },
    ],
  });
}

/** The first line of the emergency card for the situation the urgent detector named (`rule`). */
export function firstLine(toolkit: Toolkit, rule: string | undefined): string {
  const u = toolkit.urgent;
  return (rule && u.situations.find((s) => s.rules.includes(rule))?.first) || u.lead;
}

/**
 * The emergency card: what to do first for the situation described, the numbers to call as the
 * largest text with a `tel:` button each, the crisis pathway as a button; the other helplines
 * and advice folded. One phone screen (test/render).
 */
export function urgentCard(toolkit: Toolkit, rule?: string): AdaptiveCard {
  const u = toolkit.urgent;
  const calls = u.contacts
    .filter((c) => c.call)
    .slice(0, 3)
    .map((c) => ({
      number: c.call!.number,
      note: c.call!.note,
      button: c.call!.button,
      tooltip: `${c.call!.button}: ${c.call!.number}`,
      tel: `tel:${c.call!.number.replace(/ /g, '')}`,
    }));
  return renderCard('urgent', {
    first: firstLine(toolkit, rule),
    calls,
    // Each area's own crisis line is labelled with its area when several are shown ("Sefton: …").
    contacts: u.contacts.map((c) => {
      const area = areaLabel(c.areas, toolkit.areas);
      return { label: area ? `${area}: ${c.label}` : c.label, value: c.value };
    }),
    advice: u.advice,
    localise: u.contacts.some((c) => c.localise),
    actions: toolkit.get('pathway-crisis') ? [{ title: 'Crisis pathway', data: show('pathway-crisis') }] : [],
  });
}

export function noticeCard(title: string, lines: string[]): AdaptiveCard {
  return renderCard('notice', { title, lines, actions: [] });
}
