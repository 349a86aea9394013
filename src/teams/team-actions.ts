import type { CloudAdapter, ConversationReference, InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { ActionValue, type Consultations } from '../consultations/service';
import type { ActionRefusal, Status } from '../consultations/record';
import { statusLabels } from '../consultations/cards';
import { noticeCard } from '../answers/screens';
import type { AdaptiveCard } from '../cards/render';
import type { Logger } from '../log';
import { cardActivity } from './bot';
import { cardResponse, messageResponse, withoutActions } from './card-invoke';
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

const REFERENCE = z.string().regex(/^EC-\d{4}-\d{5,}$/);
/** The team's card asks for itself as it is shown (its `refresh`), so a card opened later is current. */
export const RefreshValue = z.object({ verb: z.literal('consultation-refresh'), reference: REFERENCE });

const NOT_TEAM = 'Only the consultation team can act on requests, from the consultation channel.';
const inTeam = (deps: TeamActionDeps, context: TurnContext) => Boolean(deps.channelId) && channelOf(context) === deps.channelId;

/**
 * Universal Actions on the team's card: a press or a refresh is answered with the card as the request
 * now stands, in place. Only the team, in its channel, gets the buttons; anyone else sees the status.
 */
export async function teamExecute(
  deps: TeamActionDeps,
  context: TurnContext,
  data: Record<string, unknown>,
): Promise<InvokeResponse | undefined> {
  const refresh = RefreshValue.safeParse(data);
  const action = ActionValue.safeParse(data);
  if (!refresh.success && !action.success) return undefined;
  if (action.success && inTeam(deps, context)) {
    const card = await teamAction(deps, context, action.data, true);
    return card ? cardResponse(card) : messageResponse('Nothing was changed.');
  }
  const reference = refresh.data?.reference ?? action.data?.reference ?? '';
  if (action.success) deps.logger.warn({ event: 'consultation-action-refused' }, 'team action from outside the consultation channel');
  const record = await deps.consultations.get(reference);
  if (!record) return messageResponse('That request could not be found.');
  const card = deps.consultations.teamCard(record);
  return cardResponse(inTeam(deps, context) ? card : withoutActions(card));
}

function refusalText(reference: string, reason: ActionRefusal, status: Status): string {
  if (reason === 'final')
    return `${reference} was declined, and declining is final: nothing was changed and the requester was not told again.`;
  if (reason === 'repeat') return `That was already done for ${reference}: nothing was changed and the requester was not told again.`;
  return `${reference} is ${statusLabels[status].toLowerCase()}: that action does not follow, so nothing was changed.`;
}

/**
 * The team works a request from its card in the consultation channel; the requester is told in their
 * chat. The card is updated for everyone; `inPlace` (an Action.Execute) also returns it for the invoke's
 * answer, where an Action.Submit from an older card has it replaced (or sent anew if Teams will not).
 */
export async function teamAction(
  deps: TeamActionDeps,
  context: TurnContext,
  value: z.infer<typeof ActionValue>,
  inPlace = false,
): Promise<AdaptiveCard | undefined> {
  const { consultations, logger } = deps;
  if (!inTeam(deps, context)) {
    logger.warn({ event: 'consultation-action-refused' }, 'team action from outside the consultation channel');
    await context.sendActivity(NOT_TEAM);
    return undefined;
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
      if (inPlace) await updateForAll(deps, context, result.record.channelPost, result.teamCard, value.reference);
      else if (context.activity.replyToId) await replaceCard(context, result.teamCard, logger);
      await context.sendActivity(refusalText(value.reference, result.refused, result.record.status));
      return result.teamCard;
    }
    await context.sendActivity(
      result.reason === 'unknown' ? 'That request could not be found.' : 'Please fill in the details for that action and press it again.',
    );
    return undefined;
  }
  logger.info({ event: 'consultation-action', reference: value.reference, status: result.record.status }, 'team action stored');
  // The action is stored: from here a failed post is reported as what it is, never as "Sorry".
  if (inPlace || !context.activity.replyToId)
    await updateForAll(deps, context, result.record.channelPost, result.teamCard, value.reference);
  else await replaceCard(context, result.teamCard, logger).catch((err: unknown) => updateFailed(logger, value.reference, err));
  await tellRequester(deps, context, result);
  return result.teamCard;
}

/** The card in the channel, for everyone: the pressed message, or the one the outbox posted. */
async function updateForAll(deps: TeamActionDeps, context: TurnContext, channelPost: unknown, card: AdaptiveCard, reference: string) {
  const post = ChannelPost.safeParse(channelPost);
  const id = context.activity.replyToId ?? (post.success ? post.data.activityId : undefined);
  if (!id) return;
  await context.updateActivity({ ...cardActivity(card), id }).catch((err: unknown) => updateFailed(deps.logger, reference, err));
}

const updateFailed = (logger: Logger, reference: string, err: unknown) =>
  logger.warn({ event: 'team-card-update-failed', reference, errorType: errorType(err) }, 'team card not updated');

/** The requester hears of a stored action in their own chat; if not, the team member is asked to tell them. */
async function tellRequester(
  deps: TeamActionDeps,
  context: TurnContext,
  result: Extract<Awaited<ReturnType<Consultations['act']>>, { ok: true }>,
): Promise<void> {
  const { adapter, appId, logger } = deps;
  const ref = result.record.reference;
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
    { event: 'requester-update-failed', reference: ref, errorType: errorType(failed) },
    'the requester was not told of a team action',
  );
  await context
    .sendActivity(`Saved for ${ref}, but the requester could not be told just now: please let them know directly.`)
    .catch(() => undefined);
}

const errorType = (err: unknown) => (err instanceof Error ? err.name : 'error');
