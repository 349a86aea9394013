/**
 * A consultation request as the store keeps it: its shape only. The rules for what may happen
 * to it (src/consultations/record.ts) sit above the store and are handed to it.
 */
import { z } from 'zod';

export const statuses = ['new', 'accepted', 'more-info', 'declined', 'scheduled'] as const;
export const Status = z.enum(statuses);
export type Status = z.infer<typeof Status>;

export const Person = z.object({ aadObjectId: z.string(), name: z.string() });
export type Person = z.infer<typeof Person>;

export const TeamAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('more-info'), note: z.string().trim().min(1).max(2000) }),
  z.object({ action: z.literal('decline'), note: z.string().trim().min(1).max(2000) }),
  z.object({ action: z.literal('schedule'), date: z.iso.date(), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
]);
export type TeamAction = z.infer<typeof TeamAction>;

/** Why an action changed nothing: the request was declined, the same action was just done, or it does not follow. */
export type ActionRefusal = 'final' | 'repeat' | 'not-allowed';

export const HistoryItem = z.intersection(TeamAction, z.object({ by: Person, at: z.iso.datetime() }));
export type HistoryItem = z.infer<typeof HistoryItem>;

/**
 * Posting a request to the team's channel, kept beside the record (an outbox):
 * `none` no channel configured; `pending` waiting for the next attempt; `posting` an instance
 * has claimed it and is posting now; `posted` the team has it (the channel post is recorded);
 * `uncertain` an attempt may or may not have reached Teams (the instance stopped mid-post, or the
 * connection dropped after sending): it is never posted again by itself, an operator checks the
 * channel and runs `consultations redeliver` if the card is not there.
 */
export const deliveryStates = ['none', 'pending', 'posting', 'posted', 'uncertain'] as const;
export const TeamDelivery = z.object({
  state: z.enum(deliveryStates),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.iso.datetime().optional(),
  lastError: z.string().optional(),
  postedAt: z.iso.datetime().optional(),
});
export type TeamDelivery = z.infer<typeof TeamDelivery>;
export type DeliveryState = TeamDelivery['state'];

/**
 * A stored request. `form` holds the validated fields; `notify` and `channelPost` are opaque to
 * the core. `teamDelivery` is read from the store's delivery columns, never stored in the record.
 */
export const ConsultationRecord = z.object({
  reference: z.string().regex(/^EC-\d{4}-\d{5,}$/),
  token: z.string(),
  status: Status,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** `name` as typed in the form; `teamsName` as Teams authenticated the sender (the activity's from.name). */
  requester: Person.extend({ email: z.string().optional(), teamsName: z.string().optional() }),
  form: z.record(z.string(), z.unknown()),
  history: z.array(HistoryItem),
  notify: z.unknown().optional(),
  channelPost: z.unknown().optional(),
  teamDelivery: TeamDelivery.optional(),
});
export type ConsultationRecord = z.infer<typeof ConsultationRecord>;

export interface NewConsultation {
  token: string;
  requester: ConsultationRecord['requester'];
  form: Record<string, unknown>;
  notify?: unknown;
  /** `pending` when a team channel is configured: the record is committed with its delivery due. */
  teamDelivery?: 'pending' | 'none';
  now?: Date;
}

export function formatReference(year: number, n: number): string {
  return `EC-${year}-${String(n).padStart(5, '0')}`;
}
