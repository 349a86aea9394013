import type { ActionResult } from '../store/store';
import type { ActionRefusal, ConsultationRecord, HistoryItem, Status, TeamAction } from '../store/consultation-record';

export * from '../store/consultation-record';

export const statusAfter: Record<TeamAction['action'], Status> = {
  accept: 'accepted',
  'more-info': 'more-info',
  decline: 'declined',
  schedule: 'scheduled',
};

/**
 * What the team may do next, by status. Declining is final; "accept" is done once (a scheduled
 * request is accepted already); asking for more information and rescheduling may happen again.
 */
export const allowedActions: Record<Status, readonly TeamAction['action'][]> = {
  new: ['accept', 'more-info', 'schedule', 'decline'],
  'more-info': ['accept', 'more-info', 'schedule', 'decline'],
  accepted: ['more-info', 'schedule', 'decline'],
  scheduled: ['more-info', 'schedule', 'decline'],
  declined: [],
};

/** The same action with the same details as the last one: a repeat press (or a Teams retry), never a new step. */
export function isRepeat(last: TeamAction | undefined, next: TeamAction): boolean {
  if (!last || last.action !== next.action) return false;
  const detail = (a: TeamAction) => JSON.stringify('note' in a ? a.note : 'date' in a ? [a.date, a.time] : null);
  return detail(last) === detail(next);
}

export function refusalOf(status: Status, last: TeamAction | undefined, next: TeamAction): ActionRefusal | undefined {
  if (status === 'declined') return 'final';
  if (isRepeat(last, next)) return 'repeat';
  return allowedActions[status].includes(next.action) ? undefined : 'not-allowed';
}

/** The record with a team action applied. */
export function withAction(record: ConsultationRecord, item: HistoryItem): ConsultationRecord {
  return { ...record, status: statusAfter[item.action], updatedAt: item.at, history: [...record.history, item] };
}

/** A team action checked against the record as it is now (the store runs this under its lock): applied, or refused and nothing written. */
export function applyAction(record: ConsultationRecord, item: HistoryItem): ActionResult {
  const refused = refusalOf(record.status, record.history.at(-1), item);
  return refused ? { record, applied: false, refused } : { record: withAction(record, item), applied: true };
}
