import type { Logger } from '../log';
import type { AdaptiveCard } from '../cards/render';
import type { ClaimedDelivery, ConsultationStore, DeliveryOutcome } from '../store/store';
import type { ConsultationRecord } from './record';

/**
 * Why a post to the team failed. `sent: 'no'` means the card certainly did not reach Teams (the
 * connector answered with an error, or nothing left this machine): safe to try again.
 * `sent: 'unknown'` means it may have: it is never retried by itself (one record, one card).
 */
export class DeliveryError extends Error {
  constructor(
    readonly kind: string,
    readonly sent: 'no' | 'unknown',
  ) {
    super(`team delivery failed: ${kind}`);
    this.name = 'DeliveryError';
  }
}

/** The edge's side: posts one card to the team's channel and says where it went. */
export interface TeamPoster {
  post(record: ConsultationRecord, card: AdaptiveCard): Promise<{ post: unknown }>;
}

export interface DeliveryTiming {
  /** Wait before the second attempt; each further attempt waits twice as long, up to `maxRetryMs`. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** How long a claim holds; longer than any one post can take (the poster gives up before). */
  leaseMs: number;
  /** How often the outbox is looked at when nothing asks sooner. */
  pollMs: number;
  /** From this many failed attempts on, each failure is logged as `team-delivery-failing`. */
  failingAfter: number;
}

export const defaultTiming: DeliveryTiming = {
  firstRetryMs: 10_000,
  maxRetryMs: 900_000,
  leaseMs: 300_000,
  pollMs: 5_000,
  failingAfter: 5,
};

/** Exponential backoff with ±20% jitter, so instances that failed together do not retry together. */
export function retryDelay(attempts: number, timing: Pick<DeliveryTiming, 'firstRetryMs' | 'maxRetryMs'>, random = Math.random): number {
  const base = Math.min(timing.firstRetryMs * 2 ** Math.max(0, attempts - 1), timing.maxRetryMs);
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface TeamDeliveryDeps {
  store: ConsultationStore;
  render(record: ConsultationRecord): AdaptiveCard;
  poster: TeamPoster;
  logger: Logger;
  timing?: Partial<DeliveryTiming>;
  now?: () => Date;
}

const BATCH = 10;
const FAR_FUTURE = new Date('9999-12-31T23:59:59.999Z');
const errorType = (err: unknown) => (err instanceof Error ? err.name : 'error');

/**
 * The loop that posts stored requests to the team's channel until each is posted once. It reads
 * the outbox in the store, so it carries on after a restart and shares the work with any other
 * instance on the same PostgreSQL. Started by src/index.ts, never by itself.
 */
export class TeamDeliveryLoop {
  private readonly timing: DeliveryTiming;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  /** Outcomes the store did not take (it was down): written before anything else is posted. */
  private unfinished: { reference: string; claim: string; outcome: DeliveryOutcome }[] = [];

  constructor(private readonly deps: TeamDeliveryDeps) {
    this.timing = { ...defaultTiming, ...deps.timing };
    this.now = deps.now ?? (() => new Date());
  }

  /** Starts the loop. The first pass takes every pending request, due or not: a restart catches up. */
  start(): void {
    this.stopped = false;
    this.run(true);
  }

  /** Looks at the outbox now (a new request, or a re-press that made one due). */
  kick(): void {
    if (!this.stopped) this.run(false);
  }

  /** A re-press of a stored request: if it is still waiting, it is tried again now. */
  async retryNow(reference: string): Promise<void> {
    if (await this.deps.store.requeueTeamDelivery(reference, this.now(), ['pending'])) this.kick();
  }

  /** Stops the loop and waits for a post in flight, so a clean stop never leaves one uncertain. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private run(everything: boolean): void {
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.pass(everything)
      .catch((err: unknown) =>
        this.deps.logger.warn({ event: 'team-delivery-pass-failed', errorType: errorType(err) }, 'outbox not read; will try again'),
      )
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.run(false);
        } else {
          this.timer = setTimeout(() => this.run(false), this.timing.pollMs);
          this.timer.unref();
        }
      });
  }

  private async pass(everything: boolean): Promise<void> {
    const { store, logger } = this.deps;
    await this.writeUnfinished();
    for (const reference of await store.expireTeamDeliveryClaims(this.now())) {
      logger.error(
        { event: 'team-delivery-uncertain', reference, errorKind: 'interrupted' },
        'an instance stopped while posting: check the channel, then redeliver if missing',
      );
    }
    const due = everything ? FAR_FUTURE : this.now();
    for (;;) {
      const claimed = await store.claimTeamDeliveries({ now: this.now(), due, leaseMs: this.timing.leaseMs, limit: BATCH });
      for (const c of claimed) await this.attempt(c);
      if (claimed.length < BATCH || this.stopped) return;
    }
  }

  private async writeUnfinished(): Promise<void> {
    const waiting = this.unfinished;
    this.unfinished = [];
    for (const [i, u] of waiting.entries()) {
      try {
        await this.deps.store.finishTeamDelivery(u.reference, u.claim, u.outcome);
      } catch (err) {
        this.unfinished.push(...waiting.slice(i));
        throw err;
      }
    }
  }

  /** Records an outcome; if the store is down, keeps it to write on the next pass (never posts again meanwhile). */
  private async finish(reference: string, claim: string, outcome: DeliveryOutcome): Promise<void> {
    try {
      await this.deps.store.finishTeamDelivery(reference, claim, outcome);
    } catch (err) {
      this.unfinished.push({ reference, claim, outcome });
      throw err;
    }
  }

  private async attempt({ record, claim }: ClaimedDelivery): Promise<void> {
    const { logger, poster } = this.deps;
    const reference = record.reference;
    const attempts = record.teamDelivery?.attempts ?? 1;
    let posted: { post: unknown };
    try {
      posted = await poster.post(record, this.deps.render(record));
    } catch (err) {
      const failure = err instanceof DeliveryError ? err : new DeliveryError(errorType(err), 'unknown');
      if (failure.sent === 'unknown') {
        await this.finish(reference, claim, { state: 'uncertain', error: failure.kind });
        logger.error(
          { event: 'team-delivery-uncertain', reference, attempts, errorKind: failure.kind },
          'the post may have reached the channel: check it, then redeliver if missing',
        );
        return;
      }
      const nextAttemptAt = new Date(this.now().getTime() + retryDelay(attempts, this.timing));
      await this.finish(reference, claim, { state: 'pending', error: failure.kind, nextAttemptAt });
      const fields = { reference, attempts, errorKind: failure.kind, nextAttemptAt: nextAttemptAt.toISOString() };
      if (attempts >= this.timing.failingAfter)
        logger.error({ event: 'team-delivery-failing', ...fields }, 'the consultation team has not received a request');
      else logger.warn({ event: 'team-delivery-retry', ...fields }, 'posting to the consultation channel failed; will retry');
      return;
    }
    await this.finish(reference, claim, { state: 'posted', post: posted.post, at: this.now() });
    logger.info({ event: 'consultation-posted', reference, attempts }, 'posted to the consultation channel');
  }
}
