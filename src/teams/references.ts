import { z } from 'zod';

const account = z.object({ id: z.string(), name: z.string().default('') });

/** The requester's conversation, as stored at submit time (TurnContext.getConversationReference). */
export const NotifyReference = z.object({
  serviceUrl: z.string(),
  channelId: z.string(),
  conversation: z.object({
    id: z.string(),
    isGroup: z.boolean().default(false),
    conversationType: z.string().default('personal'),
    name: z.string().default(''),
    tenantId: z.string().optional(),
  }),
  bot: account.optional(),
  user: account.optional(),
});

/** Where the team's card went: the channel thread it started and the card's own activity id. */
export const ChannelPost = z.object({ reference: z.looseObject({}), activityId: z.string() });
