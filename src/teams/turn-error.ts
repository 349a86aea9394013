import type { TurnContext } from 'botbuilder';
import type { Logger } from '../log';

export const SORRY = 'Sorry, something went wrong on my side. Please try again in a moment. If a child is at risk now, call 999.';

/**
 * The adapter's last resort. Logs what failed (never message text or form values:
 * only the error's type and where it was thrown) and tells the user, without the error text.
 */
export function createTurnErrorHandler(logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const frames = (error.stack ?? '')
      .split('\n')
      .slice(1, 6)
      .map((l) => l.trim());
    logger.error({ event: 'turn-error', errorType: error.name, frames, activityType: context.activity.type }, 'unhandled error in a turn');
    if (context.activity.type === 'message' || context.activity.type === 'invoke') {
      try {
        await context.sendActivity(SORRY);
      } catch (sendError) {
        logger.error({ event: 'turn-error-reply-failed', errorType: (sendError as Error).name }, 'could not tell the user about an error');
      }
    }
  };
}
