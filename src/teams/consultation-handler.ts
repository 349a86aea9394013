import { TeamsInfo, TurnContext, type BotState, type CloudAdapter, type InvokeResponse } from 'botbuilder';
import type { z } from 'zod';
import type { Reply } from '../answers/answerer';
import type { Consultations, SubmitOutcome } from '../consultations/service';
import { ActionValue, SubmitValue } from '../consultations/service';
import { noticeCard } from '../answers/screens';
import { StoreUnavailableError } from '../store/store';
import type { Logger } from '../log';
import { cardActivity, type MessageExtras } from './bot';
import { OwedReceipts, savedLine } from './owed-receipts';
import { replaceCard } from './replace-card';
import { teamAction, teamExecute } from './team-actions';
import { PersonalValue, chatUrl, inPersonalChat, isShared } from './personal';
import { personalOnlyCard } from '../consultations/cards';

/** The delivery loop as the edge sees it: asked to look again when a request is stored or re-pressed. */
export interface TeamDeliveryTrigger {
  kick(): void;
  retryNow(reference: string): Promise<void>;
}

export interface ConsultationHandlerDeps {
  consultations: Consultations;
  adapter: CloudAdapter;
  appId: string;
  channelId?: string;
  logger: Logger;
  conversationState: BotState;
  delivery?: TeamDeliveryTrigger;
}

const NOT_SAVED = [
  "Your request couldn't be saved yet: our store did not answer. Nothing is lost: your form is below, as you filled it in.",
  'Please press "Send request" again in a minute. If a child is at risk now, call 999.',
];

const NOT_YOURS = [
  'That form was opened for someone else, so nothing was sent and nothing of theirs is shown.',
  'Here is a form of your own.',
];

const errorType = (err: unknown) => (err instanceof Error ? err.name : 'error');
/** The Teams user behind an activity: the id a form is bound to and requests are listed by. */
const ownerOf = (context: TurnContext) => context.activity.from.aadObjectId ?? context.activity.from.id;

/** The consultation request at the Teams edge: the form, its submit, the team's channel workflow. */
export class ConsultationHandler implements MessageExtras {
  private readonly owed: OwedReceipts;

  constructor(private readonly deps: ConsultationHandlerDeps) {
    this.owed = new OwedReceipts(deps.conversationState, deps.logger);
  }

  /** Before anything else in a turn: a requester owed a receipt is told their reference. */
  async beforeTurn(context: TurnContext): Promise<void> {
    await this.owed.pay(context);
  }

  async handleIntent(context: TurnContext, reply: Reply): Promise<boolean> {
    const want = reply.intent === 'consultation-form' ? 'form' : reply.intent === 'my-requests' ? 'list' : undefined;
    if (!want) return false;
    if (isShared(context)) await this.personalOnly(context, want);
    else await context.sendActivity(cardActivity(await this.personalCard(context, want)));
    return true;
  }

  /** The form (prefilled with the person's name and email from Teams) or their own requests. */
  private async personalCard(context: TurnContext, want: 'form' | 'list') {
    if (want === 'list') return this.deps.consultations.listFor(ownerOf(context));
    const from = context.activity.from;
    let prefill: { requesterName?: string; requesterEmail?: string } = { requesterName: from.name ?? '' };
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      prefill = { requesterName: member.name ?? from.name ?? '', requesterEmail: member.email ?? member.userPrincipalName ?? '' };
    } catch (err) {
      this.deps.logger.info({ event: 'member-lookup-failed', errorType: errorType(err) }, 'could not prefill the form');
    }
    return this.deps.consultations.newForm(ownerOf(context), prefill);
  }

  /** In a group chat or channel: says so, and offers the person's own chat. Nothing about them is posted. */
  private async personalOnly(context: TurnContext, want: 'form' | 'list'): Promise<void> {
    this.deps.logger.info(
      { event: 'consultation-not-personal', want, conversationType: context.activity.conversation?.conversationType },
      'consultations are personal',
    );
    await context.sendActivity(cardActivity(personalOnlyCard(want, chatUrl(context))));
  }

  /** "Send me the form in my chat": the form (or list) goes to the presser's own chat, never here. */
  private async continuePersonally(context: TurnContext, want: 'form' | 'list'): Promise<void> {
    const card = await this.personalCard(context, want);
    const sent = await inPersonalChat(this.deps, context, async (personal) => {
      await personal.sendActivity(cardActivity(card));
    });
    await context.sendActivity(
      sent
        ? 'I have sent it to your own chat with me.'
        : 'I could not open your chat with me from here. Please use "Open my chat with the bot" and type "request enhanced consultation" there.',
    );
  }

  /** The team's card pressed (Action.Execute) or refreshed: answered with the card as it now stands. */
  handleExecute(context: TurnContext, data: Record<string, unknown>): Promise<InvokeResponse | undefined> {
    return teamExecute(this.deps, context, data);
  }

  async handleValue(context: TurnContext, value: unknown): Promise<boolean> {
    const submit = SubmitValue.safeParse(value);
    if (submit.success) {
      // A press in a shared conversation is answered, never taken: the form belongs in a personal chat.
      if (isShared(context)) await this.personalOnly(context, 'form');
      else await this.submit(context, submit.data);
      return true;
    }
    const personal = PersonalValue.safeParse(value);
    if (personal.success) {
      if (isShared(context)) await this.continuePersonally(context, personal.data.want);
      else await context.sendActivity(cardActivity(await this.personalCard(context, personal.data.want)));
      return true;
    }
    const action = ActionValue.safeParse(value);
    if (action.success) {
      await teamAction(this.deps, context, action.data);
      return true;
    }
    return false;
  }

  private async submit(context: TurnContext, value: z.infer<typeof SubmitValue>): Promise<void> {
    const { consultations, logger } = this.deps;
    const from = context.activity.from;
    const typedName = typeof value.requesterName === 'string' ? value.requesterName.trim() : '';
    const requester = {
      aadObjectId: ownerOf(context),
      name: typedName || (from.name ?? 'unknown'),
      ...(from.name ? { teamsName: from.name } : {}),
    };
    const email = typeof value.requesterEmail === 'string' ? value.requesterEmail.trim() : undefined;
    let outcome: SubmitOutcome;
    try {
      outcome = await consultations.submit(
        value,
        value.token,
        { ...requester, ...(email ? { email } : {}) },
        TurnContext.getConversationReference(context.activity),
      );
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      logger.error({ event: 'consultation-not-saved' }, 'store unavailable: form returned to the user');
      await context.sendActivity(cardActivity(noticeCard('Not sent yet', NOT_SAVED)));
      await context.sendActivity(cardActivity(consultations.formAsTyped(value, value.token, ownerOf(context))));
      return;
    }
    if (!outcome.ok && outcome.reason === 'not-yours') {
      // Someone else's form: their press is answered with a form of their own, and nothing of the other person's.
      logger.warn({ event: 'consultation-form-not-yours' }, 'a form pressed by someone other than the person it was given to');
      await context.sendActivity(cardActivity(noticeCard('Not sent', NOT_YOURS)));
      await context.sendActivity(cardActivity(await this.personalCard(context, 'form')));
      return;
    }
    if (!outcome.ok) {
      logger.info({ event: 'consultation-invalid', fields: outcome.fields }, 'form refused');
      await replaceCard(context, outcome.form, logger);
      return;
    }
    const reference = outcome.record.reference;
    logger.info({ event: 'consultation-stored', reference, created: outcome.created }, 'consultation request stored');
    // The team's copy goes through the outbox, whatever happens to the replies below.
    if (outcome.created) this.deps.delivery?.kick();
    else
      await this.deps.delivery
        ?.retryNow(reference)
        .catch((err: unknown) =>
          logger.warn({ event: 'team-delivery-requeue-failed', reference, errorType: errorType(err) }, 'not requeued'),
        );
    await this.tellRequester(context, outcome);
  }

  /**
   * The request is stored: from here nothing may end in "Sorry". The summary is cosmetic; the
   * receipt matters. If it cannot be posted, a short "Saved" line is tried at once, and if that
   * fails too, it is owed and told on the requester's next turn.
   */
  private async tellRequester(context: TurnContext, outcome: Extract<SubmitOutcome, { ok: true }>): Promise<void> {
    const { logger } = this.deps;
    const reference = outcome.record.reference;
    try {
      await replaceCard(context, outcome.summary, logger);
    } catch (err) {
      logger.warn({ event: 'summary-failed', reference, errorType: errorType(err) }, 'form not replaced by its summary');
    }
    try {
      await context.sendActivity(cardActivity(outcome.receipt));
      await this.owed.paid(context, reference);
      return;
    } catch (err) {
      logger.warn({ event: 'receipt-failed', reference, errorType: errorType(err) }, 'receipt not posted');
    }
    await this.owed.owe(context, reference);
    try {
      await context.sendActivity(savedLine(reference));
      await this.owed.paid(context, reference);
    } catch (err) {
      logger.warn({ event: 'receipt-owed', reference, errorType: errorType(err) }, 'the requester will be told on their next turn');
    }
  }
}
