import type Database from 'better-sqlite3';
import { RECORD_COLUMNS, type RecordRow } from './records';
import type { UsageEvent } from './store';

type EventRow = {
  at: string;
  type: UsageEvent['type'];
  entry_id: string | null;
  band: string | null;
  reaction: UsageEvent['reaction'] | null;
  comment: string | null;
};

/**
 * Every fixed query the SQLite store runs, compiled once after the migrations have made the
 * tables: `db` is the durable connection (consultations), `light` the per-turn one (state,
 * usage). Each statement is built with its mode (pluck) here, so no caller changes a shared one.
 */
export function sqliteStatements(db: Database.Database, light: Database.Database) {
  return {
    ping: db.prepare('SELECT 1'),
    readState: light.prepare<[string], string>('SELECT value FROM bot_state WHERE key = ?').pluck(),
    // The etag column (migration 1) is no longer read: '' is written to satisfy its NOT NULL.
    upsertState: light.prepare(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES (@key, @value, '', @now)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ),
    deleteState: light.prepare('DELETE FROM bot_state WHERE key = ?'),
    byToken: db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE token = ?`),
    byReference: db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations WHERE reference = ?`),
    byRequester: db.prepare<[string], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM consultations WHERE requester_id = ? ORDER BY year DESC, seq DESC`,
    ),
    all: db.prepare<[], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM consultations ORDER BY year DESC, seq DESC`),
    nextSeq: db.prepare<[number], number>('SELECT COALESCE(MAX(seq), 0) + 1 FROM consultations WHERE year = ?').pluck(),
    insert: db.prepare(
      `INSERT INTO consultations (reference, token, year, seq, status, requester_id, created_at, record, team_delivery, delivery_next_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    update: db.prepare('UPDATE consultations SET status = ?, record = ? WHERE reference = ?'),
    addSecret: db.prepare('INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)'),
    secret: db.prepare<[string], string>('SELECT value FROM secrets WHERE name = ?').pluck(),
    // Retention. A request the team may not have seen yet is never deleted by the clock.
    purgeConsultations: db.prepare(
      `DELETE FROM consultations WHERE COALESCE(json_extract(record, '$.updatedAt'), created_at) < ?
       AND team_delivery NOT IN ('pending', 'posting', 'uncertain')`,
    ),
    purgeEvents: db.prepare('DELETE FROM usage_events WHERE at < ?'),
    clearComments: db.prepare('UPDATE usage_events SET comment = NULL WHERE comment IS NOT NULL AND at < ?'),
    purgeState: db.prepare('DELETE FROM bot_state WHERE updated_at < ?'),
    recordEvent: light.prepare('INSERT INTO usage_events (at, type, entry_id, band, reaction, comment) VALUES (?, ?, ?, ?, ?, ?)'),
    listEvents: db.prepare<[string], EventRow>(
      'SELECT at, type, entry_id, band, reaction, comment FROM usage_events WHERE at >= ? ORDER BY id',
    ),
    recordUnanswered: light.prepare('INSERT INTO unanswered (at, text) VALUES (?, ?)'),
    listUnanswered: db.prepare<[string], { at: string; text: string }>('SELECT at, text FROM unanswered WHERE at >= ? ORDER BY id'),
    purgeUnanswered: db.prepare('DELETE FROM unanswered WHERE at < ?'),
  };
}

export type SqliteStatements = ReturnType<typeof sqliteStatements>;
