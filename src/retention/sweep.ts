import type { RetentionCounts, RetentionCutoffs, RetentionStore } from '../store/store';
import type { Logger } from '../log';

/** How long each kind of data is kept, in days (config.ts: the RETENTION_* variables). */
export interface RetentionPolicy {
  /** After a request's last update (created, or the team's last action). */
  consultationDays: number;
  usageEventDays: number;
  feedbackCommentDays: number;
  unansweredDays: number;
  /** After a conversation's last message. */
  conversationStateDays: number;
}

const DAY_MS = 86_400_000;

/** The cut-off dates for a sweep at `now`. */
export function cutoffsAt(policy: RetentionPolicy, now: Date): Required<RetentionCutoffs> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  return {
    consultations: ago(policy.consultationDays),
    usageEvents: ago(policy.usageEventDays),
    feedbackComments: ago(policy.feedbackCommentDays),
    unanswered: ago(policy.unansweredDays),
    conversationState: ago(policy.conversationStateDays),
  };
}

/**
 * Deletes what is past its retention period, on a schedule. Building it starts nothing:
 * `start()` (called by src/index.ts only) runs a sweep at once and then every `everyMs`, on a
 * timer that never keeps the process alive; `stop()` ends it and waits for a sweep in flight.
 * A failed sweep is logged (event, error kind, never content) and tried again next time.
 */
export class RetentionSweep {
  private timer?: NodeJS.Timeout;
  private running?: Promise<RetentionCounts | undefined>;

  constructor(
    private readonly store: RetentionStore,
    private readonly policy: RetentionPolicy,
    private readonly logger?: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One sweep now; a sweep already running is not doubled (its result is returned). */
  sweep(): Promise<RetentionCounts | undefined> {
    this.running ??= this.store.applyRetention(cutoffsAt(this.policy, this.clock())).then(
      (counts) => {
        this.logger?.info({ event: 'retention-applied', ...counts }, 'retention applied');
        return counts;
      },
      (err: unknown) => {
        this.logger?.warn({ event: 'retention-failed', errorType: err instanceof Error ? err.name : 'error' }, 'retention not applied');
        return undefined;
      },
    );
    const current = this.running;
    void current.finally(() => {
      if (this.running === current) this.running = undefined;
    });
    return current;
  }

  start(everyMs: number): void {
    if (this.timer) return;
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
