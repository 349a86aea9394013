import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { DeliveryState } from './consultation-record';
import type { ClaimedDelivery, DeliveryOutcome } from './store';
import { RECORD_COLUMNS, recordFromRow, type RecordRow } from './records';

/**
 * The team's outbox in SQLite. One instance uses the file, so a claim is simply a write under
 * SQLite's one write lock (IMMEDIATE): two claims can never take the same row.
 */
export class SqliteDelivery {
  private statements?: ReturnType<typeof deliveryStatements>;

  constructor(private readonly db: Database.Database) {}

  /** Compiled on first use, after the migrations have made the columns. */
  private get q(): ReturnType<typeof deliveryStatements> {
    return (this.statements ??= deliveryStatements(this.db));
  }

  claim(opts: { now: Date; due: Date; leaseMs: number; limit: number }): ClaimedDelivery[] {
    const claim = randomUUID();
    const until = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
    return this.db
      .transaction(() => {
        const due = this.q.due.all(opts.due.toISOString(), opts.limit);
        const { take, read } = this.q;
        return due.map((r) => {
          take.run(claim, until, r.reference);
          return { record: recordFromRow(read.get(r.reference)!), claim };
        });
      })
      .immediate();
  }

  finish(reference: string, claim: string, outcome: DeliveryOutcome): boolean {
    if (outcome.state === 'posted') {
      // The post is written into the record in the same statement: the team's card can be updated later.
      return this.q.posted.run(outcome.at.toISOString(), JSON.stringify(outcome.post), reference, claim).changes === 1;
    }
    const next = outcome.state === 'pending' ? outcome.nextAttemptAt.toISOString() : null;
    return this.q.notPosted.run(outcome.state, outcome.error, next, reference, claim).changes === 1;
  }

  expire(now: Date): string[] {
    return this.q.expire.all(now.toISOString()).map((r) => r.reference);
  }

  requeue(reference: string, now: Date, from: readonly DeliveryState[]): boolean {
    if (from.length === 0) return false;
    const states = from.map(() => '?').join(', ');
    return (
      this.db
        .prepare(
          `UPDATE consultations SET team_delivery = 'pending', delivery_next_at = ?, delivery_claim = NULL WHERE reference = ? AND team_delivery IN (${states})`,
        )
        .run(now.toISOString(), reference, ...from).changes === 1
    );
  }
}

/** The outbox's fixed queries, compiled once. (Requeue's list of states varies, so it is built per call: an operator's command.) */
function deliveryStatements(db: Database.Database) {
  return {
    due: db.prepare<[string, number], { reference: string }>(
      `SELECT reference FROM consultations WHERE team_delivery = 'pending' AND delivery_next_at <= ? ORDER BY delivery_next_at, reference LIMIT ?`,
    ),
    take: db.prepare(
      `UPDATE consultations SET team_delivery = 'posting', delivery_attempts = delivery_attempts + 1, delivery_claim = ?, delivery_claimed_until = ?
       WHERE reference = ? AND team_delivery = 'pending'`,
    ),
    read: db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = ?`),
    posted: db.prepare(
      `UPDATE consultations SET team_delivery = 'posted', delivery_posted_at = ?, delivery_next_at = NULL, delivery_error = NULL,
         delivery_claim = NULL, delivery_claimed_until = NULL, record = json_set(record, '$.channelPost', json(?))
       WHERE reference = ? AND delivery_claim = ?`,
    ),
    notPosted: db.prepare(
      `UPDATE consultations SET team_delivery = ?, delivery_error = ?, delivery_next_at = ?, delivery_claimed_until = NULL
       WHERE reference = ? AND delivery_claim = ? AND team_delivery = 'posting'`,
    ),
    expire: db.prepare<[string], { reference: string }>(
      `UPDATE consultations SET team_delivery = 'uncertain', delivery_error = 'interrupted'
       WHERE team_delivery = 'posting' AND delivery_claimed_until < ? RETURNING reference`,
    ),
  };
}
