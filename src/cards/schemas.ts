import { z } from 'zod';
import { PathwayView } from './pathway-schema';

/** What a button sends back to the bot. Parsed again on the way in (see answers/actions.ts). */
export const ActionData = z.record(z.string(), z.unknown());
export const CardAction = z.object({ title: z.string().min(1).max(80), data: ActionData });
export type CardAction = z.infer<typeof CardAction>;

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

const RowItem = z.object({ title: z.string().min(1), data: ActionData });

/** One zod schema per template in cards/: renderCard refuses data that does not match. */
export const cardSchemas = {
  concern: EntryView.extend({ nextStep: NextStep }),
  level: EntryView.extend({ nextStep: NextStep, thrive: z.string().min(1) }),
  mha: EntryView.extend({ lawNote: z.string().min(1) }),
  practice: EntryView,
  role: EntryView,
  service: EntryView.extend({ area: z.string().min(1), ages: z.string().min(1) }),
  info: EntryView,
  pathway: PathwayView,
  menu: z.object({
    title: z.string(),
    intro: z.string(),
    groups: z.array(z.object({ title: z.string(), items: z.array(RowItem).min(1) })).min(1).max(6),
  }),
  welcome: z.object({
    title: z.string(),
    intro: z.string(),
    examples: z.array(RowItem).min(1),
    reminder: z.string(),
    actions: z.array(CardAction).max(5),
  }),
  choices: z.object({
    best: z.object({ title: z.string(), summary: z.string(), data: ActionData }),
    others: z.array(z.object({ title: z.string(), summary: z.string() })).max(2),
    actions: z.array(CardAction).min(2).max(5),
  }),
  fallback: z.object({
    title: z.string(),
    intro: z.string(),
    covers: z.array(z.string()).min(1),
    howToAsk: z.array(z.string()).min(1),
    reminder: z.string(),
    actions: z.array(CardAction).max(5),
  }),
  urgent: z.object({
    title: z.string(),
    lead: z.string(),
    contacts: z.array(ContactRow).min(1),
    advice: z.array(z.string()),
    localise: z.boolean(),
    actions: z.array(CardAction).max(5),
  }),
  notice: z.object({ title: z.string(), lines: z.array(z.string()).min(1), actions: z.array(CardAction).max(5) }),
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
