import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { Logger } from '../log';
import { cardActivity } from './bot';

/** Replaces the card the button was pressed on; if Teams will not, sends it as a new message. */
export async function replaceCard(context: TurnContext, card: AdaptiveCard, logger: Logger): Promise<void> {
  const id = context.activity.replyToId;
  if (id) {
    try {
      await context.updateActivity({ ...cardActivity(card), id });
      return;
    } catch (err) {
      logger.warn({ event: 'update-card-failed', errorType: err instanceof Error ? err.name : 'error' }, 'sending a new card instead');
    }
  }
  await context.sendActivity(cardActivity(card));
}
