import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { TEAMS_MAX_BYTES, teamsBytes } from '../cards/size';
import type { Logger } from '../log';

export const TOO_LARGE =
  'This reply was too large for Teams to show, so it was not sent. Please try again in a moment. If a child is at risk now, call 999.';

/**
 * The last check before anything leaves: a message Teams would refuse (80 KB and over, counted as
 * Teams counts) is replaced by a short line and logged, instead of failing the turn. The cards are
 * built to fit, so this is a net, and the log line a bug report.
 */
export function sizeGuard(logger: Logger): Middleware {
  const check = (activity: Partial<Activity>): void => {
    const bytes = teamsBytes(activity);
    if (bytes < TEAMS_MAX_BYTES) return;
    logger.error({ event: 'activity-too-large', bytes, activityType: activity.type }, 'reply replaced: too large for Teams');
    activity.text = TOO_LARGE;
    delete activity.attachments;
  };
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      context.onSendActivities(async (_ctx, activities, send) => {
        activities.forEach(check);
        return send();
      });
      context.onUpdateActivity(async (_ctx, activity, update) => {
        check(activity);
        return update();
      });
      await next();
    },
  };
}
