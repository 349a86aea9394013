import { z } from 'zod';

/**
 * What card buttons send back (Action.Submit data). Everything that arrives from a
 * client is parsed here; anything else is treated as an unknown action.
 */
export const CardActionData = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('show'), id: z.string().max(100) }),
  // Old pathway cards still in chat history: the step to show.
  z.object({ verb: z.literal('step'), id: z.string().max(100), step: z.number().int().min(0).max(100) }),
  // A pathway card's button: the pathway and step that card shows, and the move pressed.
  z.object({
    verb: z.literal('pathway'),
    id: z.string().max(100),
    at: z.number().int().min(0).max(100),
    move: z.enum(['next', 'back', 'restart', 'escalate', 'onward']),
  }),
  z.object({ verb: z.literal('ask'), text: z.string().max(500) }),
  z.object({ verb: z.literal('command'), name: z.string().max(50) }),
  z.object({ verb: z.literal('none-of-these') }),
  z.object({ verb: z.literal('consultation-form') }),
]);
export type CardActionData = z.infer<typeof CardActionData>;

export const show = (id: string): CardActionData => ({ verb: 'show', id });
export const step = (id: string, n: number): CardActionData => ({ verb: 'step', id, step: n });
export type PathwayMove = Extract<CardActionData, { verb: 'pathway' }>;
export const move = (id: string, at: number, m: PathwayMove['move']): PathwayMove => ({ verb: 'pathway', id, at, move: m });
export const command = (name: string): CardActionData => ({ verb: 'command', name });
