import { z } from 'zod';
import { Area } from './areas';

/** The field schemas the content files share: text, ids, citations, areas, contacts, and every entry's common fields. */

export const text = z.string().trim().min(1, 'must not be empty');
export const list = z.array(text).min(1, 'must list at least one item');
export const entryId = z.string().regex(/^[a-z0-9]+(-[a-z0-9()]+)*$/, 'ids are lower-case words joined by hyphens');

/** A citation: where the facts in an entry come from. */
export const Source = z.strictObject({
  title: text,
  url: z.url().optional(),
});
export type Source = z.infer<typeof Source>;

/** The areas a local fact belongs to (src/content/areas.ts); none: it holds everywhere. */
export const areas = z.array(Area).min(1, 'name at least one area').optional();

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

export const common = {
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
