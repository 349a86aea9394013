import type { UsageEvent } from './store';
import { ConsultationRecord, formatReference, statusAfter, type HistoryItem, type NewConsultation } from '../consultations/record';

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

export function withAction(record: ConsultationRecord, item: HistoryItem): ConsultationRecord {
  return { ...record, status: statusAfter[item.action], updatedAt: item.at, history: [...record.history, item] };
}

/** Rows come back as JSON text: parsed, never trusted as they are. */
export function parseRecord(json: string | unknown): ConsultationRecord {
  return ConsultationRecord.parse(typeof json === 'string' ? JSON.parse(json) : json);
}

/** Both stores return events in one shape; nulls from SQL become absent fields. */
export function eventFromRow(r: { at: string | Date; type: UsageEvent['type']; entry_id: string | null; band: string | null; reaction: UsageEvent['reaction'] | null; comment: string | null }): UsageEvent {
  return {
    at: r.at instanceof Date ? r.at.toISOString() : r.at,
    type: r.type,
    ...(r.entry_id ? { entryId: r.entry_id } : {}),
    ...(r.band ? { band: r.band } : {}),
    ...(r.reaction ? { reaction: r.reaction } : {}),
    ...(r.comment ? { comment: r.comment } : {}),
  };
}
