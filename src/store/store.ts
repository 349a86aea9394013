/**
 * The one storage interface the core uses. Two implementations (SQLite, the
 * embedded default; PostgreSQL for several instances) pass the same contract tests.
 */
export interface StoredState {
  value: unknown;
  etag: string;
}

export interface StateStore {
  readState(keys: readonly string[]): Promise<Record<string, StoredState>>;
  /** Writes each item. An item with an etag other than '*' is only written if it still matches. */
  writeState(items: readonly { key: string; value: unknown; etag?: string }[]): Promise<void>;
  deleteState(keys: readonly string[]): Promise<void>;
}

export interface Store extends StateStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap round trip: used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A write lost a race with another instance (optimistic concurrency on conversation state). */
export class StateConflictError extends Error {}

/** The store could not be reached: the caller tells the user their words were not saved. */
export class StoreUnavailableError extends Error {}
