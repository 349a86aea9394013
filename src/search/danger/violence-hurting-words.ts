/** The words of ./violence-hurting.ts: someone being hurt, by the throat, or as it is heard, seen or told. */

import { alt, S } from './fragments';

/** Blows and assaults: what both readings of violence below share. */
const blows = [
  'hitting',
  'beating',
  'battering',
  'kicking(?! off)',
  'punching',
  'slapping',
  // Hit with a belt, or hard, in local words: "the dads belting him", "leathering him".
  'belting',
  'leathering',
  'strangling',
  'throttling',
  'choking',
  'stabbing',
  'attacking',
  'assaulting',
  'sexually assaulting',
  'raping',
];
/** Hurting someone, in the present. */
export const hurting = alt(
  ...blows,
  'touching',
  'hurting',
  // Shaking someone, not the teller shaking: "i cant stop shaking", "im still shaking"; nor a sign among others: "panic attacks in
  // the car, shaking, cant breathe".
  S`(?<!\b(?:cant stop|im|i am|i was|ive been|still|keep|keeps) )shaking(?! (?:and )?(?:cant breathe|sweating|crying|trembling|feeling sick|being sick|pale|hyperventilating))`,
  'smacking',
  'pinned',
  'pinning',
  // Not a delay: "health are dragging their feet".
  S`dragging(?! (?:their|his|her|its|our|my|your) (?:feet|heels))`,
  'squeezing',
  'throwing (?:\S+ )?at',
  'punch',
  'strangle',
  'forcing',
  // "boy laying into the foster carer"
  'laying into',
  // Pushed or shoved down, as it happens: "one of the lads is pushing her to the ground" (not "pushing her to go to school").
  S`(?:pushing|shoving)(?= (?:\S+ ){1,2}(?:to the (?:ground|floor)|over|down|into|against|off|out of)\b)`,
);
/** A threat to hurt: "hurt him", "beat her". */
// (Not a child's own "dont touch me", a boundary: "keeps saying 'dont touch me' and then crying for a cuddle".)
export const hurtVerb = S`(?:rape|abuse|(?<!\b(?:dont|do not) )touch|hurt|hit|beat) (?:her|him|them|me)`;
/** A threat passed on, which the worry words before it do not soften: "scared, hes texting saying he will hurt her". */
export const toldThreat = S`(?:says|saying|said|texted|texting|messaged|messaging|threatened|threatening|told|keeps)\b`;
/** A worry about what may happen: "worried sick whether the big kids will hurt him". */
export const worriedWhether = alt(
  'whether',
  'worried',
  'worries',
  'worrying',
  'afraid',
  'fears?',
  'frightened',
  'scared',
  'in case',
  'wondering',
  'wonders',
);
/** Violence done to someone, not touching or shaking that may be care. */
export const assaulting = alt(...blows, 'headbutting', 'stamping on');
