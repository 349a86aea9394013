import type { TaskModuleRequest, TaskModuleResponse, TurnContext } from 'botbuilder';
import { SubmitValue } from '../consultations/service';
import { StoreUnavailableError } from '../store/store';
import { errorType, ownerOf, type ConsultationHandlerDeps, type RequestSender } from './consultation-submit';
import { closeDialog, showInDialog } from './dialog';
import { isShared } from './personal';

export const NOT_SAVED_DIALOG =
  'Your request couldn\'t be saved yet: our store did not answer. Nothing is lost: the form is as you filled it in. Please press "Send request" again in a minute. If a child is at risk now, call 999.';
export const NOT_YOURS_DIALOG = 'That form was opened for someone else, so nothing was sent. This is a form of your own.';
export const PERSONAL_ONLY =
  'Consultation requests are personal, so the form does not open here and nothing is posted in this conversation. Type "request enhanced consultation" in your own chat with the bot.';

/** What the consultation handler lends the dialog: the prefilled form for the person asking. */
export interface DialogHost {
  dialogForm(context: TurnContext, notice?: string): Promise<TaskModuleResponse>;
}

/**
 * The consultation form in a Teams dialog: `task/fetch` opens it; `task/submit` stores it by the
 * same path as the chat's form (signed token, one record, the team's outbox) and closes on the
 * reference, with one receipt posted in the chat; a form with errors is shown again with each
 * error beside its field. Personal chats only, as in the chat.
 */
export class ConsultationDialog {
  constructor(
    private readonly deps: ConsultationHandlerDeps,
    private readonly sender: RequestSender,
    private readonly host: DialogHost,
  ) {}

  async fetch(context: TurnContext): Promise<TaskModuleResponse> {
    if (isShared(context)) return this.personalOnly(context, 'fetch');
    this.deps.logger.info({ event: 'consultation-dialog-opened' }, 'form opened in a dialog');
    return this.host.dialogForm(context);
  }

  async submit(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const { consultations, logger } = this.deps;
    const value = SubmitValue.safeParse(request?.data);
    if (!value.success) {
      logger.info({ event: 'consultation-dialog-unknown' }, 'dialog submit not recognised');
      return closeDialog('Nothing was sent.');
    }
    if (isShared(context)) return this.personalOnly(context, 'submit');
    const token = value.data.token;
    let outcome;
    try {
      outcome = await this.sender.save(context, value.data, 'dialog');
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      logger.error({ event: 'consultation-not-saved', mode: 'dialog' }, 'store unavailable: form returned to the user');
      return showInDialog(consultations.formAsTyped(value.data, token, ownerOf(context), 'dialog', NOT_SAVED_DIALOG));
    }
    if (!outcome.ok && outcome.reason === 'not-yours') return this.host.dialogForm(context, NOT_YOURS_DIALOG);
    if (!outcome.ok) return showInDialog(outcome.form);
    const reference = outcome.record.reference;
    // One receipt in the chat: a second press of the same form (a retry) posts none, unless it is still owed.
    const owed = (await this.sender.owed.list(context)).includes(reference);
    if (outcome.created || owed)
      await this.sender.tell(context, outcome, 'dialog').catch((err: unknown) => {
        logger.warn({ event: 'receipt-failed', reference, errorType: errorType(err) }, 'receipt not posted');
      });
    return closeDialog(`Request sent — reference ${reference}. Your receipt is in the chat.`);
  }

  private personalOnly(context: TurnContext, step: 'fetch' | 'submit'): TaskModuleResponse {
    this.deps.logger.info(
      { event: 'consultation-not-personal', want: 'form', step, conversationType: context.activity.conversation?.conversationType },
      'consultations are personal',
    );
    return closeDialog(PERSONAL_ONLY);
  }
}
