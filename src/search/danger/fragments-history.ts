/**
 * Shared by the kinds of situation of the broad emergency detector (../danger.ts): words that tell something
 * as history, and a record of harm to others, which is not.
 */

import { alt, S } from './fragments';
import { beforeAsHistory } from './history-before';

/** A record of harm to others: told with what someone does now, it is why it is dangerous, not history. */
export const recordOfHarm = alt(
  'violence',
  'violent',
  'dv',
  'domestic',
  'abuse',
  'abusing',
  S`assault\w*`,
  'weapons',
  'knives',
  'aggression',
  'threats',
);
/** Not a death's date, which dates the death and not the danger: "wants to be with his mum (mum died last year)". */
export const notWhenDied = S`(?<!\b(?:died|passed away|passed) )`;
/** Nor when someone first got in touch: "(she added me months ago) - photo of a noose and the text 'tonight'". */
const notWhenAdded = S`(?<!\b(?:added|followed|friended|met) (?:me|us|her|him|them) )`;
/** A record asked about, named so: "historic question", "historical incident". */
export const historicAsked = S`${alt('historic', 'historical')} ${alt('question', 'query', 'record', 'incident', 'concern', 'event')}`;
/** The months, for a date told by name. */
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * When something happened: told beside an act, it makes the act history ("took an overdose in june"). Not a date
 * that says when it happened the time before, beside a telling of now (previousTime below).
 */
const dates = [
  // Not a likeness that says it is happening again now: "on the flyover again like last month".
  // Nor the date of a thing, not of an act: "pulled out her stitches from last week and is digging at the wound".
  // Nor when someone died: "saying he wants to be with his mum (mum died last year)".
  // Nor the day a child who is still gone went missing: "'they took my passport, dont know what city' - a young person who went missing last week".
  // Nor when someone else set on them, told as why they go armed now: "gone out with a knife to find the boy who jump him last week" (a
  // stabbing's date stays history: the wound rules read "stabbed him").
  '(?<!\\b(?:again (?:just )?like|again as|same as|just like) )(?<!\\bfrom )(?<!\\bwho (?:jump|jumped|jumps|robbed|mugged|chased|threatened) (?:him|her|them|me) )(?<!\\bflagged (?:up )?)(?<!\\b(?:placed|moved in|arrived|came to us|started|joined|died|passed away|passed|who went missing|whos gone missing|missing since)(?: with us| here)? )last (?:year|yr|month|mth|week|wk|weeks|weekend|summer|christmas|spring|autumn|winter|term|half term)s?',
  // "in the summer, now home" is history; "in the summer now" is not.
  // Nor the date of a start, not of an act: "a small home for 2 girls, opened in the summer".
  '(?<!\\b(?:opened|placed|moved in|arrived|came to us|started|joined|registered)(?: with us| here)? )in the (?:spring|summer|autumn|winter|holidays)(?! (?:now|tonight|today)(?! (?:home|back|safe|settled|ok|okay|fine|better|stable|out)))',
  S`${notWhenAdded}(?:years|months|weeks) ago`,
  // Long ago, said loosely: "ages ago i took an overdose, doing way better now".
  S`(?:ages|ages and ages|a long time|long time|donkeys years) ago`,
  // One month or year back: "ate a few too many melatonin gummies by accident a month ago" (not "a week ago": a paracetamol
  // overdose can still be harming days later).
  S`${notWhenDied}${notWhenAdded}(?:a|one) (?:month|mth|year|yr) ago`,
  S`${notWhenDied}${notWhenAdded}(?:\d+|two|three|four|five|a few|few) (?:yrs?|years?|months?|mths?|weeks?|wks?) ago`,
  S`back in (?:\d{4}|the day)`,
  // Counted from then: "its been a year since he tried to hang himself and i still cant sleep".
  S`(?:its|it is|it has) been (?:over |nearly |almost |about )?(?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:years?|months?|weeks?) since`,
  S`in (?:19|20)\d{2}`,
  // A month or a holiday named as when it was: "took an overdose in june", "overdosed at christmas" (not "in may", which is a wish).
  // Or last: "she sent me this last march". Or said to be May: "that was in may and hes been on a youth order since".
  S`last ${alt(...months)}`,
  S`(?:that|this|it) was (?:back )?in may`,
  // A day of a month, "may" too: "for my notes: on 3 may the girl was in a and e".
  S`on (?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?${alt(...months)}`,
  // A post or a message dated: "his old post from 2022 said im gonna end it all".
  S`from (?:19|20)\d{2}\b`,
  // (Not when a placement began: "like i do every night since she came to us in june".)
  // Nor when someone died or was born: "earlier he said he wanted to be with his mum (she died in jan)".
  S`(?<!\b(?:placed|moved in|arrived|came to us|came here|started|joined|died|passed away|passed|born)(?: with us| here)? )(?:back )?in ${alt(...months.filter((m) => m !== 'may'), 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec')}`,
  // (Not a trip still to come: "want to take them to wales at easter".)
  S`(?<!\b(?:to|visit|visiting|see) \w+ )(?:at|over) ${alt('christmas', 'easter', 'new year')}`,
  // A baby's time, grown out of: "had 'not breathing' episodes as an infant (breath-holding spells), now 5 and grown out of them".
  S`(?:as|when (?:she|he|they) (?:was|were)) an? ${alt('infant', 'baby', 'newborn')}`,
  S`(?:grown|grew) out of (?:it|them|that|those)`,
  // A record asked about: "historic question: a 12yo whose records show she was found not breathing in her cot at 2 months".
  historicAsked,
  S`(?:her|his|their|whose) (?:old |gp |health |medical )?(?:records|notes|file) (?:show|shows|say|says|mention|mentions)`,
  // Where it was: "overdosed in a previous placement", "a ligature death in her last authority".
  S`(?:in|at) (?:a|her|his|their) (?:previous|last|former) (?:placement|authority|home|school)`,
];
/**
 * The time before, told beside one now: a date after "last time" or "did the same", or before "she last did it" ("shes
 * taken 20 paracetamol, last time was last year", "it was in june she last did it", "she did the same last year"), or set
 * against what is happening "again ... now" ("took an overdose in june and is sick again now"). Such a date does not make
 * the message history.
 */
const previousTime = (date: string) =>
  S`(?<!\b(?:last time|(?:did|done) the same)\b.*)(?:${date})` +
  S`(?! (?:(?:is |was )?(?:when|that) )?(?:she|he|they|i) last\b)(?!.*\bagain(?: \S+){0,2} (?:now|right now|tonight|today)\b)` +
  // Nor a background before tonight's act: "placements been rocky since march ... anyway tonight she told her carer shes already taken all her tablets".
  S`(?!.*\b(?:anyway|but|and) tonight (?:shes|hes|theyve|she has|he has|they have|she|he|they) (?:\S+ ){0,5}(?:taken|took|swallowed|drunk|drank)\b)`;
/** A known risk, named as the reason to fear now, not as a past event: "history of being exploited". */
export const knownRiskHistory =
  '(?:being )?(?:(?:online|sexual|sexually|criminal|criminally|child) )?(?:exploit\\w*|cse|cce|trafficked|groom\\w*|going missing|missing episodes|psychosis|psychotic episodes)\\b';

/**
 * Back from hospital today after last night: "staff called the police, who took him to hospital. today hes back". History, and
 * also what silences a call to the emergency services told as done (../urgent/body-signs.ts).
 */
export const backToday = S`today ${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} back`;

/** "Used to" of the child, not the teller's own past with them: "a care leaver i used to support". */
export const usedTo = S`(?:(?<!\b(?:i|we) )used to|(?:i|we) used to(?! (?:support|work with|work for|look after|foster|care for|teach|mentor|visit|supervise|know|be (?:her|his|their|the))\b))`;

/** Words that tell something as history; the rules in urgent.ts add a few of their own. */
export const historyPhrases = [
  previousTime(dates.join('|')),
  // "before" dates the act, unless told with the moment of telling or a step still to come (history-before.ts).
  beforeAsHistory,
  'previously',
  // An incident named as past: "in supervision we discussed a past incident where a child threatened staff with a knife".
  S`(?:a|the|an) (?:past|previous|historic|historical) (?:incident|episode|event)`,
  // A use told as past: "should i tell the new foster carers about her past ligature use".
  S`(?:her|his|their) past (?:\w+ )?use`,
  // Looked back on: "thinking about how we handled the overdose on sunday", "in hindsight", "what could we have done better".
  S`how (?:we|i|staff) handled`,
  'in hindsight',
  // Still felt since: "is it normal to still feel shaky days after a child in placement tried to strangle me".
  S`(?:feel|feels|feeling|felt|shaky|shaken|upset|struggling)(?: \w+){0,2} (?:days|weeks|months) after`,
  S`(?:could|should) (?:we|i|staff) have (?:done|handled)`,
  'earlier in the week',
  // "a ligature attempt earlier in the year. all resolved".
  S`earlier (?:in the|this) year`,
  // An act counted over a year or a term: "attempted suicide twice this year", "overdosed 6 times this year" (not anything else
  // counted: "SW changed three times this year ... shes in my office saying she swallowed a handful of tablets").
  S`${alt('attempted suicide', 'attempts?', 'overdosed', 'ods?', 'self harmed', 'tried')}(?: \w+){0,2} (?:once|twice|three times|four times|\d+ times|several times) (?:this|last) (?:year|term)`,
  'in the past',
  // Not its absence: "fitting on the lounge floor, no history of epilepsy". Nor a known risk named as the reason to fear now:
  // "history of being exploited, someone saw her get into a taxi with two older men".
  `(?<!\\bno (?:known |previous |past )?)history of(?! ${knownRiskHistory})`,
  usedTo,
  // Or the teller's own youth: "my sister odd when we were teenagers".
  // Or named: "when our grandson was 8 he was found on a railway line" (not "when the ambulance was 5 mins away").
  S`when (?:he|she|they|we|i|(?:our|my|the|her|his|their) (?:grandson|granddaughter|son|daughter|boy|girl|lad|child|kid|brother|sister)) (?:was|were) (?:like |about |around |only )?(?:\d+(?! (?:mins?|minutes|hours?|hrs?|secs?|seconds)\b)|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?! (?:mins?|minutes|hours?|hrs?)\b)|little|small|a baby|younger|a toddler|teenagers|a teenager|kids|a kid)`,
  // The last time, told as why a plan worries now: "the last time he went to a party a dad got drunk and there was a row with a
  // knife", "the last time she had a jab she fainted and hit her head".
  S`the last time (?:he|she|they|i|we) (?:went|was|were|had|did|stayed)`,
  // Loosely past: "a while back he tried to strangle another child at school".
  S`a (?:little |good |long )?while (?:back|ago)`,
  // In early childhood: "swallowed a battery as a toddler".
  S`as an? ${alt('baby', 'toddler', 'infant', 'tot', 'little one', 'little kid', 'young child', 'small child')}`,
  // "she overdosed on alcohol at 13, now 15"
  S`at \d{1,2} now \d{1,2}`,
  // A school year then, and now: "tried to strangle herself with her lanyard in year 8. now year 10, doing well".
  S`in (?:year|yr|y) ?\d{1,2}\b(?=.*\bnow (?:in )?(?:year|yr|y) ?\d{1,2}\b)`,
  // Looked back on, or dreamed of: "thanks for getting him through the time he tried to hang himself", "nightmares about being locked in a cupboard".
  S`(?:through|remember|remembers|about|including|like|since) the time (?:he|she|they|i|we|(?:our|my|the) \w+) (?:tried|took|was|were|ran|went|got)`,
  // From the start of care: "when she first came to us shed been locked in a room for long stretches".
  S`when (?:he|she|they) first (?:came|arrived|moved in|was placed|were placed)`,
  S`(?:nightmares?|bad dreams?|flashbacks?) (?:about|of)`,
  // Years on, a placement that ended, a death: "three years on, she still talks about the night she was held", "the last placement
  // ended after he set fire to his bedroom", "a teenager i knew died of an overdose at a festival".
  S`(?:\d+|two|three|four|five|six|several|many|a few) (?:years|months|weeks) on(?! (?:and )?(?:now|tonight|today))`,
  S`(?:the|her|his|their) (?:last|previous|old) placement (?:ended|broke down|finished|collapsed)`,
  // A child of an earlier placement, remembered: "had a kid in my last placement who drank bleach, it still haunts me".
  S`(?:had|was) (?:a|one|this) (?:kid|child|young person|yp|lad|girl|boy) in (?:my|our) (?:last|previous|old|first) (?:placement|job|home)`,
  'still haunts me',
  // Read in the records: "her old file says she was on the ward at 14 after an overdose".
  S`(?:her|his|their|the) old (?:file|files|records|notes|paperwork)`,
  // Then, and nothing since: "he set fire to his bedroom at his last foster home, nothing like thats happened here".
  S`nothing like (?:that|this|it)(?:s| has)? (?:ever )?happened (?:here|since|again|with us)`,
  S`died (?:of|from|after) (?:an? )?${alt('overdose', 'od', 'suicide')}`,
  S`(?:weeks|days|months) before (?:he|she|they) died`,
  // An age then, and now: "found on a railway line aged 13 and sectioned, shes now 16"; seen by a hospital and sent home: "took 8
  // paracetamol on friday, medically cleared, home with us now".
  S`aged \d{1,2}\b(?: \S+){0,12} now \d{1,2}`,
  S`medically (?:cleared|fit|fine)`,
  // An age then and now, the other way round; nothing since: "swallowed batteries at 9, hes 15 now and no incidents since".
  S`at \d{1,2}\b(?: \S+){0,10} (?:hes|shes|theyre|he is|she is|they are) \d{1,2} now`,
  // The teller's own, then and now: "i was on a section 3 at 16 after i tried to end my life. im 21 now", "i overdosed at 15 and
  // got sent home the same night".
  S`at \d{1,2}\b(?: \S+){0,12} (?:im|i am) \d{1,2} now`,
  S`i (?:overdosed|oded|odd|tried to (?:end my life|kill myself)) (?:\S+ ){0,2}(?:at|when i was) \d{1,2}\b`,
  S`no (?:incidents?|episodes?|attempts?) since`,
  // Recorded and debriefed: "restrictive physical intervention twice this month ... both recorded, both debriefed".
  S`both (?:times )?(?:recorded|debriefed|logged|reported)`,
  // A school year then and now: "wrote 'i want to die' in his planner in year 7, hes year 10 now".
  S`year \d{1,2}\b(?: \S+){0,6} (?:hes|shes|theyre|he is|she is|they are) (?:in )?year \d{1,2} now`,
  // A weekday then, well now: "found unconscious after drinking at a party on saturday, shes ok now".
  S`(?:on|last) ${alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')}\b(?: \S+){0,12} (?:shes|hes|theyre|she is|he is|they are) (?:ok|okay|fine|safe|well|better|home|back)(?: home)? now`,
  // Home and settled now: "police talked her down, shes home and calm now".
  S`(?:shes|hes|theyre|she is|he is|they are) (?:home|back) and (?:calm|safe|settled|fine|ok|okay|asleep|well) now`,
  // A death told: "after a young person at a neighbouring college died on the tracks".
  S`(?:died|was killed|were killed) (?:on|at|in|under|near|by) the`,
  // Taken somewhere after it: "the police took him to hospital after he was shouting on a bridge, but nobody explained why".
  S`(?:police|ambulance|paramedics) (?:took|taken|brought) (?:him|her|them) (?:to|into) (?:hospital|a and e|a place of safety|custody) after`,
  // Averted: "a near miss with a ligature".
  'near miss',
  // "three placements, each ended with her assaulting staff"
  S`each (?:one )?ended with`,
  // Over, and said so: "even though she recovered fully", "was checked at a and e and is fine", "its historic", "overdosed
  // during the holidays and is now back in school".
  S`(?:recovered fully|fully recovered|made a full recovery)`,
  S`(?:was|been|got) checked (?:out|over|at)`,
  S`(?:its|it is|it s|this is|that is|thats) historic(?:al)?`,
  S`during the (?:summer |easter |christmas |school )?(?:holidays|hols|half term)`,
  // Dated loosely or by year, or dealt with: "took xanax at her house a few weeks back", "kidnapped over a drug debt, that was 2022",
  // "historically wrapped blind cords round his neck", "police came and its sorted", "turned out she was moving placement".
  S`(?:a few |few |a couple of |couple of |some |\d+ |two |three )?(?:weeks|months|years) back`,
  S`(?:that|this|it) was (?:19|20)\d{2}`,
  'historically',
  backToday,
  // Abuse named as past: "historic abuse: she was drugged and raped at 13".
  S`histori(?:c|cal) ${alt('abuse', 'sexual abuse', 'allegations?', 'disclosures?')}`,
  S`(?:police|the police|they|school) dealt with it`,
  // (Not "its all sorted" alone, a farewell's words.)
  S`police came and (?:its|it is|it s) (?:all )?sorted`,
  S`turned out (?:she|he|they|it) (?:was|were)`,
];
export const past = new RegExp(S`\b${alt(...historyPhrases)}\b`);
/** History, unless told with one of these ways of now ("now shes set her duvet alight"): a situation's `unless`. */
export const pastUnlessToldAs = (now: string, history: RegExp = past) => new RegExp(S`^(?!.*\b(?:${now})\b).*${history.source}`);
