import type { Entry, PathwayEntry } from '../content/schema';
import { areaLabel, type Area } from '../content/areas';
import type { Toolkit } from '../content/toolkit';
import { renderCard, type AdaptiveCard } from '../cards/render';
import type { PathwayView } from '../cards/pathway-schema';
import { command, move, show, type CardActionData, type PathwayMove } from './actions';
import { REMINDER, buttonLabel, kindLabels } from './labels';

/** Where a pathway that stalls leads: its last step offers it. */
export const ESCALATION = 'pathway-escalation';
const FORM_PATHWAY = 'pathway-enhanced-consultation';
const LOCAL_TBC = '(local: to be confirmed)';
/**
 * A row of buttons on a phone: 340 px, 8 px between buttons. A button is about 26 px of padding and
 * 6.2 px a character (measured with the Teams host config, test/render/phone.test.ts checks it).
 */
const ROW_PX = 340;
/** At most four buttons, "More" counted. */
const MAX_ROW = 4;
const widthOf = (titles: readonly string[]) => titles.reduce((w, t) => w + 26 + 6.2 * t.length, 0) + 8 * (titles.length - 1);

/** What each move is called on its button, and in the line that records the choice. */
export const moveLabels: Record<PathwayMove['move'], string> = {
  next: 'Next step',
  back: 'Back',
  restart: 'Start again',
  escalate: 'Escalation pathway',
  onward: 'Next pathway',
};

/** A pathway that can stall (it names the escalation pathway) leads there from its last step. */
export const escalates = (toolkit: Toolkit, e: PathwayEntry): boolean =>
  e.id !== ESCALATION && toolkit.get(ESCALATION)?.kind === 'pathway' && (e.nextStep === ESCALATION || e.related.includes(ESCALATION));

/** The pathway a pathway hands on to at its end, if that is a pathway. */
export function onwardOf(toolkit: Toolkit, e: PathwayEntry): PathwayEntry | undefined {
  const next = e.nextStep ? toolkit.get(e.nextStep) : undefined;
  return next?.kind === 'pathway' ? next : undefined;
}

type Button = { title: string; data: CardActionData; inPlace: boolean };

/**
 * In order of importance: the way on first. Moves update the card; links send a new one. Other
 * entries the search found fitting the question come last, before the menu (usually in "More").
 */
function buttonsOf(toolkit: Toolkit, e: PathwayEntry, n: number, alsoFits: readonly string[]): Button[] {
  const last = n === e.steps.length - 1;
  const moveButton = (m: PathwayMove['move'], title = moveLabels[m]): Button => ({ title, data: move(e.id, n, m), inPlace: true });
  const buttons: Button[] = [];
  if (!last) buttons.push(moveButton('next'));
  if (last && escalates(toolkit, e)) buttons.push(moveButton('escalate'));
  const onward = onwardOf(toolkit, e);
  if (last && onward && onward.id !== ESCALATION) buttons.push(moveButton('onward', buttonLabel(onward) ?? moveLabels.onward));
  const next = e.nextStep ? toolkit.get(e.nextStep) : undefined;
  if (last && next && !onward && next.kind !== 'consultation') {
    buttons.push({ title: buttonLabel(next) ?? 'Read next', data: show(next.id), inPlace: false });
  }
  if (e.id === FORM_PATHWAY) buttons.push({ title: 'Open the request form', data: { verb: 'consultation-form' }, inPlace: false });
  if (n > 0) buttons.push(moveButton('back'), moveButton('restart'));
  for (const id of alsoFits) {
    const r = toolkit.get(id);
    const title = r && r.id !== e.id ? buttonLabel(r) : undefined;
    const shown = buttons.some((b) => 'id' in b.data && b.data.id === id);
    if (title && !shown) buttons.push({ title, data: show(id), inPlace: false });
  }
  buttons.push({ title: 'Main menu', data: command('menu'), inPlace: false });
  return buttons;
}

const split = (buttons: readonly Button[]) => ({
  moves: buttons.filter((b) => b.inPlace).map(({ title, data }) => ({ title, verb: 'pathway', data })),
  links: buttons.filter((b) => !b.inPlace).map(({ title, data }) => ({ title, data })),
});

/** The row: every button when they fit on a phone, else as many as fit beside "More", which holds the rest. */
function rowOf(buttons: readonly Button[]): Pick<PathwayView, 'lead' | 'moves' | 'links' | 'more'> {
  const titles = buttons.map((b) => b.title);
  let k = Math.min(buttons.length, MAX_ROW);
  if (k < buttons.length || widthOf(titles) > ROW_PX) {
    k = Math.min(k, MAX_ROW - 1);
    while (k > 1 && widthOf([...titles.slice(0, k), 'More']) > ROW_PX) k -= 1;
  }
  const shown = buttons.slice(0, k);
  return { lead: split(shown.slice(0, 1)), ...split(shown.slice(1)), more: split(buttons.slice(shown.length)) };
}

/** "Sefton: …" on a local fact when several areas are shown and it is not true for all of those its entry is for. */
function labelled(toolkit: Toolkit, e: Entry, text: string, areas: readonly Area[] | undefined): string {
  const label = areaLabel(areas, toolkit.areas, e.areas ?? toolkit.areas);
  return label ? `${label}: ${text}` : text;
}

/** What "Show more" holds: after step 1, the pathway's summary too (the step comes first). */
function moreLineOf(n: number, contacts: boolean): string {
  const parts = [...(n > 0 ? ['About this pathway', 'if it stalls'] : ['If it stalls']), ...(contacts ? ['contacts'] : [])];
  return `${parts.join(', ')} and sources`;
}

/**
 * Step `index` of a pathway (clamped to its steps). Every button carries the pathway and this step,
 * so a press on an old card moves from that card's step. `choice` records how the practitioner got here;
 * `alsoFits`, on a first answer, the other entries that fit the question.
 */
export function pathwayCard(toolkit: Toolkit, e: PathwayEntry, index: number, choice = '', alsoFits: readonly string[] = []): AdaptiveCard {
  const n = Math.min(Math.max(index, 0), e.steps.length - 1);
  const s = e.steps[n]!;
  const contacts = e.contacts.map((c) => ({
    label: labelled(toolkit, e, c.label, c.areas),
    value: c.localise ? `${c.value} ${LOCAL_TBC}` : c.value,
  }));
  const area = areaLabel(e.areas, toolkit.areas);
  const view: PathwayView = {
    kindLabel: area ? `${kindLabels.pathway} · ${area}` : kindLabels.pathway,
    title: e.title,
    summary: e.summary,
    localise: e.localise || contacts.some((c) => c.value.endsWith(LOCAL_TBC)),
    choice,
    stepNumber: n + 1,
    stepCount: e.steps.length,
    step: {
      title: labelled(toolkit, e, s.title, s.areas),
      who: s.who,
      what: s.localise ? `${s.what} ${LOCAL_TBC}` : s.what,
      when: s.when,
      next: s.next,
    },
    sections: [{ key: 'stalled', heading: 'If it stalls', items: [e.ifStalled], collapsed: true }],
    contacts,
    source: e.source.map((x) => x.title).join('; '),
    reviewed: e.reviewed,
    reminder: REMINDER,
    moreLine: moreLineOf(n, contacts.length > 0),
    ...rowOf(buttonsOf(toolkit, e, n, alsoFits)),
  };
  return renderCard('pathway', view);
}
