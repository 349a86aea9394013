/** Append only: a released migration is never edited, a new one is added. */
export const sqliteMigrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE bot_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      etag TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  },
];
