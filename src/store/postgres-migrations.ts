/** Append only: a released migration is never edited, a new one is added. */
export const postgresMigrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `CREATE TABLE bot_state (
      key TEXT PRIMARY KEY,
      value JSONB NOT NULL,
      etag TEXT NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL
    )`,
  },
  {
    version: 2,
    sql: `CREATE TABLE consultations (
      reference TEXT PRIMARY KEY,
      token TEXT NOT NULL UNIQUE,
      year INTEGER NOT NULL,
      seq INTEGER NOT NULL,
      status TEXT NOT NULL,
      requester_id TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      record JSONB NOT NULL,
      UNIQUE (year, seq)
    );
    CREATE INDEX consultations_requester ON consultations (requester_id, created_at);
    CREATE TABLE consultation_counters (year INTEGER PRIMARY KEY, n INTEGER NOT NULL)`,
  },
  {
    version: 3,
    sql: `CREATE TABLE usage_events (
      id BIGSERIAL PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      type TEXT NOT NULL,
      entry_id TEXT,
      band TEXT,
      reaction TEXT,
      comment TEXT
    );
    CREATE INDEX usage_events_at ON usage_events (at)`,
  },
  {
    version: 4,
    sql: `CREATE TABLE unanswered (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL, text TEXT NOT NULL);
    CREATE INDEX unanswered_at ON unanswered (at)`,
  },
  {
    // The team's copy of each request is an outbox beside the record (see sqlite-migrations.ts).
    version: 5,
    sql: `ALTER TABLE consultations
      ADD COLUMN team_delivery TEXT NOT NULL DEFAULT 'none',
      ADD COLUMN delivery_attempts INTEGER NOT NULL DEFAULT 0,
      ADD COLUMN delivery_next_at TIMESTAMPTZ,
      ADD COLUMN delivery_error TEXT,
      ADD COLUMN delivery_claim TEXT,
      ADD COLUMN delivery_claimed_until TIMESTAMPTZ,
      ADD COLUMN delivery_posted_at TIMESTAMPTZ;
    UPDATE consultations SET team_delivery = 'posted' WHERE record ? 'channelPost';
    CREATE INDEX consultations_delivery ON consultations (team_delivery, delivery_next_at)`,
  },
  {
    // Keys the bot makes for itself (e.g. to bind a form to the person it was given to), shared by every instance.
    version: 6,
    sql: `CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  },
];
