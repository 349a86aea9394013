/**
 * Danger denied by the teller ("not in danger now, hes calm"), read by ../urgent.ts: believed about talk of dying only
 * (DENIABLE), never about something done.
 */
import { alt, S } from '../urgent/fragments';

/** Nothing told after a denial that says it is happening all the same: "no intent she says, she has a plan ... tonight". */
const NOTHING_DONE_AFTER = S`(?!.*\b(?:tonight|ready|goodbye|phone off|has a plan|got a plan)\b)`;

/**
 * Danger denied by the teller ("not in danger now, hes calm"): believed about talk of dying, not
 * about anything done (DENIABLE below): an overdose can look well for a day while it harms
 * (paracetamol), so "took 16 paracetamol but not in danger" still gets the card. Not a denial:
 * the teller's own safety ("im not in danger but my sister is"), a denial followed by "but" ("not
 * in danger now but threatening to jump"), or danger said of someone else too ("the baby is in
 * danger, the others are not").
 */
const DENIAL = S`(?<!\b(?:im|i am|were|we are|ive been|weve been) )\b${alt(
  S`not hurting (?:her|him|them)sel(?:f|ves)`,
  S`(?:not|isnt|arent|no) (?:in )?(?:any )?(?:immediate )?danger(?: right now| now)?`,
  S`(?:no ones|no one is|nobody is) (?:in )?(?:any )?(?:immediate )?danger(?: right now| now)?`,
  // "shes not in crisis right now"
  S`(?:not|isnt|arent) in (?:a )?crisis(?: right now| now| at the moment)?`,
  // "no plan", "no plan or intent", "says she wouldnt do it", "now asleep and safe"
  S`no (?:current )?(?:plan|plans|intent)(?: or (?:plan|plans|intent))?${NOTHING_DONE_AFTER}`,
  // Said earlier, calm now: "calm now but earlier she said she wants to die".
  S`(?:calm|settled) now but earlier`,
  // "found plasters in the bin, not urgent just worried"
  S`not urgent`,
  // Asked for some day: "if one day a child tell me he want to kill himself, what are the right words? nothing is happening now".
  S`nothing (?:is )?happening (?:right )?now`,
  // Taken back at once: "said 'im going to kill myself' after a row then laughed it off", "said she didnt mean it";
  // or over in minutes: "screamed 'i want to die' when i turned the ipad off, calmed in ten minutes".
  // (Not where a place or a time soon was named, or they have gone: "going to end it at the train station later, laughed it
  // off, has left now".)
  // Or said to be a joke: "said 'i want to die' after losing at football yesterday, clearly joking".
  S`(?:clearly|was|only|just|obviously) joking`,
  // Or said to be only a way of speaking: "clearly a figure of speech, she was back to laughing straight away".
  S`(?:clearly|only|just|obviously) a figure of speech`,
  S`(?<!\b(?:later|tonight|after school|today|station|bridge|tracks|railway)\b.*)(?:laughed|laughing|laughs) it off(?!.*\b(?:has left|left now|gone out|walked out|tonight|later)\b)`,
  S`(?:says|said|saying) (?:she|he|they) (?:wouldnt|would never|wont|will not|would not) (?:do it|act on it|do anything)${NOTHING_DONE_AFTER}`,
  // "hes calm and says hes not doing anything now"
  S`(?:says|said|saying) (?:shes|hes|theyre|she is|he is|they are) not (?:going to )?(?:do|doing) anything(?: now| right now| tonight)?${NOTHING_DONE_AFTER}`,
  // Both only with nothing dangerous told after: not "said he didnt mean it, he wants to kill himself tonight and has the tablets
  // ready", nor "calmed down in a few minutes, now shes gone missing with a rope".
  S`(?:says|said|saying) (?:she|he|they) (?:didnt|did not|doesnt|does not) (?:really )?mean (?:it|that)(?=(?: \S+){0,6}$)(?!.*\b(?:tonight|today|now|ready|plan)\b)`,
  S`calmed (?:down )?(?:in|after|within) (?:a |about |\S+ )?(?:few )?minutes` +
    S`(?!.*\b(?:tonight|today|goodbye|phone off|now (?:shes|hes|theyre|she|he|they) (?:has|have|is|are|gone|got|on|in|at|took|taken))\b)`,
  S`(?:shes|hes|theyre|she is|he is|they are) (?:now )?(?:asleep and |settled and |calm and |home and |back and |at school and )?safe(?: now| today)?`,
  // In any English: "she say she want to die but she is ok now, not do anything".
  S`(?:shes|hes|theyre|she is|he is|they are) (?:ok|okay|fine|alright|all right) now,? (?:and )?not (?:do|doing|did|done) anything`,
)}\b`;
export const DANGER_DENIED = new RegExp(S`${DENIAL}(?!.*\bbut\b)`);
const EVERY_DENIAL = new RegExp(DENIAL, 'g');
const DANGER_SAID = /\b(?:in|at) (?:real |immediate |serious |grave )?danger\b/;

export function dangerDenied(cleaned: string): boolean {
  return DANGER_DENIED.test(cleaned) && !DANGER_SAID.test(cleaned.replace(EVERY_DENIAL, ' '));
}
/**
 * What a denial can silence: talk of wanting to die or of a plan, and the learned detector. Never
 * something done or happening (swallowed, a ligature, a height, a wound, violence, abuse, a child
 * taken or missing): the teller may not know how dangerous it is.
 */
export const DENIABLE = new Set([
  'threat',
  'wants-to-die-now',
  'plan',
  'goodbye',
  'suicidal-now',
  'danger-now',
  'warning-signs',
  'access-to-means',
  'broad:intent-soon',
  'broad:despair-shut-in',
  'broad:means-it',
  'broad:final-acts',
  'model',
]);
