import Database from 'better-sqlite3';

/** A connection to the store's file, with the pragmas every connection needs; `synchronous` is its durability (sqlite.ts). */
export function connectSqlite(file: string, synchronous: 'FULL' | 'NORMAL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // A deleted row's bytes are overwritten, not left in free pages for anyone with the file.
  db.pragma('secure_delete = ON');
  return db;
}

/** After a purge or a retention sweep: the write-ahead log is emptied into the file and the file rewritten, so no copy of a deleted row remains. */
export function eraseDeleted(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
