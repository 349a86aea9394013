import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { CardActionData } from '../answers/actions';
import type { Reply } from '../answers/answerer';
import type { AdaptiveCard } from '../cards/render';
import type { Logger } from '../log';
import type { UsageRecorder } from '../usage/recorder';
import type { MessageExtras } from './bot';

/**
 * What Teams sends when an Action.Execute is pressed or a card's `refresh` runs (an
 * `adaptiveCard/action` invoke). The button's data, with any inputs merged in, is `action.data`:
 * the same shape an Action.Submit sends as a message's value, so both reach the same handlers.
 */
export const ExecuteValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(100).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
  /** `automatic` when a card's refresh ran as it was shown; `manual` for a press. */
  trigger: z.enum(['manual', 'automatic']).optional(),
});

/** The pressed card is replaced, in place, by this one (for the person who pressed). */
export const cardResponse = (card: AdaptiveCard): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card },
});

/** The card stays as it is; Teams shows the line to the person who pressed. */
export const messageResponse = (text: string): InvokeResponse => ({
  status: 200,
  body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text },
});

export const badRequest = (message: string): InvokeResponse => ({
  status: 400,
  body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } },
});

/** The card as someone outside the team sees it: the status and history, none of the team's buttons. */
export function withoutActions(card: AdaptiveCard): AdaptiveCard {
  const copy: AdaptiveCard = { ...card };
  delete copy.actions;
  return copy;
}

/** What the bot lends the Action.Execute handler (bot.ts). */
export interface ExecuteDeps {
  /** The core's reply to a press it knows, the conversation's memory read and kept. */
  reply(action: CardActionData): Promise<Reply>;
  /** Sends a reply as new messages: what cannot replace the pressed card. */
  deliver(reply: Reply): Promise<void>;
  /** Notes which entry a message now shows, so feedback on it lands on that entry. */
  showing(messageId: string, entryId: string): Promise<void>;
  /** The card exactly as a message would carry it (cardActivity's content). */
  shown(card: AdaptiveCard): AdaptiveCard;
  extras?: MessageExtras;
  logger: Logger;
  usage?: UsageRecorder;
}

/**
 * Universal Actions: an Action.Execute press (or a card's refresh) is answered with the card that
 * replaces the pressed one. Presses the core knows (a pathway's moves) go to the core, the rest (the
 * team's buttons and refresh) to the extras. A reply that is not one card is sent as new messages.
 */
export async function execute(context: TurnContext, deps: ExecuteDeps): Promise<InvokeResponse> {
  const value = ExecuteValue.safeParse(context.activity.value);
  if (!value.success) return badRequest('Only Action.Execute is handled here.');
  await deps.extras?.beforeTurn?.(context);
  const data = value.data.action.data ?? {};
  const action = CardActionData.safeParse(data);
  if (!action.success) {
    const handled = await deps.extras?.handleExecute?.(context, data);
    if (handled) return handled;
    deps.logger.info({ event: 'unknown-action', verb: value.data.action.verb?.slice(0, 40) }, 'card action not recognised');
    return badRequest('That button is not recognised.');
  }
  const reply = await deps.reply(action.data);
  const [card, ...more] = reply.answer.cards;
  if (reply.intent || !card || more.length > 0) {
    await deps.deliver(reply);
    return messageResponse('Sent below.');
  }
  await deps.usage?.answered(reply.band, reply.answer.id);
  const pressed = context.activity.replyToId;
  if (pressed && reply.answer.id) await deps.showing(pressed, reply.answer.id);
  return cardResponse(deps.shown(card as AdaptiveCard));
}
