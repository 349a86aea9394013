import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite';
import { sqliteMigrations } from '../../src/store/sqlite-migrations';
import { storeContract } from './contract';
import { legacyRows } from './legacy-rows';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

storeContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-sqlite-'));
  dirs.push(dir);
  return SqliteStore.open(dir);
});

test('SQLite runs in WAL mode with synchronous writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-sqlite-'));
  dirs.push(dir);
  const store = SqliteStore.open(dir);
  expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
  void store.close();
});

test('the outbox migration marks requests already posted as posted and leaves the others to an operator', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-sqlite-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'toolkit.sqlite'));
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const m of sqliteMigrations.filter((x) => x.version <= 4)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(m.version, '2026-01-01T00:00:00.000Z');
  }
  const insert = db.prepare('INSERT INTO consultations VALUES (?, ?, 2026, ?, ?, ?, ?, ?)');
  for (const row of legacyRows()) insert.run(...row);
  db.close();
  const store = SqliteStore.open(dir);
  expect((await store.getConsultation('EC-2026-00001'))?.teamDelivery).toEqual({ state: 'posted', attempts: 0 });
  expect((await store.getConsultation('EC-2026-00002'))?.teamDelivery).toEqual({ state: 'none', attempts: 0 });
  await store.close();
});
