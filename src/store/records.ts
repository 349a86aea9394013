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
