import { z } from 'zod';
import type { Toolkit } from '../content/toolkit';
import type { AdaptiveCard } from '../cards/render';
import type { ConsultationStore } from '../store/store';
import { CHILD_NAME_CLEARED, fieldNames, looksLikeName, makeFormSchema, maxLengths, type FormSchema } from './form';
import { TeamAction, applyAction, type ActionRefusal, type ConsultationRecord, type Person } from './record';
import { formCard, listCard, receiptCard, sentCard, teamCard, updateForRequester, type FormMode } from './cards';
import { FormTokens } from './tokens';

/** What a submit press carries: the token from the card, then every input as a string. */
export const SubmitValue = z.looseObject({ verb: z.literal('consultation-submit'), token: z.string().uuid() });
export const ActionValue = z.looseObject({
  verb: z.literal('consultation-action'),
  reference: z.string().regex(/^EC-\d{4}-\d{5,}$/),
  action: z.string(),
});

export type ActOutcome =
  | { ok: true; record: ConsultationRecord; teamCard: AdaptiveCard; update: { title: string; lines: string[] } }
  | { ok: false; reason: 'unknown' | 'incomplete' }
  | { ok: false; reason: 'refused'; refused: ActionRefusal; record: ConsultationRecord; teamCard: AdaptiveCard };

export type SubmitOutcome =
  /** `sent`: what the in-chat form becomes (its reference only: the receipt is the one summary). */
  | { ok: true; record: ConsultationRecord; created: boolean; receipt: AdaptiveCard; sent: AdaptiveCard }
  | { ok: false; reason: 'invalid'; form: AdaptiveCard; fields: string[] }
  /** The form was given to someone else (or its request is theirs): nothing is stored or shown. */
  | { ok: false; reason: 'not-yours' };

/** The consultation workflow, free of Teams: validate, store once, and build the cards. */
export class Consultations {
  private schema!: FormSchema;
  private toolkit!: Toolkit;
  private readonly tokens: FormTokens;

  constructor(
    private readonly store: ConsultationStore,
    toolkit: Toolkit,
    private readonly options: { today?: () => Date; teamChannel?: boolean; tokens?: FormTokens } = {},
  ) {
    this.tokens = options.tokens ?? FormTokens.ephemeral();
    this.use(toolkit);
  }

  /** The form's concern choices follow the content, so a reload updates them. */
  use(toolkit: Toolkit): void {
    const [first, ...rest] = toolkit.byKind('concern').map((c) => c.id);
    this.schema = makeFormSchema(first ? [first, ...rest] : ['none'], this.options.today);
    this.toolkit = toolkit;
  }

  /** A new form for `owner` (a Teams user's id): only their press of it will be taken. */
  newForm(
    owner: string,
    prefill: { requesterName?: string; requesterEmail?: string } = {},
    mode: FormMode = 'chat',
    notice?: string,
  ): AdaptiveCard {
    const values = { childViewsSought: 'false', carerAware: 'false', managerAware: 'false', urgency: 'routine', ...prefill };
    return formCard(this.toolkit, { ...this.tokens.issue(owner), values, mode, ...(notice ? { notice } : {}) });
  }

  /** Whether this press is of a form given to `owner`. */
  ownsForm(raw: Record<string, unknown>, token: string, owner: string): boolean {
    return this.tokens.verify(token, owner, raw.sig);
  }

  /** Only the form's own fields, as strings: anything else in the payload is ignored. */
  private fields(raw: Record<string, unknown>): Record<string, string> {
    return Object.fromEntries(fieldNames.map((f) => [f, typeof raw[f] === 'string' ? raw[f] : raw[f] === undefined ? '' : String(raw[f])]));
  }

  validate(
    raw: Record<string, unknown>,
    token: string,
    owner?: string,
    mode: FormMode = 'chat',
  ): { ok: true; form: z.output<FormSchema> } | { ok: false; reason: 'invalid'; form: AdaptiveCard; fields: string[] } {
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
        errors[field] =
          `Please keep this under ${n(max)} characters. It had ${n(typed.length)}: only the first ${n(max)} are below, so please check how it ends.`;
      }
    }
    // What looks like a child's name is never echoed back: the field comes back empty, with the reason.
    if (errors.childRef && looksLikeName(values.childRef ?? '')) {
      values.childRef = '';
      errors.childRef = CHILD_NAME_CLEARED;
    }
    return {
      ok: false,
      reason: 'invalid',
      form: formCard(this.toolkit, { token, sig: this.sigFor(token, owner), values, errors, mode }),
      fields: Object.keys(errors),
    };
  }

  private sigFor(token: string, owner: string | undefined): string | undefined {
    return owner ? this.tokens.sign(token, owner) : undefined;
  }

  /** Re-renders the form as the user filled it (e.g. when the store could not take it). */
  formAsTyped(raw: Record<string, unknown>, token: string, owner: string, mode: FormMode = 'chat', notice?: string): AdaptiveCard {
    return formCard(this.toolkit, { token, sig: this.sigFor(token, owner), values: this.fields(raw), mode, ...(notice ? { notice } : {}) });
  }

  async submit(
    raw: Record<string, unknown>,
    token: string,
    requester: ConsultationRecord['requester'],
    notify?: unknown,
    mode: FormMode = 'chat',
  ): Promise<SubmitOutcome> {
    if (!this.ownsForm(raw, token, requester.aadObjectId)) return { ok: false, reason: 'not-yours' };
    const checked = this.validate(raw, token, requester.aadObjectId, mode);
    if (!checked.ok) return checked;
    // With a team channel the record is committed with its delivery pending: the outbox posts it.
    const teamDelivery = this.options.teamChannel ? 'pending' : 'none';
    const { record, created } = await this.store.saveConsultation({ token, requester, form: checked.form, notify, teamDelivery });
    // The token is someone else's request: never their receipt (the signature makes this a second line of defence).
    if (record.requester.aadObjectId !== requester.aadObjectId) return { ok: false, reason: 'not-yours' };
    return { ok: true, record, created, receipt: receiptCard(this.toolkit, record), sent: sentCard(record) };
  }

  async listFor(requesterId: string): Promise<AdaptiveCard> {
    return listCard(await this.store.listConsultations({ requesterId }));
  }

  teamCard(record: ConsultationRecord): AdaptiveCard {
    return teamCard(this.toolkit, record);
  }

  async act(reference: string, raw: Record<string, unknown>, by: Person, at: Date = new Date()): Promise<ActOutcome> {
    // Each ShowCard has its own input id (a card may not repeat one); both become the note.
    const note = raw.action === 'decline' ? raw.declineReason : raw.moreInfoNote;
    const action = TeamAction.safeParse({ action: raw.action, note, date: raw.date, time: raw.time });
    if (!action.success) return { ok: false, reason: 'incomplete' };
    const result = await this.store.recordAction(reference, { ...action.data, by, at: at.toISOString() }, applyAction);
    if (!result) return { ok: false, reason: 'unknown' };
    const { record } = result;
    // A refused action changes nothing and tells nobody; the card is refreshed to show where the request stands.
    if (!result.applied) return { ok: false, reason: 'refused', refused: result.refused, record, teamCard: this.teamCard(record) };
    return { ok: true, record, teamCard: this.teamCard(record), update: updateForRequester(record) };
  }

  get(reference: string): Promise<ConsultationRecord | undefined> {
    return this.store.getConsultation(reference);
  }
}
