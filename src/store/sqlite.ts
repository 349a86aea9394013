import type Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
import { eventFromRow, newRecord, recordFromRow, recordJson } from './records';
import { SqliteDelivery } from './sqlite-delivery';
import { sqliteStatements, type SqliteStatements } from './sqlite-statements';
import { connectSqlite, eraseDeleted } from './sqlite-file';
import { migrateSqlite } from './sqlite-migrate';

/**
 * The embedded store: one file under DATA_DIR, WAL. Two connections to it:
 * consultations go through `db` (synchronous FULL: the record is on disk before the
 * receipt is sent, even if the machine loses power); conversation state and usage
 * events go through `light` (synchronous NORMAL: still atomic and crash-safe, but a
 * power cut may lose the last few, which costs a pathway position or a count, and saves
 * an fsync on every turn).
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly light: Database.Database;
  private readonly delivery: SqliteDelivery;
  /** Compiled once the migrations have run (open()). */
  private q!: SqliteStatements;

  private constructor(file: string) {
    this.db = connectSqlite(file, 'FULL');
    this.light = connectSqlite(file, 'NORMAL');
    this.delivery = new SqliteDelivery(this.db);
  }

  static open(dataDir: string): SqliteStore {
    // Children's details live here: only the bot's own user may read the folder or its files.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
    const file = join(dataDir, 'toolkit.sqlite');
    const store = new SqliteStore(file);
    migrateSqlite(store.db);
    store.q = sqliteStatements(store.db, store.light);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    return store;
  }

  async ping(): Promise<void> {
    this.q.ping.get();
  }

  async close(): Promise<void> {
    if (this.light.open) this.light.close();
    if (this.db.open) this.db.close();
  }

  async readState(keys: readonly string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = this.q.readState.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async writeState(items: readonly { key: string; value: unknown }[]): Promise<void> {
    const now = new Date().toISOString();
    this.light.transaction(() => {
      for (const item of items) this.q.upsertState.run({ key: item.key, value: JSON.stringify(item.value), now });
    })();
  }

  async deleteState(keys: readonly string[]): Promise<void> {
    this.light.transaction(() => keys.forEach((k) => this.q.deleteState.run(k)))();
  }

  async saveConsultation(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }> {
    const { byToken } = this.q;
    // IMMEDIATE: the sequence number and the insert happen under one write lock, so two
    // instances (or two presses) can never take the same reference.
    return this.db
      .transaction(() => {
        const existing = byToken.get(input.token);
        if (existing) return { record: recordFromRow(existing), created: false };
        const year = (input.now ?? new Date()).getUTCFullYear();
        const seq = this.q.nextSeq.get(year) ?? 1;
        const record = newRecord(input, year, seq);
        // The team's delivery is committed with the record: due at once when a channel is configured.
        this.q.insert.run(
          record.reference,
          record.token,
          year,
          seq,
          record.status,
          record.requester.aadObjectId,
          record.createdAt,
          recordJson(record),
          input.teamDelivery ?? 'none',
          record.createdAt,
        );
        return { record: recordFromRow(byToken.get(input.token)!), created: true };
      })
      .immediate();
  }

  async getConsultation(reference: string): Promise<ConsultationRecord | undefined> {
    const row = this.q.byReference.get(reference);
    return row ? recordFromRow(row) : undefined;
  }

  async listConsultations(filter: { requesterId?: string } = {}): Promise<ConsultationRecord[]> {
    const rows = filter.requesterId ? this.q.byRequester.all(filter.requesterId) : this.q.all.all();
    return rows.map(recordFromRow);
  }

  async recordAction(reference: string, item: HistoryItem, apply: ApplyAction): Promise<ActionResult | undefined> {
    return this.db
      .transaction(() => {
        const row = this.q.byReference.get(reference);
        if (!row) return undefined;
        const result = apply(recordFromRow(row), item);
        if (result.applied) this.q.update.run(result.record.status, recordJson(result.record), reference);
        return result;
      })
      .immediate();
  }

  // The team's outbox: see sqlite-delivery.ts.
  async claimTeamDeliveries(opts: { now: Date; due: Date; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]> {
    return this.delivery.claim(opts);
  }
  async finishTeamDelivery(reference: string, claim: string, outcome: DeliveryOutcome): Promise<boolean> {
    return this.delivery.finish(reference, claim, outcome);
  }
  async expireTeamDeliveryClaims(now: Date): Promise<string[]> {
    return this.delivery.expire(now);
  }
  async requeueTeamDelivery(reference: string, now: Date, from: readonly DeliveryState[]): Promise<boolean> {
    return this.delivery.requeue(reference, now, from);
  }

  async ensureSecret(name: string, fresh: string): Promise<string> {
    this.q.addSecret.run(name, fresh);
    return this.q.secret.get(name)!;
  }

  async purgeConsultations(before: Date): Promise<number> {
    return (await this.applyRetention({ consultations: before })).consultations;
  }

  async applyRetention(cutoffs: RetentionCutoffs): Promise<RetentionCounts> {
    const run = (statement: Database.Statement, before: Date | undefined) => (before ? statement.run(before.toISOString()).changes : 0);
    // Events first: a comment on an event that goes is not counted as emptied.
    const counts = this.db.transaction((): RetentionCounts => ({
      consultations: run(this.q.purgeConsultations, cutoffs.consultations),
      usageEvents: run(this.q.purgeEvents, cutoffs.usageEvents),
      feedbackComments: run(this.q.clearComments, cutoffs.feedbackComments),
      unanswered: run(this.q.purgeUnanswered, cutoffs.unanswered),
      conversationState: run(this.q.purgeState, cutoffs.conversationState),
    }))();
    if (Object.values(counts).some((n) => n > 0)) eraseDeleted(this.db);
    return counts;
  }

  async recordEvent(e: UsageEvent): Promise<void> {
    this.q.recordEvent.run(e.at, e.type, e.entryId ?? null, e.band ?? null, e.reaction ?? null, e.comment ?? null);
  }

  async listEvents(since: Date): Promise<UsageEvent[]> {
    const rows = this.q.listEvents.all(since.toISOString());
    return rows.map(eventFromRow);
  }

  async recordUnanswered(at: string, text: string): Promise<void> {
    this.q.recordUnanswered.run(at, text);
  }

  async listUnanswered(since: Date): Promise<{ at: string; text: string }[]> {
    return this.q.listUnanswered.all(since.toISOString());
  }

  async purgeUnanswered(before: Date): Promise<number> {
    return (await this.applyRetention({ unanswered: before })).unanswered;
  }
}
