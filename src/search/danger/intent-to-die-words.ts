/**
 * Words shared by the kinds of wanting-to-die situation (intent-to-die-*.ts): places people go to end their life, the
 * means at hand, those a last message asks to be told, and a farewell.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, gap, S } from './fragments';

/** Places people go to end their life. */
export const dangerPlace = alt(
  'river',
  'canal',
  'sea',
  'beach',
  'pier',
  'docks',
  'bridge',
  'tracks',
  'railway',
  'station',
  'cliffs?',
  'motorway',
  'lake',
  'reservoir',
  'quarry',
);
/** The means, at hand. */
export const meansAtHand = alt('ropes?', 'noose', 'ligature', 'tablets', 'pills', 'paracetamol', 'knife', 'blade', 'belt', 'cord');
/** Those a last message asks to be told: "tell my little brother". */
export const lovedOnes = S`(?:everyone|them|(?:my )?(?:mum|dad|nan|(?:little |big |baby |younger |older )?(?:sister|brother)))`;
/** A farewell, in the words of a last message. */
export const farewell = alt(
  'goodbye',
  'bye everyone',
  'bye all',
  'thanks for everything',
  'thank you for everything',
  'sorry for everything',
  'love you all',
  // "by the time u read this ill be gone"
  S`by the time (?:you|u|ya) (?:read|see|get) (?:this|that|it)`,
  // "its the last time hell talk to me"
  S`(?:the )?last time (?:hell|shell|ill|theyll|youll|i|he|she|you) (?:ever )?(?:talk|speak|hear from|see)`,
  S`(?:ur|youre|your|you are|you were) the only one (?:who )?(?:ever )?(?:tried|cared|listened|bothered)`,
  // "texted its done now, tell mum sorry", "tell my little brother im sorry"
  S`tell ${lovedOnes} (?:(?:im|i am) )?(?:sorry|i love)`,
  // "love you sorry", "youll all be better off", "its not your fault", "thanks for trying", "youll know why"
  // (each written from its own words, which are rare, for speed: see ../danger.ts).
  S`(?:love|luv) (?:you|u|ya)${gap(1)} (?:sorry|bye)(?! (?:im|i am|for being) late| for (?:shouting|the mess|earlier))`,
  S`(?:all|will|youll|yall) be better off`,
  // "youre better off without me"
  S`better off without (?:me|us|him|her)`,
  S`(?:not|isnt) (?:your|ur) fault`,
  'thanks for trying',
  // The last message its own words of dying: "texted kms then for real this time, nothing since".
  S`(?:kill|killing|end|ending) (?:myself|my life|it all)`,
  S`(?:know|understand) why(?<=\b(?:youll|you will|you ll|u will|ull) \S+ why)`,
  // "this is my last day", "the last time shes going to talk to anyone" (not my last day at school)
  S`my last (?:day|night|message|post)(?! (?:at|of|in|on|before|together|with)\b)`,
  S`last time (?:shes|hes|im|theyre|she is|he is|i am) (?:going to|gonna) (?:talk|speak) to`,
  // Said by the child, not a plan told: "told her mum she wont be here tomorrow", and then ended the call (not "she wont be here
  // tomorrow, shes at her dads").
  S`be (?:here|around|alive) (?:tomorrow|tonight|by (?:the )?morning|much longer|for long|anymore|any more)` +
    S`(?<=\b(?:told|tells|tell|said|says|saying|texted|messaged|screamed|shouted)(?: \S+){0,3} (?:she|he|they|i) (?:wont|will not|not going to|not gonna|aint gonna) be(?: \S+){2,3})`,
);

/**
 * A wish that comes and goes, denied for now: "says she wants to die sometimes but not rite now". Silences the rules and
 * the broad detector alike.
 */
/** Asked of what she says, said not to be now: "what do i do when she says she wants to die but not right now". */
export const askedWhenSaidNotNow = S`\bwhat (?:do|should) (?:i|we) do when (?:she|he|they) (?:says?|tells?|talks?)\b.*\bbut not ${alt('right now', 'now', 'at the moment', 'today', 'tonight')}\b`;
export const wishDeniedForNow = S`\b${alt('sometimes', 'at times', 'now and then', 'some days')}\b.*\bbut not ${alt('right now', 'rite now', 'now', 'at the moment', 'today', 'tonight')}\b`;
