import { z } from 'zod';

/** A button's data, parsed again on the way in (answers/actions.ts). */
const Data = z.record(z.string(), z.unknown());
/** 25 characters at most, so no phone cuts a label. */
const Label = z.string().min(1).max(25);

const Section = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  heading: z.string().min(1),
  items: z.array(z.string().min(1)).min(1),
  collapsed: z.boolean(),
});

/**
 * One step of a pathway. `moves` are Universal Actions (Action.Execute): the bot answers with the
 * next card and Teams replaces this one in place; each falls back to Action.Submit on clients
 * without them. `links` open something else as a new message (another topic, the menu, the form).
 */
export const PathwayView = z
  .object({
    kindLabel: z.string().min(1),
    title: z.string().min(1),
    summary: z.string().min(1),
    localise: z.boolean(),
    /** What the practitioner pressed to reach this card ("" on a first card). */
    choice: z.string(),
    stepNumber: z.number().int().min(1),
    stepCount: z.number().int().min(1),
    step: z.object({ title: z.string(), who: z.string(), what: z.string(), when: z.string(), next: z.string() }),
    sections: z.array(Section),
    contacts: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })),
    source: z.string().min(1),
    reviewed: z.string().min(1),
    reminder: z.string().min(1),
    moves: z.array(z.object({ title: Label, verb: z.string().min(1), data: Data })),
    links: z.array(z.object({ title: Label, data: Data })),
  })
  .refine((v) => v.moves.length + v.links.length <= 4, { message: 'at most four buttons', path: ['moves'] });
export type PathwayView = z.infer<typeof PathwayView>;
