import { questionOf, type Question } from './question';
import { asksWhatWordMeans, dangerSituation, historyPhrases, situations, usualDoseThisMorning } from './danger';
import { DangerSpelling } from './danger-spelling';
import { modelSaysUrgent } from './urgent-model';

/**
 * Immediate risk described as happening now. Each rule names a situation, not a
 * topic: "signs of self harm" is information, "she's taken a load of paracetamol"
 * is an emergency. When a rule fits, the urgent card goes first: a false alarm
 * costs a glance, a miss can cost a life.
 *
 * Reading the rules: the message is cleaned first (lower case; apostrophes dropped, so "she's"
 * is "shes" and "won't" is "wont"; other punctuation becomes a space). `\b` marks the edge of a
 * word, `.*` is anything in between, `?` makes the letter or group before it optional, `\d+` is
 * a number. The rules are tried in order: the first that fits names the situation.
 */
interface Rule {
  name: string;
  when: RegExp;
  /** Words that make the same words history or a general question, not a situation now. */
  unless?: RegExp;
}

const S = String.raw;
/** One of several words or phrases. */
const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
/** Any of several ways of telling the same situation, each a pattern of its own. */
const anyOf = (...ways: string[]) => new RegExp(ways.join('|'));
/** A whole word or phrase. */
const b = (x: string) => new RegExp(S`\b${x}\b`);
/** Up to n words of anything between two parts of a phrase. */
const upTo = (n: number) => S`(?: \w+){0,${n}}`;

// ---------------------------------------------------------------- people and time
const self = alt('himself', 'herself', 'themselves', 'themself', 'myself');
/** "her", "his", "their", "my" */
const poss = alt('her', 'his', 'their', 'my');
/** "him", "her", "them" */
const them = alt('him', 'her', 'them');
/** "kill himself", "kill herself", "kill themselves" */
const killThemselves = S`kill ${them}sel(?:f|ves)`;
const pronoun = alt('she', 'he', 'they', 'yp', 'i', 'we');
const now = alt('now', 'right now', 'rn', 'tonight', 'today', 'this evening', 'at the moment', 'just now', 'as we speak', 'currently');
// Where a child hurts themselves: "cutting her arms" says the same as "cutting herself".
const body = alt(self, S`${poss} ${alt('arms?', 'legs?', 'wrists?', 'skin', 'body', 'thighs?', 'stomach', 'face', 'head')}`);

// ---------------------------------------------------------------- what is taken, and how much
const medicine = alt(
  'antidepressants',
  'pills',
  'tablets',
  'paracetamol',
  'ibuprofen',
  'aspirin',
  'sertraline',
  'fluoxetine',
  'melatonin',
  'meds',
  'medication',
  'medicine',
  'anti ?depressants',
  'painkillers',
  'co codamol',
  'cocodamol',
  'codeine',
  'calpol',
  'insulin',
  'prescription',
  'medication',
);
/** Poisons, household products and objects no one should swallow. */
const poison = alt(
  'bleach',
  'poison',
  'antifreeze',
  'washing up liquid',
  'detergent',
  S`laundry ${alt('pods?', 'capsules?', 'liquid')}`,
  S`${alt('washing', 'dishwasher', 'laundry')} ${alt('tablets?', 'pods?', 'capsules?', 'powder')}`,
  'drain cleaner',
  'white spirit',
  'e liquid',
  'vape liquid',
  'batteries',
  'battery',
  'button batteries',
  'magnets',
  S`cleaning ${alt('fluid', 'products?')}`,
  'weedkiller',
  S`nail ${alt('varnish', 'polish')} remover`,
  'razor blades?',
  'blades',
  'glass',
  'screws',
  'an overdose',
  'an od',
  'overdose',
);
// Taking medicine is only an emergency in a quantity no one is prescribed, or someone else's.
const quantity = alt(
  'a load',
  'loads',
  'lots',
  'a lot',
  'all',
  'whole',
  'packets?',
  'boxes',
  'box',
  'bottle',
  'handful',
  'fistful',
  S`an unknown ${alt('quantity', 'amount')}`,
  S`unknown ${alt('quantity', 'amount')}`,
  'too many',
  'a stash',
  'the lot',
  S`\d+`,
  S`(?:his |her |their )?${alt('mums', 'dads', 'nans', 'someone elses', 'carers')}`,
);
/** Swallowing, in the words people use ("drank" and "drunk" only for poisons). */
const swallowedPoison = alt(
  'taken',
  'took',
  'swallowed',
  'ingested',
  'consumed',
  'downed',
  'necked',
  'drunk',
  'drank',
  'had',
  'eaten',
  'ate',
  // As it happens: "hes swallowing bits of glass".
  'swallowing',
);
const swallowed = alt('taken', 'took', 'swallowed', 'ingested', 'consumed', 'downed', 'necked', 'had', 'eaten', 'ate');
const od = alt('od', 'overdose');
/** Signs after taking something that it is doing harm. */
const unwell = alt(
  'drowsy',
  'slurring',
  'sleepy',
  'sick',
  'vomiting',
  'wont wake',
  'unresponsive',
  'not making sense',
  'pale',
  'breathing',
  'fitting',
  'seizure',
);
/** Who might have taken something. */
const someoneTook = alt('she', 'he', 'they', 'shes', 'hes', 'theyve', 'the yp');
/** Keeping medicine back. */
const hoarded = alt('has', 'got', 'saved', 'saving', 'stockpiled', 'stockpiling', 'hoarding', 'hidden', 'hid');
/** What medicine kept back is for. */
const stockpileUse = alt('take them(?! back)', 'tonight', 'kill', 'die', 'end it', 'overdose');

// ---------------------------------------------------------------- threats, means and places
/** About to, or saying they will. */
const willSoon = alt(
  'going to',
  'gonna',
  'about to',
  'threatening to',
  'threatens to',
  'will',
  'll',
  'shell',
  'hell',
  'theyll',
  S`saying ${alt('she', 'he', 'they')} ${alt('will', 'll')}`,
);
/** Someone else a child may threaten to kill. */
const victim = alt(
  'him',
  'her',
  'them',
  'someone',
  'staff',
  S`${alt('her', 'his', 'their', 'the')} ${alt('carer', 'foster carer', 'mum', 'dad', 'teacher')}`,
);
/** What a threat says they will do. */
const threatened = alt(
  S`kill ${self}`,
  'jump',
  'jump off',
  'stab',
  S`kill ${victim}`,
  S`hang ${self}`,
  'overdose',
  'end it',
  S`end ${poss} life`,
  S`take ${poss} (?:own )?life`,
  'do it again',
);
/** Something tied round a neck. */
const cord = alt(
  'cord',
  'rope',
  'belt',
  'scarf',
  'laces?',
  'shoelaces?',
  'string',
  'wire',
  'tie',
  'cable',
  'lead',
  'something',
  'hoodie cord',
  'charger',
);
/** Holding a weapon. */
const armed = alt('has', 's got', 'got', 'holding', 'waving', 'carrying', 'pulled', 'grabbed', 'pointing', 'with');
const weapon = alt(
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
);
/** Being at a place, or going to it. */
const at = alt('on', 'onto', 'from', 'at', 'off', 'over', 'near', 'to', 'in', 'up on');
/** A place to fall or jump from, or into. */
const height = alt(
  'bridge',
  'footbridge',
  'viaduct',
  'flyover',
  'overpass',
  'footbridge',
  'viaduct',
  'flyover',
  'overpass',
  'roof',
  'rooftop',
  'ledge',
  'window ledge',
  'window ?sill',
  'balcony',
  'cliffs?',
  'railings',
  'railway(?: line)?',
  'train tracks',
  'tracks',
  'multi ?storey',
  'motorway bridge',
  'top of',
  'river',
  'canal',
  'sea',
  'traffic',
  'edge of',
  'end of (?:the |\\S+ )?pier',
  'pier',
);
/** Held in the ordinary sense: back a year, in custody, down in a restraint, to account. */
const heldOrdinary = alt(
  'back',
  'down',
  'up',
  'in custody',
  'on remand',
  S`(?:in|at) (?:the )?(?:police )?(?:station|cells?)`,
  S`by (?:the )?police`,
  'for questioning',
  'overnight',
  'accountable',
  'responsible',
  'to account',
  'in hospital',
  S`on (?:a|the) ward`,
  // Detained under the Mental Health Act: "being held on a section 2".
  S`(?:on|under) (?:a |the )?section`,
  S`in (?:a |the )?(?:secure )?(?:unit|hospital)`,
  S`in (?:a )?restraint`,
  'hands',
);
/** Which floor a window or ledge is on: "on the upstairs windowsill", "at the top floor window ledge". */
const storey = alt(
  'upstairs',
  'top floor',
  S`${alt('first', 'second', 'third', 'fourth', S`\d+(?:st|nd|rd|th)`)} floor`,
  'bedroom',
  'landing',
  'attic',
  'loft',
  'open',
);
/** Up high, where a child sits out over a drop. */
const ledge = alt('window ?sill', 'window ledge', 'ledge', 'roof', 'rooftop', 'balcony', 'railings', 'bridge');
/** Which roof: "onto the flat roof", "up on the garage roof". */
const roofKind = alt(
  'flat',
  'garage',
  'shed',
  'school',
  'house',
  'houses',
  'conservatory',
  'extension',
  'kitchen',
  'porch',
  'bay window',
  'sloped',
  'pitched',
  'neighbours',
  'next doors',
);
/** Days out, a roof over her head: ordinary uses of the same places. */
const ordinaryPlace = alt(
  'roof over',
  S`edge of ${alt('breaking', 'breakdown', 'a breakdown', 'exclusion', 'crisis', 'tears')}`,
  // Where someone works or lives, a club, the traffic on a journey.
  S`(?:works?|working|worked|lives?|living|live|grew up) (?:on|near|by|at|next to|over) the`,
  'bridge club',
  S`(?:stuck|sat|held up|caught) in (?:the )?traffic`,
  S`top of the ${alt('list', 'class')}`,
  // A saying: "grieving on top of everything else".
  S`on top of ${alt('everything', 'it all', 'all (?:this|that|of this|of that)', 'that', 'this', 'things')}`,
  'edge of care',
  'school trip',
  'trip to',
  'day out',
  'outing',
  'holiday',
  // Grades that "dropped off a cliff"; a child already detained under section 136, or home again.
  S`${alt('dropped', 'fallen', 'fell', 'gone')} off a cliff`,
  S`(?:used|under) (?:a |the )?(?:section |s)?136`,
  'back with us now',
  S`${alt('loves?', 'likes?', 'enjoys?')} (?:going|being|playing|swimming)`,
  // Play and pastimes: "on top of the climbing frame", "down to the river to fish".
  S`climbing ${alt('frame', 'wall', 'centre')}`,
  S`${alt('to fish', 'fishing', 'swimming lessons?', 'paddling', 'feed the ducks', 'walk the dog', 'walking the dog')}`,
);
const travels = alt('walk', 'walks', 'walking', 'cycle', 'cycles', 'cycling', 'drive', 'drives', 'driving');
/** Away from home, or gone from where they should be. */
const gone = alt(
  'run off',
  'ran off',
  'gone missing',
  'went missing',
  'missing',
  'left the house',
  'walked out',
  'run away',
  'ran away',
  'disappeared',
  'absconded',
  'not come home',
  'hasnt come home',
);
const imminent = alt('immediate', 'imminent');
const crisis = alt('crisis', 'emergency');
/** The means to end a life. */
const means = alt('tablets', 'pills', 'meds', 'knife', 'knives', 'rope', 'ligature', 'blades?');

/** A room or part of a home, where a fire is. */
const room = alt(
  'room',
  'bedroom',
  'house',
  'flat',
  'home',
  'unit',
  'bathroom',
  'kitchen',
  // "fire in the lounge, he set it, the little ones are upstairs"
  'lounge',
  'living room',
  'front room',
  'sitting room',
  'dining room',
  'hall',
  'hallway',
  'landing',
  'loft',
  'attic',
  'garage',
);

// ---------------------------------------------------------------- history, habit and ordinary goodbyes
// A pattern of behaviour ("keeps", "every night") is a worry to plan for, not an emergency happening now.
const habitual = b(
  alt(
    'keeps?',
    'keep on',
    S`every ${alt('night', 'day', 'time', 'week')}`,
    'all the time',
    'always',
    'often',
    'regularly',
    'whenever',
    'over small',
    'one minute',
    'constantly',
    'over little',
    'for nothing',
    // "excluded twice this term for fighting"
    S`${alt('twice', 'three times', S`\d+ times`)} this ${alt('term', 'week', 'month', 'year')}`,
  ),
);
// A goodbye with thanks, or written in life story work, is not a farewell.
const fondFarewell = b(alt('thank you', 'thanks', 'life story'));
/** Told as history: "took an overdose last year". */
const past = b(
  alt(
    ...historyPhrases,
    'overdoses',
    'doing well now',
    // Told as over: "now shes back with us".
    S`now ${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} back`,
    // A pattern, told as one: "our third missing episode this week", "found in a car each time".
    S`${alt('second', 'third', 'fourth', 'fifth')} (?:missing )?episode`,
    'each time',
    'since then',
    S`${alt('shes', 'hes', 'theyre')} back ${alt('with us', 'home', 'at home')} now`,
    S`(?:back )?in ${alt('january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december')}`,
  ),
);

// ---------------------------------------------------------------- the rules, in order
const rules: Rule[] = [
  // "hes drunk bleach", "yp swallowed a button battery"
  {
    name: 'poisoned',
    when: new RegExp(S`\b${swallowedPoison}\b${upTo(3)} ${poison}\b`),
    // "took the batteries out of the remote" (but "swallowed the blades out of a sharpener" is not).
    // A sore throat: "swallowing feels like glass since her tonsils".
    unless: new RegExp(
      S`${past.source}|\b${alt('took', 'take', 'taken', 'taking', 'got', 'get', 'pulled', 'removed')}\b${upTo(3)} ${poison} out of\b|` +
        S`\b${alt('feels', 'feel', 'felt', 'feeling')} like\b`,
    ),
  },
  // "shes taken a whole packet of paracetamol"
  {
    name: 'ingested',
    when: new RegExp(S`\b${swallowed}\b${upTo(3)} ${quantity}\b${upTo(4)} ${medicine}\b`),
    // "had all her meds this morning" is the usual dose at the usual time; 20 of them, or her mums, is not.
    unless: new RegExp(
      S`${past.source}|\b(?:with (?:her|his|their) (?:breakfast|tea|dinner)|as prescribed)\b|` + usualDoseThisMorning(medicine),
    ),
  },
  // "shes overdosed", "after an overdose, shes doing it again now"
  {
    name: 'overdosed',
    when: b(alt('overdosed', S`has (?:taken an )?${od}`, S`after an ${od}\b.*\b(?:again|now)`)),
    // "she overdosed on my watch": the carer's own feelings afterwards. Already in hospital after it
    // ("admitted informally after an overdose, now asking to leave"): the ward's question, not the card's.
    unless: new RegExp(
      S`${past.source}|\bon my watch\b|\bfeel like (?:i|ive) failed\b|\b(?:admitted|on the ward|medically fit|in hospital)\b`,
    ),
  },
  // "found a noose in his room"
  {
    name: 'ligature',
    // "lig on in bedroom now": the shorthand, when one is on or round someone.
    // "lig found round yp neck", "lig tied on the rail": a word may come between.
    // "lig risk NOW room 4 door barricaded": the risk said to be now is one happening.
    when: b(
      alt(
        'ligature',
        'ligture',
        'ligatur',
        'ligiture',
        'noose',
        S`lig (?:\w+ )?(?:on|round|around|tied|off)`,
        S`lig risk ${alt('now', 'rn', 'right now')}`,
      ),
    ),
    // Ligature risk, training and policy are planning, not a ligature now.
    unless: b(
      alt(
        // Not "lig risk now" (above), told as an alarm.
        S`(?<!\blig )risk`,
        'risks',
        'training',
        'audit',
        'audits',
        'policy',
        'policies',
        'assessment',
        'points?',
        'cutters?',
        'free',
        'checks?',
        S`what ${alt('is', 'are', 'does')}`,
        'mean',
        'means',
        'meaning',
        // Not "ligature incident in progress".
        S`incident(?! (?:in progress|happening|ongoing|now|right now|rn))`,
        'debrief',
      ),
    ),
  },
  // "shes got a belt round her neck"
  {
    name: 'neck',
    when: new RegExp(S`\b${cord} ${alt('round', 'around')} ${poss} neck\b`),
    // A scarf worn for the cold.
    unless: b(alt('wears', 'wearing', 'in winter', 'in the cold', 'for school')),
  },
  // "found him hanging in the wardrobe", "shes trying to hang herself"
  {
    name: 'hanging',
    when: anyOf(
      S`\b${alt('trying', 'tried', 'going', 'gonna', 'wants', 'threatening')} to hang\b`,
      S`\b${alt('is', 'was', 'are', 'shes', 'hes', 'theyre', S`found ${them}`)} hanging\b`,
      // Cut down from a ligature: "cut her down from the bannister, shes breathing but barely".
      S`\bcut ${them} down\b`,
    ),
    // Hanging out, hanging the washing, clothes hanging off a thin child.
    unless: anyOf(
      S`\bhanging ${alt('out', 'around', 'about', 'round', 'up')}\b`,
      S`\bhanging ${alt('his', 'her', 'their', 'the')} ${alt('washing', 'clothes', 'coat', 'pictures?', 'decorations', 'curtains')}\b`,
      S`\bhanging off ${alt('her', 'him', 'them')}\b`,
      S`\b${alt('clothes', 'jeans', 'trousers', 'skirt', 'top', 'dress')} (?:are |is )?hanging\b`,
      past.source,
    ),
  },
  // "found her with a bag over her head"
  { name: 'suffocation', when: new RegExp(S`\bbag over ${poss} head\b`) },
  // "hes threatening to jump", "says shell kill her foster carer"
  {
    name: 'threat',
    when: new RegExp(S`\b${willSoon}\b${upTo(2)} ${threatened}\b`),
    // "what if she says she'll kill herself" asks about a threat, it does not report one.
    unless: b(
      alt(
        S`what (?:do|should) (?:i|we) do if`,
        'what if',
        S`if ${alt('she', 'he', 'they', 'a yp', 'a child', 'a young person')} ${alt('says', 'said', 'threatens')}`,
        // "she will jump at the chance"
        S`jump at`,
        // Said over days as a threat to get something, with nothing done: a worry to plan for.
        S`(?:said|says|saying) it (?:a few|a couple of|several|many|\d+|lots of) times`,
        S`no attempts?`,
        // A threat that led to what followed: "detained on a 136 after threatening to jump, now released".
        S`(?:after|following) (?:threatening|threats?)`,
        // "how to respond when a child threatens to kill himself whenever hes told no"
        S`how (?:to|do i|do we|should i|should we) (?:respond|react|handle|deal with)`,
      ),
    ),
  },
  // "she wants to die right now"
  {
    name: 'wants-to-die-now',
    when: anyOf(
      S`\b${alt('wants? to', 'want to', 'wanting to', 'going to', 'trying to')} ${alt('die', S`kill ${self}`, 'end it')}\b.*\b${now}\b`,
      S`\b${now}\b.*\b${alt('wants? to', 'trying to')} ${alt('die', S`kill ${self}`)}\b`,
    ),
    // "wants to die her hair blue" is dye, misspelt; "not in danger right now" says so.
    // "i didnt want to die, i just wanted it to stop"; "she is safe now and with me" (ideation, told after).
    unless:
      /\bdie (?:her|his|their|my) hair\b|\b(?:isnt|is not|not) in (?:any )?(?:immediate )?danger\b|\bnow settled\b.*\bno plan\b|\bdidnt want to die\b|\bsafe now\b|\bnot (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes)? ?wants? to\b/,
  },
  // "hes got a plan to kill himself", "shes saving up tablets"
  {
    name: 'plan',
    when: anyOf(
      S`\b${alt('has', 'got', 'made', 'with')} (?:a |the )?plan\b.*\b${alt(
        'die',
        'kill',
        'suicide',
        S`end ${alt('it', 'her life', 'his life')}`,
      )}\b`,
      S`\b${alt('kill', 'die', 'suicide')}\b.*\b${alt('has', 'got', 'made')} (?:a |the )?plan\b`,
      S`\bsaving up ${alt('tablets', 'pills', 'meds')}\b`,
    ),
  },
  // "found a suicide note", "she texted me saying goodbye"
  {
    name: 'goodbye',
    when: b(
      alt(
        'suicide note',
        'goodbye note',
        'goodbye letter',
        'texted goodbye',
        'saying goodbye',
        'says goodbye',
        'said goodbye',
        'sent goodbye',
        'goodbye messages?',
        S`messaged goodbye ${alt('everyone', 'everybody', 'all')}`,
        S`goodbye ${alt('everyone', 'everybody')}${upTo(6)} ${alt('tracks', 'bridge', 'river', 'train', 'pills', 'tablets', 'rope')}`,
        'goodbye forever',
        'texted me saying goodbye',
        S`nobody will (?:ever )?see ${alt('him', 'her', 'them', 'me')} again`,
        // A farewell in a message: "got everything ready, dont try and find me".
        S`dont ${alt('try and', 'try to', 'bother trying to', 'come and', 'come looking to')} find me`,
        S`never see ${alt('him', 'her', 'them', 'me')} again`,
      ),
    ),
    // Leaving a school or a placement is an ordinary goodbye.
    unless: anyOf(
      S`\bgoodbye to ${alt('her', 'his', 'their', 'my', 'the')} (?:old |previous |last )?${alt(
        'school',
        'class',
        'teachers?',
        'placement',
        'carers',
        'foster carers',
        'social worker',
      )}\b`,
      S`\bbefore leaving\b`,
      // A note told as history: "i wrote a goodbye note once, last year".
      S`\b(?:goodbye|suicide) (?:note|letter)s? (?:\w+ ){0,2}(?:once|last (?:year|month|summer)|(?:years|months) ago)\b`,
      // "found a suicide note in his room dated months ago"
      S`\b(?:goodbye|suicide) (?:note|letter)s?\b${upTo(4)} dated${upTo(2)} (?:(?:weeks|months|years) ago|last (?:year|month|summer))\b`,
      // The last day of a school year or a placement: "said goodbye to everyone at school".
      S`\b${alt('last day', 'end of term', 'leaving do', 'leaving party', 'moving day')}\b`,
      fondFarewell.source,
    ),
  },
  // "hes got a knife", "shes waving a broken bottle"
  {
    name: 'weapon',
    // "hes got the big knife from the drawer"
    when: b(
      S`${armed} (?:a |an |the )?${alt('kitchen ', 'broken ', 'big ', 'large ', 'sharp ', 'massive ', 'carving ', 'bread ')}?${weapon}`,
    ),
    // Knife crime, warning signs, a fascination with knives: a worry, not a weapon in hand.
    unless: b(
      alt(
        'crime',
        'signs',
        'warning signs',
        'carry(?:ing)? a knife to school',
        'policy',
        'obsessed',
        'fascinated',
        'interested',
        'collects?',
        'collection',
        // Self-harm told as a pattern: the self-harm answer, not a weapon now.
        'most nights',
        'hides it',
        'cooking',
        'chopping',
        // Told afterwards: "threatened staff with a knife yesterday, everyone safe now".
        S`yesterday${upTo(6)} everyone (?:is )?safe`,
        // Written up afterwards: "how do I record that a yp threatened staff with scissors yesterday".
        S`how (?:do|should|would) (?:i|we) (?:record|write up|log|report)`,
        'incident (?:form|report|log)',
        // Carving the Sunday roast with the big knife.
        S`${alt('carve', 'carving', 'slice', 'slicing')} (?:the |some |a )?${alt('turkey', 'meat', 'chicken', 'joint', 'roast', 'bread', 'cake', 'pumpkin', 'veg', 'vegetables')}`,
        S`making ${alt('tea', 'dinner', 'lunch', 'breakfast', 'food')}`,
        // History: "he used to be violent with knives at his last placement".
        ...historyPhrases,
        S`(?:at|in) ${alt('his', 'her', 'their')} (?:last|previous|old) placement`,
      ),
    ),
  },
  // "hes threatening staff with a chair"
  { name: 'threatening-with', when: /\bthreatening (?:\w+ ){0,3}with\b/ },
  // "shes on the bridge", "hes climbed onto the roof", "walking into the traffic"
  {
    name: 'place',
    when: anyOf(
      S`\b${at} (?:a |the |her |his )?${height}\b`,
      // "sat on the upstairs windowsill": which floor, named between.
      S`\b${at} (?:a |the |her |his |their )?${storey} ${height}\b`,
      // Or the floor of it: "on the top floor of the multi storey at liverpool one".
      S`\b${at} (?:a |the )?${storey} of (?:a |the |that )?${height}\b`,
      // Out on the railings of a named one: "on the runcorn bridge railings", "sat on the tyne bridge ledge".
      S`\b${alt('on', 'onto', 'up on', 'over')} the (?:\w+ )?${alt('bridge', 'viaduct', 'flyover')} ${alt('railings', 'ledge', 'edge', 'wall', 'barrier', 'parapet')}\b`,
      S`\bwindow ${alt('ledge', 'sill')}\b`,
      // Sat out over the drop: "on the windowsill with his legs dangling out" (not on the sofa or a wall).
      S`\b${ledge}\b${upTo(8)} ${alt('legs', 'feet')} ${alt('dangling', 'hanging', 'swinging')} ${alt('out', 'over', 'off', 'outside')}\b`,
      // Someone up on a named roof: "climbed out the window onto the flat roof" (not a ball on the garage roof).
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'climbed', 'climbing', 'clambered', 'scrambled', 'got out', 'gone up', 'went up', 'got up', 'sitting', 'sat', 'standing', 'stood', 'walking', 'lying')}` +
        S`${upTo(3)} ${alt('onto', 'on to', 'up on', 'up onto', 'on', 'out onto')} (?:a |the |her |his )?${roofKind} ${alt('roof', 'rooftop', 'roofs')}\b`,
      // Sat at the edge up high: "onto the roof and is sitting on the edge" (not the edge of her bed).
      S`\b${alt('roof', 'rooftop', 'window', 'ledge', 'balcony', 'bridge', 'multi ?storey', 'car park', 'cliff')}\b${upTo(10)} ` +
        S`${alt('sitting', 'sat', 'standing', 'stood', 'dangling', 'leaning', 'hanging')} ${alt('on', 'over', 'off')} the edge\b` +
        S`(?! of (?:the |her |his |their |my )?${alt('bed', 'sofa', 'chair', 'seat', 'bath', 'pool', 'table', 'desk', 'stage')})`,
      S`\bwalk into the sea\b`,
      S`\binto (?:the )?${alt('traffic', 'road', 'river', 'canal', 'sea')}\b`,
      S`\b(?:has )?jumped ${alt('off', 'from', 'out')}\b`,
      // Up high and refusing to come down: "top of the multi storey car park, on the phone to me, wont come down".
      S`\b${height}\b${upTo(8)} ${alt('wont', 'will not', 'refusing to', 'refuses to', 'not coming')} come down\b`,
      // Or back in, from a window or a ledge: "sat on the windowsill and wont come in" (not the sea on a hot day).
      S`\b${ledge}\b${upTo(10)} ${alt('wont', 'will not', 'refusing to', 'refuses to', 'not coming')} come ${alt('in', 'inside', 'back in', 'off')}\b`,
    ),
    // A roof over her head, a school trip, walking over the bridge, or history.
    // Or over: taken from the bridge to a place of safety last night.
    unless: anyOf(
      S`\b${ordinaryPlace}\b`,
      S`\b${travels}\b${upTo(3)} ${alt('over', 'across')} the bridge\b`,
      past.source,
      S`\b${alt('place of safety', 'last night')}\b`,
      // Parked there: "were parked on the top floor of the multi storey".
      S`\b${alt('parked', 'parking', 'park up')}\b`,
      // Over, or asked about: "shes back now and asking what a 136 means", "what happens after a young person is found on a bridge".
      S`\b(?:shes|hes|theyre) back now\b|\bwhat happens (?:after|when|if)\b`,
      // Talk of some day, laughed off: "a comment about jumping off the multi-storey one day".
      S`\b${alt('one day', 'some day', 'someday', 'laughed it off', 'made a comment')}\b`,
    ),
  },
  // "hes trying to strangle himself"
  {
    name: 'strangling',
    when: new RegExp(S`\b${alt('strangle', 'strangling', 'strangled', 'choke', 'choking', 'suffocate', 'suffocating')} ${self}\b`),
    // "what if he tries to strangle himself again" plans for a risk.
    unless: new RegExp(S`${past.source}|\bwhat if\b`),
  },
  // "shes slit her wrists", "hes been stabbed", "set fire to his room"
  {
    name: 'wounds',
    when: anyOf(
      S`\b${alt('slit', 'slashed', 'cut open')} ${poss} ${alt('wrists?', 'throat', 'arms?')}\b`,
      S`\b${alt('has', 'shes', 'hes', 'theyve', 'just', 'have')} cut ${poss} ${alt('wrists?', 'throat')}\b`,
      S`\b${alt('been', 'got', 'was', 'has')} stabbed\b`,
      S`\bstabbed ${alt('someone', 'him', 'her', 'them')}\b`,
      // "just stabbed another lad", "stabbed his mate"
      S`\bstabbed ${alt('another', 'a', poss)} ${alt('lad', 'boy', 'girl', 'kid', 'child', 'mate', 'friend', 'brother', 'sister', 'mum', 'dad', 'carer', 'teacher', 'man', 'woman', 'resident', 'member of staff', 'staff member')}\b`,
      S`\b${alt('set', 'setting')} fire\b`,
    ),
    // A death or an attack in the family's past, grieved now.
    unless: new RegExp(S`${past.source}|\b(?:since|killed|died|murdered|funeral|anniversary|in the summer)\b`),
  },
  // "ambulance on the way", "should i call 999 she wont wake up"
  {
    name: 'emergency-services',
    when: b(
      alt(
        S`should (?:i|we) ${alt('call', 'ring', 'phone')} 999`,
        S`${alt('called', 'rung', 'ringing', 'calling', 'phoned')} ${alt('999', 'an ambulance', 'the police')}`,
        S`ambulance (?:is )?${alt(S`on (?:its|the) way`, 'coming')}`,
      ),
    ),
    // "should I call 999 if a child threatens suicide" is a question about any child, not this one now.
    unless: anyOf(
      habitual.source,
      S`\b(?:if|when) ${alt('a', 'any')} ${alt('child', 'yp', 'young person', 'kid', 'teenager')}\b`,
      S`\bwhat happens if\b`,
      S`\bwhen to\b`,
      // "when should I call 999 rather than the crisis line"
      S`\bwhen (?:should|do|would|can) (?:i|we|you)\b`,
    ),
  },
  // "actively suicidal", "suicidal right now"
  {
    name: 'suicidal-now',
    when: b(alt('actively suicidal', S`suicidal ${now}`, S`${now} suicidal`, 'missing and suicidal', 'suicidal and missing', 'overdosing')),
    // "past history of overdosing, now clean 6 months"
    unless: past,
  },
  // "cant stop the bleeding", "theres blood everywhere"
  {
    name: 'bleeding',
    when: anyOf(
      S`\b${alt('wont', 'won t', 'will not', 'cant', 'can t')} stop (?:the )?bleeding\b`,
      S`\bbleeding ${alt('heavily', 'badly', 'a lot', 'everywhere')}\b`,
      // "my colleague is on the floor bleeding"
      S`\bon the floor ${alt('bleeding', 'covered in blood')}\b|\bbleeding on the floor\b`,
      // "cut himself quite deep, the towels soaked through"
      S`\bcut (?:${self} |${poss} ${alt('arms?', 'legs?', 'wrists?', 'thighs?', 'hand', 'stomach', 'neck')} )?(?:really |too |very |quite |pretty |proper |so |dead )?deep\b`,
      // "blood wont stop", "the bleeding will not stop"
      S`\b${alt('blood', 'bleeding')} ${alt('wont', 'will not', 'doesnt', 'isnt', 'not')} ${alt('stop', 'stopping')}\b`,
      S`\b${alt('blood everywhere', 'lots of blood', 'losing (?:a lot of )?blood', 'theres blood', 'there is blood')}\b`,
      // "its not stopping bleeding", "cut isnt stopping bleeding"
      S`\b${alt('isnt', 'is not', 'not', 'doesnt', 'does not')} stop(?:ping)? (?:the )?bleeding\b`,
      // "blood all over the carpet" (not a period or a nosebleed: "blood all over her sheets on her period").
      S`^(?!.*\b(?:periods?|nose ?bleeds?)\b).*\bblood all over ${alt('the', 'her', 'his', 'their', 'my')} ${alt('carpet', 'floor', 'bed', 'bedding', 'sheets', 'bathroom', 'walls?', 'room', 'sink', 'bath', 'kitchen', 'clothes', 'top', 'hands?', 'arms?', 'face')}\b`,
    ),
    // Blood in a drawing, a game or a film.
    unless: b(alt('drawing', 'drawings', 'draws', 'drew', 'film', 'films', 'game', 'games', 'video', 'picture', 'pictures', 'story')),
  },
  // "shes unresponsive", "he collapsed and is fitting"
  {
    name: 'collapse',
    when: b(
      alt(
        'unconscious',
        'unresponsive',
        'not responding',
        'isnt responding',
        'stopped breathing',
        'not breathing',
        'wont wake up',
        'won t wake up',
        'can t wake',
        'cant wake',
        'collapsed',
        'passed out',
        'fainted',
        'fitting',
        'having a fit',
        'having a seizure',
        'seizing',
      ),
    ),
    // Fitting in at school, not responding to a plan: everyday words, no collapse; or history.
    unless: new RegExp(
      S`${b(alt('fitting in', S`not responding to ${alt('the', 'a', 'her', 'his', 'their', 'treatment', 'medication')}`)).source}|${past.source}|` +
        // Fainting told as a count, not happening now: "shes fainted twice" on a waiting list.
        S`\bfainted ${alt('twice', 'a few times', 'a couple of times', 'several times', '\\d+ times')}\b(?! (?:now|today|tonight|this (?:morning|afternoon|evening)|in the last))`,
    ),
  },
  // "shes cutting her arms right now", "we can hear her hurting herself"
  {
    name: 'harming-now',
    when: anyOf(
      S`\b${alt('cutting', 'hurting', 'harming', 'burning', 'hitting', 'scratching')} ${body}\b.*\b${now}\b`,
      S`\b${alt('can hear', 'hear', 'can see', 'watching')} ${alt('her', 'him', 'them')} ${alt(
        'hurting',
        'cutting',
        'harming',
        'hitting',
        'burning',
      )}\b`,
      S`\b${pronoun} ${alt('is', 's', 'are')} ${alt('cutting', 'hurting', 'harming')} ${self} ${now}\b`,
      // In front of the teller: "shes self harming infront of me screaming".
      S`\b${alt('self harming', 'cutting', S`${alt('harming', 'hurting', 'cutting', 'burning')} ${self}`)} (?:in ?front of|infront of) ${alt('me', 'us', 'staff', 'everyone', 'the (?:other )?(?:kids|children)')}\b`,
      // "self harming now deep cuts need help"
      // "cutting again now. deeper than usual"
      S`\b${alt('self harming', 'cutting')}(?: again)? now${upTo(4)} ${alt('deep', 'deeper', 'blood', 'bleeding', 'help', 'cuts')}\b`,
      // No object, typed fast: "cutting rn wont stop screaming at me"; not "stopped cutting now".
      S`(?<!\b(?:stopped|not|isnt|no longer|never|quit|stop) )\b${alt('cutting', 'self harming', 'harming')} ${alt('rn', 'right now', 'as we speak')}\b`,
    ),
    // A pattern over time ("scratching her arms for a while, now its burns") is the self-harm answer.
    unless: b(alt('for a while', 'healed', S`for ${alt('months', 'weeks', 'years', 'ages', 'a long time')}`, 'not suicidal')),
  },
  // "she is in immediate danger", "its an emergency right now"
  {
    name: 'danger-now',
    when: anyOf(
      S`\b${imminent} ${alt('danger', 'risk')}\b`,
      // Not "hes not in danger right now".
      S`(?<!\b(?:not|isnt|arent|no) )\bin danger (?:right )?now\b`,
      // "the baby is in danger" (not "in danger of exclusion").
      S`\b${alt('is', 'are', 's', 'hes', 'shes', 'theyre')} in (?:real |serious |grave )?danger\b(?! of)`,
      S`\b${crisis} (?:is )?happening\b`,
      S`\b${crisis} right now\b`,
      S`\bright now\b.*\b${crisis}\b`,
    ),
    // "not at immediate risk", and the immediate risk assessment form.
    unless: anyOf(
      S`\bnot (?:at |in )?(?:any )?${imminent} ${alt('risk', 'danger')}\b`,
      S`\bno ${imminent} ${alt('risk', 'danger')}\b`,
      S`\b${imminent} risk ${alt('assessment', 'form', 'template', 'policy', 'training')}\b`,
      // "i dont think shes in danger tonight but im worried sick about where this is going"
      S`\b(?:dont|do not|didnt) think (?:shes|hes|theyre|she is|he is|they are|its|it is) (?:in )?(?:any )?(?:immediate )?danger\b`,
    ),
  },
  // "she texted me saying help", "shes in a car with older men"
  {
    name: 'help-message',
    when: anyOf(
      S`\b${alt('messaged', 'texted', 'rang', 'called', 'phoned')} (?:me )?(?:saying |to say )?help\b`,
      S`\bin a car with ${alt('men', 'adults', 'strangers', 'older')}\b`,
    ),
    // "found in a car with older males each time": a pattern, told after the event.
    unless: past,
  },
  // "OD" and nothing else is a cry for help, not a search for the topic.
  { name: 'od-alone', when: new RegExp(S`^${alt('od', 'oding', 'oded', 'odd')}$`) },
  // "od'd" loses its apostrophe when cleaned: "odd on her tablets".
  { name: 'odd', when: new RegExp(S`\b${alt('odd', 'oded')} on (?:her |his |their |my )?${alt(medicine, 'paracetamol', 'insulin')}\b`) },
  // "shes taken some pills", "hes swallowed a few tablets"
  {
    name: 'pills-taken',
    when: b(
      S`${alt('taken', 'took', 'swallowed', 'necked', 'downed')} (?:some |loads of |a load of |a bunch of |random |a few )?` +
        // Some of her own, told as news: "shes just said shes taken a few of her tablets".
        S`(?:${alt('some', 'a few', 'a couple', 'loads', 'a load', 'a bunch', 'a handful', 'lots')} of (?:${alt('her', 'his', 'their')} |the )?)?` +
        alt('pills', 'tablets'),
    ),
    // Tablets for her period pain, as prescribed, the right dose: ordinary medicine.
    // Fewer than she should ("only taken a few of her tablets this week, refuses the rest"): a worry about taking them.
    unless: anyOf(
      past.source,
      S`\bfor ${alt('her', 'his', 'their', 'a', 'an', 'the')}\b`,
      'prescribed',
      S`\bdose\b`,
      S`\b${alt('only', S`forg[eo]t\w*`, 'missed', S`refus\w*`, 'the rest', S`skipp\w*`, 'stopped taking', 'wont take')}\b`,
    ),
  },
  // "i think shes taken something", "swallowed something and now hes drowsy"
  {
    name: 'taken-something',
    when: anyOf(
      S`\b${alt('taken', 'swallowed')} something\b.*\b${unwell}\b`,
      S`\b${alt('think', 'worried', 'scared', 'sure')} (?:that )?${someoneTook}(?: has| have| s)? ${alt('taken', 'swallowed')} something\b`,
    ),
  },
  // "shes been stockpiling paracetamol and says shell take them tonight"
  {
    name: 'stockpiled',
    when: anyOf(
      S`\b${hoarded} (?:up )?(?:some |a stash of )?${alt('tablets', 'pills', 'meds', 'paracetamol')}\b.*\b${stockpileUse}\b`,
      // Told the other way round: "shows me a bag of tablets shes been saving, says shes taking them tonight".
      S`\b${alt('tablets', 'pills', 'meds', 'paracetamol')}${upTo(3)} ${alt('been saving', 'been hoarding', 'been stockpiling', 'been collecting', 'saved up', 'stockpiled', 'hoarded')}\b.*\b${stockpileUse}\b`,
    ),
    // Asked about any child, or told as long past (not "before anyone wakes", not "saved them last week").
    unless: b(
      alt(
        'what if',
        S`what (?:should|do) (?:i|we) do if`,
        'last (?:year|month|summer)',
        '(?:years|months) ago',
        'used to',
        'in the past',
        'history of',
      ),
    ),
  },
  // "yp has absconded and is suicidal", "ran off saying he wants to die"
  {
    name: 'missing-and-suicidal',
    when: anyOf(
      S`\b${alt('missing', 'absconded', 'run away', 'ran away')}\b.*\bsuicid`,
      S`\bsuicid\w*\b.*\b${alt('missing', 'absconded')}\b`,
      // "absconded from the ward and was talking about ending it" (not "ending it with her boyfriend")
      S`\b${gone}\b.*\b${alt('want(?:s|ed)? to die', killThemselves, S`end(?:ing)? ${alt('it(?! with)', S`${alt('her', 'his', 'their')} life`)}`)}\b`,
      S`\b${alt('wants? to die', killThemselves)}\b.*\b${alt('run off', 'ran off', 'gone missing', 'walked out', 'into the road')}\b`,
    ),
    unless: past,
  },
  // "hes threatening to burn the house down", "she set herself alight"
  {
    name: 'fire',
    when: anyOf(
      S`\b${alt('burn', 'burning')} (?:the |her |his |their )?${alt('house', 'home', 'place', 'room', 'building')} down\b`,
      S`\bset(?:ting)? ${self} ${alt('on fire', 'alight')}\b`,
      // "shes set her own hair on fire"
      S`\bset(?:ting)? ${alt('her', 'his', 'their', 'my')} (?:own )?${alt('hair', 'clothes', 'top', 'jumper', 'bed', 'arm', 'arms')} ${alt('on fire', 'alight')}\b`,
      // Or someone elses: "threatening to set the younger childs hair on fire" (not a dolls).
      S`\bset(?:ting)? (?:the |her |his |their |my |our )?(?:\w+ )?(?!(?:dolls|barbies|teddys|toys|guys)\b)\w+s ${alt('hair', 'clothes', 'top', 'jumper', 'bed', 'arm', 'arms', 'face')} ${alt('on fire', 'alight')}\b`,
      // "fire in her bedroom, she set it"
      S`\bfire in (?:her|his|their|the|a|our) ${room}\b`,
      // The room named as burning: "kitchen on fire, the kid started it, cant find the 10 year old",
      // "kitchens on fire" with the apostrophe gone (not getting on "like a house on fire", nor a fire in a film or a dream).
      S`(?<!\blike a )\b${room}s? (?:is |s |was |now |still )?${alt('on fire', 'alight', 'ablaze', 'in flames')}\b(?!.*\b${alt('film', 'movie', 'programme', 'dream', 'story', 'book', 'game')}\b)`,
      S`\b${alt('set', 'started', 'lit')} (?:a )?fire (?:in|to)\b`,
      // Something set alight that should never burn: "shes lit the bathroom bin and locked herself in".
      S`\b${alt('lit', 'lighting', 'torched', 'set light to')} (?:the|her|his|their|a|my|our) (?:\w+ )?${alt('bins?', 'curtains', 'bed', 'bedding', 'mattress', 'duvet', 'sofa', 'carpet', 'clothes', 'wardrobe')}\b`,
      S`\bhouse fire\b`,
      S`\b${alt('fire', 'smoke')}\b.*\b${alt('refusing to leave', 'wont come out', 'still inside', 'still in there', S`except ${alt('him', 'her', 'them')}`)}\b`,
    ),
    // "he set fire to a bin at school last year", "nightmares about the house fire she was in as a toddler".
    // A fire lit to sit by: "a cosy fire in the lounge", "sat by the fire in the front room".
    unless: new RegExp(
      S`${past.source}|\b(?:as a ${alt('toddler', 'baby', 'child', 'kid')}|nightmares?)\b|` +
        S`\b(?:${alt('cosy', 'cozy', 'log', 'open', 'real', 'gas', 'electric', 'coal', 'wood ?burning')} fire|${alt('sat', 'sitting', 'sit', 'curled up')} ${alt('by', 'round', 'in front of')} the fire)\b|` +
        S`\bthe fire in (?:the|our) (?:\w+ )?\w+ is (?:a )?${alt('gas', 'electric', 'real', 'coal', 'log', 'wood ?burn\\w*')}\b`,
    ),
  },
  // "Can't breathe" in a panic attack is frightening but not an emergency; choking is.
  {
    name: 'breathing',
    when: b(S`${alt('cant', 'can t', 'cannot')} breathe`),
    unless: b(
      alt(
        'panic',
        'panicking',
        'panics',
        'anxiety',
        'anxious',
        'asthma',
        S`when ${alt('i', 'she', 'he', 'they')} ${alt('have', 'has', 'get', 'go', 'walk', 'think', 'close', 'closes', 'shut', 'shuts', 'see', 'sees', 'remember')}`,
        'every time',
        'whenever',
        alt('on the bus', 'in crowds', 'in shops', 'for weeks', 'feels sick'),
        S`${alt('i', 'she', 'he', 'they')} ${alt('get', 'gets')} (?:so |really |very )?${alt('scared', 'anxious', 'worked up', 'nervous', 'stressed')}`,
        // The racing heart of a panic before something dreaded.
        S`before ${alt('contact', 'school', 'exams?', 'bed', 'the bus')}`,
        S`heart ${alt('is going mad', 'racing', 'is racing', 'pounding', 'is pounding')}`,
      ),
    ),
  },
  // "hes given away all his stuff", "her last snapchat: goodbye"
  {
    name: 'warning-signs',
    when: anyOf(
      S`\b${alt('giving', 'given', 'gave')} away ${alt('her', 'his', 'their', S`all ${alt('her', 'his', 'their')}`)} ${alt(
        'stuff',
        'things',
        'belongings',
        'possessions',
      )}\b`,
      S`\btonights the night\b`,
      S`\bsorry for everything\b`,
      S`\b${alt('message', 'text', 'note', 'letter', 'snapchat', 'post')}\b.*\bgoodbye\b`,
    ),
    unless: anyOf(habitual.source, fondFarewell.source),
  },
  // "after an overdose shes refusing to go to a and e"
  {
    name: 'od-refusing',
    when: new RegExp(
      S`\b${alt('od', 'overdose', 'overdosed')}\b.*\b${alt(
        'refusing',
        'refuses',
        'trying to leave',
        'walked out',
        'running off',
        'ran off',
      )}\b`,
    ),
    unless: past,
  },
  // "shes got a rope and a plan"
  {
    name: 'means-and-plan',
    when: anyOf(S`\b${alt('rope', 'ligature', 'noose', 'belt', 'cord')}\b.*\bplan\b`, S`\bplan\b.*\b${alt('rope', 'ligature', 'noose')}\b`),
    // A safety plan or a care plan that mentions a ligature is planning for safety.
    unless: b(alt(S`${alt('safety', 'care', 'crisis', 'risk')} plan`, 'belt and braces')),
  },
  // "hes lying in the middle of the road"
  {
    name: 'road',
    when: anyOf(
      S`\b${alt('lying', 'lay', 'laying', 'sitting', 'sat', 'standing', 'stood')} (?:down )?in (?:the middle of )?the road\b`,
      S`\bmiddle of the road\b`,
    ),
    // Teaching a child about roads is not a child in the road now.
    unless: b(alt('road safety', 'green cross code', 'crossing the road safely')),
  },
  // "shes suicidal and has access to tablets"
  {
    name: 'access-to-means',
    when: new RegExp(S`\bsuicidal\b.*\b${alt('access to', 'has', 'got', 'with')}\b.*\b${means}\b`),
    unless: past,
  },
  // "yp attempting suicide", "shes just tried to kill herself"
  {
    name: 'attempt',
    when: anyOf(
      S`\b${alt('threatening', 'attempting')} (?:to (?:commit )?)?suicide\b`,
      S`\b${alt('just', 'has', 'have', 'shes', 'hes', 'theyve')} (?:just )?tried to ${alt(
        'kill',
        'hang',
        'strangle',
        'drown',
        'overdose',
        'suffocate',
      )}\b`,
      S`\bjust ${alt('attempted', 'tried')} suicide\b`,
    ),
    // "keeps attempting suicide": a pattern to plan for, asked about, not an attempt now.
    unless: new RegExp(S`${past.source}|\bkeeps? (?:attempting|trying)\b`),
  },
  // "hes taking loads of pills right now"
  {
    name: 'taking-now',
    when: new RegExp(S`\btaking (?:\w+ ){0,2}${medicine}\b.*\b${now}\b`),
    // Taking her own prescribed medicine, as she should, is not an overdose.
    // Nor tablets taken last week ("on a ward after taking tablets last week, medically fine now").
    unless: anyOf(S`\bprescribed\b`, S`\bas ${alt('she', 'he', 'they')} should\b`, S`\btaking ${poss} `, past.source),
  },
  // "found her in the bath with cuts to her wrists"
  {
    name: 'fresh-wounds',
    when: b(S`cuts? ${alt('to', 'on', 'in')} ${alt('her', 'his', 'their')} ${alt('wrists?', 'throat', 'neck')}`),
    // Old scars, healing cuts, or history.
    unless: anyOf(S`\b${alt('old', 'healed', 'healing', 'scars?', 'scarring')}\b`, past.source),
  },
  // "shes left and says shes never coming back"
  {
    name: 'not-coming-back',
    when: b(
      alt(
        '(?:not|never) coming back',
        'wont come back',
        'wont be coming back',
        S`last time ${alt('we', 'well', 'you', 'youll', 'ill', 'i ll', 'i will', 'we will')}(?: \w+)? ${alt(
          'speak',
          'talk',
          'see',
          'hear',
        )}`,
      ),
    ),
    // Not coming back to this placement after respite: a move, not a farewell.
    unless: anyOf(
      S`\bcoming back to ${alt('this', 'the', 'her', 'his', 'their')} ${alt('placement', 'school', 'unit', 'home', 'contact', 'class')}\b`,
      S`\bafter ${alt('respite', 'the holiday', 'contact')}\b`,
      // A pattern in the school day: "leaving at lunch and not coming back".
      S`\b${alt('leaving', 'leaves', 'going off', 'goes off', 'walking out', 'walks out')} ${alt('at', 'during', 'after')} ${alt('lunch', 'lunchtime', 'break', 'dinner', 'registration')}\b`,
    ),
  },
  // "a man has her in his car", "shes being held somewhere"
  {
    name: 'held',
    when: anyOf(
      S`\b${alt('man', 'men', 'adult', 'adults', 'stranger', 'strangers', 'someone', S`older ${alt('man', 'men', 'boys')}`)} ${alt(
        'has',
        'have',
        'got',
      )} ${alt('her', 'him', 'them')} in ${alt('his', 'their', 'a', 'the')} ${alt('car', 'van', 'flat', 'house')}\b`,
      S`\bbeing held ${alt('somewhere', 'against', 'captive', S`by ${alt('a', 'an', 'some', 'older')}`)}\b`,
      // "being held by dealers till he pays", "held by the gang"
      S`\b(?:being )?held by (?:the |some |these |those )?${alt('dealers?', 'gangs?', 'men', 'lads', 'them', 'his', 'her')}\b`,
      S`\bheld ${alt(S`against ${alt('her', 'his', 'their')} will`, 'somewhere', 'captive')}\b`,
      // Said by the child, as it happens: "he says hes being held, theyve taken his phone"
      // (not held back a year, held in custody, or held down in a restraint).
      S`\b${alt('hes', 'shes', 'theyre', 'im', 'he is', 'she is', 'they are', 'i am')} being held\b(?! ${heldOrdinary}\b)`,
      // Held for money: "someone is holding our yp and ringing us demanding money".
      S`\b${alt('holding', 'keeping', 'kidnapped', 'snatched', 'taken')} ${alt(them, S`${alt('our', 'my', 'the', 'his', 'her', 'their')} \w+`)}\b.*` +
        S`\b${alt(S`demanding ${alt('money', 'cash', 'payment', 'a ransom', S`\d+`)}`, 'ransom')}\b`,
      // "someones holding him against his will", "keeping her against her will"
      S`\b${alt('holding', 'keeping', 'kept', 'locked')} ${alt('her', 'him', 'them')} against ${alt('her', 'his', 'their')} will\b`,
      S`\b${alt('raped', 'sexually assaulted')}\b.*\b${alt('now', S`still ${alt('there', 'with')}`, 'is with', 'tonight', 'just')}\b`,
    ),
    unless: new RegExp(S`${past.source}|\braped (?:at|when|as a)\b`),
  },
  // "hes smashing the place up and attacking staff"
  {
    name: 'violence-now',
    when: anyOf(
      S`\bsmashing ${alt('the', 'up', 'things', 'the house', 'the place')}\b`,
      S`\b${alt('attacking', 'assaulting')} ${alt('staff', 'carers?', 'foster carers?', 'someone')}\b`,
    ),
    // A pattern, or told afterwards: "thats what he said after smashing the tv".
    // A room smashed with nobody said to be in the way ("smashing up bedroom") is the behaviour answer.
    unless: new RegExp(
      S`${habitual.source}|\bafter ${alt('smashing', 'attacking', 'assaulting')}\b|` +
        S`^(?!.*\b(?:staff|carers?|someone|anyone|him|her|them|us|me|kids|children|baby|sister|brother|glass|window|knife|weapon|hurt|hurting|attack\w*|police|scared|terrified|now)\b).*\bsmashing (?:up )?(?:the |her |his |their )?(?:bed)?room\b`,
    ),
  },
];

/** The rules' names, in the order they are tried. */
export const ruleNames: readonly string[] = rules.map((r) => r.name);

/**
 * An emergency is told in a sentence or two, so a long message is read in overlapping
 * windows: the rules' "this ... then that" patterns would otherwise cost the square of
 * its length (a pasted 50,000-character message took 300 ms; now a few).
 */
const WINDOW = 600;
const STEP = 300;

function windows(t: string): string[] {
  if (t.length <= WINDOW) return [t];
  const out: string[] = [];
  for (let start = 0; start < t.length;) {
    let end = Math.min(t.length, start + WINDOW);
    if (end < t.length) end = Math.max(t.lastIndexOf(' ', end), start + STEP);
    out.push(t.slice(start, end));
    if (end >= t.length) break;
    const next = t.indexOf(' ', start + STEP);
    start = next < 0 ? t.length : next + 1;
  }
  return out;
}

/** "od'd" loses its apostrophe when cleaned and reads as "odd": it is caught before cleaning. */
const ODD_WITH_APOSTROPHE = /\bod['’]d\b/i;

/**
 * Said outright to be no emergency: a hypothetical, a policy question or a debrief. Nothing else
 * silences every detector, so the list stays this short.
 */
const CALM_FRAME = new RegExp(
  S`\b${alt('hypothetically', 'in theory', 'policy question', 'debrief', S`whats the (?:route|referral route) into`)}\b`,
);

/**
 * Danger denied by the teller ("not in danger now, hes calm"): believed about talk of dying, not
 * about anything done (DENIABLE below): an overdose can look well for a day while it harms
 * (paracetamol), so "took 16 paracetamol but not in danger" still gets the card. Not a denial:
 * the teller's own safety ("im not in danger but my sister is"), a denial followed by "but" ("not
 * in danger now but threatening to jump"), or danger said of someone else too ("the baby is in
 * danger, the others are not").
 */
const DENIAL = S`(?<!\b(?:im|i am|were|we are|ive been|weve been) )\b${alt(
  S`not hurting (?:her|him|them)sel(?:f|ves)`,
  S`(?:not|isnt|arent|no) (?:in )?(?:any )?(?:immediate )?danger(?: right now| now)?`,
  // "no plan", "no plan or intent", "says she wouldnt do it", "now asleep and safe"
  S`no (?:current )?(?:plan|plans|intent)(?: or (?:plan|plans|intent))?`,
  // Said earlier, calm now: "calm now but earlier she said she wants to die".
  S`(?:calm|settled) now but earlier`,
  // Taken back at once: "said 'im going to kill myself' after a row then laughed it off".
  'laughed it off',
  S`(?:says|said|saying) (?:she|he|they) (?:wouldnt|would never|wont|will not|would not) (?:do it|act on it|do anything)`,
  S`(?:shes|hes|theyre|she is|he is|they are) (?:now )?(?:asleep and |settled and |calm and |home and |back and )?safe(?: now)?`,
)}\b`;
const DANGER_DENIED = new RegExp(S`${DENIAL}(?!.*\bbut\b)`);
const EVERY_DENIAL = new RegExp(DENIAL, 'g');
const DANGER_SAID = /\b(?:in|at) (?:real |immediate |serious |grave )?danger\b/;

function dangerDenied(cleaned: string): boolean {
  return DANGER_DENIED.test(cleaned) && !DANGER_SAID.test(cleaned.replace(EVERY_DENIAL, ' '));
}
/**
 * What a denial can silence: talk of wanting to die or of a plan, and the learned detector. Never
 * something done or happening (swallowed, a ligature, a height, a wound, violence, abuse, a child
 * taken or missing): the teller may not know how dangerous it is.
 */
const DENIABLE = new Set([
  'threat',
  'wants-to-die-now',
  'plan',
  'goodbye',
  'suicidal-now',
  'danger-now',
  'warning-signs',
  'access-to-means',
  'broad:intent-soon',
  'broad:despair-shut-in',
  'broad:means-it',
  'broad:final-acts',
  'model',
]);

/**
 * The rules read once over a window: the first that fires, else whether any saw its danger words
 * and judged them calm (so the learned detector need not test every rule a second time).
 */
function readRules(t: string): { rule?: string; judgedCalm: boolean } {
  let judgedCalm = false;
  for (const r of rules) {
    if (!r.when.test(t)) continue;
    if (!(r.unless?.test(t) ?? false)) return { rule: r.name, judgedCalm };
    judgedCalm = true;
  }
  return { judgedCalm };
}

const spelling = new DangerSpelling([
  ...rules.flatMap((r) => (r.unless ? [r.when, r.unless] : [r.when])),
  ...situations.flatMap((s) => (s.unless ? [s.when, s.unless] : [s.when])),
  CALM_FRAME,
  DANGER_DENIED,
]);

/** The cleaned message as every detector reads it: danger words mistyped put right ("ligture"). */
export function spelledForDanger(cleaned: string): string {
  return spelling.fix(cleaned);
}

/** The rule (or, behind the rules, the broader detector's situation) that finds an emergency. */
export function urgentRule(q: Question | string): string | undefined {
  const question = questionOf(q);
  const cleaned = spelledForDanger(question.cleaned);
  if (CALM_FRAME.test(cleaned)) return undefined;
  const found = detect(question.text, cleaned);
  return found && DENIABLE.has(found) && dangerDenied(cleaned) ? undefined : found;
}

function detect(text: string, cleaned: string): string | undefined {
  if (ODD_WITH_APOSTROPHE.test(text) && !past.test(cleaned)) return 'odd';
  const parts = windows(cleaned);
  const judgedCalm: boolean[] = [];
  for (const t of parts) {
    const read = readRules(t);
    if (read.rule) return read.rule;
    judgedCalm.push(read.judgedCalm);
  }
  for (const t of parts) {
    const situation = dangerSituation(t);
    if (situation) return `broad:${situation}`;
  }
  // Behind both, the learned detector (urgent-model.ts) for ways of telling no rule names yet;
  // not where a rule saw its danger words and judged them calm ("ligature cutters in the office").
  if (parts.some((t, i) => !judgedCalm[i] && !asksWhatWordMeans(t) && modelSaysUrgent(t))) return 'model';
  return undefined;
}

/**
 * A rule whose words are in the message, and whose exceptions say it is not an emergency, whether
 * or not another rule fires (test/eval/fit-urgent.ts holds the model back where this is so).
 */
export function rulesJudgedCalm(cleaned: string): boolean {
  return rules.some((r) => r.unless !== undefined && r.when.test(cleaned) && r.unless.test(cleaned));
}

export function isUrgent(q: Question | string): boolean {
  return urgentRule(q) !== undefined;
}
