import { clean } from './normalise';

/**
 * Immediate risk described as happening now. Each pattern names a situation,
 * not a topic: "signs of self harm" is information, "she's taken a load of
 * paracetamol" is an emergency. When in doubt the card is shown: a false alarm
 * costs a glance, a miss can cost a life.
 */
const P = String.raw;
const person = P`(?:she|he|they|her|him|them|my (?:yp|young person|child|kid|son|daughter|foster child|lad|girl|boy)|the (?:yp|young person|child|boy|girl)|yp|child|kid|young person|i|we|someone)`;
const now = P`(?:now|right now|tonight|today|this evening|this morning|at the moment|currently|just)`;
const pills = P`(?:overdose|od|pills|tablets|paracetamol|ibuprofen|meds|medication|medicine|sleeping tablets|anti ?depressants|bleach|poison)`;

const situations: RegExp[] = [
  // An overdose or poisoning has happened.
  new RegExp(P`\b(?:has|have|had|just|s)? ?(?:taken|took|swallowed|downed|necked|drunk|drank)\b(?: \w+){0,6} ${pills}\b`),
  new RegExp(P`\b(?:overdosed|has ods|has od|has odd|taken an od|taken an overdose)\b`),
  // A ligature, hanging or strangulation now.
  /\b(?:ligature|noose)\b(?! (?:risk|risks|training|audit|audits|policy|policies|assessment|point|points|cutter|cutters|free))/,
  /\b(?:cord|rope|belt|scarf|lace|laces|shoelace|shoelaces|string|wire|tie|cable|lead) (?:round|around) (?:her|his|their|my) neck\b/,
  /\b(?:trying|tried|going|gonna|wants|threatening) to hang\b/,
  /\b(?:is|was|found|been) hanging\b/,
  // A plan or intent to die, soon.
  new RegExp(P`\b(?:going to|gonna|about to|will|wants to|want to|threatening to|trying to|tried to|plans to|planning to)(?: \w+)? (?:kill (?:herself|himself|themselves|myself|themself)|end (?:it|her life|his life|their life|my life)|take (?:her|his|their|my) (?:own )?life|die|jump)\b(?:(?! (?:in the past|last year|before)\b).)*\b${now}\b`),
  /\b(?:says|said|saying|texted|messaged|told me|posted)(?: that)? (?:she|he|they|she s|he s|theyre|shes|hes|i m|im)?(?: is| are| s)? ?(?:going to|gonna|about to|will) (?:kill|end|jump|die|hang|overdose|take)\b/,
  /\b(?:suicide note|goodbye note|goodbye letter|texted goodbye|said goodbye|sent goodbye|saying goodbye|goodbye messages?)\b/,
  /\b(?:has a plan|got a plan|made a plan|has planned)\b.*\b(?:die|kill|suicide|end (?:it|her life|his life))\b/,
  // A weapon in hand, now.
  /\b(?:has|got|holding|waving|carrying|with|pulled|grabbed|threatening (?:\w+ )?with) (?:a |an )?(?:knife|knives|blade|machete|gun|weapon|screwdriver|glass|scissors)\b/,
  /\b(?:knife|blade|weapon|gun|machete)\b.*\b(?:says (?:he|she|they) ll use|threatening|to (?:her|his|their) (?:own )?(?:throat|wrist|wrists|neck))\b/,
  // A dangerous place.
  /\b(?:on|at|near|off|over) (?:a |the )?(?:bridge|roof|rooftop|ledge|edge of|cliff|railway|railway line|train tracks|tracks|motorway)\b/,
  /\b(?:standing|sat|sitting|stood|climbed|climbing)\b.*\b(?:bridge|roof|ledge|cliff|railway|tracks|window)\b/,
  // Bodily emergency.
  /\b(?:won t|wont|will not|cant|can t) stop (?:the )?bleeding\b|\bbleeding (?:heavily|badly|a lot|everywhere)\b/,
  /\b(?:unconscious|unresponsive|not breathing|wont wake up|won t wake up|can t wake (?:her|him|them)|cant wake (?:her|him|them)|collapsed|passed out|fitting)\b/,
  /\bcut (?:too )?deep\b|\bgaping\b|\bneeds? stitches\b/,
  new RegExp(P`\b(?:in )?(?:immediate|imminent) (?:danger|risk)\b|\b${person} (?:is|are|s) in danger\b`),
];

/** Questions about a topic, not a situation: only when no situation pattern matched strongly. */
export function isUrgent(text: string): boolean {
  const t = clean(text);
  return situations.some((re) => re.test(t));
}
