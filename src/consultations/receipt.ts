import type { Toolkit } from '../content/toolkit';
import { renderCard, type AdaptiveCard } from '../cards/render';
import { shownBack } from '../cards/safe-text';
import type { ConsultationRecord } from './record';
import { PRIORITY_WITHIN, REPLY_WITHIN, choiceTitle, howSoon, ukDate, ukTime } from './wording';

/** What was sent, in words a reader uses: "Level 3: targeted or complex", "Priority", dates in the UK. */
function sentFacts(toolkit: Toolkit, r: ConsultationRecord): { title: string; value: string }[] {
  const f = r.form;
  const concerns = Array.isArray(f.concerns) ? f.concerns.map((id) => toolkit.get(String(id))?.title ?? String(id)).join(', ') : '';
  const age = f.childDob ? `born ${ukDate(String(f.childDob))}` : f.childAge ? `${String(f.childAge)} years` : 'not given';
  return [
    { title: 'Sent', value: `${ukTime(r.createdAt)} (UK time)` },
    { title: 'Child', value: shownBack(String(f.childRef ?? '')) || 'not given' },
    { title: 'Age', value: age },
    { title: 'Level of need', value: f.levelOfNeed ? choiceTitle('levelOfNeed', f.levelOfNeed) : 'not given' },
    { title: 'Concerns', value: concerns || 'not given' },
    { title: 'How soon', value: howSoon(f.urgency) },
  ];
}

/**
 * The one receipt: the reference, when it was sent (UK time), what happens next and when the
 * team usually replies, then what was sent in plain words.
 */
export function receiptCard(toolkit: Toolkit, r: ConsultationRecord): AdaptiveCard {
  const when =
    r.form.urgency === 'priority'
      ? `Marked Priority, it is looked at first, usually by ${PRIORITY_WITHIN}.`
      : `The team usually replies within ${REPLY_WITHIN}.`;
  return renderCard('consultation-receipt', {
    reference: r.reference,
    next: [
      `The consultation team reads every request. ${when}`,
      'They will reply to you here, in this chat. Type "my requests" to see where it stands.',
      'Quote the reference if you contact the team about this request.',
    ],
    facts: sentFacts(toolkit, r),
  });
}

/** What the in-chat form becomes once sent: no values (the receipt, sent below it, has them). */
export function sentCard(r: ConsultationRecord): AdaptiveCard {
  return renderCard('consultation-summary', {
    title: 'Form sent',
    subtitle: 'Your receipt is below. This form can no longer be changed.',
    facts: [{ title: 'Reference', value: r.reference }],
  });
}
