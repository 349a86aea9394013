import { Pool, type PoolClient } from 'pg';
import type {
  ActionResult,
  ApplyAction,
  ClaimedDelivery,
  DeliveryOutcome,
  RetentionCounts,
  RetentionCutoffs,
  Store,
  UsageEvent,
} from './store';
import type { ConsultationRecord, DeliveryState, HistoryItem, NewConsultation } from './consultation-record';
import { eventFromRow } from './records';
import { PostgresDelivery } from './postgres-delivery';
import { PostgresConsultations } from './postgres-consultations';
import { migratePostgres } from './postgres-migrate';
import { inTransaction } from './postgres-transaction';

/** PostgreSQL: when several instances must share one store. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private readonly delivery = new PostgresDelivery((work) => this.tx(work));
  private readonly consultations = new PostgresConsultations((work) => this.tx(work));

  private constructor(private readonly pool: Pool) {}

  static async open(url: string, onIdleError: (err: Error) => void): Promise<PostgresStore> {
    const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 });
    // A dropped idle connection must not crash the process: the next query reconnects.
    pool.on('error', onIdleError);
    const store = new PostgresStore(pool);
    await store.tx((c) => migratePostgres(c));
    return store;
  }

  private tx<T>(work: (c: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, work);
  }

  async ping(): Promise<void> {
    await this.tx((c) => c.query('SELECT 1'));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async readState(keys: readonly string[]): Promise<Record<string, unknown>> {
    if (keys.length === 0) return {};
    const rows = await this.tx((c) =>
      c.query<{ key: string; value: unknown }>('SELECT key, value FROM bot_state WHERE key = ANY($1)', [keys]),
    );
    return Object.fromEntries(rows.rows.map((r) => [r.key, r.value]));
  }

  async writeState(items: readonly { key: string; value: unknown }[]): Promise<void> {
    await this.tx(async (c) => {
      // The etag column (migration 1) is no longer read: '' is written to satisfy its NOT NULL.
      for (const item of items)
        await c.query(
          `INSERT INTO bot_state (key, value, etag, updated_at) VALUES ($1, $2, '', now())
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
          [item.key, JSON.stringify(item.value)],
        );
    });
  }

  async deleteState(keys: readonly string[]): Promise<void> {
    await this.tx((c) => c.query('DELETE FROM bot_state WHERE key = ANY($1)', [keys]));
  }

  // The consultation records: see postgres-consultations.ts.
  saveConsultation(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }> {
    return this.consultations.save(input);
  }
  getConsultation(reference: string): Promise<ConsultationRecord | undefined> {
    return this.consultations.get(reference);
  }
  listConsultations(filter: { requesterId?: string } = {}): Promise<ConsultationRecord[]> {
    return this.consultations.list(filter);
  }
  recordAction(reference: string, item: HistoryItem, apply: ApplyAction): Promise<ActionResult | undefined> {
    return this.consultations.recordAction(reference, item, apply);
  }

  // The team's outbox: see postgres-delivery.ts.
  claimTeamDeliveries(opts: { now: Date; due: Date; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]> {
    return this.delivery.claim(opts);
  }
  finishTeamDelivery(reference: string, claim: string, outcome: DeliveryOutcome): Promise<boolean> {
    return this.delivery.finish(reference, claim, outcome);
  }
  expireTeamDeliveryClaims(now: Date): Promise<string[]> {
    return this.delivery.expire(now);
  }
  requeueTeamDelivery(reference: string, now: Date, from: readonly DeliveryState[]): Promise<boolean> {
    return this.delivery.requeue(reference, now, from);
  }

  async ensureSecret(name: string, fresh: string): Promise<string> {
    const r = await this.tx(async (c) => {
      await c.query('INSERT INTO secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, fresh]);
      return c.query<{ value: string }>('SELECT value FROM secrets WHERE name = $1', [name]);
    });
    return r.rows[0]!.value;
  }

  async purgeConsultations(before: Date): Promise<number> {
    return (await this.applyRetention({ consultations: before })).consultations;
  }

  /** One transaction. PostgreSQL reclaims the space itself (autovacuum); the rows are gone from every query at once. */
  applyRetention(cutoffs: RetentionCutoffs): Promise<RetentionCounts> {
    return this.tx(async (c) => {
      const run = async (sql: string, before: Date | undefined) =>
        before ? ((await c.query(sql, [before.toISOString()])).rowCount ?? 0) : 0;
      return {
        // A request the team may not have seen yet is never deleted by the clock.
        consultations: await run(
          `DELETE FROM consultations WHERE COALESCE((record->>'updatedAt')::timestamptz, created_at) < $1
           AND team_delivery NOT IN ('pending', 'posting', 'uncertain')`,
          cutoffs.consultations,
        ),
        // Events first: a comment on an event that goes is not counted as emptied.
        usageEvents: await run('DELETE FROM usage_events WHERE at < $1', cutoffs.usageEvents),
        feedbackComments: await run(
          'UPDATE usage_events SET comment = NULL WHERE comment IS NOT NULL AND at < $1',
          cutoffs.feedbackComments,
        ),
        unanswered: await run('DELETE FROM unanswered WHERE at < $1', cutoffs.unanswered),
        conversationState: await run('DELETE FROM bot_state WHERE updated_at < $1', cutoffs.conversationState),
      };
    });
  }

  async recordEvent(e: UsageEvent): Promise<void> {
    await this.tx((c) =>
      c.query('INSERT INTO usage_events (at, type, entry_id, band, reaction, comment) VALUES ($1, $2, $3, $4, $5, $6)', [
        e.at,
        e.type,
        e.entryId ?? null,
        e.band ?? null,
        e.reaction ?? null,
        e.comment ?? null,
      ]),
    );
  }

  async listEvents(since: Date): Promise<UsageEvent[]> {
    const r = await this.tx((c) =>
      c.query('SELECT at, type, entry_id, band, reaction, comment FROM usage_events WHERE at >= $1 ORDER BY id', [since.toISOString()]),
    );
    return r.rows.map(eventFromRow);
  }

  async recordUnanswered(at: string, text: string): Promise<void> {
    await this.tx((c) => c.query('INSERT INTO unanswered (at, text) VALUES ($1, $2)', [at, text]));
  }

  async listUnanswered(since: Date): Promise<{ at: string; text: string }[]> {
    const r = await this.tx((c) =>
      c.query<{ at: Date; text: string }>('SELECT at, text FROM unanswered WHERE at >= $1 ORDER BY id', [since.toISOString()]),
    );
    return r.rows.map((row) => ({ at: row.at.toISOString(), text: row.text }));
  }

  async purgeUnanswered(before: Date): Promise<number> {
    return (await this.applyRetention({ unanswered: before })).unanswered;
  }
}
