import { z } from 'zod';
import { kinds } from '../content/schema';

/** The answer object of the contract: exactly what Teams gets for one question. */
export const AnswerObject = z.object({
  query: z.string(),
  kind: z.enum([...kinds.filter((k) => k !== 'help' && k !== 'consultation'), 'consultation', 'help', 'choices', 'fallback']),
  id: z.string().nullable(),
  alternatives: z.array(z.string()),
  urgent: z.boolean(),
  cards: z.array(z.record(z.string(), z.unknown())),
});
export type AnswerObject = z.infer<typeof AnswerObject>;

/** How sure the bot was: reported in usage events, never with the question's text. */
export type Band = 'direct' | 'did-you-mean' | 'fallback' | 'urgent' | 'command' | 'glossary';

/** Something the edge must do that needs more than content (the form, the user's own requests). */
export type Intent = 'consultation-form' | 'my-requests';
