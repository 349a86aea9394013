import { z } from 'zod';
import type { Toolkit } from '../content/toolkit';
import type { AdaptiveCard } from '../cards/render';
import type { ConsultationStore } from '../store/store';
import { fieldNames, makeFormSchema, maxLengths, type FormSchema } from './form';
import { TeamAction, type ConsultationRecord, type Person } from './record';
import { formCard, listCard, receiptCard, summaryCard, teamCard, updateForRequester } from './cards';

/** What a submit press carries: the token from the card, then every input as a string. */
export const SubmitValue = z.looseObject({ verb: z.literal('consultation-submit'), token: z.string().uuid() });
export const ActionValue = z.looseObject({
  verb: z.literal('consultation-action'),
  reference: z.string().regex(/^EC-\d{4}-\d{5,}$/),
  action: z.string(),
});

export type SubmitOutcome =
  | { ok: true; record: ConsultationRecord; created: boolean; receipt: AdaptiveCard; summary: AdaptiveCard }
  | { ok: false; form: AdaptiveCard; fields: string[] };

/** The consultation workflow, free of Teams: validate, store once, and build the cards. */
export class Consultations {
  private schema!: FormSchema;
  private toolkit!: Toolkit;

  constructor(
    private readonly store: ConsultationStore,
    toolkit: Toolkit,
    private readonly options: { today?: () => Date; teamChannel?: boolean } = {},
  ) {
    this.use(toolkit);
  }

  /** The form's concern choices follow the content, so a reload updates them. */
  use(toolkit: Toolkit): void {
    const [first, ...rest] = toolkit.byKind('concern').map((c) => c.id);
    this.schema = makeFormSchema(first ? [first, ...rest] : ['none'], this.options.today);
    this.toolkit = toolkit;
  }

  newForm(prefill: { requesterName?: string; requesterEmail?: string } = {}): AdaptiveCard {
    const values = { childViewsSought: 'false', carerAware: 'false', managerAware: 'false', urgency: 'routine', ...prefill };
    return formCard(this.toolkit, { values });
  }

  /** Only the form's own fields, as strings: anything else in the payload is ignored. */
  private fields(raw: Record<string, unknown>): Record<string, string> {
    return Object.fromEntries(fieldNames.map((f) => [f, typeof raw[f] === 'string' ? raw[f] : raw[f] === undefined ? '' : String(raw[f])]));
  }

  validate(raw: Record<string, unknown>, token: string): { ok: true; form: z.output<FormSchema> } | { ok: false; form: AdaptiveCard; fields: string[] } {
    const values = this.fields(raw);
    const parsed = this.schema.safeParse(values);
    if (parsed.success) return { ok: true, form: parsed.data };
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'question');
      errors[field] ??= issue.message;
    }
    // A value over its limit goes back cut to it (so the form still fits one message): say so beside it.
    for (const [field, max] of Object.entries(maxLengths)) {
      const typed = values[field] ?? '';
      if (errors[field] && typed.length > max) {
        const n = (x: number) => x.toLocaleString('en-GB');
        errors[field] = `Please keep this under ${n(max)} characters. It had ${n(typed.length)}: only the first ${n(max)} are below, so please check how it ends.`;
      }
    }
    return { ok: false, form: formCard(this.toolkit, { token, values, errors }), fields: Object.keys(errors) };
  }

  /** Re-renders the form as the user filled it (e.g. when the store could not take it). */
  formAsTyped(raw: Record<string, unknown>, token: string): AdaptiveCard {
    return formCard(this.toolkit, { token, values: this.fields(raw) });
  }

  async submit(raw: Record<string, unknown>, token: string, requester: Person & { email?: string }, notify?: unknown): Promise<SubmitOutcome> {
    const checked = this.validate(raw, token);
    if (!checked.ok) return checked;
    // With a team channel the record is committed with its delivery pending: the outbox posts it.
    const teamDelivery = this.options.teamChannel ? 'pending' : 'none';
    const { record, created } = await this.store.saveConsultation({ token, requester, form: checked.form, notify, teamDelivery });
    return { ok: true, record, created, receipt: receiptCard(this.toolkit, record), summary: summaryCard(this.toolkit, record) };
  }

  async listFor(requesterId: string): Promise<AdaptiveCard> {
    return listCard(await this.store.listConsultations({ requesterId }));
  }

  teamCard(record: ConsultationRecord): AdaptiveCard {
    return teamCard(this.toolkit, record);
  }

  async act(reference: string, raw: Record<string, unknown>, by: Person, at: Date = new Date()) {
    // Each ShowCard has its own input id (a card may not repeat one); both become the note.
    const note = raw.action === 'decline' ? raw.declineReason : raw.moreInfoNote;
    const action = TeamAction.safeParse({ action: raw.action, note, date: raw.date, time: raw.time });
    if (!action.success) return { ok: false as const, reason: 'incomplete' as const };
    const record = await this.store.recordAction(reference, { ...action.data, by, at: at.toISOString() });
    if (!record) return { ok: false as const, reason: 'unknown' as const };
    return { ok: true as const, record, teamCard: this.teamCard(record), update: updateForRequester(record) };
  }

  get(reference: string): Promise<ConsultationRecord | undefined> {
    return this.store.getConsultation(reference);
  }
}
