import type { PoolClient } from 'pg';
import { postgresMigrations } from './postgres-migrations';

// Any fixed number: one migration runner at a time across instances.
const MIGRATION_LOCK = 4_216_117;

/** Applies the migrations (postgres-migrations.ts) not yet applied, in the caller's transaction. */
export async function migratePostgres(c: PoolClient): Promise<void> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
  const done = new Set((await c.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
  for (const m of postgresMigrations) {
    if (done.has(m.version)) continue;
    await c.query(m.sql);
    await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [m.version]);
  }
}
