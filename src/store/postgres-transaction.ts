import type { Pool, PoolClient } from 'pg';
import { StoreUnavailableError } from './store';

/** Connection-class failures (SQLSTATE 08, 57, 53; socket errors): the database is down, not the query wrong. */
function unavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = 'code' in err && typeof err.code === 'string' ? err.code : '';
  return /^(08|57|53)/.test(code) || /^E[A-Z]+$/.test(code) || /connection terminated|connection error|timeout/i.test(err.message);
}

/** Work run in one transaction: how the PostgreSQL store and its parts reach the database. */
export type Tx = <T>(work: (c: PoolClient) => Promise<T>) => Promise<T>;

/** Runs `work` on a connection from the pool in one transaction; a database that is down is a StoreUnavailableError. */
export async function inTransaction<T>(pool: Pool, work: (c: PoolClient) => Promise<T>): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
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
