import type { InvokeResponse, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { UsageRecorder } from '../usage/recorder';
import type { Logger } from '../log';

/** Teams' feedback buttons (channelData.feedbackLoopEnabled) send this invoke. */
const FeedbackValue = z.object({
  actionName: z.literal('feedback'),
  // The comment is read apart (commentOf): a comment in an unexpected shape must not drop the reaction.
  actionValue: z.object({ reaction: z.enum(['like', 'dislike']), feedback: z.unknown().optional() }),
});
const FeedbackText = z.object({ feedbackText: z.string().max(5000) });

/** Teams sends the comment as JSON text; some clients send the object itself. Anything else is dropped, not guessed at. */
function commentOf(feedback: unknown): string | undefined {
  let value = feedback;
  if (typeof feedback === 'string') {
    try {
      value = JSON.parse(feedback);
    } catch {
      return undefined;
    }
  }
  return FeedbackText.safeParse(value).data?.feedbackText.trim() || undefined;
}

/** Which entry each recent answer message showed, so feedback lands on the right entry. */
const AnsweredMessages = z.record(z.string(), z.string());
const KEEP_ANSWERED = 20;

/**
 * Teams' thumbs up / down on answer cards: remembers which entry each answer message showed (the
 * last 20, in the conversation's state) and stores a reaction against that entry.
 */
export class Feedback {
  constructor(
    private readonly answered: StatePropertyAccessor<unknown>,
    private readonly logger: Logger,
    private readonly usage?: UsageRecorder,
  ) {}

  /** Which entry a message shows, so feedback on it lands on that entry (the last 20 kept). */
  async showing(context: TurnContext, messageId: string, entryId: string): Promise<void> {
    const previous = AnsweredMessages.safeParse(await this.answered.get(context, {})).data ?? {};
    const kept = Object.entries({ ...previous, [messageId]: entryId }).slice(-KEEP_ANSWERED);
    await this.answered.set(context, Object.fromEntries(kept));
  }

  /** Stores a reaction (and any comment, never logged) against the entry the message showed. */
  async receive(context: TurnContext): Promise<InvokeResponse> {
    const value = FeedbackValue.safeParse(context.activity.value);
    const answered = AnsweredMessages.safeParse(await this.answered.get(context, {})).data ?? {};
    const entryId = context.activity.replyToId ? answered[context.activity.replyToId] : undefined;
    if (value.success && entryId) {
      const comment = commentOf(value.data.actionValue.feedback);
      await this.usage?.feedback(entryId, value.data.actionValue.reaction, comment);
      this.logger.info({ event: 'feedback', entryId, reaction: value.data.actionValue.reaction }, 'feedback stored');
    } else {
      this.logger.info({ event: 'feedback-ignored', known: Boolean(entryId), parsed: value.success }, 'feedback not stored');
    }
    return { status: 200 };
  }
}
