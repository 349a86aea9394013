/**
 * Word lists for the violence situations (./violence-*.ts): weapons, whom they are used on, threats and where they are made.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, S } from './fragments';

/** Weapons, and things picked up as one ("a bottle", "a brick"). */
export const weapon = alt(
  'knife',
  'knives',
  'blade',
  'machete',
  'cleaver',
  'hammer',
  'bat',
  'baseball bat',
  'gun',
  'screwdriver',
  'scissors',
  'axe',
  'bottle',
  'metal bar',
  'bar',
  'crowbar',
  'golf club',
  'pole',
  'stick',
  'brick',
  'razor',
  'kitchen knife',
  'meat cleaver',
  'cleaver',
  // "chasing his foster sister round the garden with the shears"
  'shears',
  // "theres a fella in the garden with a crossbow, says our kid owes him".
  'crossbow',
  'rifle',
  'shotgun',
  // Said vaguely: "in the car park with some sort of weapon".
  'weapon',
);
/** Weapons carried to do harm, not for play or a job ("a stick", "a bat and ball"). */
export const armedWith = alt(
  'hammer',
  // Slang for a knife: "said hes got a shank and hes going to meet the boys".
  'shank',
  'knife',
  'knives',
  'blade',
  'machete',
  'axe',
  'gun',
  'baseball bat',
  'crowbar',
  'cleaver',
  'meat cleaver',
  'metal bar',
  'golf club',
  'crossbow',
  'rifle',
  'shotgun',
);
/** Hurting someone, in the slang of a planned attack: "going to do a lad", "to get someone". */
export const toHurt = alt(
  'do',
  'get',
  'sort',
  'stab',
  'shank',
  'batter',
  'hurt',
  'cut',
  'slash',
  'jump',
  'rush',
  S`use it on`,
  S`deal with`,
);
/** Whom an armed child is going after: someone, not something ("to cut the cake"). */
export const target = alt(
  'someone',
  'somebody',
  S`(?:a|an|that|this|the|some) (?:lad|boy|girl|kid|guy|bloke|man|opp|opps|yute|teacher|dealer)`,
  S`(?:his|her|their) (?:opps?|enemy|enemies|ex)`,
);
/** A debt, and what happens if it is not paid: "if he doesnt pay". */
export const unlessHePays = S`(?:if|unless) (?:he|she|they|you|we) (?:doesnt|dont|wont|cant|does not|do not)? ?(?:pay|pays|give|gives|hand|hands|bring|brings)`;
export const violentAct = alt(
  'stab',
  'shoot',
  'shank',
  'kill',
  'smash',
  'batter',
  'hurt',
  'hit',
  'attack',
  'cut',
  S`sort (?:him|her|them|someone|somebody|a|an)`,
  S`do (?:her|him|them|you|me) in`,
);
/** The children threatened: "threatening the kids", "threatening to hurt the little ones". */
export const threatenedChildren = S`(?:to (?:hurt|kill|hit|batter|stab|attack|beat|smack|slap|punch|shake) )?(?:the |our |his |her |their |my )?(?:other |younger |little )?(?:kids|children|child|baby|babies|little ones|younger ones|siblings|toddler|\d+ ?(?:yo|yr old|year old))`;
/** Threatening, in words or by squaring up to them: "threatening the kids", "squaring up to the 9yo". */
export const threatening = alt('threatening', 'squaring up to', 'squared up to', 'fronting up to', 'getting in the face of');
/** Saying what they will do to someone: "hell smash her face in", "hes going to cut him". */
export const willHurt = S`(?:hell|shell|theyll|he will|she will|they will|(?:hes|shes|theyre) (?:going to|gonna)) (?:kill|stab|batter|hurt|hit|smash|kick|punch|beat|cut|slash|shank|shoot|strangle) (?:her|him|them|you|us|me|(?:the|our|my|his|her|their) \S+)`;
/** Shouted at someone, in the first person: "ill break your neck", "im going to kill you". */
export const iWillHurt = S`(?:ill|i will|im going to|im gonna|imma|ima) (?:fucking |effing )?(?:kill|break|snap|smash|batter|stab|hurt|strangle|knock|bash|kick|do) (?:you|ya|u|your \S+)`;
/** A child's fear, heard as it happens: "the child is screaming" (not screaming with laughter). */
export const childAfraid = S`(?:screaming|crying|sobbing|terrified|hiding|petrified|shaking)(?! (?:with|at|about|for)\b)`;
/** A blade or a prop carried for a lesson: "the knife is for food tech". */
export const forALesson = S`\b(?:food tech\w*|cook\w*|catering|chef|lessons?|class|show and tell|projects?|drama|props?)\b`;
/** At the door, or turned up where the child is: "at the school gates", "turned up at contact", "parked outside". */
export const atTheDoor = S`(?:outside|(?:at|to) (?:the|our|my|her|his|their) (?:front |back |school )?(?:doors?|gates?|windows?)|(?:turned|turns|turning|showed|shown) up|parked (?:up|outside))`;
/** Things thrown to hurt, not in play (a ball, a pillow). */
export const missile = alt(
  'chair',
  'table',
  'stool',
  'brick',
  'stone',
  'rock',
  'bottle',
  'glass',
  'plate',
  'mug',
  'cup',
  'knife',
  'scissors',
  'hammer',
  'bat',
  'tv',
  'telly',
  'lamp',
  'kettle',
  'pan',
  'iron',
  'laptop',
  'vase',
  'ornament',
);
/** Someone a child may go at: a person, not a thing ("going at the pinata with a bat"). */
export const person = alt(
  // "going after the other yp in the house"
  S`(?:the |her |his |their |my |our |a |another |other )?(?:other |younger |older |little )?(?:foster )?(?:carer|fc|mum|dad|sister|brother|staff|staff member|member of staff|worker|teacher|nan|baby|kid|kids|child|children|lad|girl|boy|resident|yp|young person)`,
  'me',
  'us',
  'him',
  'her',
  'them',
  'someone',
  'anyone',
);
