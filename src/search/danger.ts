/**
 * The second, broader emergency detector, behind the rules in urgent.ts. The rules name exact
 * situations; this one looks for a danger and a sign that it is happening now, a few words
 * apart, whatever lies between ("a scarf pulled tight round his throat"), in everyday words,
 * slang and common misspellings. It may raise a few more false alarms than the rules: a false
 * alarm costs a glance, a miss can cost a life. Input is cleaned text (normalise.ts clean()).
 */

const S = String.raw;
/** Up to n words of anything between two parts of a situation. */
const gap = (n: number) => S`(?: \S+){0,${n}}`;
const alt = (...xs: string[]) => `(?:${xs.join('|')})`;

// ---------------------------------------------------------------- named fragments
/** A child, or whoever is with them. */
const who = alt(
  'she',
  'he',
  'they',
  'shes',
  'hes',
  'theyve',
  'yp',
  'cyp',
  'child',
  'kid',
  'lad',
  'girl',
  'boy',
  'i',
  'we',
  'her',
  'him',
  'them',
  'me',
  'my',
  'im',
  'ill',
  'ive',
  'imma',
);
/** Signs it is happening now, or about to. */
const now = alt(
  'now',
  'right now',
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
  'when everyones asleep',
  'when everyone is asleep',
  S`in (?:\d+|ten|five) mins?`,
  'wont stop',
  'cant stop',
  'cant get (?:her|him|them) off',
  'rn',
  '2nite',
  'tonite',
);
/** Soon enough to act on now, for a threat to die: "not gonna be here tomorrow", "doing it friday". */
const soon = alt(
  now,
  'tomorrow',
  'this weekend',
  'on (?:my|her|his) birthday',
  S`(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
);
/** Medicines by name: taking one is only an emergency in a quantity, or someone else's. */
const medicine = alt(
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
/** Drugs, poisons and unknowns: taking any is a worry now. */
const drug = alt(
  'ket',
  'ketamine',
  'xanax',
  'spice',
  'mdma',
  'ecstasy',
  'pingers',
  'coke',
  'cocaine',
  'heroin',
  'bleach',
  'the lot',
  'edibles',
  'thc gummies',
);
/** Something unknown, or used to get high: a worry when it comes with signs of being unwell. */
const unknown = alt(
  'something',
  'everything',
  'sweets',
  'a sweet',
  'gummies',
  'a pill',
  'a tablet',
  'some pills',
  'some tablets',
  'vape',
  'nitrous',
  'canisters',
  'gas',
  'deodorant',
  'aerosol',
  'sniffing',
  'glue',
  'weed',
  'a can',
  'cans',
  'vodka',
  'drink',
  'drinking',
  'rave',
  'dishwasher',
  'washing (?:up )?liquid',
  'liquid',
  'empty (?:foil |blister )?(?:strips|packets|packs|boxes)',
);
/** More than anyone is prescribed, or not theirs. */
const quantity = alt(
  'a load',
  'loads',
  'a handful',
  'handful',
  'all',
  'whole',
  'a box',
  'the box',
  'boxes',
  'a packet',
  'packets?',
  'packs?',
  'too many',
  'everything',
  'the lot',
  S`\d+`,
  'mums',
  'dads',
  'nans',
  'my',
  'someone elses',
  'many',
);
/** Taking something, in the words people use. */
const took = alt('took', 'taken', 'swallowed', 'necked', 'downed', 'eaten', 'ate', 'eat', 'drank', 'drunk', 'smoked', 'got into', 'had');
/** "had" says little on its own ("had a nap"): with signs of being unwell, only the taking verbs count. */
const tookNotHad = alt(
  'took',
  'taken',
  'swallowed',
  'necked',
  'downed',
  'eaten',
  'ate',
  'drank',
  'drunk',
  'smoked',
  'got into',
  'vaped',
  'snorted',
  'sniffed',
);
/** An overdose, however it is spelt. */
const overdose = alt('overdosed', 'overdose', 'overdoes', 'overdoze', 'overdoesd', 'od', 'ods', 'odd', 'oded');
/** The body telling you something is wrong now. */
const bodySign = alt(
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
  'breathing (?:is )?(?:really |very )?(?:slow|shallow|funny|weird|strange|noisy)',
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
  'pupils',
  'sweating',
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
  S`bugs (?:crawling|all over|on)`,
  S`feel(?:s|ing)? (?:really |very |a bit )?(?:funny|weird|strange|odd|rough|off)`,
  S`(?:wont|isnt|not) respond(?:ing)?`,
  'seeing things',
  S`(?:isnt|not|aint|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|in|out))`,
);
/** Signs that are an emergency on their own, whatever caused them. */
const graveSign = alt(
  'gone grey',
  'going grey',
  'turning blue',
  'blue lips',
  S`lips ${alt('going', 'gone', 'turning', 'are', 'look')} blue`,
  'blue round (?:the|her|his) mouth',
  'hard to (?:rouse|wake)',
  'cant rouse',
  'floppy',
  'eyes (?:keep )?rolling',
  S`drowsy${gap(3)} slurring`,
  S`slurring${gap(3)} drowsy`,
  'not breathing properly',
  'breathing (?:is )?(?:really |very )?(?:slow|shallow)',
  '(?:isnt|is not|aint|not|stopped) breathing',
  'struggling to breathe',
  S`(?:not|isnt) breathin(?:g)? (?:right|properly|normally)`,
  S`breathin(?:g)?${gap(3)} (?:snor\w*|gurgl\w*|rattl\w*)`,
  S`(?:spurting|pumping) (?:blood|out)|blood (?:spurting|pumping)`,
  'fighting for breath',
  S`doesnt know (?:where|who) ${alt('she', 'he', 'they')} (?:is|are)`,
  'rash (?:that )?(?:wont|doesnt) fade',
  'face went purple',
  'going purple',
  S`(?:isnt|is not|aint|not|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|in|out|to))`,
);
/** Things tied round a neck. */
const cord = alt(
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
  'string',
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
const neck = alt(
  'neck',
  'throat',
  'radiator',
  'banister',
  'bannister',
  'door handle',
  'curtain rail',
  'wardrobe rail',
  'light fitting',
  'window catch',
  'window handle',
  'hook',
  'bunk bed',
  'bed frame',
  'pole',
);
/** Hurting someone, in the present. */
const hurting = alt(
  'hitting',
  'beating',
  'battering',
  'kicking(?! off)',
  'punching',
  'slapping',
  'strangling',
  'throttling',
  'choking',
  'stabbing',
  'attacking',
  'assaulting',
  'sexually assaulting',
  'raping',
  'touching',
  'hurting',
  'shaking',
  'smacking',
  'pinned',
  'pinning',
  'dragging',
  'squeezing',
  'throwing (?:\S+ )?at',
  'punch',
  'strangle',
  'forcing',
);
const weapon = alt(
  'knife',
  'knives',
  'blade',
  'machete',
  'hammer',
  'bat',
  'baseball bat',
  'gun',
  'screwdriver',
  'scissors',
  'axe',
  'bottle',
  'metal bar',
  'bar',
  'crowbar',
  'golf club',
  'pole',
  'stick',
  'brick',
  'razor',
  'kitchen knife',
  'meat cleaver',
  'cleaver',
);
const harmThreat = alt(
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
const violentAct = alt('stab', 'shank', 'kill', 'smash', 'batter', 'hurt', 'hit', 'attack', 'cut');
/** Taken, held, or kept from leaving. */
const held = alt(
  S`(?:dragged|bundled|pulled|forced|pushed) (?:her|him|them|our \S+|the \S+|\S+)?${gap(2)} ` +
    S`(?:into|in) (?:a|his|their|the) (?:car|van|taxi)`,
  S`(?:grabbed|snatched|took|taken) (?:her|him|them)${gap(3)} (?:and )?(?:driven|drove|ran|run) off`,
  S`driven off with (?:her|him|them)`,
  S`wont let (?:me|her|him|them|us|our \S+|my \S+|the \S+) (?:out(?! of (?:(?:her|his|their|my) )?sight)|leave|go|come home|come back)`,
  S`(?:locked|kept|held|trapped) in (?:a|the|his|their) (?:room|bedroom|flat|house|car|van|cellar|shed)`,
  S`(?:being|been) kept in`,
  S`taken (?:her|him|them) to (?:a|his|their) (?:house|flat)`,
  S`got (?:me|her|him|them) in (?:the|his|their|a) (?:car|van)`,
  S`got in(?:to)? (?:his|their) (?:\S+ )?(?:car|van)`,
  S`got in(?:to)? (?:a|the) (?:\S+ )?(?:car|van) with (?:a man|men|an adult|older|strangers?|some \S+)`,
  S`(?:taken|snatched|grabbed|abducted|kidnapped)${gap(7)} (?:in|into) (?:a|his|their|the) (?:\S+ )?(?:car|van)`,
  S`(?:has been|been|was|just been) (?:abducted|kidnapped|snatched)`,
  S`(?:coming|going) to (?:get|take|grab) (?:her|him|them)${gap(6)} (?:tonight|now|today|terrified|scared)`,
  // Not "cant get out of the house" for anxiety, or "out of his own head".
  S`cant (?:get out|leave|go home|escape|get away)(?! (?:of )?(?:the house|home|bed|(?:her|his|their|my) (?:own )?(?:head|room|bed)))`,
  S`(?:locked|trapped|shut) in (?:a|the|his|their) (?:cupboard|bathroom|toilet|garage|loft|attic|basement)`,
  'trap house',
  S`owe them${gap(6)} (?:cant|come get|help|scared|wont let)`,
  S`(?:adult|man|woman|stranger|someone|somebody|people)${gap(5)} (?:has |have )?(?:taken|took|snatched|grabbed|dragged) (?:our|my|her|his|the|a) \S+`,
  S`(?:trying to|tried to|keeps trying to) (?:open|get out of|jump out of) (?:the )?(?:car|van|taxi)(?: door)?`,
  S`(?:has |have |just )?(?:snatched|abducted|kidnapped) (?:the|a|our|my|her|his|their) \S+`,
  S`put (?:her|him|them) in (?:a|his|their|the) (?:taxi|car|van)`,
  S`wont (?:hand|give) (?:her|him|them|the \S+) back`,
  S`tried to (?:get|pull|drag) (?:her|him|them) (?:in|into)`,
  S`pulled (?:her|him|them) (?:in|into)`,
  S`(?:keeping|holding) (?:her|him|them) (?:at|in)`,
  S`(?:taken|took|snatched|grabbed) (?:the|a|our) (?:baby|toddler|child|kid|little one)`,
  S`come (?:and )?get me`,
  S`(?:man|woman|adult|stranger|someone|somebody|bloke)${gap(6)} trying to (?:collect|take|pick up|get|grab)${gap(6)} (?:child|her|him|them|our|my|the)`,
  S`(?:taken|took|collected|picked up|snatched) (?:her|him|them) (?:from|out of) (?:school|contact|placement|nursery|the home|the unit|college)${gap(8)} (?:without permission|not answering|isnt answering|not safe|police|unsupervised)`,
  S`(?:owes?|owed) (?:money|them|him|her)${gap(8)} (?:has|have|theyve|hes|shes|theyre|s)? ?got (?:him|her|them)`,
  S`(?:has|have|theyve|hes|shes) got (?:him|her|them)${gap(10)} (?:video|photo|pic|picture|bruised|beaten|ransom|wont let)`,
);
/** Away from home, or out of reach. */
const away = alt(
  S`(?:missing|missin|mising|misssing)(?! (?:her|his|their|my|school|lessons|classes|appointments|out|mum|dad|family|friends|home|contact|college|work|sessions|therapy|education|meals))`,
  'still out',
  S`cant find (?:her|him|them|our|my|the)`,
  S`lost (?:him|her|them) (?:in|at|on)`,
  S`absent from (?:placement|home|the home|the unit|school)`,
  S`cant see (?:her|him|them)(?! (?:a|the) )`,
  S`heading (?:for|to|towards) (?:the )?(?:docks|river|bridge|beach|sea|pier|motorway|railway|station|tracks)`,
  S`(?:nobody|no one|noone) (?:has |have )?(?:seen|heard from)`,
  'not (?:back|in) yet',
  'out all night',
  'not come home',
  'not home',
  'hasnt come (?:home|back)',
  'not come back',
  'gone again',
  'run off',
  'ran off',
  'run away',
  'ran away',
  'absconded',
  'not answering',
  'no one knows where',
  'gone out',
  'left the house',
  'walked out',
  'not back',
  'wandered off',
  'ran out of',
  'run out of',
  'report (?:her|him|them) missing',
  'wont be back',
  'not on snap ?map',
  'mfh',
  'gone off with',
  S`gone from (?:the|her|his|their) (?:home|house|unit|placement|resi)`,
  S`(?:its|it is) (?:now )?(?:gone )?\d+ ?(?:am|pm|oclock|at night|in the morning)`,
);
/** Why being away is an immediate risk. */
const awayRisk = alt(
  'goodbye',
  'bye',
  'miss me',
  'bridge',
  'dealers?',
  'older (?:man|men|lads?|guy)',
  'a man',
  'an adult',
  // Someone older with them, not the child's own age ("our 16 yo").
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:year|yr) old`,
  S`(?:1[89]|[2-9]\d) ?(?:year|yr) old`,
  'groom\\w*',
  'scared',
  'freezing',
  'never done this',
  'knife',
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
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:yo|yos)`,
  S`(?:1[89]|[2-9]\d) ?(?:yo|yos)`,
  S`wont see (?:me|her|him|us|them) again`,
  S`last (?:snap|message|text|post|insta|msg)`,
  'beach',
  'swimming',
  'pier',
  'sea',
  'snow',
  'river',
  'canal',
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
  S`dont (?:bother )?look(?:ing)? for`,
  'meds',
  'tablets',
  'train to',
  S`${alt('\\d', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve')} ?(?:yr|year|yo)s? old`,
);
/** Wanting to die, said outright. */
const intent = alt(
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
/** Said as "it": only with a time that is now ("doing it when everyones asleep"). */
const vagueIntent = alt('doing it', 'do it', 'use it', 'using it', 'take them', 'taking them');
/** Shut away with the danger. */
const barricaded = alt(
  'wont open the door',
  'locked (?:herself|himself|themselves) in',
  'wont come out',
  'barricaded',
  S`cant get (?:in|into) (?:his|her|their|the) (?:room|bedroom|bathroom|toilet)`,
);

/**
 * General questions about a topic, not a situation: asked as a hypothetical anywhere ("what
 * should I do if"), or opened as a question about the topic ("signs of", "what is").
 */
const general = new RegExp(
  [
    S`\b${alt(
      'what (?:should|do|would|can) (?:i|we) do if',
      'what if',
      'if a (?:child|yp|young person)',
      'training (?:on|in|for|about)',
      'policy question',
      'what counts as',
      '(?:a|our|the) (?:policy|procedure) (?:on|for)',
      'in the past',
      'history of',
      'used to',
      // Told as over, safe again now; or asking about a pattern's signs.
      S`(?:shes|hes|theyre|is|are) (?:home|back|safe|settled)(?: with us)? now and (?:calm|safe|settled|fine|ok)`,
      S`(?:said|says) (?:she|he|they) (?:wouldnt|wont|would not) do it`,
      S`now (?:settled|calm)${gap(6)} no plan`,
      'nothing needing medical attention',
      'what are the (?:warning )?signs',
      S`signs of ${alt('cse', 'cce', 'exploitation', 'grooming', 'county lines')}`,
    )}\b`,
    S`^${alt('signs of', 'how to (?:spot|recognise|tell)', 'what (?:is|are|does)')}\b`,
  ].join('|'),
);

interface Situation {
  name: string;
  when: RegExp;
  /** Words that make it history, not now. */
  unless?: RegExp;
}

/** Told as history: "took an overdose last year". */
/** Words that tell something as history; the rules in urgent.ts add a few of their own. */
export const historyPhrases = [
  'last (?:year|month|week|weeks|summer|christmas)',
  // Not a time of day: "before bed", "before school".
  'before(?! (?:bed|bedtime|school|tea|dinner|lunch|breakfast|contact|work|the bus|registration|assembly|class|lessons?|first lesson|break|the bell))',
  'previously',
  'in the past',
  'history of',
  '(?:years|months|weeks) ago',
  S`(?:\d+|two|three|four|five|a few|few) (?:yrs?|years?|months?|mths?|weeks?|wks?) ago`,
  'used to',
  S`back in (?:\d{4}|the day)`,
  S`in (?:19|20)\d{2}`,
  S`when (?:he|she|they) (?:was|were) (?:\d+|little|small|a baby|younger|a toddler)`,
  // "she overdosed on alcohol at 13, now 15"
  S`at \d{1,2} now \d{1,2}`,
];
const past = new RegExp(S`\b${alt(...historyPhrases)}\b`);

/** Why a child leaving with family is a worry now, not a visit ending. */
const familyWorry = [
  'unsupervised',
  'not supervised',
  'meant to be supervised',
  'not answering',
  'wont answer',
  'police',
  'wont bring',
  'not brought',
  'no one knows',
];

/** Whole words only, around every alternative. */
const b = (x: string) => new RegExp(S`\b(?:${x})\b`);

/** Each situation with an example it catches. */
export const situations: Situation[] = [
  // "found her with a belt pulled tight round her neck"
  {
    name: 'cord-round-neck',
    when: b(
      [
        S`${cord}${gap(4)} (?:round|around) (?:her|his|their|my|the)? ?(?:neck|throat)`,
        S`(?:tied|knotted|tight|attached|hanging|strung|looped)${gap(4)} (?:to|from|on|round|over) (?:the )?${neck}`,
        S`${cord}${gap(2)} (?:off|from) (?:her|his|their) (?:neck|throat)`,
        S`(?:neck|head) in (?:it|the (?:loop|noose))`,
        S`wrong side of (?:the )?(?:\S+ )?(?:railings?|barrier|fence|bridge|ledge|wall)`,
        S`(?:putting|put|tying|tie) (?:a |the )?${alt('ligature', 'ligture', 'ligatur', 'noose')} (?:on|round)`,
        S`${alt('try', 'tryin', 'trying', 'tried', 'going', 'gonna', 'about')} to hang (?:her|him|them|my)sel(?:f|ves)`,
        S`(?:pillow|bag|cushion) over (?:her|his|their|my) (?:own )?(?:face|head)`,
        S`(?:locked|shut)${gap(4)} (?:choking|gasping)|(?:choking|gasping)${gap(6)} (?:door|locked)`,
      ].join('|'),
    ),
    // A scarf worn for the cold, or history.
    unless: new RegExp(S`\b(?:wears|wearing|in winter|in the cold)\b|${past.source}`),
  },
  // "took an overdoes of her sertraline, found the empty box just now"
  {
    name: 'overdose-now',
    when: b(
      [
        S`(?:took|taken|had|done) (?:an |a )?${overdose}${gap(12)} (?:${now}|found|empty|i think)`,
        S`${now}${gap(4)} (?:took|taken) (?:an |a )?${overdose}`,
        S`${overdose}${gap(6)} (?:\d+|loads of|a load of|a handful of|handful of|a box of|a packet of) ${medicine}`,
        S`(?:\d+|loads of|a handful of) ${medicine}${gap(6)} ${overdose}`,
        S`${alt('overdosed', 'overdose', 'overdoes', 'overdoze', 'od', 'ods')} (?:on|of) (?:her|his|their|my|some|the|a )?${gap(1)}`,
        S`(?:took|taken|tooken|had|necked|swallowed)${gap(3)} (?:too many|2 many|to many|too much|extra|a couple extra|approx \d+|about \d+|around \d+)`,
      ].join('|'),
    ),
    unless: new RegExp(S`${past.source}|\bon my watch\b`),
  },
  // "ive taken everything in the drawer im sorry", "took a load of her meds 20 mins ago"
  {
    name: 'took-something-now',
    when: b(
      [
        S`(?:${took}|taking)${gap(3)} ${drug}`,
        S`(?:taken|took|swallowed|necked) (?:everything|all the \S+) (?:in|from) (?:the|her|his|my|their) (?:drawer|cupboard|box|cabinet|bag)`,
        S`${took}${gap(2)} ${quantity}${gap(4)} ${medicine}`,
        S`(?:took|taken|necked|swallowed|downed) (?:loads|a load|the lot|them all|all of them|the whole lot)(?! of)`,
        S`(?:${medicine}|medicines)${gap(3)} (?:are |is )?(?:both )?(?:nearly |all )?(?:gone|missing|empty)`,
        S`\d+ ${medicine}${gap(14)} ${now}`,
        S`(?:drunk|drank|swallowed|taken|took) (?:most|half|all) of (?:a|the|her|his) (?:bottle|packet|box|tub)`,
        S`(?:googling|searching|looked up|looking up) how many${gap(12)} (?:found|hidden|hiding|stash|pack|packet|box)`,
        S`${medicine}${gap(2)} (?:lined up|laid out|counted out)`,
        S`(?:swallowed|necked|taken|took) (?:the |her |his |their |my |all (?:the |her |his |their )?)?${medicine} (?:from|in|out of) (?:the|her|his|my|their) (?:drawer|cupboard|box|cabinet|bag|room|bathroom|pocket)`,
        S`${now}${gap(8)} (?:swallowed|necked) (?:the |her |his |their |some |all )?${medicine}`,
        S`${medicine}${gap(10)} (?:had|took|taken|swallowed|necked) (?:like |about |around |maybe |over )?\d{2,}(?! (?:years?|yrs?|yo|mins?|minutes|hours?|hrs?|days?|weeks?|months?|mg|ml))`,
        S`\d{2,} ${medicine}${gap(8)} (?:took|taken|swallowed|had|necked) (?:them|it|all|the lot)`,
      ].join('|'),
    ),
    // The usual dose at the usual time (not 20 of them "this morning"), history, or a story in the news.
    unless: new RegExp(
      S`${past.source}|\b(?:as prescribed|with (?:her|his|their) (?:breakfast|tea|dinner)|(?:in|on) the news)\b|` +
        S`^(?!.*\b(?:\d{2,}|[5-9]) ${medicine}\b).*\bthis morning\b`,
    ),
  },
  // "cold and shaky after not eating for 5 days, she cant stand up"
  {
    name: 'starved-and-unwell',
    when: b(
      [
        S`(?:not|hasnt|havent|hardly|barely) (?:eaten|eating|ate|had anything)${gap(8)} (?:cant stand|faint\w*|collapsed|dizzy|cold and shaky|confused|chest pain)`,
        S`(?:cant stand|faint\w*|collapsed|dizzy|cold and shaky|confused|chest pain)${gap(8)} (?:not|hasnt|havent|hardly|barely) (?:eaten|eating|ate)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "hes gone grey and his breathing is really slow, we think he took something"
  {
    name: 'took-and-unwell',
    when: b(
      [
        S`(?:${tookNotHad}|overdosed)${gap(12)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${tookNotHad}|overdosed|taking)`,
        S`had${gap(4)} ${medicine}${gap(8)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${drug}|${unknown})`,
        S`(?:${drug}|${unknown})${gap(14)} ${bodySign}`,
      ].join('|'),
    ),
    // "the police took him to a place of safety", history.
    unless: new RegExp(S`${past.source}|\btook (?:him|her|them) (?:to|into|home|back)\b`),
  },
  // "hes 12 really drowsy slurring and just been sick"
  {
    name: 'body-signs',
    when: b(graveSign),
    // Hair going grey is no danger sign.
    unless: /\bhair\b/,
  },
  // "came back off his face, throwing up and cant stand"
  // Not hair going grey; not the racing heart and shaking of a panic attack.
  { name: 'signs-together', when: b(S`${bodySign}${gap(6)} ${bodySign}`), unless: /\b(?:hair|panic\w*|anxiety|anxious)\b/ },
  // "shes got her hands round the younger girls throat"
  { name: 'hands-on-throat', when: b(S`(?:hands?|arm) (?:round|around|on) (?:her|his|the|their)${gap(3)} (?:throat|neck)`) },
  // "the 10 year old has pinned the baby down and is hitting him"
  {
    name: 'hurting-someone-now',
    when: b(
      [
        S`(?:is|are|s|hes|shes|theyre|now|just|currently) ${hurting} ` +
          S`(?:her|him|them|me|the|a|my|our|his|their|another|other|younger|little|staff|carer|someone|baby|brother|sister|mum|dad)`,
        S`${hurting}${gap(8)} ${now}`,
        S`${now}${gap(4)} ${hurting}`,
        S`being (?:hit|beaten|battered|attacked|hurt|abused|touched|assaulted|raped|strangled|kicked|punched)${gap(6)} ${now}`,
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(5)} (?:hitting|beating|battering|slap|punch|punching|kicking|screaming|scream|crying)`,
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(4)} being (?:kicked|hit|beaten|battered|attacked|hurt|punched|strangled)`,
        S`forcing (?:me|her|him|them)`,
        S`(?:screaming|shouting|crying|yelling) (?:stop|help|get off|leave me|let me go)`,
        S`(?:is|s|are|shes|hes|theyre|theyre) being (?:hit|beaten|battered|attacked|kicked|punched|strangled|stabbed|jumped|assaulted|raped)`,
        S`being (?:kicked|bitten|punched|hit|beaten|stamped on)${gap(6)} (?:on the floor|need help|help us|help me)`,
        S`(?:can hear|hear|heard)${gap(3)} (?:choking|gasping|gagging)`,
        S`by the (?:throat|neck)`,
        S`${harmThreat}${gap(1)} (?:rape|abuse|touch|hurt|hit|beat) (?:her|him|them|me)`,
        S`telling (?:her|him|them|the \S+) to (?:undress|strip|take (?:her|his|their) clothes off|send (?:pics|pictures|photos|nudes))`,
        S`(?:voices?|they) (?:are |is )?(?:telling|told) (?:him|her|them|me) to (?:kill|hurt|stab|attack)`,
        S`(?:pinned|held|grabbed)${gap(3)} (?:by|round|around) (?:the|her|his|their) (?:throat|neck)`,
        S`wont get off (?:her|him|them|me)`,
        S`(?:by (?:her|his|the) hair|throwing (?:\S+ )?at (?:my|her|his|the) \S+|cut on (?:his|her|their) head)`,
        S`(?:in|into) (?:a|the|her|his) (?:younger|little) \S+ (?:room|bedroom)${gap(8)} (?:crying|screaming|door shut|door locked)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "hes got a hammer and keeps saying hes going to smash his brothers head in"
  {
    name: 'weapon-threat',
    when: b(
      [
        S`${weapon}${gap(8)} ${harmThreat}${gap(2)} ${violentAct}`,
        S`${harmThreat}${gap(2)} ${violentAct}${gap(8)} ${weapon}`,
        S`${harmThreat} ${alt('shank', 'stab')}`,
        S`${weapon}${gap(6)} (?:waiting (?:outside|for)|on (?:his|her|their) way|gone round|outside (?:his|her|their|the) \S+ (?:house|flat))`,
        S`(?:knows where|got (?:hold of|access to))${gap(6)} (?:shotgun|gun|knife|knives|rifle)`,
        S`${harmThreat}${gap(2)} (?:run|walk|jump|step) in front of`,
        S`(?:chasing|going for|coming at|went for|gone for|running at|coming (?:up|down) the stairs|coming towards)${gap(8)} ${weapon}`,
        S`(?:smashed|broken|broke) (?:a |the )?(?:bottle|glass)${gap(6)} (?:going for|coming at|chasing|waving|threatening|holding it)`,
        S`(?:petrol|lighter fluid|accelerant)${gap(10)} (?:torch|torching|burn|burning|set fire|light)`,
        S`(?:torch|torching|burn|burning) (?:the |her |his |their )?(?:house|home|flat|room|car)${gap(6)} (?:with|baby|kids|everyone)`,
        S`${harmThreat}${gap(2)} (?:drive|crash) (?:it |the car |a car |the van )?(?:into|off)`,
        S`going for${gap(8)} with it`,
      ].join('|'),
    ),
  },
  // "mum has just slapped the toddler really hard"
  {
    name: 'just-assaulted',
    when: b(
      S`(?:just|has) (?:slapped|punched|kicked|hit|battered|strangled|stabbed|attacked|assaulted|raped|grabbed|pushed|shoved) ` +
        S`(?:her|him|them|me|my \S+|our \S+|his \S+|their \S+|` +
        S`(?:the|a|another) (?:baby|child|toddler|boy|girl|kid|carer|staff|teacher|member of staff|other \S+|younger \S+|little \S+))`,
    ),
  },
  // "a visitor is in her room touching her and wont leave"
  {
    name: 'abuse-now',
    when: b(
      [
        S`(?:in|into) (?:her|his|their) (?:room|bed|bedroom)${gap(3)} touching`,
        S`(?:touching|assaulting|abusing|raping) (?:her|him|them)${gap(8)} (?:wont (?:leave|stop|go)|now|tonight|right now)`,
        S`(?:man|adult)${gap(2)} shouting${gap(3)} (?:her|him) screaming`,
        S`(?:making|forcing|getting) (?:her|him|them) (?:to )?do (?:things|stuff|sexual)${gap(6)} (?:camera|video|live|webcam|scared|crying)`,
        S`(?:a man|an adult|a stranger|someone|some bloke|an older man|a lad) (?:is |s )?in (?:her|his|their|my) (?:room|bed|bedroom|flat)${gap(8)} (?:wont (?:leave|go|get out)|whisper\w*|scared|hiding|locked)`,
      ].join('|'),
    ),
  },
  // "a man has dragged our 13yo into his car"
  // A ward keeping a patient is the Mental Health Act's question, not an abduction.
  { name: 'held-or-taken', when: b(held), unless: /\b(?:ward|unit|hospital|informal|voluntarily|sectioned|section)\b/ },
  // "missing since 6, last thing on her insta was no one will miss me"
  {
    name: 'missing-at-risk',
    when: b([S`${away}${gap(20)} ${awayRisk}`, S`${awayRisk}${gap(12)} ${away}`].join('|')),
    // History, or a pattern to plan for ("missing overnight twice").
    unless: b(
      [
        S`${away}${gap(2)} (?:last (?:year|month|week|summer)|before|previously|(?:years|months|weeks) ago)`,
        S`${away}${gap(3)} (?:twice|(?:three|four|five|six|several|many|\d+) times|again and again|repeatedly|every weekend|most weekends)`,
        S`keeps (?:going |running )?(?:missing|off|away)`,
        S`(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time`,
        S`always (?:comes?|came) back`,
        S`(?:going|goes|keeps going) missing`,
        S`missing episodes?|number of|each time`,
        S`since then`,
        ...historyPhrases,
      ].join('|'),
    ),
  },
  // "im doing it when everyones asleep", "hes using it tonight"
  {
    name: 'intent-soon',
    when: b(
      [
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${intent}${gap(6)} ${soon}`,
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${vagueIntent}${gap(6)} ${now}`,
        S`(?:killing ${who}self|doing it|using it)${gap(4)} ${now}`,
        // The means at hand and a time in the school day: "ive got the tablets with me and im doing it at lunch".
        S`(?:tablets|pills|rope|knife|blade|noose)${gap(10)} ${vagueIntent} (?:at (?:lunch|lunchtime|break|breaktime|home time|bedtime)|after school)`,
        S`plan (?:and )?means (?:and )?(?:date|time|timing)|(?:has|got) (?:a |the )?plan and (?:the )?means`,
        S`(?:got|have|bought|taking|took|packed) (?:the |a |some |my |her |his )?(?:rope|noose|ligature)${gap(8)} ${soon}`,
        S`tell (?:everyone|them|mum|my mum|nan|my nan|my sister|my brother) (?:im sorry|i love)`,
        S`(?:saving|saved|hoarding|stockpiling) (?:up )?(?:my|her|his|their)? ?(?:tablets|pills|meds)${gap(6)} (?:doing it|do it|take them|${soon})`,
        S`(?:goodbye|letters? to (?:each|all|every))${gap(14)} (?:pills|tablets|rope|knife|blade|paracetamol)`,
        S`(?:pills|tablets|rope|knife|blade|paracetamol)${gap(14)} (?:goodbye|letters? to (?:each|all|every))`,
      ].join('|'),
    ),
    // "wants to die her hair blue" is dye, misspelt.
    // "i dont know why i do it" is a child explaining an outburst; "said months ago she wanted to die" is history.
    unless: new RegExp(
      S`\bdie (?:her|his|their|my) hair\b|\bwhy (?:i|she|he|they|we) (?:do|does|did) it\b|\bsafe (?:right )?now\b|\b(?:isnt|not) (?:going to|gonna) do anything\b|${past.source}`,
    ),
  },
  // "keeps saying he wants to be dead and wont open the door"
  {
    name: 'despair-shut-in',
    when: b(
      [
        S`(?:wants? to|wanna) (?:die|be dead|kill (?:her|him|them)self)${gap(10)} ${barricaded}`,
        S`${barricaded}${gap(14)} (?:hang|kill|end) (?:her|him|them)sel(?:f|ves)`,
        S`${barricaded}${gap(10)} (?:wants? to|wanna) (?:die|be dead)`,
      ].join('|'),
    ),
  },
  // "shes cutting right now and wont let go of the blade, theres a lot of blood"
  {
    name: 'blood-now',
    when: b(
      [
        S`(?:a lot of|lots of|so much|pool of|loads of) blood`,
        S`(?:is|s|shes|hes|im|theyre) cutting (?:right )?now`,
        S`cutting (?:(?:her|him|them|my)sel(?:f|ves)|(?:her|his|their|my) (?:arms?|legs?|wrists?|skin|thighs?|stomach|face))${gap(3)} ${now}`,
        S`bleeding${gap(2)} (?:bad|badly|heavily|loads|a lot|lots|everywhere)`,
      ].join('|'),
    ),
  },
  // "burning herself with a lighter and laughing when i ask her to stop"
  {
    name: 'self-harm-wont-stop',
    when: b(
      [
        S`(?:burning|cutting|slashing|scratching|carving|stabbing) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:wont stop|refus\w* to stop|(?:ask|tell|asking|telling|told|asked) (?:her|him|them) to stop|laughing at)`,
        S`(?:banging|bashing|smashing|hitting|headbutting) (?:(?:her|his|their|my|the) )?head${gap(10)} (?:bleeding|blood|wont stop|cant stop)`,
        S`head ?bang\w*${gap(8)} (?:bleeding|blood|vomit\w*|being sick)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "her arm is gaping open", "you can see the fatty yellow stuff"
  {
    name: 'serious-wound',
    when: b(
      [
        S`gaping(?: open)?`,
        S`skin (?:is |has )?(?:peeling|blistering|blistered|coming off|melted)`,
        S`(?:burn|burnt|burned|burning)${gap(8)} (?:huge|big|massive|large) (?:blister\w*|patch)`,
        S`(?:blistered|blistering|weeping|charred) (?:patch|skin|burn|arm|leg|hand)`,
        S`(?:big|huge|massive|large) blisters?`,
        S`(?:gone |turned )?(?:white|black|charred) and leathery|leathery`,
        S`(?:boiling|hot) (?:kettle|water|pan|oil)${gap(2)} (?:over|on|onto) (?:her|him|them|my)sel(?:f|ves)`,
        S`deep (?:gash|cut|wound)${gap(4)} (?:spurting|pumping|wrist|neck|throat|wont stop|pouring)`,
        S`spurting`,
        S`still bleeding after (?:an|half an|\d+|two|three) (?:hour|hours|hr|hrs)`,
        S`(?:cut|cuts) (?:a bit |much |way )?deeper than (?:normal|usual|before)`,
        S`(?:still )?bleeding through (?:the |a |her |his )?(?:towel|bandage|dressing|plaster|tissues?|clothes|sleeve|top)`,
        S`(?:poured|pouring|thrown|threw|spilt|spilled) (?:boiling|hot) (?:water|kettle|oil|fat)`,
        S`(?:see|seen|showing|can see)${gap(3)} (?:the )?(?:fat|fatty|bone|tendon|yellow stuff|white stuff)`,
        S`(?:wont|cant|will not|can not) stop (?:the )?bleeding`,
        S`bleeding from (?:the|her|his|their) (?:head|neck|wrist|wrists)`,
        S`(?:head|forehead|wrist|neck) (?:is |now )?(?:bleeding|pouring)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "says shes gona kil herself and has got her nans pills in her bag"
  {
    name: 'threat-with-means',
    when: b(
      S`(?:kill|kil|end|hang|top) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:got|has|have|holding|carrying|with|bought|taken)${gap(5)} ${alt(medicine, cord, 'knife', 'blade', 'razor', 'dog lead')}`,
    ),
    unless: past,
  },
  // "lashing out at staff with a metal bar", "scuffle, hes got a hammer from the shed"
  {
    name: 'weapon-in-a-fight',
    when: b(
      [
        S`(?:lashing out|swinging|going for|attacking|hitting|threatening|waving)${gap(5)} with (?:a |the |his |her )?${weapon}`,
        S`(?:stood|standing|stands|looming|leaning) over${gap(4)} with (?:a |the |his |her )?${weapon}`,
        S`(?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)${gap(8)} (?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}`,
        S`(?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}${gap(8)} (?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "mum walked out of the contact centre with him, not supervised"
  {
    name: 'taken-by-family',
    when: b(
      [
        S`(?:walked|ran|run|gone|went|left|driven|drove|took off|run off|ran off)${gap(6)} with (?:her|him|them)${gap(10)} ${alt(...familyWorry)}`,
        S`${alt(...familyWorry)}${gap(10)} (?:walked|ran|run|gone|went|left|driven|drove|took off) (?:off |out |away )?${gap(4)}with (?:her|him|them)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "running in and out of the traffic saying the voices told her to"
  {
    name: 'in-traffic',
    when: b(
      [
        S`(?:running|walking|standing|lying|sitting|wandering|dodging|stepping|jumping|weaving|cycling|darting)${gap(4)} (?:in|into|out into|in and out of|onto|on|across) (?:the )?(?:\S+ )?(?:traffic|motorway|train tracks|railway line|railway|tracks|dual carriageway)`,
        S`(?:swimming|swam|wading|waded|walking|walked) (?:out|into the sea|in the sea|into the river|in the river|into the water)${gap(10)} (?:drunk|at night|in the dark|cant see|tide|high)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "written my letters, everythings sorted for when i go", "given away his xbox, said bye to the dog"
  {
    name: 'final-acts',
    when: b(
      [
        S`(?:written|wrote|writing|left) (?:my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)${gap(8)} (?:sorted|ready|when i go|when im gone|im gone|goodbye|sorry|love you)`,
        S`(?:everythings|everything is|its all) (?:sorted|ready|arranged) for when (?:i|she|he|they) (?:go|die|am gone|im gone)`,
        S`(?:given|giving|gave) (?:all )?(?:her|his|their|my) (?:stuff|things|belongings|clothes) away${gap(12)} (?:bye|goodbye|wont see|never see|pills|tablets|rope)`,
        S`(?:wont|never) (?:ever )?see (?:them|me|you|us|her|him|anyone) again`,
        S`(?:given|giving|gave) away${gap(4)} (?:xbox|playstation|ps5|phone|stuff|things|belongings|clothes|games|pets?|dog|cat)${gap(12)} (?:pills|tablets|rope|knife|blade|bye|goodbye|note|letter)`,
        S`(?:said|saying|say) (?:bye|goodbye) to (?:the dog|the cat|everyone|his \S+|her \S+|their \S+)${gap(10)} (?:pills|tablets|rope|knife|blade)`,
        S`(?:rope|noose|pills|tablets|knife|blade|belt)${gap(12)} dont (?:bother )?(?:look|looking|come looking) for`,
        S`dont (?:bother )?(?:look|looking|come looking) for${gap(12)} (?:rope|noose|pills|tablets|knife|blade|belt)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "locked herself in the car in the garage with the engine running"
  {
    name: 'fumes',
    when: b(
      [
        S`(?:engine|car) (?:is |was |still )?running${gap(8)} (?:garage|locked|shut|hose|pipe)`,
        S`(?:garage|locked|shut|hose|pipe)${gap(8)} (?:engine|car) (?:is |was |still )?running`,
        S`(?:hose|hosepipe|pipe) (?:from|on|into|in) (?:the )?exhaust`,
        S`(?:bbq|barbecue|barbeque|disposable bbq|heater|generator|camping stove)${gap(4)} (?:inside|in) (?:the |a |her |his |their )?(?:tent|caravan|bedroom|room|car|van)`,
        S`(?:gas|oven) (?:is |was )?(?:on|turned on|left on)${gap(6)} (?:locked|shut|head in|not lit)`,
        S`(?:locked|shut)${gap(6)} (?:the )?(?:gas|oven) (?:is |was )?(?:on|turned on|left on)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "eating the iron tablets like sweets, there were 30 and now theres 3"
  {
    name: 'medicine-going-fast',
    when: b(
      [
        S`${medicine}${gap(2)} like (?:sweets|smarties)`,
        S`(?:were|was|had) \d+${gap(3)} (?:tub|box|packet|pack|bottle|strip|pot)${gap(4)} (?:now|only) (?:theres |there are |there is )?(?:\d+|none|one|two|three|a few)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "buying packs from different shops and today she told me she means it"
  { name: 'means-it', when: b(S`(?:paracetamol|tablets|pills|rope|knife)${gap(20)} (?:means it|meant it|not joking|going to do it)`) },
];

export function dangerSituation(cleaned: string): string | undefined {
  if (general.test(cleaned)) return undefined;
  return situations.find((s) => s.when.test(cleaned) && !(s.unless?.test(cleaned) ?? false))?.name;
}
