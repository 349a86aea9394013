import type { UsageEvent } from './store';
import { ConsultationRecord, TeamDelivery, formatReference, type NewConsultation } from './consultation-record';

/** What every read of a request selects: the record, and its delivery to the team beside it. */
export const RECORD_COLUMNS = 'reference, record, team_delivery, delivery_attempts, delivery_next_at, delivery_error, delivery_posted_at';

export interface RecordRow {
  reference: string;
  record: string | unknown;
  team_delivery: string;
  delivery_attempts: number;
  delivery_next_at: string | Date | null;
  delivery_error: string | null;
  delivery_posted_at: string | Date | null;
}

const iso = (v: string | Date | null): string | undefined => (v === null ? undefined : v instanceof Date ? v.toISOString() : v);

/** A row as the core sees it: the stored record with `teamDelivery` from the delivery columns. */
export function recordFromRow(row: RecordRow): ConsultationRecord {
  const teamDelivery = TeamDelivery.parse({
    state: row.team_delivery,
    attempts: Number(row.delivery_attempts),
    ...(row.delivery_next_at !== null && row.team_delivery === 'pending' ? { nextAttemptAt: iso(row.delivery_next_at) } : {}),
    ...(row.delivery_error !== null ? { lastError: row.delivery_error } : {}),
    ...(row.delivery_posted_at !== null ? { postedAt: iso(row.delivery_posted_at) } : {}),
  });
  return { ...parseRecord(row.record), teamDelivery };
}

/** The record as stored: the delivery state lives in its own columns only, so it is never stale. */
export function recordJson(record: ConsultationRecord): string {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { teamDelivery, ...stored } = record;
  return JSON.stringify(stored);
}

/** Builds a new record; both stores use it so they store exactly the same shape. */
export function newRecord(input: NewConsultation, year: number, seq: number): ConsultationRecord {
  const now = (input.now ?? new Date()).toISOString();
  return ConsultationRecord.parse({
    reference: formatReference(year, seq),
    token: input.token,
    status: 'new',
    createdAt: now,
    updatedAt: now,
    requester: input.requester,
    form: input.form,
    history: [],
    ...(input.notify !== undefined ? { notify: input.notify } : {}),
  });
}

/** Rows come back as JSON text: parsed, never trusted as they are. */
export function parseRecord(json: string | unknown): ConsultationRecord {
  return ConsultationRecord.parse(typeof json === 'string' ? JSON.parse(json) : json);
}

/** Both stores return events in one shape; nulls from SQL become absent fields. */
export function eventFromRow(r: {
  at: string | Date;
  type: UsageEvent['type'];
  entry_id: string | null;
  band: string | null;
  reaction: UsageEvent['reaction'] | null;
  comment: string | null;
}): UsageEvent {
  return {
    at: r.at instanceof Date ? r.at.toISOString() : r.at,
    type: r.type,
    ...(r.entry_id ? { entryId: r.entry_id } : {}),
    ...(r.band ? { band: r.band } : {}),
    ...(r.reaction ? { reaction: r.reaction } : {}),
    ...(r.comment ? { comment: r.comment } : {}),
  };
}
