/** The words of ./violence.ts: being armed, weapons, threats of punishment, and attack times. */

import { alt, S } from './fragments';

/** Holding a weapon. */
export const armed = alt(
  'has',
  's got',
  'got',
  'holding',
  'waving',
  'carrying',
  'pulled',
  'grabbed',
  'pointing',
  // Not a record: "a lad who was violent with a weapon has been moved there".
  // Nor what to do with them: "what do i do with the kitchen knives we locked away".
  S`with(?<!\b${alt('violent', 'aggressive', 'arrested', 'charged', 'caught', 'convicted', 'cautioned', 'excluded', 'offending', 'do', 'deal', 'dealing', 'done')} with)`,
);
export const weapon = alt(
  'knife',
  'knives',
  'blade',
  'blades',
  'razor',
  'razor blade',
  'machete',
  'gun',
  'weapon',
  'screwdriver',
  'scissors',
  'bottle',
  'glass',
  // "he has a taser and hes pointing it at the staff".
  'taser',
  'stun gun',
  // "theres a fella in the garden with a crossbow, says our kid owes him".
  'crossbow',
  'rifle',
  'shotgun',
  // "hes got a meat cleaver".
  'cleaver',
  'meat cleaver',
);

/** Who promises a punishment, and the violence promised (the "violence-now" rule below). */
export const willPunish = alt('going to', 'gonna', 'will', 'ill', 'hell', 'shell', 'theyll');
export const victim = alt('her', 'him', 'them', 'me');
export const violently = alt(
  S`batter ${victim}`,
  S`beat ${victim}(?: up)?`,
  S`hurt ${victim}`,
  S`kill ${victim}`,
  S`do ${victim} in`,
  S`leather ${victim}`,
  S`belt ${victim}`,
);

/** A weapon used on someone now: held to the body, or threatened, waved, swung. */
export const weaponInUse = S`${weapon} ${alt('to', 'at', 'against')} ${alt('my', 'her', 'his', 'their', 'your', 'the', 'our')}(?: \w+s)? ${alt('neck', 'throat', 'face', 'head', 'chest', 'stomach', 'belly')}|${alt('threatening', 'waving', 'pointing', 'swinging', 'going for', 'coming at', 'lunging', 'slashing', 'stabbing')}`;

/** A threat, promised: "theyll kill his family", "said they would get his nan". */
export const exploitersThreat = S`${alt('theyll', 'they will', 'they would', 'theyd', 'hell', 'he will', 'going to', 'gonna', 'threatened to', 'threatening to')} ${alt('kill', 'hurt', 'stab', 'shoot', 'burn', 'get', 'do')} (?:him|her|them|his|her|their|my|the|us|me)`;
/** When an attack on the child is set for: "after school", "tonight", "on the way home". */
export const attackTime = alt('today', 'tonight', 'after school', 'now', 'on the way home', 'later', 'this evening');
/** Where the child or family lives, known to them: "the men know where the carer lives". */
export const knowsWhereTheyLive = S`knows? where (?:(?:the|his|her|their|my|our|we|i|she|he|they) )?(?:\S+ ){0,2}?(?:lives?|live|stays?)`;

/** Words for a child. */
export const childNoun = alt('child', 'kid', 'yp', 'young person', 'teenager', 'teen', 'pupil', 'student');
/** Any child, asked about: "if a child is attacking someone", "if their child is found with a weapon". */
export const anyChild = S`(?:a|an|any|your|their|the) ${childNoun}`;
