/** The words of intent to die (./intent-to-die-threats.ts, ./intent-to-die-attempts.ts): soon, threatened, asked what if, not safe, up high. */

import { alt, now, poss, S, self } from './fragments';

/** About to, or saying they will. */
export const willSoon = alt(
  'going to',
  'gonna',
  'about to',
  'threatening to',
  'threatens to',
  'will',
  'll',
  'shell',
  'hell',
  // "I'll", typed without its apostrophe: "if you send me home ill kill myself".
  'ill',
  'theyll',
  S`saying ${alt('she', 'he', 'they')} ${alt('will', 'll')}`,
);
/** Someone else a child may threaten to kill. */
export const victim = alt(
  'him',
  'her',
  'them',
  'someone',
  'staff',
  S`${alt('her', 'his', 'their', 'the')} ${alt('carer', 'foster carer', 'mum', 'dad', 'teacher')}`,
);
/** What a threat says they will do. */
export const threatened = alt(
  S`kill ${self}`,
  // A clinical note's shorthand: "states will kill self if returned to placement".
  'kill self',
  'jump',
  'jump off',
  'stab',
  S`kill ${victim}`,
  // Killing, in local words: "im gonna do him in when i see him".
  S`do ${victim} in`,
  S`hang ${self}`,
  'overdose',
  'end it',
  S`end ${poss} life`,
  S`take ${poss} (?:own )?life`,
  'do it again',
);
/** Asked about any child, not told: "what if she says she'll kill herself", "what to do if a child runs off". */
export const askedWhatIf = alt(S`what (?:do|should) (?:i|we) do if`, S`what to do (?:if|when)`, 'what if');
/** Who she is not safe with, and what says it is now: "im not safe with me right now, her plan involves the train". */
export const notSafeSelf = alt('me', 'myself', 'my self', 'herself', 'himself', 'themselves');
export const notSafeCue = alt(now, 'plan', 'train', 'tablets', 'pills', 'bridge');

/** Up high and refusing to come down: "at the top of the climbing frame", "on the roof", "on the balcony". */
export const upHigh = alt('top of', 'come down', 'on the roof', 'ledge', 'balcony', 'railings', 'up the');
