import { Channels, TeamsInfo, TurnContext, type Activity, type ConversationParameters, type ConversationReference, type CloudAdapter } from 'botbuilder';
import { z } from 'zod';
import type { Reply } from '../answers/answerer';
import type { Consultations } from '../consultations/service';
import { ActionValue, SubmitValue } from '../consultations/service';
import { noticeCard } from '../answers/screens';
import { StoreUnavailableError } from '../store/store';
import type { Logger } from '../log';
import { cardActivity, type MessageExtras } from './bot';

export interface ConsultationHandlerDeps {
  consultations: Consultations;
  adapter: CloudAdapter;
  appId: string;
  channelId?: string;
  logger: Logger;
}

const ChannelPost = z.object({ reference: z.looseObject({}), activityId: z.string() });
const account = z.object({ id: z.string(), name: z.string().default('') });
/** The requester's conversation, as stored at submit time (TurnContext.getConversationReference). */
const NotifyReference = z.object({
  serviceUrl: z.string(),
  channelId: z.string(),
  conversation: z.object({ id: z.string(), isGroup: z.boolean().default(false), conversationType: z.string().default('personal'), name: z.string().default(''), tenantId: z.string().optional() }),
  bot: account.optional(),
  user: account.optional(),
});

const NOT_SAVED = [
  "Your request couldn't be saved yet: our store did not answer. Nothing is lost: your form is below, as you filled it in.",
  'Please press "Send request" again in a minute. If a child is at risk now, call 999.',
];

/** The consultation request at the Teams edge: the form, its submit, the team's channel workflow. */
export class ConsultationHandler implements MessageExtras {
  constructor(private readonly deps: ConsultationHandlerDeps) {}

  async handleIntent(context: TurnContext, reply: Reply): Promise<boolean> {
    if (reply.intent === 'consultation-form') {
      const from = context.activity.from;
      let prefill: { requesterName?: string; requesterEmail?: string } = { requesterName: from.name ?? '' };
      try {
        const member = await TeamsInfo.getMember(context, from.id);
        prefill = { requesterName: member.name ?? from.name ?? '', requesterEmail: member.email ?? member.userPrincipalName ?? '' };
      } catch (err) {
        this.deps.logger.info({ event: 'member-lookup-failed', errorType: err instanceof Error ? err.name : 'error' }, 'could not prefill the form');
      }
      await context.sendActivity(cardActivity(this.deps.consultations.newForm(prefill)));
      return true;
    }
    if (reply.intent === 'my-requests') {
      const id = context.activity.from.aadObjectId ?? context.activity.from.id;
      await context.sendActivity(cardActivity(await this.deps.consultations.listFor(id)));
      return true;
    }
    return false;
  }

  async handleValue(context: TurnContext, value: unknown): Promise<boolean> {
    const submit = SubmitValue.safeParse(value);
    if (submit.success) {
      await this.submit(context, submit.data);
      return true;
    }
    const action = ActionValue.safeParse(value);
    if (action.success) {
      await this.teamAction(context, action.data);
      return true;
    }
    return false;
  }

  /** Replaces the card the button was pressed on; if Teams will not, sends it as a new message. */
  private async replaceCard(context: TurnContext, card: Parameters<typeof cardActivity>[0]): Promise<void> {
    const id = context.activity.replyToId;
    if (id) {
      try {
        await context.updateActivity({ ...cardActivity(card), id });
        return;
      } catch (err) {
        this.deps.logger.warn({ event: 'update-card-failed', errorType: err instanceof Error ? err.name : 'error' }, 'sending a new card instead');
      }
    }
    await context.sendActivity(cardActivity(card));
  }

  private async submit(context: TurnContext, value: z.infer<typeof SubmitValue>): Promise<void> {
    const { consultations, logger } = this.deps;
    const from = context.activity.from;
    const requester = { aadObjectId: from.aadObjectId ?? from.id, name: typeof value.requesterName === 'string' && value.requesterName.trim() ? value.requesterName.trim() : (from.name ?? 'unknown') };
    const email = typeof value.requesterEmail === 'string' ? value.requesterEmail.trim() : undefined;
    let outcome;
    try {
      outcome = await consultations.submit(value, value.token, { ...requester, ...(email ? { email } : {}) }, TurnContext.getConversationReference(context.activity));
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      logger.error({ event: 'consultation-not-saved' }, 'store unavailable: form returned to the user');
      await context.sendActivity(cardActivity(noticeCard('Not sent yet', NOT_SAVED)));
      await context.sendActivity(cardActivity(consultations.formAsTyped(value, value.token)));
      return;
    }
    if (!outcome.ok) {
      logger.info({ event: 'consultation-invalid', fields: outcome.fields }, 'form refused');
      await this.replaceCard(context, outcome.form);
      return;
    }
    logger.info({ event: 'consultation-stored', reference: outcome.record.reference, created: outcome.created }, 'consultation request stored');
    await this.replaceCard(context, outcome.summary);
    await context.sendActivity(cardActivity(outcome.receipt));
    if (outcome.created) await this.postToChannel(context, outcome.record.reference);
  }

  private async postToChannel(context: TurnContext, reference: string): Promise<void> {
    const { channelId, adapter, appId, consultations, logger } = this.deps;
    if (!channelId) return;
    const record = await consultations.get(reference);
    if (!record) return;
    try {
      const activity: Partial<Activity> = cardActivity(consultations.teamCard(record));
      const params: Omit<ConversationParameters, 'activity'> & { activity: Partial<Activity> } = {
        isGroup: true,
        bot: context.activity.recipient,
        tenantId: context.activity.conversation.tenantId,
        channelData: { channel: { id: channelId } },
        activity,
      };
      await adapter.createConversationAsync(appId, Channels.Msteams, context.activity.serviceUrl, '', params as ConversationParameters, async (channelContext) => {
        const post = { reference: TurnContext.getConversationReference(channelContext.activity), activityId: channelContext.activity.id ?? '' };
        await consultations.setChannelPost(reference, post);
      });
      logger.info({ event: 'consultation-posted', reference }, 'posted to the consultation channel');
    } catch (err) {
      // The request is stored either way; the team also sees it in the export.
      logger.error({ event: 'consultation-post-failed', reference, errorType: err instanceof Error ? err.name : 'error' }, 'could not post to the channel');
    }
  }

  private fromConsultationChannel(context: TurnContext): boolean {
    const data = context.activity.channelData as { channel?: { id?: unknown }; teamsChannelId?: unknown } | undefined;
    const channel = typeof data?.channel?.id === 'string' ? data.channel.id : typeof data?.teamsChannelId === 'string' ? data.teamsChannelId : undefined;
    return Boolean(this.deps.channelId) && channel === this.deps.channelId;
  }

  private async teamAction(context: TurnContext, value: z.infer<typeof ActionValue>): Promise<void> {
    const { consultations, adapter, appId, logger } = this.deps;
    if (!this.fromConsultationChannel(context)) {
      logger.warn({ event: 'consultation-action-refused' }, 'team action from outside the consultation channel');
      await context.sendActivity('Only the consultation team can act on requests, from the consultation channel.');
      return;
    }
    const from = context.activity.from;
    const result = await consultations.act(value.reference, value, { aadObjectId: from.aadObjectId ?? from.id, name: from.name ?? 'team member' });
    if (!result.ok) {
      await context.sendActivity(result.reason === 'unknown' ? 'That request could not be found.' : 'Please fill in the details for that action and press it again.');
      return;
    }
    logger.info({ event: 'consultation-action', reference: value.reference, status: result.record.status }, 'team action stored');
    const post = ChannelPost.safeParse(result.record.channelPost);
    if (context.activity.replyToId) await this.replaceCard(context, result.teamCard);
    else if (post.success) await context.updateActivity({ ...cardActivity(result.teamCard), id: post.data.activityId });
    const notify = NotifyReference.safeParse(result.record.notify);
    if (notify.success) {
      const reference: Partial<ConversationReference> = notify.data;
      await adapter.continueConversationAsync(appId, reference, async (ctx) => {
        await ctx.sendActivity(cardActivity(noticeCard(result.update.title, result.update.lines)));
      });
    }
  }
}
