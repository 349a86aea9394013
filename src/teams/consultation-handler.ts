import { TeamsInfo, type InvokeResponse, type TaskModuleRequest, type TaskModuleResponse, type TurnContext } from 'botbuilder';
import type { z } from 'zod';
import type { Reply } from '../answers/answerer';
import { ActionValue, SubmitValue } from '../consultations/service';
import { noticeCard } from '../answers/screens';
import { StoreUnavailableError } from '../store/store';
import { cardActivity, type MessageExtras } from './bot';
import { replaceCard } from './replace-card';
import { teamAction, teamExecute } from './team-actions';
import { PersonalValue, chatUrl, inPersonalChat, isShared } from './personal';
import { FORM_IN_CHAT, launcherCard, personalOnlyCard, type FormMode } from '../consultations/cards';
import { RequestSender, errorType, ownerOf, type ConsultationHandlerDeps } from './consultation-submit';
import { ConsultationDialog } from './dialog-handler';
import { DIALOG_TITLE, pressedForDialog, showInDialog } from './dialog';

export type { ConsultationHandlerDeps, TeamDeliveryTrigger } from './consultation-submit';

const NOT_SAVED = [
  "Your request couldn't be saved yet: our store did not answer. Nothing is lost: your form is below, as you filled it in.",
  'Please press "Send request" again in a minute. If a child is at risk now, call 999.',
];

const NOT_YOURS = [
  'That form was opened for someone else, so nothing was sent and nothing of theirs is shown.',
  'Here is a form of your own.',
];

/**
 * The consultation request at the Teams edge: the form (in a dialog, or in the chat where a
 * client cannot open one), its submit, the team's channel workflow.
 */
export class ConsultationHandler implements MessageExtras {
  private readonly sender: RequestSender;
  private readonly dialog: ConsultationDialog;

  constructor(private readonly deps: ConsultationHandlerDeps) {
    this.sender = new RequestSender(deps);
    this.dialog = new ConsultationDialog(deps, this.sender, { dialogForm: (context, notice) => this.dialogForm(context, notice) });
  }

  /** Before anything else in a turn: a requester owed a receipt is told their reference. */
  async beforeTurn(context: TurnContext): Promise<void> {
    await this.sender.owed.pay(context);
  }

  async handleIntent(context: TurnContext, reply: Reply): Promise<boolean> {
    const want = reply.intent === 'consultation-form' ? 'form' : reply.intent === 'my-requests' ? 'list' : undefined;
    if (!want) return false;
    if (isShared(context)) await this.personalOnly(context, want);
    // A dialog button pressed where dialogs do not open arrives as a message: the form comes in the chat.
    else if (want === 'form' && pressedForDialog(context.activity.value))
      await context.sendActivity(cardActivity(await this.form(context, 'chat')));
    else await context.sendActivity(cardActivity(await this.personalCard(context, want)));
    return true;
  }

  fetchDialog(context: TurnContext): Promise<TaskModuleResponse> {
    return this.dialog.fetch(context);
  }

  submitDialog(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    return this.dialog.submit(context, request);
  }

  private async dialogForm(context: TurnContext, notice?: string): Promise<TaskModuleResponse> {
    return showInDialog(await this.form(context, 'dialog', notice), DIALOG_TITLE);
  }

  /** The way in to the form ("Open the request form", which opens the dialog), or the person's own requests. */
  private async personalCard(context: TurnContext, want: 'form' | 'list') {
    return want === 'list' ? this.deps.consultations.listFor(ownerOf(context)) : launcherCard();
  }

  /** A new form, prefilled with the person's name and email from Teams. */
  private async form(context: TurnContext, mode: FormMode, notice?: string) {
    const from = context.activity.from;
    let prefill: { requesterName?: string; requesterEmail?: string } = { requesterName: from.name ?? '' };
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      prefill = { requesterName: member.name ?? from.name ?? '', requesterEmail: member.email ?? member.userPrincipalName ?? '' };
    } catch (err) {
      this.deps.logger.info({ event: 'member-lookup-failed', errorType: errorType(err) }, 'could not prefill the form');
    }
    return this.deps.consultations.newForm(ownerOf(context), prefill, mode, notice);
  }

  /** In a group chat or channel: says so, and offers the person's own chat. Nothing about them is posted. */
  private async personalOnly(context: TurnContext, want: 'form' | 'list'): Promise<void> {
    this.deps.logger.info(
      { event: 'consultation-not-personal', want, conversationType: context.activity.conversation?.conversationType },
      'consultations are personal',
    );
    await context.sendActivity(cardActivity(personalOnlyCard(want, chatUrl(context))));
  }

  /** "Send me the form in my chat": the way in to the form (or the list) goes to the presser's own chat, never here. */
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
    if ((value as { verb?: unknown } | null)?.verb === FORM_IN_CHAT) {
      // "Fill it in here instead": the form as a card in the chat, for clients that do not open dialogs.
      if (isShared(context)) await this.personalOnly(context, 'form');
      else await context.sendActivity(cardActivity(await this.form(context, 'chat')));
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

  /** "Send request" pressed on the form in the chat. */
  private async submit(context: TurnContext, value: z.infer<typeof SubmitValue>): Promise<void> {
    const { consultations, logger } = this.deps;
    let outcome;
    try {
      outcome = await this.sender.save(context, value, 'chat');
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      logger.error({ event: 'consultation-not-saved' }, 'store unavailable: form returned to the user');
      await context.sendActivity(cardActivity(noticeCard('Not sent yet', NOT_SAVED)));
      await context.sendActivity(cardActivity(consultations.formAsTyped(value, value.token, ownerOf(context))));
      return;
    }
    if (!outcome.ok && outcome.reason === 'not-yours') {
      // Someone else's form: their press is answered with a form of their own, and nothing of the other person's.
      await context.sendActivity(cardActivity(noticeCard('Not sent', NOT_YOURS)));
      await context.sendActivity(cardActivity(await this.form(context, 'chat')));
      return;
    }
    if (!outcome.ok) await replaceCard(context, outcome.form, logger);
    else await this.sender.tell(context, outcome, 'chat');
  }
}
