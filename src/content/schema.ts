import { z } from 'zod';
import { Area } from './areas';

/**
 * The toolkit's content model. These schemas are the single source of truth:
 * the loader validates every YAML file against them and every TypeScript type
 * used for content is inferred from them.
 */

export const kinds = ['level', 'concern', 'pathway', 'mha', 'practice', 'role', 'service', 'consultation', 'help'] as const;
export const Kind = z.enum(kinds);
export type Kind = z.infer<typeof Kind>;

const text = z.string().trim().min(1, 'must not be empty');
const list = z.array(text).min(1, 'must list at least one item');
export const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9()]+)*$/, 'ids are lower-case words joined by hyphens');

/** A citation: where the facts in an entry come from. */
export const Source = z.strictObject({
  title: text,
  url: z.url().optional(),
});
export type Source = z.infer<typeof Source>;

/** The areas a local fact belongs to (src/content/areas.ts); none: it holds everywhere. */
const areas = z.array(Area).min(1, 'name at least one area').optional();

/**
 * A contact or local fact. `localise: true` marks something an area must fill in
 * (a local team's number, a named contact); `value` is then a description of
 * what belongs there, never an invented number. `areas` says which areas it is for
 * (inherited from its entry when left out); `national: true` marks a national line
 * (999, NHS 111, Childline, …), which belongs to no area.
 */
export const Contact = z.strictObject({
  label: text,
  value: text,
  /** A number to call from the card: shown large, with a `tel:` button whose label is `button`. */
  call: z
    .strictObject({
      number: z.string().regex(/^\+?[0-9][0-9 ]*[0-9]$/, 'a phone number: digits and spaces'),
      /** What the number is for, in a few words under it ("Ambulance or police"). */
      note: text,
      button: text.max(25, 'a button label is 25 characters at most'),
    })
    .optional(),
  localise: z.boolean().default(false),
  areas,
  national: z.boolean().optional(),
});
export type Contact = z.infer<typeof Contact>;

const common = {
  id: entryId,
  title: text,
  /**
   * The entry's name on a button (25 characters at most, so no phone cuts it), written for the
   * button, never a cut title. Required when the title is longer (content check); else the title.
   */
  label: text.max(25, 'a button label is 25 characters at most').optional(),
  summary: text,
  keywords: list,
  questions: z.array(text).min(5, 'needs at least 5 questions'),
  related: z.array(entryId).default([]),
  source: z.array(Source).min(1, 'cite at least one source'),
  reviewed: z.iso.date(),
  localise: z.boolean().default(false),
  /** A local entry (a service, a local pathway, a levels framework): the areas it is for. */
  areas,
  /** A national service or line, which belongs to no area (a service must say one or the other). */
  national: z.boolean().optional(),
};

const thrive = z.enum(['thriving', 'getting-advice', 'getting-help', 'getting-more-help', 'getting-risk-support']);

export const LevelEntry = z.strictObject({
  ...common,
  kind: z.literal('level'),
  level: z.number().int().min(1).max(4),
  thrive: z.array(thrive).min(1),
  whatIsHappening: text,
  signs: list,
  riskFactors: list,
  whatCouldHelp: list,
  whoIsInvolved: list,
  nextStep: entryId,
});

export const ConcernEntry = z.strictObject({
  ...common,
  kind: z.literal('concern'),
  signs: list,
  signsByAge: z.array(z.strictObject({ age: text, signs: list })).default([]),
  riskFactors: list,
  careRiskFactors: list,
  helpForCarers: list,
  helpForPractitioners: list,
  moreHelp: list,
  nextStep: entryId,
});

/** A step that differs by area names its areas; the card shows only the steps for the areas served. */
export const PathwayStep = z.strictObject({
  title: text,
  who: text,
  what: text,
  when: text,
  next: text,
  areas,
  localise: z.boolean().optional(),
});

export const PathwayEntry = z.strictObject({
  ...common,
  kind: z.literal('pathway'),
  steps: z.array(PathwayStep).min(1, 'a pathway needs at least one step'),
  ifStalled: text,
  contacts: z.array(Contact).default([]),
  nextStep: entryId.optional(),
});

export const MhaEntry = z.strictObject({
  ...common,
  kind: z.literal('mha'),
  sections: z.array(text).min(1),
  purpose: text,
  whoDecides: text,
  duration: text,
  rights: list,
  childInCare: list,
  whatFollows: text,
  changes2025: text.optional(),
  nextStep: entryId.optional(),
});

export const PracticeEntry = z.strictObject({
  ...common,
  kind: z.literal('practice'),
  keyPoints: list,
  whatToDo: list,
  whatToAvoid: z.array(text).default([]),
  nextStep: entryId.optional(),
});

export const RoleEntry = z.strictObject({
  ...common,
  kind: z.literal('role'),
  whoTheyAre: text,
  whatTheyDo: list,
  whenToContact: list,
  contacts: z.array(Contact).default([]),
  nextStep: entryId.optional(),
});

export const ServiceEntry = z.strictObject({
  ...common,
  kind: z.literal('service'),
  ages: text,
  offers: list,
  howToRefer: list,
  commissioner: text,
  provider: text,
  area: text,
  contacts: z.array(Contact).default([]),
  nextStep: entryId.optional(),
});

export const InfoEntry = z.strictObject({
  ...common,
  kind: z.enum(['consultation', 'help']),
  points: list,
  nextStep: entryId.optional(),
});

export const Entry = z.discriminatedUnion('kind', [
  LevelEntry,
  ConcernEntry,
  PathwayEntry,
  MhaEntry,
  PracticeEntry,
  RoleEntry,
  ServiceEntry,
  InfoEntry,
]);
export type Entry = z.infer<typeof Entry>;
export type LevelEntry = z.infer<typeof LevelEntry>;
export type ConcernEntry = z.infer<typeof ConcernEntry>;
export type PathwayEntry = z.infer<typeof PathwayEntry>;
export type MhaEntry = z.infer<typeof MhaEntry>;
export type PracticeEntry = z.infer<typeof PracticeEntry>;
export type RoleEntry = z.infer<typeof RoleEntry>;
export type ServiceEntry = z.infer<typeof ServiceEntry>;
export type InfoEntry = z.infer<typeof InfoEntry>;

/** content/synonyms.yaml: words practitioners use for the same thing, and common misspellings. */
export const Synonyms = z.strictObject({
  groups: z.array(z.strictObject({ canonical: text, terms: list })).min(1),
  misspellings: z.record(z.string(), text).default({}),
});
export type Synonyms = z.infer<typeof Synonyms>;

/** content/urgent-safety.yaml: the card shown first when a message describes immediate risk. */
export const UrgentSafety = z.strictObject({
  title: text,
  lead: text,
  contacts: z.array(Contact).min(1),
  advice: list,
  /**
   * The card's first line for the situation the message describes: `rules` are the names the
   * urgent detector reports (src/search/urgent.ts rules, `broad:` + a situation of danger.ts).
   * A situation not listed gets `lead`.
   */
  situations: z.array(z.strictObject({ name: text, first: text, rules: list })).default([]),
  source: z.array(Source).min(1),
  reviewed: z.iso.date(),
});
export type UrgentSafety = z.infer<typeof UrgentSafety>;
