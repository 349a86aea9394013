/** The words of ./held.ts: being held somewhere ordinary, someone there now, and abuse told of. */

import { alt, S } from './fragments';

/** Held in the ordinary sense: back a year, in custody, down in a restraint, to account. */
export const heldOrdinary = alt(
  'back',
  'down',
  'up',
  'in custody',
  'on remand',
  S`(?:in|at) (?:the )?(?:police )?(?:station|cells?)`,
  S`by (?:the )?police`,
  'for questioning',
  'overnight',
  'accountable',
  'responsible',
  'to account',
  'in hospital',
  S`on (?:a|the) ward`,
  // Detained under the Mental Health Act: "being held on a section 2".
  S`(?:on|under) (?:a |the )?section`,
  S`in (?:a |the )?(?:secure )?(?:unit|hospital)`,
  S`in (?:a )?restraint`,
  'hands',
);

/** The one who hurts the child, there now: "hes there now", "theyre in the house right now". */
export const thereNow = S`${alt('hes', 'he is', 'theyre', 'they are')} ${alt('there', 'here', 'in the house', 'in her room', 'in his room', 'outside the door')} (?:right )?now`;

/** Seen coming to the child now: "she can see him coming up the path", "theyre walking to the door". */
export const comingNow = S`(?:${alt('can see', 'watching', 'seen')} (?:him|them|the man|a man|the men|her dad|her mum|his dad|his mum)|${alt('hes', 'he is', 'theyre', 'they are')}) ${alt('coming', 'walking', 'running')} ${alt('up', 'to', 'towards', 'into', 'down')} (?:the )?${alt('path', 'drive', 'door', 'front door', 'house', 'stairs', 'garden', 'street', 'road')}`;

/** Abuse told without naming it: "the man at the shop does stuff to him", "the driver did things to her". */
export const abuseToldOf = S`${alt('does', 'did', 'doing', 'done')} ${alt('stuff', 'things', 'bad things', 'sex stuff', 'sexual things')} to ${alt('him', 'her', 'them', 'me')}`;

/** Hiding herself, not a thing: "shes hiding under the bed" (not "hiding her present in the wardrobe"). */
export const hidingAway = S`hiding\b(?! (?:her|his|their|the|a|an|it|them|my|some|presents?|sweets|food|things|stuff)\b)`;
