import { Pool, type PoolClient } from 'pg';
import { postgresMigrations } from './postgres-migrations';
import {
  StoreUnavailableError,
  type ActionResult,
  type ApplyAction,
  type ClaimedDelivery,
  type DeliveryOutcome,
  type RetentionCounts,
  type RetentionCutoffs,
  type Store,
  type UsageEvent,
} from './store';
import type { ConsultationRecord, DeliveryState, HistoryItem, NewConsultation } from './consultation-record';
import { RECORD_COLUMNS, eventFromRow, newRecord, recordFromRow, recordJson, type RecordRow } from './records';
import { PostgresDelivery } from './postgres-delivery';

// Any fixed number: one migration runner at a time across instances.
const MIGRATION_LOCK = 4_216_117;

/** Connection-class failures (SQLSTATE 08, 57, 53; socket errors): the database is down, not the query wrong. */
function unavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
  return /^(08|57|53)/.test(code) || /^E[A-Z]+$/.test(code) || /connection terminated|connection error|timeout/i.test(err.message);
}

/** PostgreSQL: when several instances must share one store. */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private readonly delivery = new PostgresDelivery((work) => this.tx(work));

  private constructor(private readonly pool: Pool) {}

  static async open(url: string, onIdleError: (err: Error) => void): Promise<PostgresStore> {
    const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 10_000 });
    // A dropped idle connection must not crash the process: the next query reconnects.
    pool.on('error', onIdleError);
    const store = new PostgresStore(pool);
    await store.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
      const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      for (const m of postgresMigrations) {
        if (done.has(m.version)) continue;
        await c.query(m.sql);
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [m.version]);
      }
    });
    return store;
  }

  private async tx<T>(work: (c: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw new StoreUnavailableError(`database unreachable (${err instanceof Error ? err.name : 'error'})`);
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw unavailable(err) ? new StoreUnavailableError('database unavailable') : err;
    } finally {
      client.release();
    }
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

  async saveConsultation(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }> {
    const existing = async (): Promise<ConsultationRecord | undefined> => {
      const r = await this.tx((c) => c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE token = $1`, [input.token]));
      return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
    };
    const found = await existing();
    if (found) return { record: found, created: false };
    const year = (input.now ?? new Date()).getUTCFullYear();
    const inserted = await this.tx(async (c) => {
      const n = await c.query<{ n: number }>(
        `INSERT INTO consultation_counters (year, n) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET n = consultation_counters.n + 1 RETURNING n`,
        [year],
      );
      const record = newRecord(input, year, n.rows[0]!.n);
      // The team's delivery is committed with the record: due at once when a channel is configured.
      const r = await c.query<RecordRow>(
        `INSERT INTO consultations (reference, token, year, seq, status, requester_id, created_at, record, team_delivery, delivery_next_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $7) ON CONFLICT (token) DO NOTHING RETURNING ${RECORD_COLUMNS}`,
        [
          record.reference,
          record.token,
          year,
          n.rows[0]!.n,
          record.status,
          record.requester.aadObjectId,
          record.createdAt,
          recordJson(record),
          input.teamDelivery ?? 'none',
        ],
      );
      return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
    });
    if (inserted) return { record: inserted, created: true };
    // Another instance stored the same token between our look-up and insert.
    const raced = await existing();
    if (!raced) throw new StoreUnavailableError('request was neither stored nor found');
    return { record: raced, created: false };
  }

  async getConsultation(reference: string): Promise<ConsultationRecord | undefined> {
    const r = await this.tx((c) => c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = $1`, [reference]));
    return r.rows[0] ? recordFromRow(r.rows[0]) : undefined;
  }

  async listConsultations(filter: { requesterId?: string } = {}): Promise<ConsultationRecord[]> {
    const r = await this.tx((c) =>
      filter.requesterId
        ? c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE requester_id = $1 ORDER BY year DESC, seq DESC`, [
            filter.requesterId,
          ])
        : c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations ORDER BY year DESC, seq DESC`),
    );
    return r.rows.map(recordFromRow);
  }

  recordAction(reference: string, item: HistoryItem, apply: ApplyAction): Promise<ActionResult | undefined> {
    return this.tx(async (c) => {
      const r = await c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = $1 FOR UPDATE`, [reference]);
      if (!r.rows[0]) return undefined;
      const result = apply(recordFromRow(r.rows[0]), item);
      if (result.applied)
        await c.query('UPDATE consultations SET status = $1, record = $2 WHERE reference = $3', [
          result.record.status,
          recordJson(result.record),
          reference,
        ]);
      return result;
    });
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
