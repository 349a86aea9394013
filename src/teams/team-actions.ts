import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { ActionValue, Consultations } from '../consultations/service';
import type { ActionRefusal, Status } from '../consultations/record';
import { statusLabels } from '../consultations/cards';
import { noticeCard } from '../answers/screens';
import type { Logger } from '../log';
import { cardActivity } from './bot';
import { ChannelPost, NotifyReference } from './references';
import { replaceCard } from './replace-card';

export interface TeamActionDeps {
  consultations: Consultations;
  adapter: CloudAdapter;
  appId: string;
  channelId?: string;
  logger: Logger;
}

function channelOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as { channel?: { id?: unknown }; teamsChannelId?: unknown } | undefined;
  return typeof data?.channel?.id === 'string'
    ? data.channel.id
    : typeof data?.teamsChannelId === 'string'
      ? data.teamsChannelId
      : undefined;
}

function refusalText(reference: string, reason: ActionRefusal, status: Status): string {
  if (reason === 'final')
    return `${reference} was declined, and declining is final: nothing was changed and the requester was not told again.`;
  if (reason === 'repeat') return `That was already done for ${reference}: nothing was changed and the requester was not told again.`;
  return `${reference} is ${statusLabels[status].toLowerCase()}: that action does not follow, so nothing was changed.`;
}

/** The team works a request from its card in the consultation channel; the requester is told in their chat. */
export async function teamAction(deps: TeamActionDeps, context: TurnContext, value: z.infer<typeof ActionValue>): Promise<void> {
  const { consultations, adapter, appId, logger } = deps;
  if (!deps.channelId || channelOf(context) !== deps.channelId) {
    logger.warn({ event: 'consultation-action-refused' }, 'team action from outside the consultation channel');
    await context.sendActivity('Only the consultation team can act on requests, from the consultation channel.');
    return;
  }
  const from = context.activity.from;
  const result = await consultations.act(value.reference, value, {
    aadObjectId: from.aadObjectId ?? from.id,
    name: from.name ?? 'team member',
  });
  if (!result.ok) {
    if (result.reason === 'refused') {
      // Refused by the status rules: nothing stored, nobody notified; the card shows where it stands.
      logger.info(
        { event: 'consultation-action-refused', reference: value.reference, reason: result.refused, status: result.record.status },
        'team action not applied',
      );
      if (context.activity.replyToId) await replaceCard(context, result.teamCard, logger);
      await context.sendActivity(refusalText(value.reference, result.refused, result.record.status));
      return;
    }
    await context.sendActivity(
      result.reason === 'unknown' ? 'That request could not be found.' : 'Please fill in the details for that action and press it again.',
    );
    return;
  }
  logger.info({ event: 'consultation-action', reference: value.reference, status: result.record.status }, 'team action stored');
  // The action is stored: from here a failed post is reported as what it is, never as "Sorry".
  try {
    const post = ChannelPost.safeParse(result.record.channelPost);
    if (context.activity.replyToId) await replaceCard(context, result.teamCard, logger);
    else if (post.success) await context.updateActivity({ ...cardActivity(result.teamCard), id: post.data.activityId });
  } catch (err) {
    logger.warn({ event: 'team-card-update-failed', reference: value.reference, errorType: errorType(err) }, 'team card not updated');
  }
  const notify = NotifyReference.safeParse(result.record.notify);
  if (!notify.success) return;
  let failed: unknown;
  const reference: Partial<ConversationReference> = notify.data;
  await adapter
    .continueConversationAsync(appId, reference, async (ctx) => {
      // Caught here: the adapter's turn-error handler would otherwise swallow it.
      await ctx
        .sendActivity(cardActivity(noticeCard(result.update.title, result.update.lines)))
        .catch((err: unknown) => (failed = err ?? new Error('failed')));
    })
    .catch((err: unknown) => (failed = err ?? new Error('failed')));
  if (!failed) return;
  logger.error(
    { event: 'requester-update-failed', reference: value.reference, errorType: errorType(failed) },
    'the requester was not told of a team action',
  );
  await context
    .sendActivity(`Saved for ${value.reference}, but the requester could not be told just now: please let them know directly.`)
    .catch(() => undefined);
}

const errorType = (err: unknown) => (err instanceof Error ? err.name : 'error');
