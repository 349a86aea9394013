import type { ConsultationRecord, HistoryItem, NewConsultation } from '../consultations/record';

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

export interface ConsultationStore {
  /** Stores a request once per token. A repeat of the token returns the first record, `created: false`. */
  saveConsultation(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }>;
  getConsultation(reference: string): Promise<ConsultationRecord | undefined>;
  /** Newest first; with a requester id, only that person's requests. */
  listConsultations(filter?: { requesterId?: string }): Promise<ConsultationRecord[]>;
  /** Appends a team action to the history and moves the status on. */
  recordAction(reference: string, item: HistoryItem): Promise<ConsultationRecord | undefined>;
  setChannelPost(reference: string, post: unknown): Promise<void>;
  /** Deletes requests created before `before`; returns how many. */
  purgeConsultations(before: Date): Promise<number>;
}

/**
 * What happened, for the content owners: never a user id, never message text.
 * `comment` is the only free text, and only when a user chose to write feedback.
 */
export interface UsageEvent {
  at: string;
  type: 'answer' | 'feedback';
  entryId?: string;
  band?: string;
  reaction?: 'like' | 'dislike';
  comment?: string;
}

export interface UsageStore {
  recordEvent(event: UsageEvent): Promise<void>;
  listEvents(since: Date): Promise<UsageEvent[]>;
  /** `text` must already be redacted (usage/redact.ts): this table is read by content owners. */
  recordUnanswered(at: string, text: string): Promise<void>;
  listUnanswered(since: Date): Promise<{ at: string; text: string }[]>;
  purgeUnanswered(before: Date): Promise<number>;
}

export interface Store extends StateStore, ConsultationStore, UsageStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap round trip: used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** A write lost a race with another instance (optimistic concurrency on conversation state). */
export class StateConflictError extends Error {}

/** The store could not be reached: the caller tells the user their words were not saved. */
export class StoreUnavailableError extends Error {}
