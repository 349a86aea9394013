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

sqliteMigrations.push({
  version: 2,
  sql: `CREATE TABLE consultations (
      reference TEXT PRIMARY KEY,
      token TEXT NOT NULL UNIQUE,
      year INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      status TEXT NOT NULL,
      requester_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      record TEXT NOT NULL,
      UNIQUE (year, seq)
    );
    CREATE INDEX consultations_requester ON consultations (requester_id, created_at);`,
});

sqliteMigrations.push({
  version: 3,
  sql: `CREATE TABLE usage_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      type TEXT NOT NULL,
      entry_id TEXT,
      band TEXT,
      reaction TEXT,
      comment TEXT
    );
    CREATE INDEX usage_events_at ON usage_events (at);`,
});

sqliteMigrations.push({
  version: 4,
  sql: `CREATE TABLE unanswered (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, text TEXT NOT NULL);
    CREATE INDEX unanswered_at ON unanswered (at);`,
});

// The team's copy of each request is an outbox beside the record: committed with it, posted by
// the delivery loop. Requests already posted keep their post; the others were stored before the
// outbox and are left to an operator (`consultations redeliver`), never posted twice.
sqliteMigrations.push({
  version: 5,
  sql: `ALTER TABLE consultations ADD COLUMN team_delivery TEXT NOT NULL DEFAULT 'none';
    ALTER TABLE consultations ADD COLUMN delivery_attempts INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE consultations ADD COLUMN delivery_next_at TEXT;
    ALTER TABLE consultations ADD COLUMN delivery_error TEXT;
    ALTER TABLE consultations ADD COLUMN delivery_claim TEXT;
    ALTER TABLE consultations ADD COLUMN delivery_claimed_until TEXT;
    ALTER TABLE consultations ADD COLUMN delivery_posted_at TEXT;
    UPDATE consultations SET team_delivery = 'posted' WHERE json_extract(record, '$.channelPost') IS NOT NULL;
    CREATE INDEX consultations_delivery ON consultations (team_delivery, delivery_next_at);`,
});

// Keys the bot makes for itself (e.g. to bind a form to the person it was given to), shared by restarts.
sqliteMigrations.push({ version: 6, sql: `CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);` });
