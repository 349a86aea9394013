/**
 * Shared parts of the rule-based emergency detector (../urgent.ts): the shape of a rule, the helpers
 * that build the patterns, and word lists used by more than one kind of rule.
 */

import { alt, eitherSide, S } from '../danger/fragments';
import { historyPhrases, notWhenDied } from '../danger/fragments-history';
import { harmlessExcess } from '../danger/fragments-means';

export interface Rule {
  name: string;
  when: RegExp;
  /** Words that make the same words history or a general question, not a situation now. */
  unless?: RegExp;
}

// The same helpers as the broad detector's: a raw string, one of several words or phrases, words either side.
export { S, alt, eitherSide };
/** Any of several ways of telling the same situation, each a pattern of its own. */
export const anyOf = (...ways: string[]) => new RegExp(ways.join('|'));
/** A whole word or phrase. */
export const b = (x: string) => new RegExp(S`\b${x}\b`);
/** Up to n words of anything between two parts of a phrase. */
export const upTo = (n: number) => S`(?: \w+){0,${n}}`;

// ---------------------------------------------------------------- people and time
export const self = alt(
  'himself',
  'herself',
  'themselves',
  'themself',
  'myself',
  // Typed as two words: "help he cut him self".
  'him self',
  'her self',
  'them selves',
  'my self',
);
/** "her", "his", "their", "my" */
export const poss = alt('her', 'his', 'their', 'my');
/** "him", "her", "them" */
export const them = alt('him', 'her', 'them');
export const now = alt(
  'now',
  'right now',
  // Typed as it sounds: "self harming rite now".
  'rite now',
  'rn',
  'tonight',
  'today',
  'this evening',
  'at the moment',
  'just now',
  'as we speak',
  'currently',
);

// ---------------------------------------------------------------- history and habit
/** Said as a joke, for the rules that a joke makes calm: "jokingly said shed 'jump off a cliff' if she had to go to maths again". */
export const saidInJest = alt(
  'jokingly',
  'joking',
  'jokes',
  'as a joke',
  'in jest',
  // "lol dead dramatic", "its his old joke he laughed after".
  // (Not set against what follows: "probably him being dramatic but hes posted a video of himself with the ligature on".)
  S`(?<!\bnot )(?:dead|so|being|proper) dramatic(?!.*\bbut\b)`,
  S`(?:his|her|their) (?:old |usual |standard )?joke`,
  S`laughed (?:straight )?after(?:wards)?`,
  // Called a joke in a word: "said in class 'im gonna stab my pencil in my eye' during a hard test. joke." (not "no joke").
  S`(?<!\b(?:no|not a|not|aint no) )joke$|(?<!\b(?:no|not a|not|aint no) )joke(?= (?:how|what|is|do|does|should|can|any|but not)\b)`,
);
/** What a child is said to have overdosed on, meaning only too much of it (the list both detectors read): "overdosing on the fizzy drinks". */
export const tooMuchOf = S`(?:the |all the |too much |my |our |her |his |their )?${alt(...harmlessExcess)}`;
/** Said by children in general, not by one child now: "pupils who say theyll jump off a cliff if they have to do another test". */
export const saidByChildrenInGeneral = S`${alt('pupils', 'kids', 'students', 'children', 'young people', 'teenagers', 'teens')} who (?:\w+ )?say`;

// A pattern of behaviour ("keeps", "every night") is a worry to plan for, not an emergency happening now.
export const habitual = b(
  alt(
    // Doing a thing over and over: "keeps running off", "keep on saying" (not a thing kept: "keep his phone, he wont need it
    // anymore", "we cant keep her safe").
    S`keeps? (?:on )?(?:\w+ )?(?!\w*thing\b)\w+ing`,
    'keep on',
    // Typed as said: "evry nite".
    S`${alt('every', 'evry', 'evrey', 'everey')} ${alt('night', 'nite', 'day', 'time', 'week')}`,
    'all the time',
    'always',
    'often',
    'regularly',
    'whenever',
    'over small',
    // "fine one day and smashing things the next"
    'one day and',
    S`most ${alt('days', 'weeks', 'nights', 'mornings', 'evenings')}`,
    'one minute',
    'constantly',
    // "3 months, constant restraints, smashing up the unit"
    S`constant ${alt('restraints', 'incidents', 'fights', 'rages', 'meltdowns', 'outbursts', 'damage')}`,
    // "daily rages lasting up to an hour"
    S`daily ${alt('rages', 'meltdowns', 'outbursts', 'tantrums', 'fights', 'incidents', 'episodes', 'explosions')}`,
    'over little',
    'for nothing',
    // "excluded twice this term for fighting"
    S`${alt('twice', 'three times', S`\d+ times`)} this ${alt('term', 'week', 'month', 'year')}`,
  ),
);
/** Told as history: "took an overdose last year". */
export const past = b(
  alt(
    ...historyPhrases,
    'overdoses',
    // A history named so: "a looked after child who has had a previous overdose".
    S`(?:a |the |her |his |their )past ${alt('ligature', 'overdose', 'attempt', 'incident')}`,
    S`(?:had|has had|have had|with) a previous ${alt('overdose', 'overdoses', 'od', 'attempt', 'attempts', 'suicide attempt')}`,
    // Where she was before, or clean since: "i took a whole packet of paracetamol at my old placement", "been clean 6 months".
    S`at (?:my|her|his|their) (?:old|last|previous|first) ${alt('placement', 'school', 'home', 'foster home', 'carers', 'unit')}(?!.*\b(?:today|tonight|now|just)\b)`,
    S`been clean (?:for )?(?:\d+|a few|a couple of|several|six|three|two|nine) ${alt('days', 'weeks', 'months', 'years')}`,
    'doing well now',
    // Told as over: "now shes back with us".
    S`now ${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} back`,
    // A pattern, told as one: "our third missing episode this week", "found in a car each time".
    S`${alt('second', 'third', 'fourth', 'fifth')} (?:missing )?episode`,
    'each time',
    // (Not where a telling turns to now: "since then hes been really quiet. just done my checks and hes sat on the windowsill".)
    // Nor gone missing since: "thank you for yesterdays meeting. since then chloe has gone missing, shes 12, its dark".
    S`since then(?!.*\b(?:just (?:done|found|checked|gone|walked|seen|come|heard)|(?:hes|shes|theyre|is|are) (?:sat|stood|standing|sitting|hanging|climbing)|right now|(?:has|have|hes|shes|theyve) (?:gone|been) missing)\b)`,
    // The teller's own past, asked about: "i took an overdose at 19, will that stop me being approved", "my own history".
    S`i (?:took|had) (?:an? )?${alt('overdose', 'od')}(?: \w+){0,2} (?:at|when i was) ${alt('\\d{2}', 'a teen\\w*', 'young', 'younger')}`,
    // Or the child's, at an age that is not a time: "she took an overdose at 14 and the old notes say tier 4 considered".
    S`${alt('she', 'he', 'they')} (?:took|had) (?:an? )?${alt('overdose', 'od')}(?: \w+){0,2} (?:at|aged) 1\d\b(?! ?${alt('am', 'pm', 'oclock', 'o clock', 'tonight', 'today', 'this', 'hrs', 'hours', 'mins', 'minutes', 'ish', '\\d{2}')}\b)(?!.*\b${alt('now', 'tonight', 'today', 'again')}\b)`,
    S`my own ${alt('history', 'past')}`,
    S`${alt('shes', 'hes', 'theyre')} back ${alt('with us', 'home', 'at home')} now`,
  ),
);
/**
 * Sent home by a hospital since, unless it has happened again ("took an overdose last night ... hes been discharged home"):
 * read by the overdose and poison rules, and, with "more" among the words of again, by told-now.
 */
export const sentHomeUnless = (...again: string[]) => S`\b(?:was|were|been|got) discharged\b(?!.*\b${alt(...again)}\b)`;
/** When a wish or a threat was said, just after it: "said i want to kill myself three months ago". */
export const saidWhen =
  notWhenDied +
  alt(
    S`${alt('\\d+', 'two', 'three', 'four', 'five', 'six', 'a few', 'few', 'some', 'several', 'a couple of')} ${alt('days', 'weeks', 'wks', 'months', 'years', 'yrs', 'mths')} ago`,
    S`last ${alt('week', 'wk', 'month', 'mth', 'year', 'yr', 'term', 'summer', 'christmas')}`,
  );
/**
 * Told as over: a date that makes it history, and a word that it is over now ("last month she was threatening to jump ...
 * shes safe now", "when he was 8 ... hes 11 now and doing great"). A date alone is not enough: "took an overdose last year
 * and is sick again now".
 */
export const toldOver = new RegExp(
  S`^(?=.*${past.source})(?=.*\b${alt(
    S`${alt('safe', 'fine', 'ok', 'okay', 'settled', 'back', 'home')} now`,
    // "posted about wanting to die last night. shes at school and safe today".
    S`${alt('safe', 'fine', 'ok', 'okay', 'settled', 'well')} today`,
    S`now and doing ${alt('great', 'well', 'fine', 'ok', 'okay')}`,
    S`doing (?:really |very |so )?${alt('well', 'great', 'fine', 'better')} now`,
    S`turned out ${alt('ok', 'okay', 'fine', 'alright', 'well')}`,
  )}\b)`,
);
/**
 * A pulse under 40 a minute, as a nurse or a carer reads it off ("her pulse is 38", "hr 36"): the red, high-risk band of
 * the Medical Emergencies in Eating Disorders guidance (RCPsych, 2022). Not an age, a time or a percentage.
 */
export const lowPulse = S`(?:pulse|heart rate|hr|resting hr)(?: is| of| at| was| now| down to| only| reading| in the)* (?:[1-3]\d|[1-3]0s)\b(?! ?(?:years?|yrs?|mins?|minutes?|secs?|seconds?|%|percent|kg|cm))`;
/** Getting in to someone now, through a window or a door ("trying to get in my window"): read by the held rule and by told-now. */
export const tryingToGetIn = S`trying to ${alt('get', 'break', 'climb')} ${alt('in', 'into')}(?: through)? ${alt('my', 'her', 'his', 'their', 'the', 'our')} (?:bed)?${alt('window', 'door', 'room', 'house', 'flat')}`;
