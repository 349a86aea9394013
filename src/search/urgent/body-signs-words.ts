/** The words of danger said outright (./body-signs.ts, ./body-signs-breathing.ts): imminent, a crisis, and a heart feared for. */

import { alt, S } from './fragments';

export const imminent = alt('immediate', 'imminent');
export const crisis = alt('crisis', 'emergency');

/** A teller afraid that it is the heart, not a panic. */
export const heartFeared = alt(
  S`(?:if|whether) (?:its|it is|it s) (?:her|his|their) heart`,
  'heart attack',
  S`(?:is|could|might) (?:it|this) be (?:her|his|their) heart`,
);

/** Something swallowed or stuck, told beside the panic: the panic is the body's, not the cause ("swallowed the lid off her juice bottle, cant breathe properly and is panicking"). */
export const swallowedOrStuck = alt('swallowed', 'swallowing', S`stuck in (?:her|his|their) throat`, 'inhaled', 'choking', 'choked');
