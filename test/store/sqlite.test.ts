import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite';
import { storeContract } from './contract';

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
