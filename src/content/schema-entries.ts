import { z } from 'zod';
import { Contact, areas, common, entryId, list, text } from './schema-fields';

/** The entry kinds: one schema for each kind of entry, and the union the loader checks each entry file against. */

export const kinds = ['level', 'concern', 'pathway', 'mha', 'practice', 'role', 'service', 'consultation', 'help'] as const;
export const Kind = z.enum(kinds);
export type Kind = z.infer<typeof Kind>;

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
