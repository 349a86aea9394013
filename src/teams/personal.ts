import { Channels, type CloudAdapter, type ConversationParameters, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../log';
import { tenantOf } from './bot';

/** The button on the "consultations are personal" card. */
export const PersonalValue = z.object({ verb: z.literal('consultation-personal'), want: z.enum(['form', 'list']) });

/** A group chat or a channel: anything there is seen by everyone in it. */
export function isShared(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel';
}

/** Teams' link to the person's own chat with this bot. */
export function chatUrl(context: TurnContext): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(context.activity.recipient?.id ?? '')}`;
}

/**
 * Starts (or finds: Teams keeps one per person) the presser's own chat with the bot and runs
 * `send` there. Returns false if Teams would not open it (e.g. the app is not available to them).
 */
export async function inPersonalChat(
  deps: { adapter: CloudAdapter; appId: string; logger: Logger },
  context: TurnContext,
  send: (personal: TurnContext) => Promise<void>,
): Promise<boolean> {
  const { activity } = context;
  const tenantId = tenantOf(activity);
  const params = {
    isGroup: false,
    bot: activity.recipient,
    members: [{ id: activity.from.id, name: '' }],
    ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
  } as ConversationParameters;
  let failed: unknown;
  try {
    await deps.adapter.createConversationAsync(deps.appId, Channels.Msteams, activity.serviceUrl, '', params, async (personal) => {
      // The adapter's turn-error handler would swallow a failure here: it is carried out instead.
      await send(personal).catch((err: unknown) => (failed = err ?? new Error('failed')));
    });
  } catch (err) {
    failed = err ?? new Error('failed');
  }
  if (failed)
    deps.logger.warn(
      { event: 'personal-chat-failed', errorType: failed instanceof Error ? failed.name : 'error' },
      'could not continue in a personal chat',
    );
  return !failed;
}
