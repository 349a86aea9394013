/**
 * Shared parts of the broad emergency detector's situations (../danger.ts): the helpers that build
 * the patterns, and word lists used by more than one kind of situation.
 */

export const S = String.raw;
/** Up to n words of anything between two parts of a situation. */
export const gap = (n: number) => S`(?: \S+){0,${n}}`;
/** One of several words or phrases. */
export const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
/** Whole words only, around every alternative. */
export const b = (x: string) => new RegExp(S`\b(?:${x})\b`);

// ---------------------------------------------------------------- named fragments
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
/** Medicines by name: taking one is only an emergency in a quantity, or someone else's. */
export const medicine = alt(
  'pills',
  'tablets',
  'tabs',
  'meds',
  'medication',
  'medicine',
  'paracetamol',
  'paracetemol',
  'paracetomol',
  'ibuprofen',
  'sertraline',
  'fluoxetine',
  'quetiapine',
  'melatonin',
  'gabapentin',
  'pregabalin',
  'diazepam',
  'codeine',
  'co codamol',
  'tramadol',
  'insulin',
  'antidepressants',
  'painkillers',
  'amitriptyline',
  'calpol',
  'cocodamol',
  'aspirin',
  'citalopram',
  'mirtazapine',
  'olanzapine',
  'risperidone',
  'aripiprazole',
  'lithium',
  'methylphenidate',
  'ritalin',
  'concerta',
  'elvanse',
  'propranolol',
  'zopiclone',
  'promethazine',
  'antihistamines',
  'sleeping tablets',
  'blister packs?',
  'foil strips?',
);
/** A team or a service, which can be "not responding" without anyone collapsing: "host lac team not responding". */
export const organisation = alt(
  'team',
  'service',
  'office',
  'department',
  'duty desk',
  'council',
  'authority',
  'la',
  'camhs',
  'surgery',
  'provider',
  'agency',
  'emails?',
);
/** Said of a person, not of a team or a service. */
export const ofPerson = S`(?<!\b${organisation}s? (?:is |are |s |has been |have been )?(?:still )?)`;
/** The body telling you something is wrong now. */
export const bodySign = alt(
  'grey',
  'gray',
  'blue lips',
  'lips (?:are |have gone )?blue',
  'turning blue',
  'gone blue',
  'floppy',
  'limp',
  'hard to (?:rouse|wake)',
  'cant (?:rouse|wake)',
  'wont wake',
  'barely awake',
  'drowsy',
  'slurring',
  'eyes (?:keep )?rolling',
  'shaking',
  'being sick',
  'vomiting',
  'sick everywhere',
  'choked',
  'choking',
  'burning up',
  'hallucinating',
  'hearts? (?:is )?(?:going|racing|pounding|beating)',
  'roasting',
  'out cold',
  'been sick',
  'boiling',
  'cant stand',
  'breathing (?:is )?(?:really |very |dead )?(?:slow|shallow|funny|weird|strange|noisy)',
  'not breathing properly',
  'fitting',
  'off (?:her|his|their) face',
  'out of it',
  'unconscious',
  'unresponsive',
  'dozy',
  'dizzy',
  'not making sense',
  'confused',
  // "hes a funny colour"
  S`(?:hes|shes|theyre|he is|she is|they are|(?:hes|shes|theyve) (?:gone|going|turned|turning)|(?:face|lips) (?:is|are|has gone|have gone)) (?:a )?(?:funny|strange|weird|odd|horrible|awful) colou?r`,
  'pupils',
  'sweating',
  'overheating',
  'sweatin',
  'cant feel',
  S`(?:pass|passing|passed) out`,
  'throwing up',
  'talking to the wall',
  'purple',
  'twitching',
  'jerking',
  'cold and shaky',
  'clammy',
  S`temperature (?:through the roof|sky high|really high|very high)`,
  'jaw clench\\w*',
  'not answering (?:me )?properly',
  'fell down',
  'collapsed',
  'collapsing',
  'keeps fainting',
  'sleepy',
  'sore and red',
  'hot to touch',
  'gonna pass out',
  'not right',
  'weird',
  'stiff neck',
  'neck (?:is )?stiff',
  S`bugs (?:are )?(?:crawling|all over|on)`,
  S`feel(?:s|ing)? (?:really |very |a bit )?(?:funny|weird|strange|odd|rough|off)`,
  S`(?:wont|isnt|not) respond(?:ing)?`,
  // "barely responding when we shout her", "not really with it"
  S`barely (?:responding|conscious|awake|with it)`,
  S`not (?:really )?with it`,
  S`not waking(?: up)?`,
  S`having (?:like )?a (?:fit|seizure)`,
  S`chest (?:hurts|is hurting|pains?)`,
  // "crushing chest pain, cant get her breath"
  S`cant (?:get|catch) (?:her|his|their|my) breath`,
  // "grey and sweaty and clutching his chest"
  S`clutching (?:her|his|their|my) (?:chest|heart)`,
  'seeing things',
  // Sight going: "been sick loads and now cant see properly" (not without her glasses).
  S`(?:cant see (?:properly|straight|anything|clearly)|(?:blurred|blurry|double) vision|vision (?:is |has )?(?:gone |going )?(?:blurry|blurred|funny|weird))` +
    S`(?!.*\b(?:in the dark|from the back)\b)`,
  S`${ofPerson}(?:isnt|not|aint|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|in|out))`,
);
/** Things tied round a neck. */
export const cord = alt(
  'belt',
  'scarf',
  'cord',
  'rope',
  'lace',
  'laces',
  'shoelace',
  'tie',
  'wire',
  'cable',
  'lead',
  // "pulling her hoodie strings tight round her neck"
  'strings?',
  'drawstrings?',
  // "wrapped the seatbelt round her neck"
  'seat ?belt',
  'sheet',
  'bedsheet',
  'towel',
  'strap',
  'bag',
  'something',
  'ligature',
  'ligture',
  'ligatur',
  'noose',
  'charger',
  'phone charger',
  'flex',
  'washing line',
  'bobble',
  'hair (?:tie|bobble)',
  'tights',
  'dressing gown cord',
);
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
/** Shut away with the danger. */
export const barricaded = alt(
  'wont open the door',
  '(?:the )?door wont open',
  'locked (?:herself|himself|themselves) in',
  'wont come out',
  'barricaded',
  S`cant get (?:in|into) (?:his|her|their|the) (?:room|bedroom|bathroom|toilet)`,
  // "wont let me in"
  S`(?:wont|will not|isnt|not|refusing to|refuses to) let (?:me|us|anyone|anybody|staff) in`,
  // "shes wedged the door"
  S`wedged (?:the |her |his |their )?door(?: shut)?(?! open)`,
);
/** Where a fall or the water can kill, and being out of reach there is a danger now (not a beach or a station). */
export const dropOrWater = alt(
  'bridge',
  'viaduct',
  'flyover',
  'railway(?: line)?',
  'train tracks',
  'tracks',
  'level crossing',
  'cliffs?',
  'cliff edge',
  'motorway',
  'multi ?storey',
  'quarry',
  'docks',
  'river',
  'canal',
  'reservoir',
);
/** Out of reach after it. */
export const unreachable = alt(
  S`(?:isnt|not) answering(?! (?:my |any |our |the |her |his )?questions)`,
  S`wont answer(?! (?:my |any |our |the |her |his )?questions)`,
  'no answer',
  'not picking up',
  'wont pick up',
  S`phones? (?:is |are )?(?:now |been )?(?:off|switched off|dead)`,
  'wont say where',
  'cant get hold of',
  'took the car keys',
  'not replying',
  'no reply',
  S`blocked (?:me|us)`,
);
/**
 * Gone quiet after a message (with unreachable, where a last message is told): "and now nothing", "hasnt read anything since",
 * "left the group chat", "ended the call".
 */
export const goneQuiet = alt(
  unreachable,
  // (Each written from its rarer words first, for speed.)
  S`nothing(?<=\b(?:now|then) nothing)(?! (?:helps|works|else|at all|to do|i can|we can|has|is|seems|will))`,
  'nothing since',
  S`(?:read|opened|seen) (?:anything|any messages|my messages|the messages)(?<=\b(?:hasnt|has not|havent|not) \S+ \S+(?: \S+)?)`,
  S`left the (?:group )?chat`,
  S`(?:ended|cut off) the call`,
  S`hung up`,
);
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
export interface Situation {
  name: string;
  when: RegExp;
  /**
   * Ways that count only when nothing in the message is told as history (past): the check is made once for the message
   * (../danger.ts), not written into each way, where it would cost hundreds of kilobytes of compiled code apiece.
   */
  toldNow?: RegExp;
  /** Words that make it history, not now. */
  unless?: RegExp;
}
/**
 * "this morning" beside a medicine, told as the usual dose at the usual time: not 5 or more of them ("took 30 of her
 * fluoxetine this morning"), and not someone else's ("took her mums antidepressants this morning"). Each detector passes its
 * own list of medicines.
 */
export const usualDoseThisMorning = (medicine: string): string =>
  S`^(?!.*\b(?:\d{2,}|[5-9]) ${medicine}\b)(?!.*\b(?:\d{2,}|[5-9]) of (?:her|his|their|my|the) \w+)(?!.*\b(?:mums|mum s|dads|nans|nanas|grans|grandads|brothers|sisters|friends|mates|carers|someone elses|somebody elses) (?:\w+ )?${medicine}\b).*\bthis morning\b`;
/**
 * When something happened: told beside an act, it makes the act history ("took an overdose in june"). Not a date
 * that says when it happened the time before, beside a telling of now (previousTime below).
 */
const dates = [
  // Not a likeness that says it is happening again now: "on the flyover again like last month".
  // Nor the date of a thing, not of an act: "pulled out her stitches from last week and is digging at the wound".
  '(?<!\\b(?:again (?:just )?like|again as|same as|just like) )(?<!\\bfrom )last (?:year|yr|month|week|weeks|weekend|summer|christmas|spring|autumn|winter|term|half term)',
  // "in the summer, now home" is history; "in the summer now" is not.
  'in the (?:spring|summer|autumn|winter|holidays)(?! (?:now|tonight|today)(?! (?:home|back|safe|settled|ok|okay|fine|better|stable|out)))',
  '(?:years|months|weeks) ago',
  S`(?:\d+|two|three|four|five|a few|few) (?:yrs?|years?|months?|mths?|weeks?|wks?) ago`,
  S`back in (?:\d{4}|the day)`,
  S`in (?:19|20)\d{2}`,
  // A month or a holiday named as when it was: "took an overdose in june", "overdosed at christmas" (not "in may", which is a wish).
  S`(?:back )?in ${alt('january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december')}`,
  S`(?:at|over) ${alt('christmas', 'easter', 'new year')}`,
  // Where it was: "overdosed in a previous placement", "a ligature death in her last authority".
  S`in (?:a|her|his|their) (?:previous|last|former) (?:placement|authority)`,
];
/**
 * The time before, told beside one now: a date after "last time" or "did the same", or before "she last did it" ("shes
 * taken 20 paracetamol, last time was last year", "it was in june she last did it", "she did the same last year"), or set
 * against what is happening "again ... now" ("took an overdose in june and is sick again now"). Such a date does not make
 * the message history.
 */
const previousTime = (date: string) =>
  S`(?<!\b(?:last time|(?:did|done) the same)\b.*)(?:${date})` +
  S`(?! (?:(?:is |was )?(?:when|that) )?(?:she|he|they|i) last\b)(?!.*\bagain(?: \S+){0,2} (?:now|right now|tonight|today)\b)`;
/** Words that tell something as history; the rules in urgent.ts add a few of their own. */
export const historyPhrases = [
  previousTime(dates.join('|')),
  // Not a time of day: "before bed", "before school"; not "never done this before" (a first time, now).
  // Nor a plea: "come find me before its too late"; nor a late telling: "took tablets this morning, didnt say before".
  // Nor the end of the same call: "is what he said before the line went dead"; nor a contrast
  // with now: "has done stuff before but never like this". Nor the moment someone reached them, in the same telling:
  // "she went blue for a second before staff got to her". Nor the time before, beside this one: "shes done it before".
  '(?<!never (?:done|did) (?:this|that|it) )(?<!\\bnever(?: \\S+){1,4} )(?<!\\b(?:done|did) (?:it|this|that|the same) )(?<!seen (?:him|her|them|it|this|that|the car) )(?<!(?:didnt|did not|wouldnt|hadnt|never) (?:say|said|tell|told|mention|mentioned)(?: (?:me|us|anyone|staff|it))? )before(?! but (?:never|not) (?:like this|this bad))(?! (?:going out|leaving|(?:he|she|they) (?:goes|went|left|leaves)|bed|bedtime|school|tea|dinner|lunch|breakfast|contact|work|the bus|registration|assembly|class|lessons?|first lesson|break|the bell|the (?:line|call|phone) (?:went|cut|dropped|died)|(?:he|she|they) (?:hung up|rang off|left|went|ran off|walked out)|(?:his|her|their) (?:phone|battery) died|(?:its|it is|it gets) too late|(?:staff|i|we|someone|somebody|anyone|anybody|carers?|the carer|mum|dad|help|the ambulance|paramedics|police) (?:got|get|could|came|come|arrived|reached|managed|cut|pulled|grabbed|stopped)))',
  'previously',
  'earlier in the week',
  'in the past',
  'history of',
  'used to',
  // Or the teller's own youth: "my sister odd when we were teenagers".
  // Or named: "when our grandson was 8 he was found on a railway line" (not "when the ambulance was 5 mins away").
  S`when (?:he|she|they|we|i|(?:our|my|the|her|his|their) (?:grandson|granddaughter|son|daughter|boy|girl|lad|child|kid|brother|sister)) (?:was|were) (?:\d+(?! (?:mins?|minutes|hours?|hrs?|secs?|seconds)\b)|little|small|a baby|younger|a toddler|teenagers|a teenager|kids|a kid)`,
  // "she overdosed on alcohol at 13, now 15"
  S`at \d{1,2} now \d{1,2}`,
];
export const past = new RegExp(S`\b${alt(...historyPhrases)}\b`);
