/** The words of self-harm (./self-harm.ts, ./self-harm-now.ts): who, where on the body, still going, wounds and their depth. */

import { alt, poss, S, self } from './fragments';

export const pronoun = alt('she', 'he', 'they', 'yp', 'i', 'we');
// Where a child hurts themselves: "cutting her arms" says the same as "cutting herself".
export const body = alt(self, S`${poss} ${alt('arms?', 'legs?', 'wrists?', 'skin', 'body', 'thighs?', 'stomach', 'face', 'head')}`);
/** Still going, and no one can stop it: as much a sign of now as "now" itself ("punching himself, cant calm him"). */
export const stillGoing = alt(
  S`${alt('cant', 'can t', 'cannot')} ${alt('calm', 'settle', 'stop', 'hold')} ${alt('him', 'her', 'them')}`,
  'wont stop',
  'not stopping',
  'isnt stopping',
);

/** A wound, in a carer's words or a nurse's: "cut", "lac", "laceration". */
export const wound = alt('cut', 'cuts', 'laceration', 'lacerations', 'lac', 'wound', 'wounds', 'gash', 'slash', 'slashed', 'incision');
/** A depth shown: "fatty tissue visible", "tendon exposed". */
export const depthShown = alt('visible', 'exposed', 'showing', 'on show', 'poking out');

/** What a child bites into: "biting his own arm", "biting chunks out of her hand". */
export const bitten = alt('arms?', 'hands?', 'wrists?', 'fingers?', 'skin', 'lip');
