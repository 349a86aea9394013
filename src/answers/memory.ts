import { z } from 'zod';

/** What the bot remembers per conversation, so follow-ups and pathway walks work. */
export const Memory = z.object({
  lastTopicId: z.string().optional(),
  pathway: z.object({ id: z.string(), step: z.number().int().min(0) }).optional(),
});
export type Memory = z.infer<typeof Memory>;
