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

const Move = z.object({ title: Label, verb: z.string().min(1), data: Data });
const Link = z.object({ title: Label, data: Data });
/** Buttons of one row or one fold: moves (Action.Execute) and links (Action.Submit). */
const Buttons = z.object({ moves: z.array(Move), links: z.array(Link) });
const count = (b: z.infer<typeof Buttons>) => b.moves.length + b.links.length;

/**
 * One step of a pathway. `moves` are Universal Actions (Action.Execute): the bot answers with the
 * next card and Teams replaces this one in place; each falls back to Action.Submit on clients
 * without them. `links` open something else as a new message (another topic, the menu, the form).
 * Contacts, "If it stalls" and the sources are folded behind "Show more".
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
    /** What "Show more" folds away (the step stays on the first screen of a phone): in a line. */
    moreLine: z.string().min(1),
    /** The row of buttons: `lead` first (the way on), then the other moves and links; the rest behind "More". */
    lead: Buttons,
    moves: z.array(Move),
    links: z.array(Link),
    more: Buttons,
  })
  .refine((v) => count(v.lead) === 1, { message: 'one button leads', path: ['lead'] })
  .refine((v) => count(v.lead) + v.moves.length + v.links.length + (count(v.more) > 0 ? 1 : 0) <= 4, {
    message: 'at most four buttons in a row, "More" counted',
    path: ['moves'],
  });
export type PathwayView = z.infer<typeof PathwayView>;
