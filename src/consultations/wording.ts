import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsultationForm } from './form';

export const FORM_TITLE = 'Request an enhanced consultation';

/**
 * What the form and the receipt promise about timing. The figures are the service's, stated in
 * the README and on the form's "How soon" choices: change them there and here together (a test
 * checks the form says the same).
 */
export const REPLY_WITHIN = '2 working days';
export const PRIORITY_WITHIN = 'the next working day';

/** Each field as the error list beside "Send request" names it. */
export const fieldLabels: Record<keyof ConsultationForm, string> = {
  childRef: "child's initials or case reference",
  childDob: 'date of birth',
  childAge: 'age',
  legalStatus: 'legal status',
  placementType: 'placement type',
  placementArea: 'where the child is placed',
  placementAuthority: 'local authority',
  levelOfNeed: 'level of need',
  concerns: 'presenting concerns',
  risks: 'risks now',
  concernsOther: 'anything else about the concern',
  servicesInvolved: 'services already involved',
  question: 'your question',
  triedSoFar: 'what has been tried',
  urgency: 'how soon',
  childViewsSought: "child's views",
  carerAware: 'carer knows',
  managerAware: 'manager knows',
  requesterName: 'your name',
  requesterEmail: 'your work email',
  requesterRole: 'your role',
  requesterTeam: 'your team',
  requesterPhone: 'phone',
};

/** The choices' titles as the form shows them, read from the card itself so the two never differ. */
let titles: Record<string, Record<string, string>> | undefined;
function choiceTitles(): Record<string, Record<string, string>> {
  if (titles) return titles;
  const found: Record<string, Record<string, string>> = {};
  const card: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cards', 'consultation-form.json'), 'utf8'));
  JSON.stringify(card, (_k, v: unknown) => {
    const el = v as { type?: unknown; id?: unknown; choices?: { title?: unknown; value?: unknown }[] };
    if (el && el.type === 'Input.ChoiceSet' && typeof el.id === 'string')
      found[el.id] = Object.fromEntries((el.choices ?? []).map((c) => [String(c.value), String(c.title)]));
    return v;
  });
  titles = found;
  return found;
}

/** A stored choice as people read it: "Level 3: targeted or complex", not "3". */
export function choiceTitle(
  field: 'levelOfNeed' | 'legalStatus' | 'placementType' | 'placementArea' | 'risks' | 'requesterRole',
  value: unknown,
): string {
  const v = String(value ?? '');
  return choiceTitles()[field]?.[v] ?? v.replace(/-/g, ' ');
}

/** "How soon" in a word: the form's choice without the reply time it promises. */
export const howSoon = (urgency: unknown): string => (urgency === 'priority' ? 'Priority' : 'Routine');

const ukFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const ukDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** "Wednesday 2 December 2026 at 09:15": UK local time (GMT or BST as it falls). */
export function ukTime(iso: string): string {
  return ukFormat.format(new Date(iso)).replace(',', '');
}

/** "2 December 2026", the day in the UK. */
export function ukDate(iso: string): string {
  return ukDay.format(new Date(iso));
}
