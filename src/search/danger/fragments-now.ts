/**
 * Shared by the kinds of situation of the broad emergency detector (../danger.ts): signs it is happening now,
 * or about to, a threat to do harm, and wanting to die said outright.
 */

import { alt, S } from './fragments';

/** Signs it is happening now, or about to. */
export const now = alt(
  'now',
  'right now',
  // Typed as it sounds: "cutting rite now".
  'rite now',
  'rn',
  'just',
  'just now',
  'tonight',
  'this evening',
  'today',
  'at the moment',
  'currently',
  'as we speak',
  'still',
  'happening',
  S`(?:an|\d+|a few|few|ten|twenty) (?:hour|hours|hr|hrs|mins?|minutes?) ago`,
  'after lights out',
  // Once no one is watching: "when everyones asleep", "once everyone is in bed".
  S`(?:when|once) (?:everyones|everyone is|everybodys|everybody is|were|we are|staff are|mums|dads) (?:asleep|in bed|gone to bed)`,
  S`in (?:\d+|ten|five) mins?`,
  'wont stop',
  'cant stop',
  // Still at it, and no one can part them: "we cant get them apart".
  'cant (?:get|pull|prise|drag|break|split) (?:her|him|them|them both|the two(?: of them)?) (?:off|apart)',
  'rn',
  // "self harming atm": at the moment, typed fast.
  'atm',
  '2nite',
  'tonite',
);
/**
 * Now, but not the word that says the child is safe now: "an older boy at his last placement doing things to him, hes safe now, that
 * placement is now closed" is abuse told as over.
 */
export const nowNotSafe = S`(?:${now})(?<!\b(?:safe|settled|fine|ok|okay|better|over|moved|away) (?:right )?now)(?! (?:closed|shut|safe|settled|moved|living with|with us)\b)`;
/** Calm now and no threat, said so (a danger heard of, not happening): "hears a voice telling her to hurt people. shes calm and not threatening anyone now". */
export const calmAndNoThreat = S`(?:shes|hes|theyre|she is|he is|they are) (?:now )?calm and not ${alt('threatening', 'hurting', 'violent', 'aggressive')}`;
export const harmThreat = alt(
  'going to',
  'gonna',
  'about to',
  'will',
  'ill',
  'hell',
  'shell',
  'threatening to',
  'says (?:hes|shes|theyre) going to',
  'keeps saying',
);
/** Wanting to die, said outright. */
export const intent = alt(
  S`kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)`,
  'end it',
  'end (?:it all|my life|her life|his life)',
  'walk in front of',
  'run in front of',
  'jump',
  'be dead',
  'die',
  'not be here',
  'ending it',
  S`not ${alt('gonna', 'going to')} be here`,
  S`throw (?:her|him|them|my)sel(?:f|ves)`,
  'under a (?:train|bus|lorry|car)',
  'this is it',
  'sleep forever',
  S`(?:never|not) wake up`,
);

/** Seen as it happens on a screen (both detectors read it): "watching her youtube live", "on the video call", "live streaming". */
export const seenLive = alt(
  S`${alt('on', 'watching', 'her', 'his', 'their', 'a', 'youtube', 'tiktok', 'instagram', 'insta', 'ig', 'snapchat', 'snap', 'twitch', 'facebook', 'fb', 'going', 'gone', 'went', 'is')} live`,
  'live ?stream(?:ing)?',
  S`on (?:a |the )?${alt('video call', 'facetime', 'webcam', 'camera', 'cctv', 'baby monitor')}`,
);

/** Said of everything, so the words of a danger and not one: "keeps saying hes going to stab people but hes seven and says it about everything". */
export const saidOfEverything = S`says? (?:it|that|this) about ${alt('everything', 'anything', 'everyone', 'everybody')}`;
