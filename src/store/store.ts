import type { ActionRefusal, ConsultationRecord, DeliveryState, HistoryItem, NewConsultation } from './consultation-record';

/**
 * The one storage interface the core uses. Two implementations (SQLite, the
 * embedded default; PostgreSQL for several instances) pass the same contract tests.
 */
export interface StateStore {
  /** The stored value of each key found; a missing key is absent. */
  readState(keys: readonly string[]): Promise<Record<string, unknown>>;
  /**
   * Writes each item, last write wins. botbuilder's only caller writes with eTag '*' (no
   * optimistic concurrency), so the store keeps none.
   */
  writeState(items: readonly { key: string; value: unknown }[]): Promise<void>;
  deleteState(keys: readonly string[]): Promise<void>;
}

export interface ConsultationStore {
  /** Stores a request once per token. A repeat of the token returns the first record, `created: false`. */
  saveConsultation(input: NewConsultation): Promise<{ record: ConsultationRecord; created: boolean }>;
  getConsultation(reference: string): Promise<ConsultationRecord | undefined>;
  /** Newest first; with a requester id, only that person's requests. */
  listConsultations(filter?: { requesterId?: string }): Promise<ConsultationRecord[]>;
  /**
   * Applies a team action under the row's lock, so two presses at once on two instances apply
   * once: `apply` (the consultation rules, from src/consultations) decides from the record as it
   * is now whether the action is applied or refused; a refused action writes nothing.
   */
  recordAction(reference: string, item: HistoryItem, apply: ApplyAction): Promise<ActionResult | undefined>;
  /**
   * Claims up to `limit` pending deliveries due by `due` (oldest first) for `leaseMs`: each
   * becomes `posting` with one more attempt, under a claim id no other caller gets. Rows another
   * instance is claiming at the same moment are skipped, never shared.
   */
  claimTeamDeliveries(opts: { now: Date; due: Date; leaseMs: number; limit: number }): Promise<ClaimedDelivery[]>;
  /** Records how an attempt ended; only the holder of the claim can. Returns false if it no longer holds it. */
  finishTeamDelivery(reference: string, claim: string, outcome: DeliveryOutcome): Promise<boolean>;
  /** Claims whose lease ran out while `posting` become `uncertain`: the instance stopped mid-post. */
  expireTeamDeliveryClaims(now: Date): Promise<string[]>;
  /** Makes a delivery in one of `from` pending and due now. Returns false if it was in none of them. */
  requeueTeamDelivery(reference: string, now: Date, from: readonly DeliveryState[]): Promise<boolean>;
  /**
   * Deletes requests last updated (created, or acted on by the team) before `before`, except
   * those the team may not have seen yet (delivery pending, posting or uncertain); returns how many.
   */
  purgeConsultations(before: Date): Promise<number>;
}

/** The consultation rules, handed to the store: what a team action does to a record as it is now. */
export type ApplyAction = (record: ConsultationRecord, item: HistoryItem) => ActionResult;

export type ActionResult =
  { record: ConsultationRecord; applied: true } | { record: ConsultationRecord; applied: false; refused: ActionRefusal };

export interface ClaimedDelivery {
  record: ConsultationRecord;
  claim: string;
}

export type DeliveryOutcome =
  | { state: 'posted'; post: unknown; at: Date }
  | { state: 'pending'; error: string; nextAttemptAt: Date }
  | { state: 'uncertain'; error: string };

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

/**
 * What the retention sweep deletes: everything older than its cut-off. A kind with no cut-off
 * is left alone. Feedback comments are emptied (the reaction stays with the usage events).
 */
export interface RetentionCutoffs {
  /** Requests last updated before this (see purgeConsultations). */
  consultations?: Date;
  usageEvents?: Date;
  feedbackComments?: Date;
  unanswered?: Date;
  /** Conversations (pathway position, last topic, an owed receipt) not written since. */
  conversationState?: Date;
}
export type RetentionCounts = Record<keyof RetentionCutoffs, number>;

export interface RetentionStore {
  /** Applies every cut-off at once, then erases what went (SQLite: see purge); returns how many rows each lost. */
  applyRetention(cutoffs: RetentionCutoffs): Promise<RetentionCounts>;
}

export interface SecretStore {
  /** The secret stored under `name`; `fresh` is stored first if there is none. Every instance gets the same one. */
  ensureSecret(name: string, fresh: string): Promise<string>;
}

export interface Store extends StateStore, ConsultationStore, UsageStore, SecretStore, RetentionStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap round trip: used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be reached: the caller tells the user their words were not saved. */
export class StoreUnavailableError extends Error {}
