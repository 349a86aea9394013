/** The words of ./missing-at-risk.ts: a child missing and the reasons it is a risk now. */

import { alt, gap, S } from './fragments';

/** A young child's age in words, as the risks below tell it: "shes seven", "a nine year old". */
const childAgeWords = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Why being away is an immediate risk. */
export const awayRisk = alt(
  'goodbye',
  'bye',
  'miss me',
  'bridge',
  S`cliffs?`,
  'dealers?',
  'older (?:man|men|lads?|guy)',
  'a man',
  'an adult',
  // Someone older with them, not the child's own age ("our 16 yo").
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:year|yr) old`,
  S`(?:1[89]|[2-9]\d) ?(?:year|yr) old`,
  'groom\\w*',
  '(?:known )?sex offenders?',
  'paedophiles?',
  'scared',
  'freezing',
  'never done this',
  'knife',
  // Unwell in the mind and away from care: "boy with psychosis on s2 has gone awol from the ward".
  'psychosis',
  'psychotic',
  'suicid\\w*',
  'kill',
  'die',
  'end it',
  'drunk',
  'high',
  'car',
  'van',
  'battered',
  'location',
  'phone off',
  'cant do this',
  'cant go on',
  'had enough',
  'cant cope',
  'no phone',
  'no coat',
  'pitch black',
  'snowing',
  'docks',
  // Near water and unable to swim: "lost a year 7 boy at the albert dock, 25 minutes now, he cant swim".
  S`(?:cant|can t|cannot|doesnt know how to) swim`,
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:yo|yos)`,
  S`(?:1[89]|[2-9]\d) ?(?:yo|yos)`,
  S`wont see (?:me|her|him|us|them) again`,
  S`last (?:snap|message|text|post|insta|msg)`,
  'beach',
  'swimming',
  'pier',
  // "last seen heading for the train tracks"
  'train tracks',
  'railway(?: line)?',
  'level crossing',
  'viaduct',
  'dual carriageway',
  // A child who cannot say where they live: "non verbal lad with ld walked out".
  'non ?verbal',
  'learning disabilit(?:y|ies)',
  'ld',
  // "at a party with men who give her drugs"
  S`(?:party|flat|house) with (?:\S+ )?(?:men|adults|blokes)`,
  S`(?:give|giving|gives|gave) (?:her|him|them) (?:drugs|alcohol|vodka|weed|pills)`,
  'sea',
  'snow',
  'river',
  'canal',
  'pond',
  'lake',
  S`(?:main|busy) road`,
  // Someone much older: "gone to meet her man from instagram who is 35".
  S`(?:who is|whos|he is|hes|aged) (?:1[89]|[2-9]\d)\b(?! (?:mins?|minutes|miles))`,
  // Words of a last message: "youll all be better off".
  'better off',
  'dark',
  'minus',
  'tide',
  'autistic',
  'roads',
  'diabetic',
  'insulin',
  'epilep\\w*',
  'inhaler',
  'done with everything',
  // Last words, or a mood, that make being away a risk now: "he did say this is it on the way out", "never late and been really
  // low all week".
  'this is it',
  S`(?:really|very|so|dead) low(?! (?:risk|level|key|priority|grade|threshold))`,
  'never late',
  // A young child's age told on its own: "lost the twins in liverpool one, theyre 7" (not minutes or hours).
  S`(?:theyre|shes|hes|they are|she is|he is|only|aged) ${alt('[1-9]', '1[0-2]', ...childAgeWords)}\b(?! ?(?:mins?|minutes|hours?|hrs?|miles|days|weeks|am|pm|oclock|times)\b)`,
  'no point',
  'not worth it',
  'sorry for everything',
  'met online',
  'online',
  'note',
  'using',
  'od',
  'overdose',
  'find me',
  'last night on earth',
  'county lines?',
  // Where she is known to be at risk: "her snap map shows her at the address police warned us about".
  S`(?:address|house|flat|place)${gap(3)} (?:the )?(?:police|social worker|sw|exploitation team) (?:have |had |has )?(?:warned|flagged|told)`,
  S`(?:known|flagged|risky|unsafe|dangerous) (?:address|house|flat)`,
  // Told the other way round: "a house known for cse", "a house we know is used for parties with adults and drugs".
  S`(?:address|house|flat|place)${gap(2)} (?:known (?:for|to (?:police|us))|(?:we|police|everyone) knows? (?:is|about)|used for)`,
  S`part(?:y|ies) with (?:\S+ )?(?:men|adults|blokes)`,
  S`autis\w*`,
  S`cuckoo\w*`,
  // Exploitation: "in a hotel with the guy from the exploitation meeting", "at a party with grown men".
  'hotel',
  'exploit\\w*',
  'grown (?:men|man|ups?)',
  S`gave (?:her|him|them) something`,
  S`dont (?:bother )?look(?:ing)? for`,
  'meds',
  'tablets',
  'train to',
  S`${alt('\\d', ...childAgeWords)} ?(?:yr|year|yo)s? old`,
);
/** Gone again now, told beside the talk after a return: "but one of ours has gone again tonight". */
export const notYetBack = alt('tonight', 'right now', 'gone again', 'but also');
