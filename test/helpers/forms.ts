/** A complete, sensible consultation request, as the form's inputs send it (all strings). */
export const goodForm: Record<string, string> = {
  requesterName: 'Sam Worker',
  requesterEmail: 'sam.worker@example.gov.uk',
  requesterRole: 'social-worker',
  requesterTeam: 'Children in Care Team 2',
  requesterPhone: '0151 123 4567',
  childRef: 'JS',
  childDob: '2012-05-14',
  childAge: '',
  legalStatus: 's31',
  placementType: 'foster',
  placementArea: 'out-of-area',
  placementAuthority: 'Wirral',
  levelOfNeed: '3',
  concerns: 'concern-self-harm',
  concernsOther: '',
  risks: 'self-harm',
  servicesInvolved: 'School nurse',
  triedSoFar: 'Sleep routine, talking with carer.\nReferral to CAMHS not accepted.',
  question: 'How best can the carers respond to night-time self-harm?',
  childViewsSought: 'true',
  carerAware: 'true',
  managerAware: 'false',
  urgency: 'priority',
};

/** Characters that grow when escaped for a card or for JSON, and an emoji (two UTF-16 units). */
export const GROWING = '*_[<>"\\`#|~🙂]\n(!';
/** The most growth there is: on a card each becomes three or four units of JSON (a backslash four). */
export const WORST = '\\*\\_\\[\\<🙂';

/** `max` UTF-16 units of `pattern`, never ending in half an emoji or in white space. */
export function fill(max: number, pattern = GROWING): string {
  return fillWith(max, pattern);
}

function fillWith(max: number, pattern: string): string {
  let s = '';
  while (s.length < max) s += pattern;
  s = s.slice(0, max);
  if (/[\ud800-\udbff\s]$/.test(s)) s = `${s.slice(0, -1)}*`;
  return s;
}

/** Every field at its maximum, text full of characters that grow when escaped. */
export function maxForm(concernIds: string[], pattern = GROWING): Record<string, string> {
  const fill = (max: number) => fillWith(max, pattern);
  return {
    ...goodForm,
    requesterName: fill(100),
    requesterEmail: `${'a'.repeat(64)}@${'b'.repeat(132)}.uk`,
    requesterTeam: fill(200),
    requesterPhone: `+${'0'.repeat(29)}`,
    childRef: 'LAC-2039/1234567-890',
    childAge: '17',
    placementAuthority: fill(100),
    concerns: concernIds.join(','),
    concernsOther: fill(2000),
    risks: 'self-harm,harm-to-others,missing,exploitation',
    servicesInvolved: fill(2000),
    triedSoFar: fill(4000),
    question: fill(4000),
  };
}
