import { z } from 'zod';

/**
 * What card buttons send back (Action.Submit data). Everything that arrives from a
 * client is parsed here; anything else is treated as an unknown action.
 */
export const CardActionData = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('show'), id: z.string().max(100) }),
  z.object({ verb: z.literal('step'), id: z.string().max(100), step: z.number().int().min(0).max(100) }),
  z.object({ verb: z.literal('ask'), text: z.string().max(500) }),
  z.object({ verb: z.literal('command'), name: z.string().max(50) }),
  z.object({ verb: z.literal('none-of-these') }),
  z.object({ verb: z.literal('consultation-form') }),
]);
export type CardActionData = z.infer<typeof CardActionData>;

export const show = (id: string): CardActionData => ({ verb: 'show', id });
export const step = (id: string, n: number): CardActionData => ({ verb: 'step', id, step: n });
export const command = (name: string): CardActionData => ({ verb: 'command', name });
