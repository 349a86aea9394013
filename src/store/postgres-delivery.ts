import type { PoolClient } from 'pg';
import { randomUUID } from 'node:crypto';
import type { DeliveryState } from './consultation-record';
import type { ClaimedDelivery, DeliveryOutcome } from './store';
import { RECORD_COLUMNS, recordFromRow, type RecordRow } from './records';

type Tx = <T>(work: (c: PoolClient) => Promise<T>) => Promise<T>;

/**
 * The team's outbox in PostgreSQL, shared by every instance. A claim is one statement: the due
 * rows are locked with FOR UPDATE SKIP LOCKED and marked `posting` under this claim's id before
 * the transaction commits, so two instances never hold the same row, and none waits on another.
 */
export class PostgresDelivery {
  constructor(private readonly tx: Tx) {}

  async claim(opts: { now: Date; due: Date; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]> {
    const claim = randomUUID();
    const until = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
    const r = await this.tx((c) =>
      c.query<RecordRow>(
        `UPDATE consultations SET team_delivery = 'posting', delivery_attempts = delivery_attempts + 1, delivery_claim = $1, delivery_claimed_until = $2
         WHERE team_delivery = 'pending' AND reference IN (
           SELECT reference FROM consultations WHERE team_delivery = 'pending' AND delivery_next_at <= $3
           ORDER BY delivery_next_at, reference LIMIT $4 FOR UPDATE SKIP LOCKED)
         RETURNING ${RECORD_COLUMNS}`,
        [claim, until, opts.due.toISOString(), opts.limit],
      ),
    );
    return r.rows.map((row) => ({ record: recordFromRow(row), claim }));
  }

  async finish(reference: string, claim: string, outcome: DeliveryOutcome): Promise<boolean> {
    const r = await this.tx((c) =>
      outcome.state === 'posted'
        ? c.query(
            `UPDATE consultations SET team_delivery = 'posted', delivery_posted_at = $1, delivery_next_at = NULL, delivery_error = NULL,
               delivery_claim = NULL, delivery_claimed_until = NULL, record = jsonb_set(record, '{channelPost}', $2::jsonb)
             WHERE reference = $3 AND delivery_claim = $4`,
            [outcome.at.toISOString(), JSON.stringify(outcome.post), reference, claim],
          )
        : c.query(
            `UPDATE consultations SET team_delivery = $1, delivery_error = $2, delivery_next_at = $3, delivery_claimed_until = NULL
             WHERE reference = $4 AND delivery_claim = $5 AND team_delivery = 'posting'`,
            [outcome.state, outcome.error, outcome.state === 'pending' ? outcome.nextAttemptAt.toISOString() : null, reference, claim],
          ),
    );
    return r.rowCount === 1;
  }

  async expire(now: Date): Promise<string[]> {
    const r = await this.tx((c) =>
      c.query<{ reference: string }>(
        `UPDATE consultations SET team_delivery = 'uncertain', delivery_error = 'interrupted'
         WHERE team_delivery = 'posting' AND delivery_claimed_until < $1 RETURNING reference`,
        [now.toISOString()],
      ),
    );
    return r.rows.map((row) => row.reference);
  }

  async requeue(reference: string, now: Date, from: readonly DeliveryState[]): Promise<boolean> {
    const r = await this.tx((c) =>
      c.query(
        `UPDATE consultations SET team_delivery = 'pending', delivery_next_at = $1, delivery_claim = NULL WHERE reference = $2 AND team_delivery = ANY($3)`,
        [now.toISOString(), reference, [...from]],
      ),
    );
    return r.rowCount === 1;
  }
}
