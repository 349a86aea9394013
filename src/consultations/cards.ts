import { randomUUID } from 'node:crypto';
import type { Toolkit } from '../content/toolkit';
import { renderCard, type AdaptiveCard } from '../cards/render';
import { shownBack } from '../cards/safe-text';
import { cardFits } from '../cards/size';
import { fieldNames } from './form';
import { echoValue, shownWithin } from './fit';
import { allowedActions, type ConsultationRecord } from './record';
import { FORM_TITLE, choiceTitle, fieldLabels, howSoon, ukDate, ukTime } from './wording';

export { receiptCard, sentCard } from './receipt';
export { FORM_IN_CHAT, launcherCard } from './launcher';

const yesNo = (v: unknown): string => (v === true ? 'Yes' : 'No');

export const statusLabels: Record<ConsultationRecord['status'], string> = {
  new: 'New: waiting for the consultation team',
  accepted: 'Accepted',
  'more-info': 'More information needed',
  declined: 'Declined',
  scheduled: 'Scheduled',
};

/** Where the form is shown: a message in the chat, or a Teams dialog (which has its own title, and no crisis button to leave by). */
export type FormMode = 'chat' | 'dialog';

export function formCard(
  toolkit: Toolkit,
  opts: {
    token?: string;
    sig?: string;
    values?: Record<string, unknown>;
    errors?: Record<string, string>;
    mode?: FormMode;
    /** A line said first, above any errors (e.g. the store did not answer). */
    notice?: string;
  } = {},
): AdaptiveCard {
  const values = Object.fromEntries(fieldNames.map((f) => [f, echoValue(f, opts.values?.[f])]));
  if (!opts.values) Object.assign(values, { childViewsSought: 'false', carerAware: 'false', managerAware: 'false', urgency: 'routine' });
  const errors = Object.fromEntries(fieldNames.map((f) => [f, opts.errors?.[f] ?? '']));
  const card = renderCard('consultation-form', {
    token: opts.token ?? randomUUID(),
    sig: opts.sig ?? '',
    values,
    errors,
    errorSummary: [opts.notice, errorSummary(errors)].filter(Boolean).join(' '),
    concernChoices: toolkit.byKind('concern').map((c) => ({ title: c.title, value: c.id })),
  });
  return opts.mode === 'dialog' ? inDialog(card) : card;
}

/** Said at the top of the form and again beside "Send request", naming the fields to check. */
function errorSummary(errors: Record<string, string>): string {
  const bad = fieldNames.filter((f) => errors[f]);
  if (bad.length === 0) return '';
  const names = bad.map((f) => fieldLabels[f]).join('; ');
  return `Nothing has been sent yet. Please check ${bad.length === 1 ? 'the field' : `the ${bad.length} fields`} marked in red: ${names}.`;
}

/** The dialog shows its title in its frame, and is closed rather than left by a button. */
function inDialog(card: AdaptiveCard): AdaptiveCard {
  const body = card.body as { text?: unknown }[];
  const actions = card.actions as { data?: { verb?: unknown } }[];
  return {
    ...card,
    body: body.filter((el) => el.text !== FORM_TITLE),
    actions: actions.filter((a) => a.data?.verb === 'consultation-submit'),
  };
}

/** The child as the team reads it: the form's own choice titles ("Level 3: targeted or complex"), dates in the UK. */
function childFacts(toolkit: Toolkit, r: ConsultationRecord): { title: string; value: string }[] {
  const f = r.form;
  const concerns = Array.isArray(f.concerns) ? f.concerns.map((id) => toolkit.get(String(id))?.title ?? String(id)).join(', ') : '';
  const age = f.childDob ? `born ${ukDate(String(f.childDob))}` : f.childAge ? `${String(f.childAge)} years` : 'not given';
  return [
    { title: 'Child', value: shownBack(String(f.childRef ?? '')) || 'not given' },
    { title: 'Age', value: age },
    { title: 'Level of need', value: f.levelOfNeed ? choiceTitle('levelOfNeed', f.levelOfNeed) : 'not given' },
    { title: 'Concerns', value: concerns || 'not given' },
    { title: 'How soon', value: howSoon(f.urgency) },
  ];
}

/** What each team action is called in the card's history. */
const done: Record<ConsultationRecord['history'][number]['action'], string> = {
  accept: 'accepted',
  'more-info': 'asked for more information',
  schedule: 'scheduled a consultation',
  decline: 'declined',
};

/** Room for each long answer on the team's card, tried in turn until the card fits one Teams message. */
const BUDGETS = [Number.POSITIVE_INFINITY, 12_000, 8_000, 5_000, 3_000, 1_500, 800, 400];
const KEEP_HISTORY = 20;

/** The team's card, with long answers and notes shortened (never the record) so it always fits. */
export function teamCard(toolkit: Toolkit, r: ConsultationRecord): AdaptiveCard {
  let card: AdaptiveCard | undefined;
  for (const units of BUDGETS) {
    card = teamCardWithin(toolkit, r, units);
    if (cardFits(card)) return card;
  }
  return card!;
}

function teamCardWithin(toolkit: Toolkit, r: ConsultationRecord, units: number): AdaptiveCard {
  const f = r.form;
  const text = (v: unknown) => shownWithin(String(v ?? ''), units);
  const long = [
    { title: 'Anything else about the concern', value: text(f.concernsOther) },
    { title: 'Services already involved', value: text(f.servicesInvolved) },
    { title: 'What has been tried', value: text(f.triedSoFar) },
    { title: 'Question for the consultation', value: text(f.question) },
  ].filter((x) => x.value);
  const older = Math.max(0, r.history.length - KEEP_HISTORY);
  const note = (n: string) => shownWithin(n, Math.min(units, 2_000));
  return renderCard('consultation-team', {
    reference: r.reference,
    statusLabel: statusLabels[r.status],
    can: {
      accept: allowedActions[r.status].includes('accept'),
      moreInfo: allowedActions[r.status].includes('more-info'),
      schedule: allowedActions[r.status].includes('schedule'),
      decline: allowedActions[r.status].includes('decline'),
    },
    facts: [
      { title: 'Sent', value: `${ukTime(r.createdAt)} (UK time)` },
      {
        title: 'From',
        value: `${shownBack(r.requester.name)} (${choiceTitle('requesterRole', f.requesterRole)}, ${shownBack(String(f.requesterTeam ?? ''))})`,
      },
      // Who Teams says sent it, beside the name typed in the form: the team can see when they differ.
      { title: 'Sent by (Teams)', value: r.requester.teamsName ? shownBack(r.requester.teamsName) : 'not recorded' },
      ...childFacts(toolkit, r),
      { title: 'Legal status', value: f.legalStatus ? choiceTitle('legalStatus', f.legalStatus) : '' },
      {
        title: 'Placement',
        value: `${choiceTitle('placementType', f.placementType)}, ${choiceTitle('placementArea', f.placementArea)}${f.placementAuthority ? ` (${shownBack(String(f.placementAuthority))})` : ''}`,
      },
      { title: 'Risks now', value: Array.isArray(f.risks) ? f.risks.map((x) => choiceTitle('risks', x)).join(', ') : '' },
      { title: "Child's views sought", value: yesNo(f.childViewsSought) },
      { title: 'Carer aware', value: yesNo(f.carerAware) },
      { title: 'Manager aware', value: yesNo(f.managerAware) },
    ].filter((x) => x.value),
    long,
    history: [
      ...(older ? [`${older} earlier action${older === 1 ? '' : 's'}: full history in the record`] : []),
      ...r.history
        .slice(older)
        .map(
          (h) =>
            `${ukTime(h.at)}: ${shownBack(h.by.name)} ${done[h.action]}${'date' in h ? ` for ${ukDate(h.date)} at ${h.time}` : ''}${'note' in h ? `: ${note(h.note)}` : ''}`,
        ),
    ],
  });
}

/**
 * In a group chat or channel: consultations are personal, so nothing about a child (or the
 * requester's details) is shown there. Offers to carry on in the person's own chat with the bot.
 */
export function personalOnlyCard(want: 'form' | 'list', chatUrl: string): AdaptiveCard {
  return renderCard('consultation-personal', {
    title: 'Consultation requests are personal',
    lines: [
      want === 'form'
        ? "The request form, its receipt and the team's replies stay in your own chat with me, so nothing about a child is posted here."
        : 'Your requests are only listed in your own chat with me, so they are not shown here.',
    ],
    continueTitle: want === 'form' ? 'Send me the form in my chat' : 'Show my requests in my chat',
    want,
    chatUrl,
  });
}

export function updateForRequester(r: ConsultationRecord): { title: string; lines: string[] } {
  const last = r.history.at(-1);
  const lines = [`Status: ${statusLabels[r.status]}.`];
  if (last && 'note' in last) lines.push(`${last.action === 'decline' ? 'Reason' : 'The team asks'}: ${shownBack(last.note, 2000)}`);
  if (last && 'date' in last) lines.push(`Consultation: ${last.date} at ${last.time}.`);
  return { title: `Update on your request ${r.reference}`, lines };
}

export function listCard(records: ConsultationRecord[]): AdaptiveCard {
  return renderCard('consultation-list', {
    title: 'My consultation requests',
    items: records.slice(0, 20).map((r) => ({
      reference: r.reference,
      status: statusLabels[r.status],
      detail: `Child ${shownBack(String(r.form.childRef ?? ''))}, sent ${ukDate(r.createdAt)}`,
    })),
  });
}
