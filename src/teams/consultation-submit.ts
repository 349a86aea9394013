import { TurnContext, type BotState, type CloudAdapter } from 'botbuilder';
import type { z } from 'zod';
import type { Consultations, SubmitOutcome, SubmitValue } from '../consultations/service';
import type { FormMode } from '../consultations/cards';
import type { Logger } from '../log';
import { cardActivity } from './bot';
import { OwedReceipts, savedLine } from './owed-receipts';
import { replaceCard } from './replace-card';

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

export const errorType = (err: unknown) => (err instanceof Error ? err.name : 'error');
/** The Teams user behind an activity: the id a form is bound to and requests are listed by. */
export const ownerOf = (context: TurnContext) => context.activity.from.aadObjectId ?? context.activity.from.id;

/**
 * A press of "Send request", from the chat or from the dialog: one path to the store. The record
 * is bound to the Teams user (the form's signed token), committed with its team delivery (the
 * outbox), and the requester always hears their reference.
 */
export class RequestSender {
  readonly owed: OwedReceipts;

  constructor(private readonly deps: ConsultationHandlerDeps) {
    this.owed = new OwedReceipts(deps.conversationState, deps.logger);
  }

  /** Stores the request (or finds it stored under this token). Throws StoreUnavailableError when the store does not answer. */
  async save(context: TurnContext, value: z.infer<typeof SubmitValue>, mode: FormMode): Promise<SubmitOutcome> {
    const { consultations, logger } = this.deps;
    const from = context.activity.from;
    const typedName = typeof value.requesterName === 'string' ? value.requesterName.trim() : '';
    const email = typeof value.requesterEmail === 'string' ? value.requesterEmail.trim() : undefined;
    const requester = {
      aadObjectId: ownerOf(context),
      name: typedName || (from.name ?? 'unknown'),
      ...(from.name ? { teamsName: from.name } : {}),
      ...(email ? { email } : {}),
    };
    const outcome = await consultations.submit(value, value.token, requester, TurnContext.getConversationReference(context.activity), mode);
    if (!outcome.ok && outcome.reason === 'not-yours')
      logger.warn({ event: 'consultation-form-not-yours', mode }, 'a form pressed by someone other than the person it was given to');
    if (!outcome.ok && outcome.reason === 'invalid')
      logger.info({ event: 'consultation-invalid', fields: outcome.fields, mode }, 'form refused');
    if (!outcome.ok) return outcome;
    const reference = outcome.record.reference;
    logger.info({ event: 'consultation-stored', reference, created: outcome.created, mode }, 'consultation request stored');
    // The team's copy goes through the outbox, whatever happens to the replies after this.
    if (outcome.created) this.deps.delivery?.kick();
    else
      await this.deps.delivery
        ?.retryNow(reference)
        .catch((err: unknown) =>
          logger.warn({ event: 'team-delivery-requeue-failed', reference, errorType: errorType(err) }, 'not requeued'),
        );
    return outcome;
  }

  /**
   * The request is stored: from here nothing may end in "Sorry". In the chat the form becomes a
   * line with the reference; then the receipt. If the receipt cannot be posted, a short "Saved"
   * line is tried at once, and if that fails too, it is owed and told on the requester's next turn.
   */
  async tell(context: TurnContext, outcome: Extract<SubmitOutcome, { ok: true }>, mode: FormMode): Promise<void> {
    const { logger } = this.deps;
    const reference = outcome.record.reference;
    if (mode === 'chat') {
      try {
        await replaceCard(context, outcome.sent, logger);
      } catch (err) {
        logger.warn({ event: 'summary-failed', reference, errorType: errorType(err) }, 'form not replaced');
      }
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
