import { z } from 'zod';
import { Contact, Source, list, text } from './schema-fields';

/**
 * The toolkit's content model. These schemas are the single source of truth:
 * the loader validates every YAML file against them and every TypeScript type
 * used for content is inferred from them.
 */

export { Contact, Source, entryId } from './schema-fields';
export {
  ConcernEntry,
  Entry,
  InfoEntry,
  Kind,
  LevelEntry,
  MhaEntry,
  PathwayEntry,
  PathwayStep,
  PracticeEntry,
  RoleEntry,
  ServiceEntry,
  kinds,
} from './schema-entries';

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
