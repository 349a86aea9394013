import { z } from 'zod';
import { PathwayView } from './pathway-schema';

/** What a button sends back to the bot. Parsed again on the way in (see answers/actions.ts). */
export const ActionData = z.record(z.string(), z.unknown());
export const CardAction = z.object({ title: z.string().min(1).max(80), data: ActionData });
export type CardAction = z.infer<typeof CardAction>;

/** The longest button label a phone-width card shows whole (README, Cards on a phone). */
export const BUTTON_MAX = 25;
/** A button on the cards written for a phone: a label of 25 characters at most, never a cut title. */
export const Button = z.object({ title: z.string().min(1).max(BUTTON_MAX), data: ActionData });
export type Button = z.infer<typeof Button>;

/** A number to call: shown as the largest text, with a `tel:` button. */
const Call = z.object({
  number: z.string().min(1),
  note: z.string().min(1),
  button: z.string().min(1).max(BUTTON_MAX),
  tooltip: z.string().min(1),
  tel: z.string().regex(/^tel:\+?[0-9]+$/),
});

const Section = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  heading: z.string().min(1),
  items: z.array(z.string().min(1)).min(1),
  collapsed: z.boolean(),
});
export type Section = z.infer<typeof Section>;

const Fact = z.object({ title: z.string().min(1), value: z.string().min(1) });
const ContactRow = z.object({ label: z.string().min(1), value: z.string().min(1) });

const EntryView = z.object({
  kindLabel: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  localise: z.boolean(),
  facts: z.array(Fact),
  sections: z.array(Section),
  contacts: z.array(ContactRow),
  source: z.string().min(1),
  reviewed: z.string().min(1),
  reminder: z.string().min(1),
  actions: z.array(CardAction).max(5),
});
export type EntryView = z.infer<typeof EntryView>;

const NextStep = z.object({ title: z.string(), summary: z.string() }).nullable();

/** The line that leads the welcome, menu and help: who to call now, one press from the emergency card. */
export const UrgentLine = z.object({ title: z.string().min(1), line: z.string().min(1), data: ActionData });
export type UrgentLine = z.infer<typeof UrgentLine>;

/**
 * An answer card, answer first: the summary and what to do now (or the section asked for, open) on
 * the first screen; every other section, the contacts and the sources behind one "Show more".
 * At most two buttons and "More" (a few related topics and the menu).
 */
const AnswerView = EntryView.omit({ actions: true }).extend({
  subline: z.string(),
  urgent: UrgentLine.nullable(),
  now: z.object({ heading: z.string().min(1), items: z.array(z.string().min(1)).min(1) }).nullable(),
  open: z.array(Section),
  moreLine: z.string(),
  nextStep: NextStep,
  buttons: z.array(Button).max(2),
  more: z.array(Button).max(4),
});
export type AnswerView = z.infer<typeof AnswerView>;

const RowItem = z.object({ title: z.string().min(1), data: ActionData });

/** One zod schema per template in cards/: renderCard refuses data that does not match. */
export const cardSchemas = {
  concern: AnswerView,
  level: AnswerView,
  mha: AnswerView,
  practice: AnswerView,
  role: AnswerView,
  service: AnswerView,
  info: AnswerView,
  pathway: PathwayView,
  menu: z.object({
    title: z.string(),
    urgent: UrgentLine,
    intro: z.string(),
    groups: z
      .array(z.object({ title: z.string(), key: z.string().regex(/^[a-z0-9-]+$/), collapsed: z.boolean(), items: z.array(RowItem).min(1) }))
      .min(1)
      .max(6),
  }),
  welcome: z.object({
    title: z.string(),
    urgent: UrgentLine,
    intro: z.string(),
    examples: z.array(RowItem).min(1),
    reminder: z.string(),
    actions: z.array(Button).max(2),
  }),
  choices: z.object({
    best: z.object({ title: z.string(), summary: z.string(), data: ActionData }),
    others: z.array(z.object({ title: z.string(), summary: z.string(), data: ActionData })).max(2),
    actions: z.array(Button).length(2),
  }),
  fallback: z.object({
    title: z.string(),
    intro: z.string(),
    /** The nearest topics, by their button labels: with "Main menu", at most four buttons. */
    topics: z.array(Button).max(3),
    covers: z.array(z.string()).min(1),
    howToAsk: z.array(z.string()).min(1),
    reminder: z.string(),
    actions: z.array(Button).max(1),
  }),
  urgent: z.object({
    /** What to do first, for the situation the message describes. */
    first: z.string().min(1),
    calls: z.array(Call).min(1).max(3),
    contacts: z.array(ContactRow).min(1),
    advice: z.array(z.string()),
    localise: z.boolean(),
    /** With the three call buttons, at most four on the card. */
    actions: z.array(Button).max(1),
  }),
  notice: z.object({ title: z.string(), lines: z.array(z.string()).min(1), actions: z.array(Button).max(4) }),
  /** A term's meaning in one line, and at most one button (25 characters) to open the entry that covers it. */
  glossary: z.object({ line: z.string().min(1), actions: z.array(z.object({ title: z.string().min(1).max(25), data: ActionData })).max(1) }),
  'consultation-form': z.object({
    token: z.string().min(8),
    /** Binds the token to the Teams user the form was given to (consultations/tokens.ts). */
    sig: z.string(),
    values: z.record(z.string(), z.string()),
    errors: z.record(z.string(), z.string()),
    errorSummary: z.string(),
    concernChoices: z.array(z.object({ title: z.string(), value: z.string() })).min(1),
  }),
  'consultation-personal': z.object({
    title: z.string(),
    lines: z.array(z.string()).min(1),
    continueTitle: z.string().min(1).max(80),
    want: z.enum(['form', 'list']),
    chatUrl: z.url({ protocol: /^https$/ }),
  }),
  'consultation-summary': z.object({ title: z.string(), subtitle: z.string(), facts: z.array(Fact).min(1) }),
  'consultation-receipt': z.object({ reference: z.string(), facts: z.array(Fact).min(1), next: z.array(z.string()).min(1) }),
  'consultation-team': z.object({
    reference: z.string(),
    statusLabel: z.string(),
    /** Which of the team's buttons follow from the status (see allowedActions). */
    can: z.object({ accept: z.boolean(), moreInfo: z.boolean(), schedule: z.boolean(), decline: z.boolean() }),
    facts: z.array(Fact).min(1),
    long: z.array(Fact),
    history: z.array(z.string()),
  }),
  'consultation-list': z.object({
    title: z.string(),
    items: z.array(z.object({ reference: z.string(), status: z.string(), detail: z.string() })),
  }),
} as const;

export type CardName = keyof typeof cardSchemas;
export type CardData<N extends CardName> = z.input<(typeof cardSchemas)[N]>;
