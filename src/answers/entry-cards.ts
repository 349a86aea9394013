import type { Contact, Entry } from '../content/schema';
import { areaLabel, type Area } from '../content/areas';
import type { Toolkit } from '../content/toolkit';
import { renderCard, type AdaptiveCard } from '../cards/render';
import { BUTTON_MAX, type AnswerView, type Button, type CardAction, type EntryView, type Section, type UrgentLine } from '../cards/schemas';
import { command, show } from './actions';
import { pathwayCard } from './pathway-card';
import { REMINDER, buttonLabel, kindLabels } from './labels';
import type { Focus } from '../search/intent';
import { focusKeys, sectionsOf } from './entry-sections';
import { FIRST_SCREEN_CHARS, NOW_MIN_CHARS, URGENT_LINE_CHARS, nowOf, take } from './first-screen';

function actionsOf(toolkit: Toolkit, e: Entry, extra: CardAction[]): CardAction[] {
  const actions = [...extra];
  const next = 'nextStep' in e && e.nextStep ? toolkit.get(e.nextStep) : undefined;
  if (next) actions.push({ title: `Next step: ${next.title}`.slice(0, 80), data: show(next.id) });
  if (e.kind === 'consultation' || e.id === 'pathway-enhanced-consultation') {
    actions.push({ title: 'Open the request form', data: { verb: 'consultation-form' } });
  }
  for (const id of e.related) {
    const r = toolkit.get(id);
    if (r && actions.length < 4 && !actions.some((a) => a.data.id === id)) actions.push({ title: r.title.slice(0, 80), data: show(id) });
  }
  actions.push({ title: 'Main menu', data: command('menu') });
  return actions.slice(0, 5);
}

const LOCAL_TBC = '(local: to be confirmed)';

/** "Sefton: …" on a local fact when several areas are shown and it is not true for all of those its entry is for. */
const labelled = (text: string, areas: readonly Area[] | undefined, toolkit: Toolkit, e: Entry): string => {
  const label = areaLabel(areas, toolkit.areas, e.areas ?? toolkit.areas);
  return label ? `${label}: ${text}` : text;
};

export function contactRows(toolkit: Toolkit, e: Entry, contacts: readonly Contact[]): { label: string; value: string }[] {
  return contacts.map((c) => ({ label: labelled(c.label, c.areas, toolkit, e), value: c.localise ? `${c.value} ${LOCAL_TBC}` : c.value }));
}

/** The entry's kind, with its area when it is for some of the areas shown only ("Service · Sefton"). */
function kindLabelOf(toolkit: Toolkit, e: Entry): string {
  const area = areaLabel(e.areas, toolkit.areas);
  return area ? `${kindLabels[e.kind]} · ${area}` : kindLabels[e.kind];
}

/** `only`: a follow-up shows just that section; a first answer opens it first and folds the rest. */
function view(toolkit: Toolkit, e: Entry, focus: Focus | undefined, extra: CardAction[] = [], only = true): EntryView {
  let sections = sectionsOf(e);
  if (focus) {
    const wanted = sections.filter((s) => focusKeys[focus].includes(s.key)).map((s) => ({ ...s, collapsed: false }));
    const rest = sections.filter((s) => !focusKeys[focus].includes(s.key)).map((s) => ({ ...s, collapsed: true }));
    if (wanted.length) sections = only ? wanted : [...wanted, ...rest];
  }
  const contacts = 'contacts' in e ? contactRows(toolkit, e, e.contacts) : [];
  return {
    kindLabel: kindLabelOf(toolkit, e),
    title: e.title,
    summary: e.summary,
    localise: e.localise || contacts.some((c) => c.value.endsWith(LOCAL_TBC)),
    facts: [],
    sections,
    contacts,
    source: e.source.map((s) => s.title).join('; '),
    reviewed: e.reviewed,
    reminder: REMINDER,
    actions: actionsOf(toolkit, e, extra),
  };
}

const nextStepOf = (toolkit: Toolkit, id: string): { title: string; summary: string } | null => {
  const n = toolkit.get(id);
  return n ? { title: n.title, summary: n.summary } : null;
};

/** The line that leads the welcome, the menu and the help: one press from the emergency card. */
export function urgentLine(toolkit: Toolkit): UrgentLine {
  const local = toolkit.urgent.contacts.find((c) => c.call && !c.national);
  return {
    title: 'Child in danger now? Call 999',
    line: local?.call ? `${local.call.note}: ${local.call.number}. Tap for the emergency numbers.` : 'Tap for the emergency numbers.',
    data: command('urgent help'),
  };
}

/** A button for each entry that exists and has a label, once each, but those `skip` names. */
function linksTo(toolkit: Toolkit, ids: readonly string[], skip: (id: string) => boolean): Button[] {
  const links: Button[] = [];
  for (const id of ids) {
    const r = toolkit.get(id);
    const label = r ? buttonLabel(r) : undefined;
    if (label && !skip(id) && !links.some((b) => b.data.id === id)) links.push({ title: label, data: show(id) });
  }
  return links;
}

/**
 * One button for the next step (or the form); behind "More", the other entries the search found
 * fitting the question (so a wrong first answer is one press from the right one), the rest of the
 * related topics, and the menu.
 */
function buttonsOf(toolkit: Toolkit, e: Entry, alsoFits: readonly string[]): { buttons: Button[]; more: Button[] } {
  const buttons: Button[] = [];
  if (e.kind === 'consultation') buttons.push({ title: 'Open the request form', data: { verb: 'consultation-form' } });
  else if (e.kind === 'help') buttons.push({ title: 'Main menu', data: command('menu') });
  const next = 'nextStep' in e && e.nextStep ? toolkit.get(e.nextStep) : undefined;
  const nextLabel = next ? buttonLabel(next) : undefined;
  if (next && nextLabel && buttons.length === 0) {
    const long = `Next: ${nextLabel}`;
    buttons.push({ title: long.length <= BUTTON_MAX ? long : nextLabel, data: show(next.id) });
  }
  const topics = linksTo(toolkit, e.related, (id) => id === next?.id);
  if (buttons.length === 0 && topics.length > 0) buttons.push(topics.shift()!);
  const fits = linksTo(toolkit, alsoFits, (id) => id === e.id || id === next?.id || buttons.some((b) => b.data.id === id));
  const others = topics.filter((t) => !fits.some((f) => f.data.id === t.data.id));
  const more = [...fits, ...others].slice(0, 3);
  if (e.kind !== 'help') more.push({ title: 'Main menu', data: command('menu') });
  return { buttons, more };
}

/** A heading inside a sentence: "Risk factors" becomes "risk factors", "Mental Health Act 2025" stays. */
const inSentence = (heading: string): string => {
  const second = heading.split(' ')[1];
  return second && second[0] === second[0]!.toUpperCase() ? heading : heading.charAt(0).toLowerCase() + heading.slice(1);
};

/** The line under "Show more": what is folded there, in a line or two. */
function moreLineOf(sections: readonly Section[], contacts: number): string {
  const names = sections.slice(0, 3).map((s, i) => (i === 0 ? s.heading : inSentence(s.heading)));
  if (sections.length > 3) names.push('more');
  else if (contacts > 0) names.push('contacts');
  names.push(names.length ? 'sources' : 'Sources');
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

/** The answer card's data: answer first, the rest folded (see AnswerView). */
function answerView(
  toolkit: Toolkit,
  e: Entry,
  focus: Focus | undefined,
  only: boolean,
  subline = '',
  alsoFits: readonly string[] = [],
): AnswerView {
  const base = view(toolkit, e, undefined);
  const all = base.sections.map((s) => ({ ...s, collapsed: true }));
  // The section asked for opens at the top; its neighbours (signs by age beside the signs) come next, folded.
  const wanted = focus ? all.filter((s) => focusKeys[focus].includes(s.key)).map((s, i) => ({ ...s, collapsed: i > 0 })) : [];
  const rest = wanted.length ? (only ? [] : all.filter((s) => !focusKeys[focus!].includes(s.key))) : all;
  const n = wanted.length ? null : nowOf(e);
  const now = n
    ? {
        heading: n.heading,
        items: take(n.pool, Math.max(NOW_MIN_CHARS, FIRST_SCREEN_CHARS - e.summary.length - (e.kind === 'help' ? URGENT_LINE_CHARS : 0))),
      }
    : null;
  const { actions, ...shown } = base;
  void actions; // the pathway's buttons: an answer card has its own (buttonsOf)
  return {
    ...shown,
    subline,
    urgent: e.kind === 'help' ? urgentLine(toolkit) : null,
    now: now && now.items.length ? now : null,
    open: wanted,
    sections: rest,
    moreLine: moreLineOf(rest, base.contacts.length),
    nextStep: 'nextStep' in e && e.nextStep ? nextStepOf(toolkit, e.nextStep) : null,
    ...buttonsOf(toolkit, e, alsoFits),
  };
}

/** `only`: with a focus, show just that section (a follow-up) or open it first (a first answer). */
export function entryCard(toolkit: Toolkit, e: Entry, focus?: Focus, only = true, alsoFits: readonly string[] = []): AdaptiveCard {
  switch (e.kind) {
    case 'pathway':
      return pathwayCard(toolkit, e, 0, '', alsoFits);
    case 'concern':
      return renderCard('concern', answerView(toolkit, e, focus, only, '', alsoFits));
    case 'level':
      return renderCard(
        'level',
        answerView(toolkit, e, focus, only, `THRIVE: ${e.thrive.map((t) => t.replace(/-/g, ' ')).join(', ')}`, alsoFits),
      );
    case 'mha':
      return renderCard(
        'mha',
        answerView(toolkit, e, focus, only, 'The Mental Health Act 1983 as amended, as in force in England.', alsoFits),
      );
    case 'service':
      return renderCard('service', answerView(toolkit, e, focus, only, `${e.area} · ${e.ages}`, alsoFits));
    case 'practice':
    case 'role':
      return renderCard(e.kind, answerView(toolkit, e, focus, only, '', alsoFits));
    case 'consultation':
    case 'help':
      return renderCard('info', answerView(toolkit, e, focus, only, '', alsoFits));
  }
}
