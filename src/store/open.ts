import { SqliteStore } from './sqlite';
import type { Store } from './store';

export interface StoreLocation {
  /** PostgreSQL when set (several instances share it); otherwise the embedded SQLite file. */
  databaseUrl?: string;
  dataDir: string;
}

/** Opens the configured store; the server and the CLI open it the same way. */
export async function openStore(where: StoreLocation, onIdleError: (err: Error) => void = () => undefined): Promise<Store> {
  if (where.databaseUrl) {
    // Loaded only when configured: a SQLite deployment never needs the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres');
    return PostgresStore.open(where.databaseUrl, onIdleError);
  }
  return SqliteStore.open(where.dataDir);
}
