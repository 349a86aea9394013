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
  // "says shell do it once everyones asleep"
  'shell',
  'hell',
  'theyll',
);
/** Signs it is happening now, or about to. */
const now = alt(
  'now',
  'right now',
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
/** The moment no one is watching: "when i leave the room", "as soon as staff go". */
const unwatched = S`(?:as soon as|when|once|the (?:moment|minute|second)) (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|out|asleep)`;
/** Soon enough to act on now, for a threat to die: "not gonna be here tomorrow", "doing it friday". */
const soon = alt(
  now,
  'tomorrow',
  'later',
  'this weekend',
  'on (?:my|her|his) birthday',
  S`(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  // The moment no one is watching: "will do it as soon as i leave".
  S`as soon as (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|asleep|out)`,
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
/** Painkillers (or tablets unnamed), that harm the stomach and the liver in a few too many. */
const painkiller = alt(
  'ibuprofen',
  'paracetamol',
  'co codamol',
  'cocodamol',
  'codeine',
  'aspirin',
  'naproxen',
  'painkillers',
  'pills',
  'tablets',
  'meds',
);
/** Drugs, poisons and unknowns: taking any is a worry now. */
const drug = alt(
  'edibles?',
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
  'methadone',
  'bleach',
  'the lot',
  'edibles',
  'thc gummies',
);
/** Something unknown, or used to get high: a worry when it comes with signs of being unwell. */
const unknown = alt(
  // Said of a child who has taken it, not a hunch: "something feels off", "something is not right".
  S`(?:had|has had|taken|took|swallowed|drank|drunk|smoked|eaten|ate|given|sniffed|necked|vaping|vaped|smoking|sniffing|snorting|snorted|drinking|taking|popping|popped) (?:something|everything)`,
  S`something in (?:her|his|their|my) drink`,
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
  // "empty ibuprofen packets in her room"
  S`empty (?:${medicine} )?(?:foil |blister )?(?:strips|packets|packs|boxes)`,
  // "empty bottle of nans pills and the 13yo is being sick"
  S`empty (?:bottle|box|packet|pack|tub|strip)s? of`,
);
/** Packs emptied of medicine: "empty blister packs", "an empty packet of ibuprofen". */
const emptyPacks = S`(?:empty|emptied|finished) (?:${medicine} (?:blister |foil )?(?:packs?|packets?|boxes?|strips?|bottles?|tubs?)|(?:blister|foil) (?:packs?|packets?|strips?)|(?:packs?|packets?|boxes?|strips?|bottles?|tubs?) of (?:\S+ )?${medicine})`;
/** Drink that, with medicine, is an overdose risk. */
const booze = alt(
  'wine',
  'vodka',
  'alcohol',
  'beer',
  'cider',
  'spirits',
  'whisky',
  'whiskey',
  'gin',
  'rum',
  'booze',
  'lager',
  'tequila',
  'brandy',
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
  // Someone else's medicine: "injected himself with his dads insulin", "took her mates adhd tablets".
  S`(?:her |his |their )?(?:mums|dads|nans)`,
  S`(?:her |his |their )?(?:mates|friends|brothers|sisters)`,
  'my',
  'someone elses',
  'many',
);
/** Taking something, in the words people use. */
const took = alt(
  'took',
  'taken',
  'tooken',
  'swallowed',
  'swallowing',
  'necked',
  'downed',
  'eaten',
  'ate',
  'eat',
  'drank',
  'drunk',
  'smoked',
  'got into',
  'had',
  'did take',
  // "hes injected himself with my insulin"
  'injected',
);
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
  S`(?:isnt|not|aint|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|in|out))`,
);
/**
 * The body's signs, and two that say little alone but much beside another (signs-together only):
 * "gasping, and not really answering us" since a restraint (not gasping for a brew).
 */
const bodySignOrDistress = alt(
  bodySign,
  S`(?:not|isnt) (?:really )?(?:answering|responding to) (?:me|us|staff|anyone)(?: properly)?(?! (?:about|when|questions|texts|messages|calls|phone))`,
  S`gasping(?! for (?:a |some )?(?:drink|brew|cuppa|tea|coffee|fag|smoke|vape))`,
);
/** Medicine spilt about a room: "tablets everywhere", "pills all over the floor". */
const strewnMedicine = S`(?:${medicine}|(?:empty )?(?:packets|wrappers)) (?:(?:are |is |were )?(?:everywhere|all over|scattered|strewn|on the floor))`;
/** Someone down, or gone quiet, where they should not be. */
const downNow = alt(
  S`(?:gone|going|very|really|so) (?:very |really |so )?(?:quiet|still|sleepy|drowsy|floppy|pale|grey)`,
  S`(?:wont|cant|not) (?:wake|respond\w*|answer\w*)`,
  'unresponsive',
  'being sick',
  S`(?:on|lying on|laying on|collapsed on|slumped on) (?:the |her |his |their )?(?:bathroom |bedroom |kitchen |toilet )?floor`,
  'slumped',
);
/** Signs that are an emergency on their own, whatever caused them. */
const graveSign = alt(
  // Typed fast: "now wont wak up"
  S`(?:wont|cant|wnt) (?:wak|wkae|waek) up`,
  // Breath fighting for: "gasping for breath, panic or asthma dont know", "huge asthma attack, he cant talk"
  S`gasping for (?:breath|air)${gap(8)} (?:dont know|not sure|asthma|inhaler|blue|cant talk|cant speak)`,
  S`(?:huge|bad|severe|massive|serious|really bad) asthma attack`,
  S`asthma attack${gap(4)} (?:cant (?:talk|speak|breathe)|blue|inhaler (?:isnt|not|is not) working)`,
  'gone grey',
  'going grey',
  'turning blue',
  'blue lips',
  S`lips ${alt('going', 'gone', 'turning', 'are', 'look')} blue`,
  S`lips ${alt('are', 'have', 'is')} ${alt('going', 'gone', 'turning')} blue`,
  'blue round (?:the|her|his) mouth',
  'hard to (?:rouse|wake)',
  'cant rouse',
  'floppy',
  'eyes (?:keep )?rolling',
  S`drowsy${gap(3)} slurring`,
  S`slurring${gap(3)} drowsy`,
  'not breathing properly',
  'breathing (?:is )?(?:really |very |dead )?(?:slow|shallow)',
  '(?:isnt|is not|aint|not|stopped) breathing',
  'struggling to breathe',
  S`(?:not|isnt) breathin(?:g)? (?:right|properly|normally)`,
  // "breathing really weird and making gurgling noises" (not "breathing is fine", nor breathing exercises)
  S`breathin(?:g)?(?! (?:is |s )?(?:fine|normal|ok|okay|good|settled|exercises?|techniques?))${gap(6)} (?:snor\w*|gurgl\w*|rattl\w*)`,
  S`(?:spurting|pumping) (?:blood|out)|blood (?:spurting|pumping)`,
  'fighting for breath',
  S`doesnt know (?:where|who) ${alt('she', 'he', 'they')} (?:is|are)`,
  'rash (?:that )?(?:wont|doesnt) fade',
  'face went purple',
  // "face and lips swelling up fast"
  S`(?:lips|tongue|throat|mouth)${gap(1)} (?:swelling|swollen|swelled)(?: up)? (?:fast|quickly|really fast|badly)`,
  'crushing chest pains?',
  'going purple',
  // Nor a case that is stuck: "camhs involved but not moving anywhere".
  S`(?:isnt|is not|aint|not|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|forwards|in|out|to|anywhere|along|fast|quickly))`,
);
/** Swelling where it closes the airway: "her face is swelling up", "lips swollen". */
const swollenPart = S`(?:face|lips?|tongue|throat|mouth|eyes?)${gap(2)} (?:swelling|swollen|swelled|puffing|puffed)(?: up)?`;
/** Signs an allergic reaction is closing the airway. */
const allergySign = alt(
  S`wheez\w*`,
  'cant breathe',
  'struggling to breathe',
  S`(?:throat|chest) (?:is |feels )?(?:tight|closing)`,
  'cant swallow',
  swollenPart,
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
  'wardrobe',
  'wardrobe door',
  'stair rail',
  'loft hatch',
  'light fitting',
  'window catch',
  'window handle',
  'hook',
  'bunk bed',
  'top bunk',
  'bed frame',
  'pole',
);
/** What a ligature is made of: not string or a lead, which are tied to things every day. */
const ligatureCord = alt(
  'belt',
  'scarf',
  'cord',
  'rope',
  'laces?',
  'shoelaces?',
  'wire',
  'cable',
  'charger(?: cable)?',
  'flex',
  '(?:bed ?)?sheet',
  'towel',
  'tights',
  'dressing gown cord',
  'washing line',
  'ligature',
  'noose',
);
/** Things tied up for everyday use: "tie the washing line to the pole", "balloons on the bannister". */
const tiedForUse = S`\b(?:balloons?|bunting|decorations?|banners?|fairy lights|tinsel|dogs?|washing|swing|hammock|tent|den)\b`;
/** Signs right after a ligature, that it was one: "hes breathing but dazed", "red marks". */
const afterLigature = alt(
  'breathing',
  'not breathing',
  'conscious',
  'unconscious',
  'dazed',
  'awake',
  'coughing',
  'gasping',
  'blue',
  'grey',
  'purple',
  'floppy',
  'marks?',
  'ambulance',
  '999',
  S`(?:not |isnt )?respond\w*`,
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
  // "boy laying into the foster carer"
  'laying into',
);
/** Waiting in a car or a queue, as anyone does at a crossing. */
const stuckInTraffic = S`\b(?:in the car|driving|drove|barriers?|queue\w*|stuck)\b`;
/** Fuel for a fire meant to be lit, or an engine. */
const fuelUse = S`\b(?:bbq|barbecue|barbeque|bonfire|coals|fire ?pit|campfire|log burner|lawn ?mower|mower|generator|strimmer|chainsaw)\b`;
/** Hurting one's own body, as it happens. */
const harmingOwn = alt('burning', 'scalding', 'cutting', 'slashing', 'scratching', 'carving', 'stabbing');
/** What a child harms themselves with: anything with an edge or a point ("a broken cd", "a compass"). */
const sharpThing = alt(
  'knife',
  'knives',
  'blades?',
  'razors?',
  'scissors',
  'compass',
  'glass',
  'sharpener',
  'shards?',
  'pins?',
  'needles?',
  'pencil',
  'pen',
  'nail file',
  'cd',
  'dvd',
  'ring pull',
  S`(?:bits?|pieces?) of (?:\S+ )?(?:glass|mirror|plastic|metal|mug|plate|cd|tin)`,
  S`broken \S+`,
);
/** "herself", or a part of her own body. */
const ownBody = S`(?:(?:her|him|them|my)sel(?:f|ves)|(?:her|his|their|my) (?:own )?(?:arms?|legs?|wrists?|skin|thighs?|stomach|face|hands?|fingers?|neck|throat))`;
/** Violence done to someone, not touching or shaking that may be care. */
const assaulting = alt(
  'hitting',
  'beating',
  'battering',
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
  'kicking(?! off)',
  'headbutting',
  'stamping on',
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
/** Weapons carried to do harm, not for play or a job ("a stick", "a bat and ball"). */
const armedWith = alt(
  'hammer',
  'knife',
  'knives',
  'blade',
  'machete',
  'axe',
  'gun',
  'baseball bat',
  'crowbar',
  'cleaver',
  'meat cleaver',
  'metal bar',
  'golf club',
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
/** Hurting someone, in the slang of a planned attack: "going to do a lad", "to get someone". */
const toHurt = alt('do', 'get', 'sort', 'stab', 'shank', 'batter', 'hurt', 'cut', 'slash', 'jump', 'rush', S`use it on`, S`deal with`);
/** Whom an armed child is going after: someone, not something ("to cut the cake"). */
const target = alt(
  'someone',
  'somebody',
  S`(?:a|an|that|this|the|some) (?:lad|boy|girl|kid|guy|bloke|man|opp|opps|yute|teacher|dealer)`,
  S`(?:his|her|their) (?:opps?|enemy|enemies|ex)`,
);
/** A debt, and what happens if it is not paid: "if he doesnt pay". */
const unlessHePays = S`(?:if|unless) (?:he|she|they|you|we) (?:doesnt|dont|wont|cant|does not|do not)? ?(?:pay|pays|give|gives|hand|hands|bring|brings)`;
const violentAct = alt(
  'stab',
  'shank',
  'kill',
  'smash',
  'batter',
  'hurt',
  'hit',
  'attack',
  'cut',
  S`sort (?:him|her|them|someone|somebody|a|an)`,
  S`do (?:her|him|them|you|me) in`,
);
/** Let out, as in kept in: not out of her sight, nor out to play (a house rule). */
const letOut = S`out(?! (?:of (?:(?:her|his|their|my) )?sight|to play|in(?:to)? the (?:garden|rain|snow)|on (?:their|his|her) (?:bikes?|own)))`;
/** Taking a child by force: "drag", "bundled", "forcing". */
const snatching = alt(
  'pulled',
  'pull',
  'pulling',
  'dragged',
  'drag',
  'dragging',
  'grabbed',
  'grab',
  'grabbing',
  'bundled',
  'bundle',
  'bundling',
  'snatched',
  'snatching',
  'shoved',
  'shoving',
  'forced',
  'forcing',
);
/** Taken, held, or kept from leaving. */
const held = alt(
  // "wont give our girl back", "on a train to london with a man she met online"
  S`(?:man|men|guy|bloke|adult|stranger)${gap(2)} (?:wont|will not|refusing to|refuses to) (?:give|bring|hand) (?:our|the|my|her|him|them)(?: \S+)? back`,
  S`with (?:a|the|an older) (?:man|guy|bloke|adult) (?:she|he|they) met online`,
  // "taken to a flat in blackpool by dealers", "they wont let me go home"
  S`taken (?:him |her |them )?to a (?:flat|house|hotel|trap house)${gap(4)} by (?:dealers|men|a gang|older \S+|some \S+)`,
  // Moved away by those who exploit them: "county lines lot took him to blackpool", "the dealers have taken her to a flat".
  S`(?:county lines?|dealers?|gang|the line|the olders)${gap(2)} (?:took|taken|have taken|has taken|moved|trafficked|driven|drove) (?:him|her|them) (?:to|out to|up to|down to|over to)`,
  S`(?:they|he|she|them|men)${gap(1)} (?:wont|will not) let (?:me|her|him|them) (?:go|leave)`,
  // "unknown adult collected our yp from school pretending to be family"
  S`(?:unknown|strange|unfamiliar) (?:adult|man|woman|person|bloke|car)${gap(2)} (?:collected|picked up|took|has taken)`,
  S`pretending to be (?:family|her \S+|his \S+|their \S+|mum|dad)`,
  // "got in a car with 2 grown men", "pulled a 7yo into a taxi outside school"
  S`(?:got|getting|gone) (?:in|into) (?:a|the|his|their) (?:car|van|taxi) with (?:\d+ |two |three |some |an? )?(?:older |grown |adult )?(?:men|man|guys?|blokes?|adults?|strangers?)`,
  // "just watched a man drag one of our girls into a car", as it happens or told after.
  S`(?:woman|women|man|men)${gap(3)} ${snatching} (?:a |an |our |the |one of (?:our|the|my) )?\S+${gap(4)} into (?:a|the|his|her|their) (?:car|van|taxi)`,
  S`(?:older|grown) (?:guy|man|bloke)${gap(2)} picked (?:her|him|them) up${gap(10)} (?:never seen|dont know|stranger|\d+ mins? ago)`,
  S`with (?:the|a|some) (?:man|guy|bloke|adult) (?:from|she met|he met) online${gap(3)} (?:now|right now|tonight|in a hotel)`,
  S`(?:dragged|bundled|pulled|forced|pushed)(?: (?:her|him|them|our \S+|the \S+|\S+))?${gap(2)} ` +
    S`(?:into|in) (?:a|his|their|the) (?:car|van|taxi)`,
  // "shes been taken by a man in a black audi", "picked up by an older man", "put in a car by the men who run the line"
  S`(?:been|was|got|just been) (?:taken|grabbed|snatched|dragged|bundled|pulled|picked up|put in (?:a|the|his|their) (?:car|van)) (?:away |off )?by (?:a|an|some|two|three|the|these) (?:older |grown )?(?:man|men|adults?|strangers?|blokes)`,
  // "a man in a white van just pulled one of our girls in"
  S`(?:man|men|adult|stranger|bloke)${gap(6)} ${snatching} (?:her|him|them|one of (?:our|the|my) \S+|our \S+|my \S+)${gap(2)} (?:in|into)`,
  // Taken by whoever was in a car: "car pulled up and took our 13yo".
  S`(?:car|van|taxi|motorbike|moped)${gap(2)} (?:pulled up|pulled over|pulled alongside|stopped|drove up|screeched up)${gap(4)} (?:and )?` +
    S`(?:took|taken|grabbed|snatched|bundled|dragged|pulled|picked up) (?:our|my|the|a|her|him|them|one)`,
  // The number plate taken down after: "took our 13yo, staff got the reg".
  S`(?:took|taken|grabbed|snatched|bundled|dragged) (?:her|him|them|(?:our|my|the|a|one of (?:our|the|my)) \S+)${gap(8)} ` +
    S`(?:got|have|has|took|noted|wrote down|taken|getting) (?:the |a |its |their |part of the )?(?:reg|registration|number plate|plate)`,
  // Laid hands on a child as it happens: "bloke in the park has been following our kids and just grabbed one by the arm".
  S`(?:man|men|woman|adult|stranger|bloke|guy|someone|somebody)${gap(10)} (?:just|has just|now|is) (?:grabbed|grabbing|snatched|seized|got hold of) ` +
    S`(?:one|her|him|them|(?:one of )?(?:our|the|my) \S+)${gap(2)} by (?:the|her|his|their) (?:arm|wrist|hand|hair|hood|coat|collar|neck)`,
  S`(?:grabbed|snatched|took|taken) (?:her|him|them)${gap(3)} (?:and )?(?:driven|drove|ran|run) off`,
  S`driven off with (?:her|him|them)`,
  S`wont let (?:me|her|him|them|us|our \S+|my \S+|the \S+) (?:${letOut}|leave|go|come home|come back)`,
  // Not things kept in the house: "adhd meds kept in the house".
  S`(?<!\b(?:meds|medicine|medication|tablets|pills|knives|alcohol|drugs|keys|stuff|things) )(?:locked|kept|held|trapped) in (?:a|the|his|their) (?:room|bedroom|flat|house|car|van|cellar|shed)`,
  // Someone has shut the child in: "her boyfriend has locked her in a room" (not the teller: "we locked him in his room").
  S`(?<!\b(?:we|i|ive|weve|staff|carers?) (?:have |had )?)(?:locked|kept|shut|trapped) (?:her|him|them|me) in (?:a|the|his|their) (?:room|bedroom|flat|house|car|van|cellar|shed|cupboard|bathroom|garage|loft|attic|basement)`,
  S`(?:being|been) kept in`,
  S`taken (?:her|him|them) to (?:a|his|their) (?:house|flat)`,
  S`got (?:me|her|him|them) in (?:the|his|their|a) (?:car|van)`,
  S`got in(?:to)? (?:his|their) (?:\S+ )?(?:car|van)`,
  S`got in(?:to)? (?:a|the) (?:\S+ )?(?:car|van) with (?:a man|men|an adult|older|strangers?|some \S+)`,
  S`(?:taken|snatched|grabbed|abducted|kidnapped)${gap(7)} (?:in|into) (?:a|his|their|the) (?:\S+ )?(?:car|van)`,
  S`(?:has been|been|was|just been) (?:abducted|kidnapped|snatched)`,
  S`(?:coming|going) to (?:get|take|grab) (?:her|him|them)${gap(6)} (?:tonight|now|today|terrified|scared)`,
  // "says hes coming tonight to get her and hurt us"
  S`(?:coming|going) (?:tonight|now|today|round|over) to (?:get|take|grab) (?:her|him|them)${gap(2)} (?:and )?(?:hurt|kill|batter|stab|beat|attack)`,
  // "unknown men just took our girl from outside the home"
  S`(?:men|women|adults|strangers)${gap(3)} (?:took|taken|grabbed|snatched|dragged|bundled) (?:our|my|her|his|the|a) (?:\S+ )?(?:girl|boy|lad|kid|child|yp|son|daughter|baby|toddler)`,
  // Or the child named by pronoun, and where from: "men took her from the park 10 mins ago".
  S`(?:men|man|women|adults?|strangers?|blokes?|gang)${gap(3)} (?:took|taken|grabbed|snatched|dragged|bundled) (?:her|him|them) (?:away )?(?:from|off the (?:street|road|bus)|outside)`,
  // "picked up from the school gate by older men, shes in their car now"
  S`(?:picked up|collected|taken|grabbed|snatched)${gap(5)} by (?:an? |some |two |three |\d+ )?(?:older |grown |unknown )?(?:men|man|adults?|strangers?|blokes?)${gap(6)} (?:in (?:their|his|a|the) (?:car|van)|now|screaming)`,
  // Not "cant get out of the house" for anxiety, or "out of his own head", or out of the car at school.
  S`cant (?:get out|leave|go home|escape|get away)(?! (?:of )?(?:the house|home|bed|(?:her|his|their|my) (?:own )?(?:head|room|bed)|the car (?:at|outside|for|on the school run)))`,
  S`(?:locked|trapped|shut) in (?:a|the|his|their) (?:cupboard|bathroom|toilet|garage|loft|attic|basement)`,
  'trap house',
  S`owe them${gap(6)} (?:cant|come get|help|scared|wont let|phones? (?:is |are )?(?:now )?off|not answering)`,
  S`(?:adult|man|woman|stranger|someone|somebody|people)${gap(5)} (?:has |have )?(?:taken|took|snatched|grabbed|dragged) (?:our|my|her|his|the|a) \S+`,
  S`(?:trying to|tried to|keeps trying to) (?:open|get out of|jump out of) (?:the )?(?:car|van|taxi)(?: door)?`,
  S`(?:has |have |just )?(?:snatched|abducted|kidnapped) (?:the|a|our|my|her|his|their) \S+`,
  S`put (?:her|him|them) in (?:a|his|their|the) (?:taxi|car|van)`,
  // "our 12 year old got in a strangers car outside the park"
  S`(?:got|get|getting|gone|went|climbed) (?:in|into) (?:a |the )?(?:strangers?|strange (?:mans?|womans?)|unknown|random (?:mans?|blokes?|lads?)) (?:car|van)`,
  S`wont (?:hand|give) (?:her|him|them|the \S+) back`,
  S`tried to (?:get|pull|drag) (?:her|him|them) (?:in|into)`,
  S`pulled (?:her|him|them) (?:in|into)`,
  // "holding him til he pays the debt"
  S`(?:keeping|holding) (?:her|him|them) (?:at|in|(?:till|til|until) (?:he|she|they) (?:pays?|gives?|hands?|brings?))`,
  S`(?:taken|took|snatched|grabbed) (?:the|a|our) (?:baby|toddler|child|kid|little one)`,
  S`come (?:and )?get me`,
  S`(?:man|woman|adult|stranger|someone|somebody|bloke)${gap(6)} trying to (?:collect|take|pick up|get|grab)${gap(6)} (?:child|her|him|them|our|my|the)`,
  // "her dad has just taken her from contact, hes not allowed her, hes driving off"
  S`(?:taken|took|collected|picked up|snatched) (?:her|him|them) (?:from|out of) (?:school|contact|placement|nursery|the home|the unit|college)${gap(8)} ` +
    S`(?:without permission|not answering|isnt answering|not safe|police|unsupervised|court order|no contact order|` +
    S`not allowed (?:to have |to see |near )?(?:her|him|them)(?! (?:overnight|overnights|to stay|for (?:the )?(?:weekend|night))))`,
  // "older bloke keeps turning up at the home, hes outside now trying to get in"
  // A stranger trying the doors: "a man in a van keeps circling the home and has just got out and is trying the door".
  S`(?:man|men|bloke|guy|adult|stranger|someone|somebody|van|car)${gap(12)} (?:is|s|now|just|keeps|outside) (?:trying|tried|rattling|rattled|testing|pulling at) ` +
    S`(?:the |our |all the )?(?:front |back )?(?:doors?|door handles?|handles?|windows?)(?! (?:on|for|in)\b)`,
  S`(?:man|men|bloke|guy|adult|stranger|someone|somebody)${gap(10)} outside${gap(2)} trying to (?:get|break|force (?:his|their|her) way) in`,
  // Kept in by a locked door: "dad has locked the door and wont let the supervisor or the boy out"
  S`(?:locked|blocked|blocking|barricaded) (?:the |all the |both )?(?:front |back )?(?:doors?|exits?)${gap(6)} (?:wont|will not|isnt|not|refusing to|refuses to) let${gap(4)} ` +
    S`(?:me|her|him|them|us|anyone|anybody|staff|supervisor|worker|carer|boy|girl|kids?|children|child|baby|lad|yp) (?:${letOut}|leave|go)`,
  S`(?:owes?|owed) (?:money|them|him|her)${gap(8)} (?:has|have|theyve|hes|shes|theyre|s)? ?got (?:him|her|them)`,
  S`(?:has|have|theyve|hes|shes) got (?:him|her|them)${gap(10)} (?:video|photo|pic|picture|bruised|beaten|ransom|wont let)`,
  // "dealers are holding him, theyve sent us a video" (not holding him back, or to account)
  S`(?:dealers?|gangs?|the olders|older (?:men|lads|boys)|men|county lines?|the line)${gap(2)} (?:are |is |have been |been |s )?(?:holding|keeping|kidnapped) (?:her|him|them)` +
    S`(?! (?:back|down|up|close|tight|accountable|responsible|to account|supplied|busy|sweet|quiet|on side|in line)\b)`,
  // Threatened, and coming back: "just threatened our yp, says hes coming back for him".
  S`(?:threatened|threatening|threats?)${gap(8)} (?:hes|shes|theyre|theyll|hell|shell|is|are)? ?(?:coming back|coming|come back) for (?:her|him|them|you|us)\b(?! (?:stuff|things|bags?|coat|phone|keys|clothes|money|school|room)\b)`,
  // Snatched from school or contact by someone in no state: "dad took her from the school gate, hes drunk".
  S`(?<!\b(?:i|we|ive|weve|staff|carers?|taxi|escort|driver) )(?:took|taken|grabbed|snatched|dragged) (?:her|him|them) (?:from|out of) (?:the )?` +
    S`(?:school|contact|nursery|college|placement)(?: (?:gates?|centre))?${gap(8)} (?:drunk|high|off (?:his|her|their) face|screaming|kicking and screaming)`,
);
/** Away from home, or out of reach. */
const away = alt(
  S`(?:missing|missin|mising|misssing)(?! (?:her|his|their|my|school|lessons|classes|appointments|out|mum|dad|family|friends|home|contact|college|work|sessions|therapy|education|meals))`,
  'still out',
  S`cant find (?:her|him|them|our|my|the)`,
  S`lost (?:him|her|them) (?:in|at|on)`,
  S`absent from (?:placement|home|the home|the unit|school)`,
  S`cant see (?:her|him|them)(?! (?:a|the) )`,
  S`(?:heading|headed|ran|running|bolted|legged it) (?:off )?(?:for|to|towards|toward) (?:the )?(?:docks|river|canal|bridge|beach|sea|pier|motorway|railway|station|tracks)`,
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
  // Gone in anger: "ran out after a row 10 hours ago", "stormed out after an argument".
  S`(?:ran|run|stormed|storms|stomped|walked|went|gone) out${gap(2)} (?:after|following|during|in the middle of) (?:a|an|the) (?:row|argument|fight|falling out|bust up|blow up)`,
  'not back',
  'wandered off',
  // Out of a place, not out of something ("ran out of insulin").
  S`(?:ran|run) out (?:of )?(?:the |her |his |their )?(?:house|home|school|door|front door|back door|class|classroom|room|building|unit|placement|shop|hospital|ward|contact|car|centre|a e|a and e|ae|emergency department)`,
  'report (?:her|him|them) missing',
  'wont be back',
  'not on snap ?map',
  'mfh',
  // Police shorthand for a missing person: "mispers tonite".
  'mispers?',
  'awol',
  'not returned',
  S`heading (?:for|to|towards) (?:the )?(?:train line|railway line|train tracks|level crossing|motorway)`,
  // "been gone since 3", "gone since lunch"
  S`(?:been |now )?gone since (?:\d+|\S+day|this \S+|last night|lunch\w*|school|tea ?time|breakfast|dinner)`,
  // Out of sight: "ran from school towards the canal and weve lost sight of him".
  S`lost sight of (?:her|him|them)`,
  // Not told as a count: "ran from school once".
  S`(?:ran|run|bolted|legged it|took off) (?:off |away )?from (?:school|the house|home|the home|contact|class|the unit|the car|the park|the shop)` +
    S`(?! (?:once|twice|\S+ times|before|again|a lot|sometimes|often)\b)`,
  // "been gone 6 hrs"
  S`(?:been |now )?gone (?:for )?(?:over |about |nearly |almost )?(?:\d+|two|three|four|five|six|several|a few) (?:hours?|hrs?)`,
  'gone off with',
  // "gone to meet a man she met online"
  S`(?:gone|went|going) to meet (?:a|an|some|this|the) (?:older )?(?:man|men|guy|bloke|adult|stranger|person)`,
  S`gone from (?:the|her|his|their) (?:home|house|unit|placement|resi)`,
  S`(?:its|it is) (?:now )?(?:gone )?\d+ ?(?:am|pm|oclock|at night|in the morning)`,
);
/** The children threatened: "threatening the kids", "threatening to hurt the little ones". */
const threatenedChildren = S`(?:to (?:hurt|kill|hit|batter|stab|attack|beat|smack|slap|punch|shake) )?(?:the |our |his |her |their |my )?(?:other |younger |little )?(?:kids|children|child|baby|babies|little ones|younger ones|siblings|toddler)`;
/** Being away told as history: "went missing last year", "ran off before" (n words between). */
const awayInThePast = (n: number) =>
  S`${away}${gap(n)} (?:last (?:year|month|week|summer)|(?<!\b(?:said|says|saying|told (?:me|us|staff)|mentioned|threatened) )before|previously|(?:years|months|weeks) ago)`;
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
  '(?:known )?sex offenders?',
  'paedophiles?',
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
  S`${alt('\\d', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve')} ?(?:yr|year|yo)s? old`,
);
/** A risk to life the teller already knows of, whenever it was told: "was suicidal last week". */
const knownRisk = alt(
  S`suicid\w*`,
  S`self ?harm\w*`,
  S`overdos\w*`,
  S`(?:wants?|wanted|wanting) to die`,
  S`kill(?:ing)? (?:her|him|them)sel(?:f|ves)`,
  S`end(?:ing)? (?:it all|it|(?:her|his|their) life)`,
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
  '(?:the )?door wont open',
  'locked (?:herself|himself|themselves) in',
  'wont come out',
  'barricaded',
  S`cant get (?:in|into) (?:his|her|their|the) (?:room|bedroom|bathroom|toilet)`,
  // "wont let me in"
  S`(?:wont|will not|isnt|not|refusing to|refuses to) let (?:me|us|anyone|anybody|staff) in`,
);

/** Where a fall does harm. */
const fallFrom = alt(
  'roof',
  'window',
  'balcony',
  S`scaffold\w*`,
  'wall',
  'ladder',
  'tree',
  'bridge',
  'stairs',
  'cliff',
  'bunk bed',
  'bunk',
  'garage',
  'shed',
);
/** Signs after a fall or a blow that the injury is serious. */
const injurySign = alt(
  S`cant (?:feel|move) (?:her|his|their|my) (?:legs?|arms?|feet|neck|body)`,
  S`(?:leg|arm|neck|back) (?:looks|is|looking) (?:wrong|broken|bent|at a funny angle)`,
  S`(?:isnt|not|stopped) making (?:any )?sense`,
  'knocked out',
  'out cold',
  'unconscious',
  'being sick',
  'vomiting',
  'throwing up',
  'confused',
  'drowsy',
  S`bleeding from (?:her|his|their) (?:ears?|nose)`,
  S`holding (?:her|his|their) (?:belly|stomach|tummy|chest|side)`,
  'wont wake',
  'cant get up',
  'cant stand',
  'fitting',
  'seizure',
);
/** Places people go to end their life. */
const dangerPlace = alt(
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
/** Where a fall or the water can kill, and being out of reach there is a danger now (not a beach or a station). */
const dropOrWater = alt(
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
/** A rope for play or sport, not for harm. */
const ropeForPlay = S`(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|skipping|pe|gym|sailing|boat|towing|tow)\b)`;
/** Out there, and not coming back in: "wont come in", "refusing to come down". */
const holdingOut = S`(?:(?:(?:wont|will not|refusing to|refuses to) come|not coming) (?:in|inside|back in|back|down)|wont let (?:me|us|anyone|staff) near)(?! for (?:tea|dinner|lunch|bed|bedtime|a bath))`;
/** The means, at hand. */
const meansAtHand = alt('ropes?', 'noose', 'ligature', 'tablets', 'pills', 'paracetamol', 'knife', 'blade', 'belt', 'cord');
/** A farewell, in the words of a last message. */
const farewell = alt(
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
  S`(?:ur|youre|your|you are|you were) the only one (?:who )?(?:ever )?(?:tried|cared|listened)`,
  // "texted its done now, tell mum sorry"
  S`tell (?:everyone|them|mum|dad|my mum|my dad|nan|my nan|my sister|my brother) (?:(?:im|i am) )?(?:sorry|i love)`,
);
/** Out of reach after it. */
const unreachable = alt(
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
/** An adult who should not be with a child, or not like this. */
const adult = alt(
  S`(?:a|an|the|some|this) (?:older |grown )?(?:man|adult|stranger|bloke|guy)`,
  S`(?:her|his|their) (?:mums|dads) (?:partner|boyfriend|girlfriend|mate)`,
  S`(?:her|his|their) (?:step ?dad|step ?grandad|step ?father|uncle|boyfriend)`,
);
/** Someone a child may go at: a person, not a thing ("going at the pinata with a bat"). */
const person = alt(
  S`(?:the |her |his |their |my |our |a |another |other )?(?:foster )?(?:carer|fc|mum|dad|sister|brother|staff|staff member|member of staff|worker|teacher|nan|baby|kid|child|lad|girl|boy|resident)`,
  'me',
  'us',
  'him',
  'her',
  'them',
  'someone',
  'anyone',
);
/** A child's fear, told as it happens. */
const distressNow = alt(
  S`(?:shes|hes|theyre|is|are|im) (?:really |so )?(?:scared|crying|terrified|hiding)(?! of)`,
  S`whisper\w*`,
  S`wont (?:leave|go|get out)`,
  'help',
  S`(?:messaging|texting|ringing|calling) me`,
);
/** The child something is done to: "her sister", "him". */
const abusedChild = S`(?:her|him|them|me|(?:her|his|their|my|our|the) (?:little |younger |baby |big |older )?(?:sister|brother|daughter|son|sibling|niece|nephew|cousin|child|kid|girl|boy|baby))\b(?! (?:hair|nails|room|bedroom|bike|phone|homework|make ?up|clothes|toys?|car|garden)\b)`;
/** An order that keeps a parent away. */
const courtOrder = alt(
  'no contact order',
  S`not allowed (?:any )?contact`,
  'court order',
  'non molestation',
  // "dad has no contact"
  S`(?:has|have|had|gets|is allowed) no (?:direct )?contact`,
  // Said bare: "took her, hes not allowed" (not allowed to drive, or on the trampoline).
  S`(?:hes|shes|theyre|he is|she is|they are) not allowed(?: (?:to (?:see|have|take|contact|be near)|near) (?:her|him|them))?(?! (?:to|any|on|out|in)\b)`,
);

/** A record of harm to others: told with what someone does now, it is why it is dangerous, not history. */
const recordOfHarm = alt(
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

/**
 * General questions about a topic, not a situation: asked as a hypothetical anywhere ("what
 * should I do if"), or opened as a question about the topic ("signs of", "what is").
 */
/** "yp asked what an od is": a word asked about, which the learned detector leaves alone. */
const DEFINITION = /\bwhat (?:a |an )?\w+ (?:is|means)$/;
const general = new RegExp(
  [
    S`\b${alt(
      'what (?:should|do|would|can) (?:i|we) do if',
      'what to do (?:if|when)',
      // "how should i respond if hes written a note and wont let me in"
      S`how (?:should|do|would|can) (?:i|we|staff|carers) (?:respond|react|handle it|deal with it|manage it) (?:if|when)`,
      // "exploitation and missing - whats the link with mental health"
      S`(?:whats|what is) the link`,
      'link between',

      'what if',
      'if a (?:child|yp|young person)',
      'training (?:on|in|for|about)',
      'policy question',
      'what counts as',
      '(?:a|our|the) (?:policy|procedure) (?:on|for)',
      // "non verbal children and missing from home protocol"
      '(?:missing from home|missing|safeguarding|ligature|restraint) (?:protocol|procedure|policy)',
      'in the past',
      // Not the record of someone doing harm now: "dad turned up and took her, history of violence".
      S`history of(?! ${recordOfHarm})`,
      'used to',
      // Told as over, safe again now; or asking about a pattern's signs.
      S`(?:shes|hes|theyre|is|are) (?:home|back|safe|settled)(?: with us)? now and (?:calm|safe|settled|fine|ok)`,
      S`(?:said|says) (?:she|he|they) (?:wouldnt|wont|would not) do it`,
      S`now (?:settled|calm)${gap(6)} no plan`,
      // Said earlier, calm now: "earlier tonight yp said they wanted to die, now calm and in bed".
      S`earlier${gap(10)} (?:now|is now|are now) (?:calm|settled|asleep)`,
      S`(?:calm|settled) now but earlier`,
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

/**
 * "this morning" beside a medicine, told as the usual dose at the usual time: not 5 or more of
 * them, and not someone else's ("took her mums antidepressants this morning"). Each detector
 * passes its own list of medicines.
 */
export const usualDoseThisMorning = (medicine: string): string =>
  S`^(?!.*\b(?:\d{2,}|[5-9]) ${medicine}\b)(?!.*\b(?:mums|mum s|dads|nans|nanas|grans|grandads|brothers|sisters|friends|mates|carers|someone elses|somebody elses) (?:\w+ )?${medicine}\b).*\bthis morning\b`;

/** Words that tell something as history; the rules in urgent.ts add a few of their own. */
export const historyPhrases = [
  'last (?:year|month|week|weeks|weekend|summer|christmas|spring|autumn|winter|term|half term)',
  // "in the summer, now home" is history; "in the summer now" is not.
  'in the (?:spring|summer|autumn|winter|holidays)(?! (?:now|tonight|today)(?! (?:home|back|safe|settled|ok|okay|fine|better|stable|out)))',
  // Not a time of day: "before bed", "before school"; not "never done this before" (a first time, now).
  // Nor a plea: "come find me before its too late"; nor a late telling: "took tablets this morning, didnt say before".
  // Nor the end of the same call: "is what he said before the line went dead"; nor a contrast
  // with now: "has done stuff before but never like this". Nor the moment someone reached them, in the same telling:
  // "she went blue for a second before staff got to her".
  '(?<!never (?:done|did) (?:this|that|it) )(?<!\\bnever(?: \\S+){1,4} )(?<!seen (?:him|her|them|it|this|that|the car) )(?<!(?:didnt|did not|wouldnt|hadnt|never) (?:say|said|tell|told|mention|mentioned)(?: (?:me|us|anyone|staff|it))? )before(?! but (?:never|not) (?:like this|this bad))(?! (?:bed|bedtime|school|tea|dinner|lunch|breakfast|contact|work|the bus|registration|assembly|class|lessons?|first lesson|break|the bell|the (?:line|call|phone) (?:went|cut|dropped|died)|(?:he|she|they) (?:hung up|rang off|left|went|ran off|walked out)|(?:his|her|their) (?:phone|battery) died|(?:its|it is|it gets) too late|(?:staff|i|we|someone|somebody|anyone|anybody|carers?|the carer|mum|dad|help|the ambulance|paramedics|police) (?:got|get|could|came|come|arrived|reached|managed|cut|pulled|grabbed|stopped)))',
  'previously',
  'earlier in the week',
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
/** History, but not the date of a threat carried out now: "she said last week shed never give him back". */
const pastNotThreat = new RegExp(
  S`(?<!\b(?:said|says|saying|told (?:me|us|staff|her|him|them)|threatened|made threats|threats) )\b${alt(...historyPhrases)}\b` +
    // Nor the taker's record: "took her, hes not allowed, history of violence".
    S`(?<!\bhistory of)|\bhistory of(?! ${recordOfHarm})\b`,
);

/**
 * History, but not what someone "has done before": "wont let her out of the flat and has taken her phone off her before"
 * tells why she is at risk now, not this told as over.
 */
const pastNotPriorDeed = new RegExp(
  S`\b${alt(...historyPhrases.map((p) => (p.includes('before') ? S`(?<!\b(?:has|have|hes|shes|theyve|hasnt|havent)(?: \S+){1,6} )${p}` : p)))}\b`,
);

/**
 * A weapon and a word that it will be used on someone, soon (weapon-threat, which adds: not told as history):
 * armed and hunting a child, a threat to shoot with a when, a debt called in, going out armed to hurt someone.
 */
const armedThreatsNow = [
  // Armed and hunting a child: "gang of lads at the front door with weapons looking for our yp".
  S`(?:with|carrying|holding|waving|got|have|has) (?:a |an |the |some |their |big )?(?:\S+ )?(?:${weapon}|weapons?|machetes|bats|hammers|guns)${gap(6)} ` +
    S`(?:looking for|asking for|searching for|hunting for|shouting for|coming for|after) (?:our \S+|my \S+|him|her|them|the (?:lad|boy|girl|kid|kids|child|yp|young person))\b`,
  // A threat to shoot or stab, with a when: "the dealer has said hes going to shoot him tonight if he doesnt pay".
  S`${harmThreat}${gap(2)} (?:shoot|stab|shank) (?:him|her|them|you|me|us|(?:our|my|the) \S+)` +
    S`(?! (?:a|an) (?:message|text|email|dm|line|photo|look|glance|quick))${gap(3)} (?:${now}|later|tomorrow|${unlessHePays})` +
    S`(?!.*\b(?:photo\w*|camera|film\w*|video|hoops|basketball|netball|football|penalt\w*|goals?)\b)`,
  // A debt called in with a life: "says theyll kill him if he doesnt pay".
  S`${harmThreat}${gap(2)} (?:kill|hurt|batter|cut|do) (?:him|her|them|you|me|us|(?:our|my|the) \S+)${gap(3)} ${unlessHePays}`,
  // Going out armed to hurt someone: "going out to do a lad tonight, machete in his bag".
  S`(?:going|gone|heading|off|went)(?: out)? to ${toHurt} ${target}${gap(8)} ${armedWith}`,
  S`${armedWith}${gap(8)} (?:going|gone|heading|off|went)(?: out)? to ${toHurt} ${target}`,
  // Saying they will bring one where children are: "saying hell bring his dads gun to school tomorrow".
  S`${harmThreat}${gap(1)} (?:bring|take|carry|bringing|taking) (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith}${gap(2)} (?:in)?to (?:school|college|the (?:school|park|party|home|unit))`,
  // Taking one somewhere to use it: "taking a blade to school tomorrow to get someone" (not "took a knife to school last year").
  S`(?:taking|bringing|carrying|took|brought|packed|got|has) (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith}${gap(6)} to ${toHurt} ${target}`,
].join('|');

/**
 * An allergic reaction told as now: not history, not over and mild ("lips swelled a bit, the antihistamine
 * sorted it", "a reaction as a baby"), and not what happens if ("her lips swell up if she eats nuts").
 */
const allergyOver = S`${past.source}|\b(?:mild|slight|sorted it|(?:gone|went|going) down|calmed down|settled|as a (?:baby|toddler|child|kid))\b|\b(?:if|when(?:ever)?) (?:she|he|they) (?:eats?|has|have|touches?|gets?)\b`;
const allergyNow = S`(?<!(?:${allergyOver}).*)(?!.*(?:${allergyOver}))`;
/** An allergic reaction closing the airway: "wasp sting, throat feels tight", "ate a peanut, lips swelling, cant breathe". */
const allergyClosingAirway = [
  S`(?:allerg\w*|anaphyla\w*|nuts?|peanuts?|sesame|stung|stings?)${gap(10)} ${allergySign}`,
  // Swelling and the breath going, either way round: "face swelling up and wheezing".
  S`${swollenPart}${gap(8)} (?:wheez\w*|cant breathe|struggling to breathe|(?:throat|chest) (?:is |feels )?(?:tight|closing))`,
  S`(?:wheez\w*|cant breathe|struggling to breathe)${gap(8)} ${swollenPart}`,
].join('|');

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
  // Out of reach: "walked out the back with him, its gone 7, phone off".
  unreachable,
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
        // "shoelace round a 12yos neck" (not a pets or a snowmans)
        S`${cord}${gap(2)} (?:round|around) (?:a|an|the|our|my) (?!(?:dogs|cats|puppys|snowmans|teddys|horses)\b)\S+s (?:neck|throat)`,
        S`(?:tied|knotted|tight|attached|hanging|strung|looped)(?<!${tiedForUse}.*)(?!.*${tiedForUse})${gap(4)} (?:to|from|on|round|over) (?:the )?${neck}`,
        S`${cord}${gap(2)} (?:off|from) (?:her|his|their) (?:neck|throat)`,
        // "keeps tying things round her neck", "a dressing gown cord on, face purple"
        S`(?:tying|tied|ties) (?:\S+ ){0,2}(?:round|around) (?:her|his|their|my) (?:neck|throat)`,
        S`${cord} on${gap(3)} (?:face|lips) (?:purple|blue|grey|gray)`,
        S`(?:neck|head) in (?:it|the (?:loop|noose))`,
        S`wrong side of (?:the )?(?:\S+ )?(?:railings?|barrier|fence|bridge|ledge|wall)`,
        S`(?:putting|put|tying|tie) (?:a |the )?${alt('ligature', 'ligture', 'ligatur', 'noose')} (?:on|round)`,
        S`${alt('try', 'tryin', 'trying', 'tried', 'going', 'gonna', 'about')} to hang (?:her|him|them|my)sel(?:f|ves)`,
        S`(?:pillow|bag|cushion) over (?:her|his|their|my) (?:own )?(?:face|head)`,
        S`(?:locked|shut)${gap(4)} (?:choking|gasping)|(?:choking|gasping)${gap(6)} (?:door|locked)`,
        // One on now: "keeps making ligatures out of her leggings and has one on right now".
        S`${alt('ligatures?', 'nooses?')}${gap(10)} (?:has|got|wearing|with) (?:one|it) (?:on|round)`,
        // The marks a cord leaves: "red marks all round her neck".
        S`(?:red |purple |rope |ligature )?marks (?:all )?(?:round|around) (?:her|his|their) (?:neck|throat)`,
        // Taking it off them now: "cutting a cord off a kid".
        S`(?:cut|cutting|cuts) (?:a |the )?${cord} (?:off|from) (?:a |the )?(?:kid|child|yp|girl|boy|lad|young person)`,
        // "hanging attempt, hes breathing"
        S`hanging attempt${gap(6)} (?:breathing|ambulance|999|now|just|conscious|awake)`,
        // Cut or pulled off them just now: "just cut a belt off him in the wardrobe, hes breathing but dazed".
        S`(?:cut|cutting|untied|untying|prised|loosened|unwrapped|pulled) (?:a |the |his |her |their )?(?:\S+ )?${ligatureCord} (?:off|from) ` +
          S`(?:her|him|them|(?:her|his|their) (?:neck|throat))${gap(10)} ${afterLigature}`,
        // Round the neck, then off: "tight around her neck with a hair bobble thing, we got it off, shes crying".
        S`(?:tight|tied|wrapped|pulled|twisted|knotted) (?:round|around) (?:her|his|their|my) (?:neck|throat)${gap(10)} ` +
          S`(?:got|cut|pulled|prised|untied|loosened|took) (?:it|them|that|the \S+)(?: \S+)? off`,
        // Being tied to something to hang from: "shes trying to tie a scarf to the bannister" (not balloons or bunting).
        S`(?:tie|ties|tying|knot|knotting|fix|fixing|attach|attaching)(?<!${tiedForUse}.*)(?!.*${tiedForUse}) (?:a |the |her |his |their |my )?(?:\S+ )?${ligatureCord}${gap(2)} ` +
          S`(?:to|onto|from|on|round|over) (?:the |her |his |their )?${neck}`,
        // Going for the means and barely held back: "keeps going for the curtain cord and we cant hold him much longer".
        S`(?:going for|grabbing|grabbing at|reaching for|lunging for|trying to (?:get|grab|reach))${gap(2)} (?:the |a |his |her )?(?:\S+ )?${ligatureCord}${gap(10)} ` +
          S`(?:cant (?:hold|stop|restrain|keep)|holding (?:him|her|them) (?:back|down)|restrain\w*)`,
      ].join('|'),
    ),
    // A scarf worn for the cold, a love bite, or history ("has tied things round her neck twice (not today)").
    unless: new RegExp(
      S`\b(?:wears|wearing|in winter|in the cold|love ?bites?|hickeys?|necklace|not today)\b|` +
        S`\b(?:neck|throat) (?:twice|(?:three|four|five|several|many|a few|\d+) times)\b(?! (?:now|tonight|today))|${past.source}`,
    ),
  },
  // "took an overdoes of her sertraline, found the empty box just now"
  {
    name: 'overdose-now',
    when: b(
      [
        S`(?:took|taken|had|done) (?:an |a )?${overdose}${gap(12)} (?:${now}|found|empty|i think)`,
        // Told as a note: "overdose i think 16yo girl"
        S`${overdose} i think`,
        S`${now}${gap(4)} (?:took|taken) (?:an |a )?${overdose}`,
        S`${overdose}${gap(6)} (?:\d+|loads of|a load of|a handful of|handful of|a box of|a packet of) ${medicine}`,
        S`(?:\d+|loads of|a handful of) ${medicine}${gap(6)} ${overdose}`,
        S`${alt('overdosed', 'overdose', 'overdoes', 'overdoze', 'od', 'ods')} (?:on|of) (?:her|his|their|my|some|the|a )?${gap(1)}`,
        S`(?:took|taken|tooken|had|necked|swallowed)${gap(3)} (?:too many|2 many|to many|too much|extra|a couple extra|approx \d+|about \d+|around \d+)`,
        // Told as a note: "overdose sertraline 15yo now".
        S`(?:overdose|overdosed|od|oded) ${medicine}${gap(4)} ${now}`,
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
        S`(?:googling|googled|searching|searched|looked up|looking up) how many(?! (?:calories|carbs|people|miles|days|hours|weeks|times|sleeps))${gap(12)} (?:found|hidden|hiding|stash|pack|packet|box)`,
        S`${medicine}${gap(2)} (?:lined up|laid out|counted out)`,
        S`(?:swallowed|necked|taken|took) (?:the |her |his |their |my |all (?:the |her |his |their )?)?${medicine} (?:from|in|out of) (?:the|her|his|my|their) (?:drawer|cupboard|box|cabinet|bag|room|bathroom|pocket)`,
        S`${now}${gap(8)} (?:swallowed|necked) (?:the |her |his |their |some |all )?${medicine}`,
        S`${medicine}${gap(14)} (?:had|took|taken|swallowed|necked) (?:like |about |around |maybe |over )?\d{2,}(?! (?:years?|yrs?|yo|mins?|minutes|hours?|hrs?|days?|weeks?|months?|mg|ml))`,
        S`\d{2,} ${medicine}${gap(8)} (?:took|taken|swallowed|had|necked) (?:them|it|all|the lot)`,
        // "admits taking 20 ibuprofen", "taking paracetamol all day"
        S`(?:taking|taken|took|had|swallowed) (?:\d{2,}|[5-9]) ${medicine}`,
        S`taking ${medicine} all day`,
        // "found empty blister packs, she admits swallowing them"
        S`(?:empty|finished) (?:blister )?(?:packs?|packets?|boxes?|strips?)${gap(8)} (?:swallow\w*|took|taken|admits)`,
        S`threatening to (?:drink|swallow|take) (?:the |some |all (?:the |her |his )?)?(?:bleach|antifreeze|poison|weedkiller|pills|tablets)`,
        // "says shes going to drink the antifreeze in the garage"
        S`(?:going to|gonna|about to|will|ll) (?:drink|swallow|eat|neck|down) (?:the |some |all (?:the |her |his )?)?(?:bleach|antifreeze|poison|weedkiller|rat poison|weed killer)`,
        // "texted ive taken everything"
        S`ive (?:taken|took|swallowed) (?:everything|the lot|them all)`,
        // A last message: "texted taken everything, bye"
        S`(?:taken|took|swallowed|necked) (?:everything|the lot|them all)${gap(2)} (?:bye|goodbye|sorry|love you)`,
        // Shut in with them: "barricaded himself in the laundry with the chemicals saying hell drink them"
        S`(?:with|holding|got|has) (?:the |some |a bottle of |bottles of )?(?:chemicals|cleaning (?:stuff|products|fluids?)|detergent|bleach|poison|antifreeze|weedkiller)${gap(4)} ` +
          S`(?:saying|says|threatening|going to|gonna)${gap(3)} (?:drink|swallow|down|neck)`,
        // "drank something from under the sink", "holding the bleach saying shell drink it"
        S`(?:drank|drunk|swallowed|ate) (?:something|stuff) from under the sink`,
        // "swallowed something from the bathroom cabinet" (not "took": fetched)
        // Or a handful of it: "swallowed a handful of something from the bathroom cabinet".
        S`(?:drank|drunk|swallowed|necked) (?:(?:a handful|a load|loads|a bunch|a few|lots|a mouthful|a bottle|a cup|a glass) of )?(?:something|stuff|some \S+) ` +
          S`(?:from|out of) (?:the|her|his|my|their|a) (?:\S+ )?(?:cabinet|cupboard|drawer|shed|garage)`,
        // Swallowed, and why: "swallowed a handful of something, says she wants to sleep forever".
        S`(?:swallowed|necked|downed)${gap(10)} (?:saying|says|said|texted|texting|messaged|messaging|screaming|crying)${gap(2)} (?:(?:wants? to|wanna|going to|gonna|trying to) )?${intent}`,
        // Someone else's, a few of them: "says she took a few of my tablets" (not taken back to the chemist).
        S`${took} (?:a few|a couple|some|several|half|most|loads|a load|a handful|lots|a bunch) of ${quantity}${gap(2)} ${medicine}(?! (?:to|back|into|out|away)\b)`,
        // Taking them and saying why: "necking pills saying its to end it all".
        S`(?:${took}|necking|swallowing|downing|taking)${gap(2)} ${medicine}${gap(3)} (?:saying|says|said|texted|screaming|shouting) (?:its |it is |shes |hes |theyre |im )?(?:to |going to |gonna )?` +
          S`(?:end it(?! with)|end (?:it all|(?:her|his|their|my) life)|kill (?:her|him|them|my)sel(?:f|ves)|die|be dead)`,
        S`(?:holding|got|has) (?:the |some |a bottle of )?(?:bleach|poison|antifreeze|weedkiller)${gap(3)} (?:saying|says|threatening)${gap(3)} (?:drink|swallow)`,
        // A whole strip or box of them: "necked a full strip of paracetamol", "swallowing a strip of her nans pills".
        S`(?:swallowed|swallowing|necked|downed|eaten|ate) (?:a |the |her |his |their )?(?:full |whole )?(?:strip|packet|pack|box|blister pack|sheet|bottle|tub)s? of${gap(5)} ${medicine}`,
        // More than the dose: "had more of her sertraline than she should".
        S`(?:had|taken|took|swallowed|necked) (?:way |a lot |loads |much )?more (?:of )?(?:her |his |their |my |the )?${medicine} than`,
        // Nobody knows how many: "broke into the meds cupboard, no idea how many hes had".
        S`(?:${medicine}|meds cupboard|medicine cabinet)${gap(10)} (?:no idea|dont know|not sure|wont (?:tell|say)(?: me| us)?) how many${gap(5)} (?:had|took|taken|swallowed|necked)`,
        // "ive done something stupid with the tablets, sorry"
        S`(?:done|did) something (?:really )?(?:stupid|silly|dumb)${gap(4)} (?:with )?(?:the |my |her |his |their |some )?(?:tablets|pills|meds|paracetamol)`,
        // A number of something unnamed: "says shes taken 20 of something an hour ago" (not 10 of them to the park).
        S`(?:taken|took|tooken|swallowed|necked|downed|had) (?:like |about |around |maybe |over |at least )?(?:\d{2,}|[5-9]) of ` +
          S`(?:something|them|(?:those|these|her|his|their|my|the) (?:\S+ )?(?:${medicine}|(?<!(?:little|young|younger|older|big) )ones))(?! (?:to|on|out|into|home|for|with)\b)`,
        // Emptied packs and a word of what for: "found her with empty blister packs, she says she wants to sleep forever",
        // or a note beside them: "found a note and an empty packet of ibuprofen on her bed".
        S`${emptyPacks}${gap(10)} (?:(?:wants? to|wanna|going to|gonna|will|ll|trying to) )?(?:${intent}|note|letter)`,
        S`(?:note|letter|goodbye)${gap(8)} ${emptyPacks}`,
        // Drink and medicine together: "drank a whole bottle of wine and taking codeine", "necked vodka then took her mums tablets".
        S`(?<!\b(?:i|ive|we|weve) )(?:drank|drunk|downed|necked|had|drinking|necking) (?:a |the |half (?:a |the )?|most of (?:a |the )?|a whole |the whole |a full |loads of |lots of |a load of )?` +
          S`(?:bottle (?:of )?|litre (?:of )?|cans? (?:of )?)?(?:\S+ )?${booze}${gap(6)} (?:and |then |now |with |plus )?(?:taking|taken|took|swallowed|swallowing|necked|necking|popping|popped|downed) ` +
          S`(?:(?:some|a few|loads|a load|a couple|lots|a handful|all) (?:of )?)?(?:her |his |their |my |mums |dads |nans |the )?(?:\S+ )?${medicine}`,
        S`(?<!\b(?:i|ive|we|weve) )(?:taken|took|swallowed|necked|popped|downed) (?:(?:some|a few|loads|a load|a couple|lots|a handful|all) (?:of )?)?(?:her |his |their |my |mums |dads |nans |the )?(?:\S+ )?${medicine}${gap(6)} ` +
          S`(?:and |then |now |with |plus )?(?:drank|drunk|downed|necked|drinking|necking) (?:a |the |half (?:a |the )?|a whole |the whole |loads of |lots of )?(?:bottle (?:of )?|litre (?:of )?|cans? (?:of )?)?(?:\S+ )?${booze}`,
      ].join('|'),
    ),
    // The usual dose at the usual time (not 20 of them, nor her mum's, "this morning"), history, or a story in the news.
    unless: new RegExp(
      S`${past.source}|\b(?:as prescribed|with (?:her|his|their) (?:breakfast|tea|dinner)|(?:in|on) the news)\b|` +
        usualDoseThisMorning(medicine),
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
    // Dizzy in a lesson after skipping lunch: a worry for the school nurse.
    unless: new RegExp(S`${past.source}|\bdizzy in (?:pe|class|lessons?|games|assembly)\b`),
  },
  // "hes gone grey and his breathing is really slow, we think he took something"
  {
    name: 'took-and-unwell',
    when: b(
      [
        S`(?:${tookNotHad}|overdosed)${gap(12)} ${bodySign}`,
        // Told as a note: "overdose. 15. conscious but slurring"
        S`(?:overdose|od)${gap(6)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${tookNotHad}|overdosed|taking)`,
        S`had${gap(4)} ${medicine}${gap(8)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${drug}|${unknown})`,
        S`(?:${drug}|${unknown})${gap(14)} ${bodySign}`,
        // "since taking a few of his meds and hes a funny colour"
        S`(?:taking|taken|took|swallowed|necked) (?:a few|a couple|several|extra) of (?:her|his|their|my|the|someone elses) ${medicine}${gap(12)} ${bodySign}`,
        // The change told first: "gone very quiet since taking a few of my tablets"
        S`(?:gone|going|very|really) (?:very |really )?(?:quiet|sleepy|drowsy|pale|floppy) (?:since|after) (?:taking|having|swallowing|necking) ` +
          S`(?:a few|a couple|some|several|extra|loads) of (?:her|his|their|my|the|someone elses|mums|dads) ${medicine}`,
        // A few of a medicine, then pain: "took a few ibuprofen an hour ago and now her stomach is killing her"
        // (not tablets taken for a pain: "took two ibuprofen for her period pain").
        S`(?:took|taken|swallowed|necked|had)(?!.*\bfor (?:her|his|their|my|a|the) (?:period|headache|toothache|cold|temperature|pain|cramps)\b) (?:a few|some|loads|a load|a handful|lots|a couple|several|\d+)(?: of)?(?: her| his| their| my| the| mums| dads)? ${painkiller}${gap(8)} ` +
          S`(?:and )?(?:now|since)${gap(2)} (?:stomach|tummy|belly|chest)${gap(1)} (?:is )?(?:killing (?:her|him|them|me)|really hurts|hurts|hurting|in agony|agony|(?:really )?(?:bad|painful|sore))`,
        // Pills strewn about and someone down or gone quiet: "shes been on the bathroom floor a while and theres tablets everywhere".
        S`${strewnMedicine}${gap(14)} ${downNow}`,
        S`${downNow}${gap(20)} ${strewnMedicine}`,
      ].join('|'),
    ),
    // "the police took him to a place of safety", history.
    // Eyesight without glasses or lenses ("took her glasses off and cant see properly").
    unless: new RegExp(S`${past.source}|\btook (?:him|her|them) (?:to|into|home|back)\b|\b(?:glasses|contacts|lenses|opticians?)\b`),
  },
  // "hes 12 really drowsy slurring and just been sick", "huge allergic reaction her face is swelling up and shes wheezing"
  {
    name: 'body-signs',
    when: b(
      [
        graveSign,
        // The body failing during or after a restraint (positional asphyxia): "restrained him and now hes gone really quiet and grey".
        // Not told as history, and not a child gone quiet and sulking after it.
        S`(?!.*${past.source})(?:restrain\w*|held (?:her|him|them) down|pinned (?:her|him|them) down)${gap(10)} ` +
          S`(?:(?:gone|going|turned|turning|looks?|looking|is|s) (?:really |very |so |a bit )?(?:\S+ and )?(?:grey|gray|blue|purple|limp|floppy|pale)|` +
          S`unresponsive|(?:wont|cant|not|isnt) (?:wake|waking|respond\w*)|(?:not|isnt|stopped) breathing|(?:cant|struggling to) breathe)`,
        // An allergic reaction closing the airway, told as now.
        S`(?:${allergyClosingAirway})${allergyNow}`,
      ].join('|'),
    ),
    // Hair going grey is no danger sign.
    unless: /\bhair\b/,
  },
  // "came back off his face, throwing up and cant stand"
  // Not hair going grey; not the racing heart and shaking of a panic attack; not eyesight without glasses.
  {
    name: 'signs-together',
    when: b(S`${bodySignOrDistress}${gap(6)} ${bodySignOrDistress}`),
    unless: /\b(?:hair|panic\w*|anxiety|anxious|glasses|contacts|lenses|opticians?)\b/,
  },
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
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(8)} (?:hitting|beating|battering|slap|punch|punching|kicking|screaming|scream|crying)`,
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(4)} being (?:kicked|hit|beaten|battered|attacked|hurt|punched|strangled)`,
        // Heard or seen as it happens: "i can hear a man hurting her in the next room".
        S`(?:can hear|can see|hear|watching|listening to)${gap(6)} (?:hurting|attacking|strangling|choking|raping|abusing|assaulting|beating up) ` +
          S`(?:her|him|them|me|us|someone|(?:my|our|the|a|his|their|her) \S+)`,
        S`forcing (?:me|her|him|them)`,
        // Blow after blow, told as it happens: "young person punching my wife repeatedly".
        S`${hurting} (?:my|her|his|the|our|their|a) (?:\S+ )?\S+ (?:repeatedly|over and over|again and again|non ?stop)`,
        // A threat at the door: "a gang are at the door saying theyll hurt him if he doesnt come out".
        S`(?:gang|men|lads|group|dealers?|they|people|blokes)${gap(3)} (?:at|outside) (?:the |our |his |her |their )?(?:front |back )?(?:door|house|flat|window|gate)${gap(6)} ` +
          S`(?:threatening to|saying (?:theyll|they will|theyre going to|theyre gonna|they are going to))${gap(2)} (?:hurt|stab|kill|batter|beat|shoot|smash|do) (?:him|her|them|us|me|(?:his|her|their|our) \S+)`,
        // "the carers husband is drunk and hitting the foster child"
        S`(?:is|are|hes|shes|theyre)${gap(3)} and ${hurting} (?:the|a|our|my|his|her|their) (?:foster |little |younger |baby |other )?(?:child|kid|baby|boy|girl|toddler|yp|young person|brother|sister)`,
        // "shes getting beaten up in the park and someones filming it"
        S`(?:is|are|s|hes|shes|theyre) (?:getting|being) (?:beaten|battered|jumped|attacked|stabbed|kicked|punched|strangled)(?: up)?${gap(6)} (?:now|right now|filming|filmed|live|outside|in the (?:park|street|road)|on the (?:street|road|field))`,
        // "on the floor getting kicked by a gang", "live streaming our yp getting hurt"
        S`getting (?:kicked|beaten|battered|jumped|stabbed|punched|hurt|attacked)${gap(3)} (?:by|on|now|right now|live)`,
        // "young person strangling another resident in the garden"
        S`(?:strangling|choking|smothering|stabbing|beating) (?:another|a younger|the other|his|her|their) (?:resident|child|kid|boy|girl|lad|brother|sister|baby)`,
        S`(?:live ?streaming|filming)${gap(3)} getting (?:hurt|beaten|battered|kicked|attacked)`,
        // Seen live as it happens: "watching a live video of one of our girls being hurt".
        S`(?:live|live ?stream\w*|streaming|video call|facetime)${gap(8)} (?:being|getting) (?:hit|beaten|battered|hurt|attacked|kicked|punched|strangled|stabbed|raped|abused|assaulted|tortured)`,
        S`(?:screaming|shouting|crying|yelling) (?:stop|help|get off|leave me|let me go)`,
        S`(?:is|s|are|shes|hes|theyre|theyre) being (?:hit|beaten|battered|attacked|kicked|punched|strangled|stabbed|jumped|assaulted|raped|slapped|smacked|thumped|shaken)`,
        // Someone named, then what is being done to them: "staff member being hit with a chair leg".
        S`(?:staff|staff member|member of staff|carer|worker|teacher|mum|dad|nan|sister|brother|baby|another (?:child|kid|lad|girl|resident)) being (?:hit|beaten|battered|attacked|kicked|punched|strangled|stabbed|bitten)`,
        // Somewhere and at it: "her stepdad is outside and hurting her mum".
        S`(?:is|s|are) (?:outside|inside|upstairs|downstairs|here|there|in \S+|at \S+)(?: \S+)? and ${hurting} (?:her|him|them|me|my|our|his|their|the|a|staff|someone)`,
        S`being (?:kicked|bitten|punched|hit|beaten|stamped on)${gap(6)} (?:on the floor|need help|help us|help me)`,
        // "shes being pinned down by a group of lads in the park" (not by staff, in a restraint).
        S`being (?:pinned|held|forced) down by (?!(?:\d+ |two |three )?(?:staff|carers?|police|the police|security|officers|nurses?)\b)`,
        S`(?:can hear|hear|heard)${gap(3)} (?:choking|gasping|gagging)`,
        S`by the (?:throat|neck)`,
        S`${harmThreat}${gap(1)} (?:rape|abuse|touch|hurt|hit|beat) (?:her|him|them|me)`,
        // Said to be on the way to do it: "rang our girl saying hes coming round to finish her off".
        S`(?:saying|says|said|texted|texting|messaged|messaging|messages?|texts?|rang|threatening|told (?:her|him|them|me|us|staff))${gap(3)} (?:hes|shes|theyre|he is|she is|they are) ` +
          S`(?:coming|on (?:his|her|their) way|heading) (?:round |over |back |here |down |up )?to ` +
          S`(?:(?:kill|hurt|stab|batter|attack|shoot|strangle) (?:her|him|them|me|us)|finish (?:her|him|them|me|us) off|do (?:her|him|them|me|us) in|beat (?:her|him|them|me|us) up)`,
        S`(?:telling|making|forcing|getting) (?:her|him|them|the \S+) (?:to )?(?:undress|strip|take (?:her|his|their) clothes off|send (?:pics|pictures|photos|nudes))`,
        S`(?:voices?|they) (?:are |is )?(?:telling|told) (?:him|her|them|me) to (?:kill|hurt|stab|attack)`,
        S`(?:pinned|held|grabbed)${gap(3)} (?:by|round|around) (?:the|her|his|their) (?:throat|neck)`,
        // Pinned to a wall or the floor (not a child held by staff in a restraint): "pinned staff member against the wall".
        // Nor siblings at play ("keeps pushing her brother into the wall when they play").
        S`(?<!\b(?:keeps|always|often) )(?:pinned|pinning|pins|slammed|slamming|shoved|shoving|pushed|pushing) (?:a |the |our |my |his |her |their )?(?:little |younger |older |big |baby )?` +
          S`(?:staff member|member of staff|staff|carer|foster carer|fc|worker|teacher|mum|dad|nan|sister|brother|baby|toddler|girlfriend|boyfriend)s? ` +
          S`(?:up )?(?:against|into|onto|to|on) (?:the )?(?:wall|floor|door|ground|radiator)(?!.*\b(?:play\w*|games?|messing about)\b)`,
        // Seen as it happens: "staff member assaulting a child in the home i can see it".
        S`${assaulting} ${person}${gap(8)} (?:i|we) can (?:see|hear) (?:it|them|him|her|this)(?! (?:is|was|as|in|from|coming|being|happening (?:again|if)))`,
        S`(?:i|we) can (?:see|hear)${gap(4)} ${assaulting} ${person}`,
        S`wont get off (?:her|him|them|me)`,
        // Held down by the child: "shes got the carer pinned down and is banging her head on the floor" (not a restraint by staff).
        S`(?<!\b(?:we|i|ive|weve|staff) )(?:got|has|have|had) (?:the |a |our |my |his |her |their )?(?:\S+ )?` +
          S`(?:staff member|member of staff|staff|carer|foster carer|fc|worker|teacher|mum|dad|nan|sister|brother|baby|toddler|girlfriend|boyfriend) ` +
          S`pinned (?:down|up|against|to|on|under)`,
        // Threatened, and the one threatening on the way: "bloke on the phone threatening the lad, says he knows where he lives and hes on his way".
        S`(?:(?:threatening|threatened|threatens) (?:him|her|them|us|me|(?:the|our|my) \S+)|threats? (?:to|against) (?:kill|hurt|stab|him|her|them|us))${gap(12)} ` +
          S`(?:hes|shes|theyre|he is|she is|they are) (?:on (?:his|her|their) way|coming (?:round|over|here|now|tonight|for (?:him|her|them|us|you)))(?! (?:home|back|to (?:school|contact|bed)))`,
        S`(?:by (?:her|his|the) hair|throwing (?:\S+ )?at (?:my|her|his|the) \S+|cut on (?:his|her|their) head)`,
        S`(?:in|into) (?:a|the|her|his) (?:younger|little) \S+ (?:room|bedroom)${gap(8)} (?:crying|screaming|door shut|door locked)`,
      ].join('|'),
    ),
    // History, or the hurt denied: "not hurting herself, just sobbing".
    // Also a pattern school reports ("school say he is hitting other kids"), or a wall hit, now calm.
    unless: new RegExp(
      S`${past.source}|\bnot (?:hurting|harming|hitting) (?:her|him|them)sel(?:f|ves)\b|` +
        S`\bschool (?:say|says|said|report|reports|reported)\b|\b(?:wall|door)s?${gap(6)} (?:settled|calm) now\b`,
    ),
  },
  // "hes got a hammer and keeps saying hes going to smash his brothers head in"
  {
    name: 'weapon-threat',
    when: b(
      [
        S`${weapon}${gap(8)} ${harmThreat}${gap(2)} ${violentAct}`,
        S`${harmThreat}${gap(2)} ${violentAct}${gap(8)} ${weapon}`,
        S`${harmThreat} ${alt('shank', 'stab')}`,
        // "going to shoot up the school, has access to his uncles gun"
        S`(?:going to|gonna|will|ll) shoot${gap(10)} (?:gun|rifle|shotgun|air rifle)`,
        // "staff member locked in office, yp outside with a metal pole"
        S`locked in${gap(4)} (?:outside|at the door|banging)${gap(2)} with (?:a|the) (?:\S+ )?(?:pole|knife|bat|hammer|weapon|bar|blade)`,
        S`hit${gap(3)} with (?:a|the) (?:\S+ )?(?:bat|pole|hammer|bottle|brick|bar)${gap(4)} (?:bleeding|blood|unconscious|knocked out)`,
        S`${weapon}${gap(6)} (?:waiting (?:outside|for)|on (?:his|her|their) way|gone round|outside (?:his|her|their|the) \S+ (?:house|flat))`,
        // At someone's door, armed and raging: "hes outside the neighbours door with a hammer shouting" (not told as history).
        S`(?!.*${past.source})(?:outside|at) (?:the |our |his |her |their |my |a )?(?:\S+ )?(?:front |back )?(?:door|house|flat|window|gate)${gap(3)} with (?:a |an |the |his |her )?(?:\S+ )?${weapon}${gap(2)} ` +
          S`(?:shouting|screaming|yelling|raging|threatening|kicking off|swearing|going mad)(?! for)`,
        S`(?:knows where|got (?:hold of|access to))${gap(6)} (?:shotgun|gun|knife|knives|rifle)`,
        S`${harmThreat}${gap(2)} (?:run|walk|jump|step) in front of`,
        S`(?:chasing|going for|coming at|went for|gone for|running at|coming (?:up|down) the stairs|coming towards)${gap(8)} ${weapon}`,
        S`(?:smashed|broken|broke) (?:a |the )?(?:bottle|glass)${gap(6)} (?:going for|coming at|chasing|waving|threatening|holding it)`,
        S`(?:petrol|lighter fluid|accelerant)${gap(10)} (?:torch|torching|burn|burning|set fire|light)`,
        S`(?:torch|torching|burn|burning) (?:the |her |his |their )?(?:house|home|flat|room|car)${gap(6)} (?:with|baby|kids|everyone)`,
        // "says hes going to crash it on purpose"
        S`${harmThreat}${gap(2)} (?:drive|crash) (?:it |the car |a car |the van )?(?:into|off|on purpose|deliberately)`,
        // The car as the weapon: "has my car keys and says hell run someone over" (not a worry for when he learns to drive).
        S`${harmThreat}${gap(2)} (?:run|mow|knock) (?:someone|somebody|people|him|her|them|me|us|you|(?:the|his|her|their|my|our|a) \S+) (?:over|down)` +
          S`(?!.*\b(?:if|when (?:he|she|they) (?:learns?|passes|gets)|learn\w* to drive|lessons?)\b)`,
        // Gone to someone's door armed: "hes outside the teachers house with a hammer" (not fixing the fence).
        S`(?:outside|at|round at|gone round to|gone to|went to|waiting outside|waiting at|banging on) (?:(?:the |his |her |their |my |our )?\S+s|his|her|their) ` +
          S`(?:house|flat|home|front door|door|school|work|workplace)${gap(3)} with (?:a |an |the |his |her )?(?:\S+ )?${armedWith}` +
          S`(?<!${past.source}.*)(?!.*(?:${past.source}|\b(?:fix\w*|diy|build\w*|putting up|shelf|shelves|fence|nails?|tools?|garden\w*|chopping|cook\w*|logs?)\b))`,
        S`going for${gap(8)} with it`,
        // Armed and meaning it, not told as history.
        S`(?:${armedThreatsNow})(?<!${past.source}.*)(?!.*${past.source})`,
        // Armed and raging: "kicking off with a hammer", "holding a hammer screaming at the other kids"
        S`(?!.*${past.source})(?:kicking off|going mad|gone mad|raging|lost it|losing it) with (?:a|an|the|his|her) (?:\S+ )?${weapon}(?! and ball)`,
        S`(?!.*${past.source})(?:holding|waving|swinging|got|has) (?:a|an|the|his|her) (?:\S+ )?${weapon}${gap(2)} (?:screaming|shouting|yelling|raging) at ` +
          S`(?:the |our |his |her )?(?:other |younger |little )?(?:kids|children|staff|carers?|her|him|them|us|me|everyone|people|residents)`,
        // Trying to get at someone with it: "has a hammer and is banging on the door to get at her".
        S`${weapon}${gap(10)} (?:banging|kicking|hammering|smashing) (?:on|at|down) (?:the|her|his|my|our|their) (?:\S+ )?door`,
        S`${weapon}${gap(10)} (?:do the same|same thing) to (?:the |her |his |their |my |our )?(?:baby|dog|cat|sister|brother|mum|dad|carer|fc|you|me|him|her|them|kids?|little \S+)`,
      ].join('|'),
    ),
  },
  // "mum has just slapped the toddler really hard"
  {
    name: 'just-assaulted',
    when: b(
      S`(?:just|has) (?:slapped|punched|kicked|hit|battered|strangled|stabbed|attacked|assaulted|raped|grabbed|pushed|shoved|bit|bitten|headbutted) ` +
        S`(?:her|him|them|me|my \S+|our \S+|his \S+|their \S+|` +
        S`(?:the|a|another) (?:baby|child|toddler|boy|girl|kid|carer|staff|staff member|teacher|member of staff|other \S+|younger \S+|little \S+)|` +
        S`foster (?:mum|dad|carer|mother|father|sister|brother))`,
    ),
  },
  // "a visitor is in her room touching her and wont leave"
  {
    name: 'abuse-now',
    when: b(
      [
        S`(?:in|into) (?:her|his|their) (?:room|bed|bedroom)${gap(3)} touching`,
        // Or told from hiding: "someone at the party is making her drink and touching her, shes texting me from the toilet".
        S`(?:touching|assaulting|abusing|raping) (?:her|him|them)${gap(8)} (?:wont (?:leave|stop|go)|now|tonight|right now|(?:texting|messaging|ringing|calling) (?:me|us)|whisper\w*|hiding)`,
        // An adult in a child's room doing what they should not: "a member of night staff is in a young persons room doing something he shouldnt right now".
        S`(?:staff|carer|worker|man|adult|bloke|guy|uncle|step ?dad|dad|boyfriend|teacher|partner|fella)${gap(4)} (?:in|into) (?:a |the |her |his |their )?(?:\S+ ){0,2}(?:bed)?room${gap(3)} ` +
          S`doing (?:something|things|stuff) (?:he|she|they) (?:shouldnt|should not|mustnt)${gap(4)} (?:${now}|(?:the )?door (?:is |s )?locked|locked (?:the )?door)`,
        S`(?:man|adult)${gap(2)} shouting${gap(3)} (?:her|him) screaming`,
        S`(?:making|forcing|getting) (?:her|him|them) (?:to )?do (?:things|stuff|sexual)${gap(6)} (?:camera|video|live|webcam|scared|crying)`,
        S`(?:a man|an adult|a stranger|someone|some bloke|an older man|a lad) (?:is |s )?in (?:her|his|their|my) (?:room|bed|bedroom|flat)${gap(8)} (?:wont (?:leave|go|get out)|whisper\w*|scared|hiding|locked)`,
        // Exploited as it happens: "shes at a party where men are giving girls drugs".
        S`(?:shes|hes|theyre|she is|he is|they are|im) (?:at|in) (?:a|some|the|this|his|their) (?:\S+ )?(?:party|flat|house|hotel)${gap(2)} (?:where|with)${gap(2)} ` +
          S`(?:men|adults|older \S+|grown \S+|blokes|guys)${gap(3)} (?:giving|plying|handing out|supplying|selling)`,
        // Seen as it happens: "walked in on an older resident assaulting a younger one".
        S`walked in on${gap(6)} (?:sexually )?(?:assaulting|abusing|raping|hurting|touching|attacking|hitting|beating|strangling|having sex with)`,
        // "theres a man in the room touching her", "a man has been touching him and is waiting outside"
        S`(?:a|an|some|the) (?:older |grown )?(?:man|adult|stranger|bloke)${gap(3)} (?:is |s |has been |been )?(?:touching|groping|feeling) (?:her|him|them|me)`,
        // "hes making me do stuff, im at his flat, help", "filming her being made to do stuff"
        // "older lads are making her do stuff in a car outside the shop, its happening now"
        S`(?:making|forcing) (?:me|her|him|them) (?:to )?do (?:stuff|things|sexual \S+)${gap(6)} ` +
          S`(?:help|(?:at|in) (?:his|their|a|the) (?:flat|house|place|car|van)|toilets?|party|filming|scared|crying|now|happening)`,
        // Done to a child as it happens: "her stepdad is at the house right now doing things to her sister".
        S`${now}${gap(2)} doing (?:things|stuff|sexual \S+) to ${abusedChild}`,
        S`doing (?:things|stuff|sexual \S+) to ${abusedChild}${gap(6)} ${now}`,
        S`being (?:made|forced) to do (?:stuff|things|sexual \S+)`,
        // Or "been made to", with a word that it is now: "shes been made to do stuff in a car right now".
        S`been (?:made|forced) to do (?:stuff|things|sexual \S+)${gap(8)} ${now}`,
        // Told as it happens: "messaging me that shes being forced to have sex at a house" (not told as history).
        S`(?:is|s|are|am|shes|hes|theyre|im) being (?:made|forced|pressured|pressurised)(?<!${past.source}.*)(?!.*${past.source}) (?:to |into )?` +
          S`(?:have sex|having sex|sleep with|sleeping with|do sexual \S+|doing sexual \S+|give \S+ (?:head|oral)|perform)`,
        // "texted an address, says shes being sexually assaulted at a party"
        S`(?:shes|hes|theyre|she is|he is|they are|im) being (?:sexually )?(?:assaulted|raped)(?! (?:in the past|before|as a child))`,
        // "shes being sexually assaulted at a party, shes texting me from the bathroom"
        S`being (?:sexually )?(?:assaulted|abused|raped)${gap(6)} (?:texting|messaging|ringing|calling|now|right now|tonight)`,
        S`being (?:forced|made) to${gap(6)} (?:right now|now|tonight)`,
        // "men in the flat with her and she says theyre making her do things"
        S`(?:men|man|adults?|blokes?|guys?)${gap(10)} (?:making|forcing) (?:her|him|them|me) (?:to )?(?:do (?:stuff|things)|have sex|sleep with)`,
        // Told it will happen again tonight: "her boyfriends outside and theyre going to make her do stuff again tonight".
        S`(?:going to|gonna|will|theyll|hell|about to|trying to|want to|wanna) (?:make|force) (?:her|him|them|me) (?:to )?` +
          S`(?:do (?:stuff|things|sexual \S+)(?! (?:around|round|in|about) the (?:house|home|garden)| like (?:homework|chores|tidying))|have sex|sleep with)${gap(4)} (?:again|tonight|tonite|now|later)`,
        S`doing sexual (?:stuff|things) to${gap(6)} (?:now|right now|in the)`,
        // "in a car with an older man and hes pulling her top off"
        S`(?:older )?(?:man|men|adult|bloke|guy|boyfriend)${gap(10)} pulling her (?:top|clothes|trousers|knickers|pants|skirt|shorts|bra) (?:off|down|up)`,
      ].join('|'),
    ),
  },
  // "a man has dragged our 13yo into his car"
  // A ward keeping a patient is the Mental Health Act's question, not an abduction.
  // Nor the taxi firm's driver taking a child to school as arranged.
  {
    name: 'held-or-taken',
    when: b(held),
    unless:
      // History too: "got into a car with a stranger last year, how do we do safety work".
      // Nor a house rule asked about ("a deprivation of liberty?"), or someone locked out or calling to read the meter.
      // What the one holding her "has done before" is why she is at risk now, not history.
      new RegExp(
        S`\b(?:ward|unit|hospital|informal|voluntarily|sectioned|section|taxi (?:firm|company)|school transport|escort|as (?:agreed|planned|arranged))\b|` +
          S`\b(?:deprivation of liberty|dols|curfew|meter|locked (?:him|her|them)sel(?:f|ves) out|forgot (?:his|her|their) keys?)\b|${pastNotPriorDeed.source}`,
      ),
  },
  // "missing since 6, last thing on her insta was no one will miss me"
  {
    name: 'missing-at-risk',
    when: b(
      [
        S`${away}${gap(20)} ${awayRisk}`,
        S`${awayRisk}${gap(12)} ${away}`,
        // Somewhere a fall or the water can kill, and out of reach: "on the runcorn bridge walking along it, wont answer phone"
        // (not where someone works or lives, a day out, nor asked as "if she wont answer").
        // Or on the way there: "walking towards the train tracks and wont answer me".
        S`(?<!\b(?:works?|lives?|living) )(?:on|at|along|by|under|off|near|towards|toward|down to) (?:the |a )?(?:\S+ )?${dropOrWater}(?!.*\b(?:if (?:she|he|they)|school trip|day out|holiday|fishing)\b)${gap(10)} ${unreachable}`,
        S`(?<!\bif (?:she|he|they) )${unreachable}${gap(10)} (?:on|at|along|by|under|off|near) (?:the |a )?(?:\S+ )?${dropOrWater}`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("missing overnight twice"); but not when the teller sets this
    // time apart from the pattern ("hes done this before and always comes back, but this time...").
    // Nor when the child is missing tonight: "mispers tonite, with a man arrested for grooming last year".
    // And not missing at all when the child is with the teller ("its 11pm, shes sat with me"), or is back
    // ("stormed out after a row, shes back now"), or the question is for next time.
    unless: new RegExp(
      S`\b(?:sat|sitting|here|safe|home|in bed|asleep|with me|with us) (?:with (?:me|us)|in the (?:lounge|kitchen|living room|front room))\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never|way) )\b(?:back|home|found|safe) (?:now|safe|and well)\b|\bnext time\b|` +
        // Back already: "came back from missing at 3am, safe in bed now", "back after missing 2 days", "shes back and says nothing happened".
        S`\b(?:came|come|coming|been|got) back from (?:being )?missing\b|\bback after (?:being )?missing\b|\bsafe in bed\b|` +
        S`\b(?:shes|hes|theyre) back(?! (?:on|at|in|out|to|online|there|again|with|up|down|near|by)\b)|` +
        S`^(?!.*\bbut this time\b)(?!.*\b${away} (?:\S+ ){0,2}(?:tonight|tonite|2nite|right now)\b).*` +
        b(
          [
            awayInThePast(2),
            S`${away}${gap(3)} (?:twice|(?:three|four|five|six|several|many|\d+) times|again and again|repeatedly|every weekend|most weekends)`,
            S`keeps (?:going |running )?(?:missing|off|away)`,
            S`repeat(?:ed(?:ly)?)? (?:missing|misper|mfh|episodes?)`,
            S`(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time`,
            S`always (?:comes?|came) back`,
            S`(?:going|goes|keeps going) (?:missing|missin|mising|misssing)`,
            S`missing episodes?|number of|each time`,
            S`since then`,
            ...historyPhrases,
          ].join('|'),
        ).source,
    ),
  },
  // "our lads not back, last seen with the group who stabbed someone last week": the company is the
  // danger, whenever its violence was, so history about them does not make this calm.
  {
    name: 'missing-with-violent',
    when: b(
      S`(?:${away}|last seen|seen|gone off|went off|left)${gap(10)} with${gap(5)} (?:who|that|which)${gap(3)} ` +
        S`(?:stabbed|shot|attacked|beat up|battered|robbed|raped|groomed|carry knives|carries (?:a )?knife|has a knife|have knives|deal|deals)`,
    ),
    unless: new RegExp(S`\b${awayInThePast(2)}\b|\bkeeps (?:going )?missing\b`),
  },
  // "walked out of his review, was suicidal last week and wont pick up": gone, out of reach, and a
  // risk known to the teller. The risk is the danger whenever it was told, so its date does not make this calm.
  {
    name: 'gone-unreachable-at-risk',
    when: b(
      [
        S`${away}${gap(14)} ${knownRisk}${gap(10)} ${unreachable}`,
        S`${away}${gap(10)} ${unreachable}${gap(14)} ${knownRisk}`,
        S`${knownRisk}${gap(14)} ${away}${gap(10)} ${unreachable}`,
      ].join('|'),
    ),
    // The going told as history or a pattern, or over: "went missing last year", "home now" (not "not home now").
    unless: new RegExp(
      S`\b${awayInThePast(5)}\b|` +
        S`\b(?:keeps (?:going missing|running off|running away|walking out|absconding)|always (?:comes? back|goes missing|runs off))\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never) )\b(?:back|home|found|safe) (?:now|safe|and well)\b`,
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
        // Said as "it", and up high: "going to do it this time, hes at the open window".
        S`(?:going to|gonna|about to|will|ll) (?:do it|jump(?! at the chance))${gap(6)} (?:at|on|by|near|out of|leaning out of|hanging out of|sat in|sitting in|standing in) (?:the |an |a |her |his |their )?` +
          S`(?:open window|window ledge|window ?sill|ledge|roof|balcony|edge|railings)`,
        // "i think hes going to do it this time", "messaged ive done it this time and now isnt answering"
        S`(?:hes|shes|theyre|im|he is|she is|they are|i am) (?:going to|gonna|about to) (?:do it|go through with it) this time(?! (?:round|properly|right|next)\b)(?!.*\b(?:test|exams?|driving|revised|interview|audition)\b)`,
        S`(?:ive|shes|hes|theyve|i have|she has|he has) (?:done it|gone and done it) this time${gap(6)} ${unreachable}`,
        // "has a plan and the means", "has a plan and the stuff to do it"
        S`plan (?:and )?means (?:and )?(?:date|time|timing)|(?:has|got) (?:a |the )?plan and (?:the )?(?:means|(?:stuff|things|kit) to do it)`,
        S`(?:got|have|bought|taking|took|packed) (?:the |a |some |my |her |his )?(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war)\b)${gap(8)} ${soon}`,
        S`tell (?:everyone|them|mum|my mum|nan|my nan|my sister|my brother) (?:im sorry|i love)`,
        S`(?:saving|saved|hoarding|stockpiling) (?:up )?(?:my|her|his|their)? ?(?:tablets|pills|meds)${gap(6)} (?:doing it|do it|take them|${soon})`,
        S`(?:goodbye|letters? to (?:each|all|every(?:one|body)?))${gap(14)} (?:pills|tablets|rope|knife|blade|paracetamol|bleach)`,
        S`(?:pills|tablets|rope|knife|blade|paracetamol)${gap(14)} (?:goodbye|letters? to (?:each|all|every(?:one|body)?))`,
        // The means in hand, to be used once alone: "holding his mums old pills, says hes going to take them when i leave the room".
        // Or if anyone comes near: "in the shower with the belt from her jeans and says if we come in shell do it".
        S`${meansAtHand}${gap(12)} (?:${vagueIntent} ${unwatched}|(?:if|when|once) (?:we|i|you|u|staff|anyone|anybody|someone|mum|dad) ` +
          S`(?:come|comes|try|tries|go|goes|open|opens|get|gets|step|steps)${gap(2)} (?:shell|hell|theyll|ill|she will|he will|they will|i will|(?:shes|hes|theyre|im) (?:going to|gonna)) ${vagueIntent})`,
      ].join('|'),
    ),
    // "wants to die her hair blue" is dye, misspelt.
    // "i dont know why i do it" is a child explaining an outburst; "said months ago she wanted to die" is history.
    // Denied by the teller: "not saying she wants to die", "hasnt got a plan".
    unless: new RegExp(
      [
        S`\bdie (?:her|his|their|my) hair\b`,
        S`\bwhy (?:i|she|he|they|we) (?:do|does|did) it\b`,
        S`\bsafe (?:right )?now\b`,
        S`\b(?:isnt|not) (?:going to|gonna) do anything\b`,
        // "i dont remember doing it, everything just went white": an outburst told after.
        S`\b(?:dont|doesnt|didnt|cant|cannot) (?:remember|recall) (?:doing|saying) it\b`,
        S`\bnot (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes|theyre)? ?(?:wants?|wanted|is going|s going|will)\b`,
        S`\b(?:hasnt|havent|not|no|without) (?:got |made |any )?(?:a )?plans?\b`,
        past.source,
      ].join('|'),
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
        S`${barricaded}${gap(10)} (?:no point (?:in )?living|doesnt want to live|better off dead)`,
        // Despair, then shut away: "said hed had enough of everything and now the door wont open".
        S`(?:had enough|cant go on|cant do this|done with everything|no point)${gap(14)} ${barricaded}`,
        // Shut away, then silence: "locked herself in the bathroom, heard the cabinet open, now its silent".
        S`${barricaded}${gap(16)} (?:(?:its|now|gone|all) silent|silence)`,
        // Shut in with the means: "locked himself in the bathroom with my meds"
        S`${barricaded}${gap(4)} with (?:the |my |her |his |their |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blade|razor|rope|bleach|chemicals)`,
        // Told the other way round: "drinking neat vodka with tablets in her room and wont let me in".
        S`with (?:the |my |her |his |their |some |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blades?|razors?|rope|bleach|chemicals)${gap(6)} ${barricaded}`,
        // In the bathroom, a word that it is done, and silence: "in the bathroom 40 mins, said shed sorted it, now isnt answering"
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|toilet|loo|shower)${gap(8)} (?:sorted it|done it|dealt with it|taken care of it|its done)${gap(4)} ${unreachable}`,
        // In the bath a long while, the means gone, and no answer: "in the bath for ages and theres a razor missing and shes not answering".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower|toilet|loo)${gap(12)} (?:razors?|blades?|knife|knives|pills|tablets|meds|belt|cord|rope) ` +
          S`(?:is |are |s )?(?:missing|gone)${gap(6)} ${unreachable}`,
        // In the bath behind a locked door, and no answer: "in the bath over an hour, door locked, no answer".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower)${gap(10)} (?:(?:the )?door (?:is |s |was |still )?locked|locked (?:the )?door|locked (?:her|him|them)sel(?:f|ves) in)${gap(4)} ` +
          S`(?:no answer|not answering|isnt answering|wont answer|no reply|silent|silence|not responding|no response)`,
      ].join('|'),
    ),
    // Said to be fine, or a stuck lock.
    unless:
      /\b(?:(?:is|hes|shes|theyre|seems) (?:fine|ok|okay|alright|asleep)|turned out (?:she|he|they) (?:was|were)|lock (?:stuck|is broken|broke|jammed)|handle (?:is )?broken)\b/,
  },
  // "shes cutting right now and wont let go of the blade, theres a lot of blood"
  {
    name: 'blood-now',
    when: b(
      [
        S`(?:a lot of|lots of|so much|pool of|loads of) blood`,
        // "shes cutting in the bathroom now"
        S`(?:is|s|shes|hes|im|theyre) cutting (?:(?:upstairs )?in (?:the|her|his|their|my) (?:bathroom|bedroom|room|toilets?|loo|shower) )?(?:right )?now`,
        S`cutting (?:(?:her|him|them|my)sel(?:f|ves)|(?:her|his|their|my) (?:arms?|legs?|wrists?|skin|thighs?|stomach|face))${gap(3)} ${now}`,
        S`bleeding${gap(2)} (?:bad|badly|heavily|loads|a lot|lots|everywhere)`,
        // "bleeding heavy from her wrist, towels soaked through"
        S`bleeding (?:heavy|heavily|bad|badly) from (?:her|his|their|my) (?:wrists?|arms?|legs?|neck|head|throat|thigh)`,
        S`bleeding${gap(6)} (?:towels?|tea towels?|bandages?|dressings?|tissues?)${gap(2)} (?:soaked|soaking|drenched)`,
        // The glass turned on themselves: "smashed a mirror and is cutting herself with the bits"
        S`(?:smashed|broke|broken|smashing) (?:a|the|her|his) (?:mirror|window|glass|bottle)${gap(6)} (?:cutting (?:her|him|them)sel(?:f|ves)|using (?:the|a) (?:glass|bits|pieces|shards?) on)`,
        // Or a threat to use the pieces: "locked in room smashed mirror says shes going to use the glass".
        S`(?:smashed|broke|broken|smashing) (?:(?:a|the|her|his|their) )?(?:\S+ )?(?:mirror|window|glass|bottle|plate|mug|cup)${gap(8)} ` +
          S`(?:going to|gonna|about to|threatening to|will|ll) (?:use|cut (?:her|him|them)sel(?:f|ves) with) (?:the |a |it|them|those |some )?(?:glass|bits|pieces|shards?|it|them)?\b` +
          S`(?<!${past.source}.*)(?!.*${past.source})`,
        // Or a piece of it held to the body: "smashed the mirror and is holding a bit to his wrist" (not told as history).
        S`(?:smashed|broke|broken|smashing) (?:a|the|her|his|their) (?:\S+ )?(?:mirror|window|glass|bottle|plate|mug|cup)${gap(6)} ` +
          S`(?:holding|pressing|putting|held|pushing|digging) (?:a |the |one )?(?:sharp )?(?:bit|piece|shard|bits|pieces|shards)(?: of (?:it|glass|mirror))? (?:to|against|on|into|at|near) ${ownBody}` +
          S`(?<!${past.source}.*)(?!.*${past.source})`,
      ].join('|'),
    ),
  },
  // "burning herself with a lighter and laughing when i ask her to stop"
  {
    name: 'self-harm-wont-stop',
    when: b(
      [
        // Or into her own body, laughing, or keeping everyone off: "carving into her leg with a compass and laughing",
        // "cutting her legs saying leave me alone".
        S`${harmingOwn} (?:into |at )?${ownBody}${gap(10)} (?:wont stop|refus\w* to stop|(?:ask|tell|asking|telling|told|asked) (?:her|him|them) to stop|laughing|giggling|` +
          S`(?:saying|screaming|shouting|yelling|telling (?:me|us|staff)) (?:to )?(?:leave (?:me|her|him|them) alone|go away|get out|fuck off|f off|let (?:me|her|him|them) die))`,
        // The sharp thing in hand as it happens: "on the floor with a craft knife cutting her legs".
        S`(?:with|holding|got) (?:a |an |the |her |his |their |my |some )?(?:\S+ )?(?:knife|blade|razor|scissors|compass|glass|sharpener|shard|pin|needle|lighter)s? ` +
          S`${harmingOwn} (?:into |at )?${ownBody}`,
        // Told the other way round, what with after: "scratching at her wrists with a compass", "stabbing his leg with a pencil",
        // "slashin her legs wiv a razor" (not helped to stop, nor asked why, nor disclosed to a nurse: "came in saying shes scratching her arms").
        S`(?<!\b(?:stop|stopping|stopped|prevent|from|why|about|keeps?|been) (?:(?:her|him|them) )?)` +
          S`(?<!\b(?:saying|says|said|admits|admitted|disclosed|told (?:me|us|her|him|them))(?: that)?(?: (?:shes|hes|theyre|she is|he is|they are|shes been|hes been))? )${harmingOwn} (?:at |into )?${ownBody} (?:with|wiv|wi|using) ` +
          S`(?:a |an |the |her |his |their |my |some |sum )?(?:\S+ )?${sharpThing}`,
        // "another is self harming with a broken cd": with one thing, in hand now (not "has been self harming with razors").
        S`\b(?:is|s|are|shes|hes|theyre|currently|now) self ?harming (?:with|wiv|using) (?:a|an|the|her|his|their|my) (?:\S+ )?${sharpThing}`,
        // Something pushed into the body: "has inserted something into her arm and its swelling".
        S`(?:inserted|inserting|inserts|pushed|pushing|shoved|shoving|stuck|sticking|poked|poking) (?:something|things|objects?|(?:a |an |the |some |bits? of |pieces? of )?\S+) ` +
          S`(?:into|under the skin (?:of|on)|up) ${ownBody}`,
        // A wound kept hidden, and blood: "blood on her floor, she wont let me see her wrists, think shes still doing it".
        S`(?:wont|will not|refus\w* to) (?:let (?:me|us|anyone|anybody|staff) )?(?:see|look at|check|near) (?:her|his|their) (?:arms?|legs?|wrists?|thighs?|stomach)${gap(8)} ` +
          S`(?:still (?:doing it|at it|cutting|going)|blood|bleeding)`,
        S`(?:blood|bleeding)${gap(8)} (?:wont|will not|refus\w* to) (?:let (?:me|us|anyone|anybody|staff) )?(?:see|look at|check|near) (?:her|his|their) (?:arms?|legs?|wrists?|thighs?|stomach)`,
        // Keeping everyone off while doing it: "burning himself with a lighter in the garden and wont let me near him".
        // "self harming at the minute wont let staff near her", "self harming now wont stop"
        S`self ?harming${gap(4)} (?:wont stop|cant stop (?:her|him|them)|(?:wont|will not) let (?:me|us|anyone|anybody|staff) (?:near|get near|get close))`,
        // Or shut in to do it: "yp self harming atm in her room wont let staff in" (not "has been self harming", a pattern).
        S`(?<!\b(?:been|keeps|always|often|started|starts) )self ?harming${gap(6)} (?:(?:wont|will not) let (?:me|us|anyone|anybody|staff) in|${barricaded})`,
        // Harm done and not over: "has burnt herself with a lighter and is still doing it", "deep cuts, she says she hasnt finished".
        // Said of herself, not a burn on the oven or a cut on the fence.
        S`(?:${harmingOwn} ${ownBody}|(?:burnt|burned|scalded|cut|slashed|scratched|carved) (?:her|him|them|my)sel(?:f|ves))${gap(10)} ` +
          S`(?:still (?:doing it|at it|going at it)|(?:hasnt|havent|isnt|is not|not) (?:finished|stopped)|wont stop)(?! (?!bleeding)(?:\S+ing|her|his|their|the|a|school|work)\b)` +
          S`(?!.*\b(?:oven|hob|kettle|iron|cooker|stove|fence|accident\w*|in (?:her|his|their) sleep)\b)`,
        // Meant, as it happens: "shes scalding her hand under the hot tap deliberately and screaming".
        S`${harmingOwn} ${ownBody}${gap(8)} (?:deliberately|on purpose)|(?:deliberately|on purpose) ${harmingOwn} ${ownBody}`,
        // A sharp thing put to the body: "taking stuff out of the first aid box and using scissors on her arm" (not shaving).
        S`(?:using|holding|pressing|digging|dragging|running) (?!(?:\S+ ){0,3}razors? (?:on|to|along|across) (?:her|his|their|my) (?:own )?(?:legs?|face))(?:a |the |some |her |his |their |my )?(?:\S+ ){0,2}(?:bits? of |pieces? of )?` +
          S`(?:scissors|blades?|razors?|knife|compass|glass|sharpener|lighter|pin|needle|shards?|lid|nail file)s? (?:on|to|into|against|across|along) ${ownBody}` +
          S`(?!.*\b(?:splinters?|manicure|nails|tattoo\w*|pierc\w*)\b)`,
        // On the body, and still at it: "burning her arm with a lighter, shes still got it and wont hand it over"
        S`(?:burning|cutting|slashing|scratching|carving) (?:her|his|their|my) (?:arms?|legs?|wrists?|skin|thighs?|stomach|face|hands?)${gap(10)} ` +
          S`(?:wont (?:hand|give) (?:it|them) (?:over|back)|wont let go|wont stop|still (?:got|holding) it)`,
        // "scratching her arms till they bleed and screaming"
        S`(?:scratching|clawing|picking) (?:at )?(?:her|his|their|my) (?:arms?|legs?|wrists?|skin|face)${gap(2)} (?:till|until) (?:they|it|she|he) bleeds?${gap(4)} (?:screaming|wont stop|on my own|now)`,
        S`(?:burning|cutting|slashing|scratching|carving|stabbing) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:wont|will not|refus\w* to) let (?:me|us|anyone|anybody|staff) (?:near|get near|get close|come near|take)`,
        S`(?:banging|bashing|smashing|hitting|headbutting) (?:(?:her|his|their|my|the) )?head${gap(10)} (?:bleeding|blood|wont stop|cant stop)`,
        S`head ?bang\w*${gap(8)} (?:bleeding|blood|vomit\w*|being sick)`,
      ].join('|'),
    ),
    // History, or a pattern over time ("burning herself for months and wont let me near her arms"): the self-harm answer.
    // A razor for shaving, or the hair.
    unless: new RegExp(S`${past.source}|\bfor (?:a while|months|weeks|years|ages|a long time)\b|\b(?:shav\w*|wax\w*|hair)\b`),
  },
  // "her arm is gaping open", "you can see the fatty yellow stuff"
  {
    name: 'serious-wound',
    when: b(
      [
        S`gaping(?: open)?`,
        // "his hand is cut wide open", "her heads split open"
        S`(?:hand|arm|leg|wrist|head|face|thigh|forehead|palm)s? (?:is |s |has been |was |been )?(?:cut|sliced|slashed|ripped|torn|split) (?:wide |right |clean )?open`,
        // "i think it needs stitches, its pouring" (not rain pouring down)
        S`needs? (?:stitches|stitching|gluing|glue)${gap(6)} (?:pouring|gushing|spurting|pumping|wont stop|still bleeding|(?:going|gone) (?:pale|grey|white)|faint\w*)(?! (?:down|with rain|rain|it down))`,
        S`(?:pouring|gushing) (?:with )?blood${gap(6)} needs? (?:stitches|stitching|gluing)`,
        // The wound opened again: "shes pulled her stitches out and its pouring", "ripped his staples open, bleeding everywhere".
        S`(?:pulled|pulling|ripped|ripping|torn|tore|tearing|cut|cutting|burst|bursting|split) (?:out |open )?(?:her|his|their|my|the) (?:own )?(?:stitches|staples|sutures|steri ?strips)(?: out| open)?${gap(6)} ` +
          S`(?:pouring|gushing|spurting|pumping|bleeding|blood everywhere|gaping|wide open|wont stop)`,
        // "the skins come off", "skin is white and peeling"
        S`skins? (?:is |are |has |have )?(?:\S+ and )?(?:peeling|blistering|blistered|coming off|come off|melted|melting)`,
        // "its all blistered across his chest", "the burn is huge and blistering"
        S`(?:all|really|badly|huge and|big and|massive and) (?:blistered|blistering)`,
        S`(?:burn|burnt|burned|burning)${gap(8)} (?:huge|big|massive|large) (?:blister\w*|patch)`,
        S`(?:blistered|blistering|weeping|charred) (?:patch|skin|burn|arm|leg|hand)`,
        S`(?:big|huge|massive|large) blisters?`,
        S`(?:gone |turned )?(?:white|black|charred) and leathery|leathery`,
        S`(?:boiling|hot) (?:kettle|water|pan|oil)${gap(2)} (?:over|on|onto) (?:her|him|them|my)sel(?:f|ves)`,
        S`deep (?:gash|cut|wound)${gap(4)} (?:spurting|pumping|wrist|neck|throat|wont stop|pouring)`,
        // "massive gash on his wrist, pale and dizzy"
        S`(?:massive|huge|big|large|nasty) (?:gash|cut|wound)${gap(5)} (?:wrist|neck|throat|pale|dizzy|faint\w*|spurting|pouring|gushing)`,
        S`spurting`,
        S`still bleeding after (?:an|half an|\d+|two|three) (?:hour|hours|hr|hrs)`,
        S`(?:cut|cuts) (?:a bit |much |way )?deeper than (?:normal|usual|before)`,
        S`(?:still )?bleeding through (?:the |a |her |his )?(?:towel|bandage|dressing|plaster|tissues?|clothes|sleeve|top)`,
        S`(?:poured|pouring|thrown|threw|spilt|spilled) (?:boiling|hot) (?:water|kettle|oil|fat)`,
        S`(?:see|seen|showing|can see)${gap(3)} (?:the )?(?:fat|fatty|bone|tendon|yellow stuff|white stuff)`,
        S`(?:wont|cant|will not|can not) stop (?:the )?bleeding`,
        S`bleeding from (?:the|her|his|their) (?:head|neck|wrist|wrists)`,
        S`(?:head|forehead|wrist|neck) (?:is |now )?(?:bleeding|pouring)`,
        // Fists through glass, and cut: "hes punching through the window again, hands all cut up, glass everywhere".
        S`(?:punch\w*|smash\w*|put|putting|kick\w*) (?:(?:his|her|their) (?:fist|hand|arm|foot) )?(?:through|in) (?:the |a |his |her |their )?(?:\S+ )?(?:window|glass|mirror|door panel|pane)s?${gap(6)} ` +
          S`(?:(?:hands?|arms?|knuckles|fists?|wrists?|feet|foot) (?:all |are |is |s )?(?:cut|bleeding|pouring|ripped|slashed|shredded)|blood|bleeding|glass everywhere|cut to bits|cut up)`,
        // "punched through the window, hand pouring" (not a hand pouring the tea, nor pouring with sweat)
        S`(?:hand|arm|leg|foot|face|knuckles|fingers?) (?:is |s |are |now |still )?(?:pouring|gushing|pumping)(?! (?:\S+ )?(?:sweat|tea|milk|water|juice|drinks?|coffee|squash|the|a|some|it|them|out|into))`,
      ].join('|'),
    ),
    // History, or skin peeling after the sun.
    unless: new RegExp(S`${past.source}|\b(?:sun(?:burn|burnt|burned|bathing|cream)?|eczema|psoriasis|dry skin|chapped)\b`),
  },
  // "says shes gona kil herself and has got her nans pills in her bag"
  {
    name: 'threat-with-means',
    when: b(
      [
        S`(?:kill|kil|end|hang|top) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:got|has|have|holding|carrying|with|bought|taken)${gap(5)} ${alt(medicine, cord, 'knife', 'blade', 'razor', 'dog lead')}`,
        // "saying she cant go on, shes got the car keys and pills"
        S`(?:cant go on|cant do this anymore|had enough of (?:everything|life))${gap(8)} (?:got|has|have|holding|with|taken)${gap(4)} ${alt(medicine, 'car keys', 'knife', 'rope')}`,
      ].join('|'),
    ),
    unless: past,
  },
  // "lashing out at staff with a metal bar", "scuffle, hes got a hammer from the shed"
  {
    name: 'weapon-in-a-fight',
    when: b(
      [
        // "two lads fighting with a bat in the garden" (not play fighting)
        S`(?:lashing out|swinging|going for|attacking|hitting|threatening|waving|(?<!(?:play|sword|pretend|mock) )fighting|scrapping|brawling)${gap(5)} with (?:a |the |his |her )?${weapon}`,
        // At a person with it, or armed and after them: "going at her carer with a hammer", "has a bat and is going after the carer".
        S`(?:going|gone|went|goes|coming|came|running|ran) (?:at|after) ${person}${gap(2)} with (?:a |the |his |her )?(?:\S+ )?${weapon}`,
        S`(?:has|got|holding|grabbed|picked up|with) (?:a |an |the |his |her )?(?:\S+ )?${weapon}${gap(4)} (?:going|gone|went|coming|running|chasing)(?: (?:at|after|for))? ${person}`,
        S`(?:stood|standing|stands|looming|leaning) over${gap(4)} with (?:a |the |his |her )?${weapon}`,
        S`(?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)${gap(8)} (?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}`,
        S`(?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}${gap(8)} (?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)`,
        // Raised at someone: "holding a hammer over the fc", "swinging a metal pole at his social worker".
        // Or a piece of something broken: "holding a shard of mug to another yps throat".
        S`(?:holding|raising|raised|swinging|brandishing|jabbing|pressing) (?:a |the |his |her )?(?:\S+ )?(?:${weapon}|(?:shard|bit|piece)s? of (?:\S+ )?\S+) (?:over|above|at|to|towards|against) ` +
          S`(?:the |her |his |my |our |their |another |a )?(?:\S+ )?(?:fc|carer|staff|worker|mum|dad|sister|brother|baby|dog|cat|head|throat|neck|face|teacher|nan|her|him|them|me|us)`,
        // "he hit my husband with a chair, blood on his face"
        S`(?:hit|whacked|smashed|struck|battered|attacked) (?:my|her|his|the|a|our|their) \S+ (?:over the head )?with (?:a|the|his|her) (?:\S+ )?(?:chair|${weapon})${gap(10)} (?:blood|bleeding|still)`,
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
    // History; but a threat told before ("she said last week shed never give him back") is carried out now.
    unless: pastNotThreat,
  },
  // "running in and out of the traffic saying the voices told her to"
  {
    name: 'in-traffic',
    when: b(
      [
        S`(?:running|walking|standing|lying|sitting|wandering|dodging|stepping|jumping|weaving|cycling|darting)${gap(4)} (?:in|into|out into|in and out of|onto|on|across|along) (?:the )?(?:\S+ )?(?:traffic|motorway|train tracks|railway line|railway|tracks|dual carriageway|hard shoulder)`,
        // Still on a track, said as "the track": "standing on the track at hall road" (not a running track).
        S`(?:standing|stood|lying|laying|lay|sitting|sat|kneeling|waiting) (?:on|across|in the middle of) (?:the )?(?:(?:train |railway |tram )?(?:track|rails)|(?:train|railway|tram) line)` +
          S`(?!.*\b(?:running|athletics|sports|race|relay|pe|stadium|field|bmx|go ?karts?|laps?|phone|hold)\b)`,
        // Waiting for a train where it kills: "hes at the level crossing waiting for a train".
        // Not waiting at the barrier for one to pass, in the car.
        S`(?:level crossing|train tracks|railway line|railway|tracks)${gap(4)} (?:waiting|wait|waits) for (?:a |the |the next )?train(?! to (?:pass|go|come|clear))` +
          S`(?<!${stuckInTraffic}.*)(?!.*${stuckInTraffic})`,
        // "walking down the middle of the dual carriageway", "playing chicken on the slip road"
        S`middle of the (?:\S+ )?(?:road|dual carriageway|carriageway|motorway)`,
        S`playing chicken`,
        // At the platform edge as trains come: "keeps stepping over the yellow line as trains come in".
        S`(?:stepping|stepped|steps|standing|stood|leaning|walking|going|hanging|jumping) (?:over|past|across|beyond) the (?:yellow|white|safety) line`,
        S`(?:platform edge|edge of the platform)${gap(6)} (?:trains?|tracks?)`,
        // Getting out of a moving car: "opened the door on the motorway trying to jump out".
        S`(?:motorway|dual carriageway|moving car|moving van|while (?:im|were|i am|we are|i was|we were) driving|car (?:is|was) moving)${gap(12)} ` +
          S`(?:trying to|tried to|about to|going to|gonna|threatening to) (?:jump|throw (?:her|him|them)sel(?:f|ves)|climb|fall) out`,
        S`(?:trying to|tried to|about to|going to|gonna|threatening to) (?:jump|throw (?:her|him|them)sel(?:f|ves)|climb) out${gap(8)} (?:motorway|dual carriageway|moving|while (?:im|were|i am|we are|i was|we were) driving)`,
        // A little one out alone towards traffic: "wandered out the garden gate towards the main road".
        S`(?:wandered|toddled)${gap(5)} (?:towards|to|onto|into|on) the (?:main|busy) road`,
        S`(?:swimming|swam|wading|waded|walking|walked) (?:out|into the sea|in the sea|into the river|in the river|into the water)${gap(10)} (?:drunk|at night|in the dark|cant see|tide|high)`,
        // Cut off by the sea: "the tide is coming in and shes sat on the sandbank refusing to move".
        S`tide (?:is |s )?(?:coming|come|comes) in${gap(8)} (?:sat|sitting|standing|stood|stuck|refusing|wont (?:come|move)|cut off)`,
        S`(?:sat|sitting|standing|stood|stuck|refusing|wont move)${gap(8)} tide (?:is |s )?(?:coming|come|comes) in`,
      ].join('|'),
    ),
    // History, caught and brought back, or a lesson on roads.
    unless: new RegExp(
      S`${past.source}|\b(?:(?:caught|grabbed|stopped) (?:him|her|them)|got (?:him|her|them) back|road safety|green cross code)\b`,
    ),
  },
  // "written my letters, everythings sorted for when i go", "given away his xbox, said bye to the dog"
  {
    name: 'final-acts',
    when: b(
      [
        // A note, then shut away: "yp says ive written my note and wont let me in".
        S`(?:written|wrote|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)(?! (?:to|for|from) )${gap(4)} ${barricaded}`,
        S`(?:written|wrote|writing|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)${gap(8)} ` +
          S`(?:sorted|ready|when i go|when im gone|im gone|goodbye|sorry|love you|knows? (?:exactly )?how (?:to|shes|hes|she|he|theyre|theyll|ill|im|id|shed|hed)|(?:the train|the bridge)${gap(3)} (?:is the one|its the one|is where))`,
        // A note, and done: "hes written a note and says hes done" (not "done his homework", "done with football").
        S`(?:written|wrote|writing|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)${gap(6)} (?:hes|shes|im|theyre|i am|he is|she is|they are) (?:done|finished)` +
          S`(?! (?:his|her|their|my|the|a|an|it|with|for|some|all|that|this|now|eating|writing|\S+ing)\b)`,
        // "said i wont need it where im going"
        S`(?:wont|will not|dont) need (?:it|them|this|that|anything|any of (?:it|this)) (?:where|when) (?:im|i am|hes|shes|theyre) (?:going|gone)`,
        // "written letters to everyone and given his stuff away, says tonight"
        S`(?:given|giving|gave) (?:his|her|their|my|all (?:his|her|their|my)) (?:stuff|things|belongings|xbox|phone) away${gap(8)} (?:tonight|today|now|goodbye)`,
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
        // "smell of gas in his room, hes locked the door and stuffed towels under it"
        S`smell(?:s|ing)? (?:of )?gas${gap(12)} (?:locked|shut|towels?|stuffed|wants to die|kill|end it|wont come out|wont open|(?:turned|put|switched) (?:on )?(?:all )?(?:the )?(?:hobs?|gas|oven|rings))`,
        // The gas on, and a threat to blow up: "smell of gas and hes got the hob on saying hell blow the place up".
        S`(?:gas|hobs?|oven|cooker)${gap(10)} (?:blow|blowing) (?:up )?(?:the (?:place|house|flat|home|building|kitchen)|us|us all|everyone|it|(?:her|him|them|my)sel(?:f|ves))(?: all)?(?: up)?`,
        // "put the hob on with no flame", "turned all the hobs on and is sitting in the kitchen"
        S`(?:turned|put|switched|left) (?:on )?(?:all )?(?:the |every )?(?:gas )?(?:hobs?|rings?|oven|cooker)${gap(2)}(?: on)?${gap(8)} (?:no flame|not lit|unlit|without lighting|locked the|(?:locked|shut) (?:her|him|them)sel(?:f|ves)|wants to die|kill|end it)`,
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
  // "fell off the garage roof and cant feel his legs", "hit his head in a restraint and now hes not making sense"
  {
    name: 'fall-or-blow',
    when: b(
      [
        S`(?:fell|fallen|falls|come|came|jumped) (?:off|from|out of|down) (?:the |a |his |her |their )?(?:\S+ )?${fallFrom}${gap(12)} ${injurySign}`,
        S`(?:hit|banged|bashed|smashed|cracked|knocked) (?:her|his|their) head${gap(10)} ${injurySign}`,
        S`(?:hit|knocked (?:down|over)|run over) by (?:a|the) (?:car|van|bus|lorry|train|motorbike)${gap(14)} ${injurySign}`,
      ].join('|'),
    ),
    // History, or over: "a bit confused for a minute but is fine now", checked at a and e. Not the child's own
    // "im fine": a spine or a head can be hurt and feel well for a while.
    unless: new RegExp(
      S`${past.source}|\b(?:(?:is|seems|hes|shes|theyre) (?:fine|ok|okay|alright) now|for a (?:minute|moment|second|bit)|(?:doctor|gp|111|hospital|a and e|paramedics?) (?:said|says|checked))\b`,
    ),
  },
  // "thinks were demons and is trying to climb out the window", "the voices are telling her to jump, shes heading for the bus stop"
  {
    name: 'psychosis-acting',
    when: b(
      [
        S`(?:voices?|devil|demons?|spirits?|psychotic|possessed|hallucinating)${gap(14)} (?:trying to|tried to|about to|started to) ` +
          S`(?:climb|jump|cut|stab|burn|hurt|kill|drown|hang)`,
        // Told to harm someone, and near them: "the devil wants him to hurt his baby sister, hes stood over her cot"
        S`(?:voices?|devil|demons?|spirits?|god)${gap(2)} (?:wants?|telling|told|tells|says) (?:him|her|them|me) to (?:hurt|kill|stab|harm|drown|smother)${gap(10)} ` +
          S`(?:stood over|standing over|leaning over|next to|holding|(?:picked|picking) (?:\S+ )?up|grabbed|got hold of|carrying)`,
        S`voices? (?:are |is )?(?:telling|told|tell|saying) (?:her|him|them|me) to (?:jump|cut|hurt|kill|die|walk|run|step|drown|burn|hang)${gap(12)} ` +
          S`(?:heading|gone|walking|on (?:her|his|their) way|now|right now|trying)`,
      ].join('|'),
    ),
    // History, or voices heard as a pattern to support ("most days").
    unless: new RegExp(S`${past.source}|\b(?:most days|all the time|sometimes|often|every (?:day|night))\b`),
  },
  // "climbed up the scaffolding next door and is swaying", "trying to get out of the upstairs window"
  {
    name: 'climbing-high',
    when: b(
      [
        S`(?:climb\w*|up on|on top of|sat on|sitting on|standing on|stood on|balancing on|hanging off) (?:up |onto |on |to the top of )?(?:the |a )?(?:\S+ )?` +
          S`(?:scaffold\w*|crane|pylon|chimney|water tower|telegraph pole|lamp ?post)`,
        S`(?:climb\w*|getting|get|got|jump\w*|hanging) out (?:of )?(?:the |her |his |their |a )?(?:upstairs|top floor|loft|attic|(?:first|second|third|\d+(?:st|nd|rd|th)) floor) window`,
        S`(?:trying to|about to|going to) (?:climb|get|jump) out (?:of )?(?:the |her |his |their |a )?(?:\S+ )?window`,
        // A way down from up high: "tying bedsheets together at the 3rd floor window"
        S`(?:tying|tied|knotting|knotted) (?:the |her |his |their )?(?:bed ?sheets?|sheets|duvet covers?|curtains)${gap(2)} together${gap(6)} (?:window|balcony|roof)`,
      ].join('|'),
    ),
    // History, or a worry about what might happen.
    unless: new RegExp(S`${past.source}|\b(?:might|in case|worried (?:he|she|they)(?:ll| will| might))\b`),
  },
  // "gone down the river to do it properly", "said he wants to kill himself and walked off towards the beach"
  {
    name: 'gone-to-do-it',
    when: b(
      [
        S`(?:gone|going|went|heading|headed|walked|walking|run|ran|on (?:her|his|their) way)(?: off| out)?${gap(2)} (?:to|towards|down|up|for|along) (?:the )?(?:\S+ )?${dangerPlace}` +
          S`${gap(8)} (?:to )?(?:do it|end it|kill|die|jump|for good|not coming back)`,
        S`(?:kill (?:her|him|them)sel(?:f|ves)|end it|die|do it)${gap(8)} (?:walked|walking|gone|went|heading|headed|run|ran|stormed)(?: off| out)?${gap(2)} ` +
          S`(?:to|towards|down|for|along) (?:the )?(?:\S+ )?${dangerPlace}`,
        S`(?:end|edge) of the (?:pier|jetty|harbour wall|cliff|quay)${gap(10)} (?:jump|going in|go in|water|wont come back|wont move)`,
        S`(?:says|saying|said|threatening|going to|gonna)${gap(4)} (?:going|go|get|jump|walk|wade) (?:in|into|off) (?:the )?(?:water|sea|river|canal|pier)`,
        // At the water or a drop, saying theyre going in: "rang from the docks says hes going in the mersey"
        S`(?:from|at|on|by) (?:the )?${dropOrWater}${gap(4)} (?:going|go|jump|jumping|get|getting) (?:in|off)(?! (?:to|for|a|an|now and then)\b)`,
      ].join('|'),
    ),
    // History; a swim, a lesson or a day out.
    unless: new RegExp(S`${past.source}|\b(?:swim\w*|paddl\w*|pool|lessons?|fishing|day out|holiday|trip)\b`),
  },
  // "the ropes ready, this is it", "looked up how many it takes and has them in his bag"
  {
    name: 'means-ready',
    when: b(
      [
        // Not "her tablets came today, this is it for the month".
        S`${meansAtHand} (?:is |are )?(?:ready|out|lined up|here|with me)${gap(6)} (?:this is it(?! for)|tonights the night)`,
        S`${meansAtHand}${gap(12)} (?:this is it (?:now|then|bye|goodbye|i love)|tonights the night)`,
        // "a rope in his bag and said he knows which tree"
        S`(?:rope|noose|ligature|cord)${gap(8)} knows? (?:which|the|a|where) (?:tree|bridge|place|spot|beam)`,
        S`(?:rope|noose|ligature|cord)${gap(8)} knows? (?:where|when|how) (?:hell|shell|hes|shes|he|she|they|theyll|ill|im) (?:do|doing|going)`,
        // The means, and off somewhere out of sight: "a rope in her bag and says shes going to the woods".
        // Not a rope for play: a swing, a skipping rope, climbing, camping, a den.
        S`(?<!skipping )(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war)\b)${gap(10)} ` +
          S`(?:going|gone|heading|headed|went|walking|walked|off|run|ran)(?: off)? (?:to|into|towards|down to|up to|for) (?:the )?(?:\S+ )?(?:woods?|forest|trees|${dangerPlace})`,
        S`(?:googled|googling|searched|searching|looked up|looking up|researched) how (?:many|much)${gap(12)} ` +
          S`(?:(?:has|got|have) (?:them|it|some)|in (?:her|his|their) (?:bag|room|pocket|drawer))`,
        S`(?:knows|know|told me|told us|planned|worked out)${gap(2)} (?:exactly )?how ` +
          S`(?:shed|hed|theyd|id|shell|hell|theyll|ill|she will|he will|she would|he would|shes going to|hes going to|im going to|to) (?:do it|end it|kill)` +
          S`${gap(12)} ${meansAtHand}`,
        // The means in hand and a word that its now: "sat there with the rope in his hands saying its tonight"
        S`(?<!skipping )(?:rope|noose|ligature|belt|pills|tablets|knife|blade|razor)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|sports day|match)\b)${gap(8)} ` +
          S`(?:saying|says|said) (?:its|it is|itll be|it will be) (?:tonight|today|now)`,
        // The means in hand and despair: "in the bath with my razor saying shes done", "sitting with a belt and said she just wants it all to stop"
        S`(?:with|holding|got|has) (?:a |the |my |her |his |some )?(?:${meansAtHand}|razor|lighter)${gap(6)} (?:saying|says|said|crying|screaming)${gap(2)} ` +
          S`(?:(?:shes|hes|im|theyre|she is|he is) done(?! with| eating| now thanks)|had enough|wants? (?:it )?(?:all )?to (?:stop|end)|cant do (?:this|it) anymore|` +
          // "with my tablets from the cupboard counting them saying he wants to sleep forever"
          S`(?:wants? to|wanna|going to|gonna) ${intent})`,
        // A picture of the means by the water: "sent a pic of pills in her hand by the canal"
        S`(?:pic|pics|picture|photo|video|snap|selfie)s? of (?:the |some |her |his |a handful of |loads of )?(?:${medicine}|rope|noose|blade|knife|razor)${gap(6)} ` +
          S`(?:on|at|by|near|from) (?:the |a )?(?:\S+ )?${dropOrWater}`,
        S`${harmThreat}${gap(2)} take (?:all|the lot|the whole|a whole|every)${gap(3)} ${medicine}${gap(3)} (?:at once|in one go|together|tonight|now)`,
        S`(?:petrol|lighter fluid|accelerant)${gap(12)} (?:end it|kill (?:her|him|them)sel(?:f|ves)|die|set (?:her|him|them)sel(?:f|ves))`,
        // With a rope, and no answer: "in the garage an hour with the rope from the shed and wont answer me" (not a rope for play).
        // Or out of reach where they are: "in the back garden with a rope and wont come in".
        S`(?:with|has|got|took|taken|holding) (?:a |the |some |her |his )?(?:rope|noose|ligature)${ropeForPlay}${gap(6)} (?:${unreachable}|${holdingOut})`,
        // Gone out with a rope: "left the home at 2am with a rope in his bag" (not a rope for play).
        S`(?:left|walked out|ran off|run off|ran out|gone out|went out|snuck out|sneaked out|climbed out|absconded|gone missing|went missing)${gap(8)} ` +
          S`with (?:a |the |some |his |her |their )?(?:long )?(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|skipping)\b)`,
        // A rope packed, and going out alone: "hes got a rope in his bag and says hes going for a walk".
        S`(?<!skipping )(?:rope|noose|ligature)${ropeForPlay} (?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|coat|pocket|hoodie)${gap(8)} ` +
          S`(?:going|gone|heading|off|went|goes) (?:out|off|for a walk|for a wander|to the woods|on (?:his|her|their) own)`,
        // A rope hidden away, and a word that something will happen: "scared hes going to do something tonight, theres rope in his bag".
        S`(?:going to|gonna|about to|will|ll) do something(?! (?:nice|fun|special|different|about|with|for)\b)${gap(12)} (?:rope|noose|ligature|cord|belt|blades?|razors?)${ropeForPlay} ` +
          S`(?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|room|bedroom|pocket|drawer|bed|wardrobe|coat)`,
        S`(?<!skipping )(?:rope|noose|ligature|blades?|razors?)${ropeForPlay} (?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|room|bedroom|pocket|drawer|bed|wardrobe|coat)${gap(12)} ` +
          S`(?:going to|gonna|about to|will|ll) do something(?! (?:nice|fun|special|different|about|with|for)\b)`,
      ].join('|'),
    ),
    // History, or a question about the usual dose ("all his tablets at once instead of morning and night").
    unless: new RegExp(S`${past.source}|\b(?:instead of|prescri\w+|dose)\b`),
  },
  // "texted thanks for everything and isnt answering", "posted goodbye everyone and took the car keys"
  {
    name: 'farewell-unreachable',
    when: b(
      [
        S`${farewell}${gap(12)} ${unreachable}`,
        S`${unreachable}${gap(8)} ${farewell}`,
        // A picture from where a fall or the water kills, and a goodbye: "sent me a pic of the train tracks and said bye".
        S`(?:pic|pics|picture|photo|video|snap|selfie|screenshot)s? (?:of|from|on) (?:the |a )?(?:\S+ )?${dropOrWater}${gap(6)} (?:bye|${farewell})`,
        // On a drop or by the water, and a farewell: "says hes on runcorn bridge and its the last time hell talk to me"
        S`(?:on|at) (?:the |a )?(?:\S+ )?${dropOrWater}${gap(8)} (?:bye|${farewell})`,
        S`(?:bye|${farewell})${gap(6)} (?:pic|pics|picture|photo|video|snap|selfie)s? (?:of|from|on) (?:the |a )?(?:\S+ )?${dropOrWater}`,
      ].join('|'),
    ),
    // History, or an ordinary goodbye at a leaving do, on a day out, or till later.
    unless: new RegExp(
      S`${past.source}|\b(?:leaving (?:do|party|card)|last day|end of term|trip|holiday|camp|(?:till|until) \S+day|bye for now|see (?:you|u|ya) (?:later|soon|tomorrow|tmrw|in a bit))\b`,
    ),
  },
  // "shes gone for the baby, weve pulled her off but shes going back", "kicking a staff member on the floor"
  {
    name: 'going-for-someone',
    when: b(
      [
        S`(?:gone for|going for|went for|goes for|lunged at|lunging at|flew at|attacking|attacked)${gap(6)} (?:pulled|pull|dragged|got|prised) (?:her|him|them) off`,
        S`(?:pulled|dragged|got|prised) (?:her|him|them) off${gap(6)} (?:going back|still going|again|keeps going|wont stop|cant hold)`,
        S`(?:now|is|s|hes|shes|theyre|just) (?:gone for|coming at|lunging at|gone at|went for) (?:his|her|their|the|my|our|a) ` +
          S`(?:little |younger |baby |older |big )?(?:sister|brother|sibling|baby|toddler|carer|foster carer|mum|dad|nan|fc)`,
        S`trying to (?:drown|strangle|suffocate|smother) (?:the|his|her|their|my|our|a) \S+`,
        // A little one in the hands of someone threatening to harm it: "shes holding the baby and threatening to drop it".
        S`(?:holding|has|got|carrying|grabbed|snatched|picked up|dangling) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one|brother|sister)${gap(6)} ` +
          S`(?:threatening|threatens|saying (?:shes |hes |theyre )?going|says (?:shes |hes |theyre )?going|going|gonna|about) to ` +
          S`(?:drop|throw|shake|smother|suffocate|drown|strangle|hurt|kill|stab) (?:it|her|him|them)(?! (?:off|round|back|at|to)\b)`,
        S`(?:threatening|threatens|trying|about) to (?:drop|throw|shake|smother|suffocate|drown) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one)(?! (?:off|round|back|at|to)\b)`,
        S`(?:barricaded|locked) (?:her|him|them)sel(?:f|ves) in with (?:the|a|her|his|their|my|our) (?:baby|toddler|child|kid|little|younger|sister|brother)`,
        S`(?:kicking|stamping on|punching|hitting|beating|battering) (?:a |the |our |my |his |her )?` +
          S`(?:staff|carer|member of staff|staff member|\S+ worker|lad|boy|girl|kid|child|baby|sister|brother|mum|dad|someone|another \S+|other \S+)` +
          S`${gap(4)} (?:in the head|in the face|on the floor|on the ground)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "drunk uncle kicking off at the contact centre threatening the kids, staff cornered"
  {
    name: 'raging-and-threatening',
    when: b(
      [
        // In a rage and threatening the children: "kicking off at the contact centre threatening the kids".
        // Or drunk: "mums partner is drunk and threatening to hit the baby at contact".
        S`(?:kicking off|kicked off|going mad|gone mad|going crazy|raging|lost it|losing it|off (?:his|her|their) (?:face|head)|drunk|hammered|wasted|steaming)${gap(8)} ` +
          S`(?:and |now |is |s |hes |shes )?threatening ${threatenedChildren}`,
        // Turned up where the children are and threatening them: "mums ex has turned up at the contact centre and is threatening the kids".
        S`(?:turned up|turns up|showed up|shown up|arrived|barged in|burst in)${gap(8)} (?:and )?(?:is |s |hes |shes |now )?threatening ${threatenedChildren}`,
        // Staff with no way out: "shes raging and staff are cornered in the office".
        S`(?:kicking off|kicked off|raging|threatening|going for|attacking|lashing out)${gap(10)} (?:staff|carers?|workers?|supervisor|we|were|im|i am)(?: (?:are|is|s|am|have been|been|got|now))? ` +
          S`(?:cornered|trapped|backed into a corner)(?! in (?:the )?(?:traffic|queue|snow|lift|meeting))`,
      ].join('|'),
    ),
    // History, a pattern to plan for, or how to handle it.
    unless: new RegExp(
      S`${past.source}|\b(?:keeps?|always|often|constantly|every (?:time|contact|visit|night|day)|whenever|how (?:do|should|can|would) (?:i|we|you|staff|carers))\b`,
    ),
  },
  // "a man she met online is in the flat with her and shes scared", "her stepdad is in her bedroom with her little sister right now"
  {
    name: 'adult-with-child-now',
    when: b(
      [
        S`${adult}${gap(5)} (?:is |s )?(?:in|inside) (?:the|her|his|their|my|our) (?:room|bedroom|flat|house|bed|car|bathroom)${gap(8)} ${distressNow}`,
        // "an older man is in her bedroom at the home and staff cant get him out"
        S`${adult}${gap(3)} (?:is|s) in (?:her|his|their|the (?:girls|boys|kids|childs)) (?:bed)?room${gap(8)} (?:cant|wont|refus\w*) (?:get (?:him|her|them) (?:out|to leave)|leave|go)`,
        S`${adult}${gap(3)} (?:is |s )?in (?:the|her|his|their) (?:bed)?room with (?:her|him|them|his|their)(?: (?:little|younger|baby) \S+)?${gap(2)} (?:now|right now)`,
        // Told from hiding: "child texting me from under her bed saying her uncle is in her room right now".
        S`(?:hiding|whisper\w*|(?:texting|messaging|ringing|calling) me from|under (?:her|his|their|the) (?:bed|duvet|covers)|in (?:her|his|their|the) wardrobe|` +
          S`(?:shes|hes|theyre|is|are) (?:really |so )?(?:scared|terrified)(?! of))${gap(8)} ` +
          S`${adult}${gap(3)} (?:is |s )?(?:in|inside) (?:the|her|his|their|my|our) (?:room|bedroom|flat|house|bed|car|bathroom)(?: (?:right )?now)?\b`,
        // Where no one is watching: "her uncle is in her room right now at an unsupervised contact".
        S`${adult}${gap(3)} (?:is |s )?in (?:her|his|their|my) (?:bed)?room (?:right )?now${gap(6)} (?:(?:at|on|during) (?:an |a |the )?(?:unsupervised|not supervised)|${distressNow})`,
        // Messaging that he is outside now, with a hold over her: "a man messaging her saying hes outside the home now and has pics of her"
        // (not her uncle outside to take her to football).
        S`${adult}${gap(5)} (?:messaging|texting|snapchatting|dming|ringing|calling|messaged|texted|rang) (?:her|him|them)${gap(3)} (?:hes|he is|theyre|im) ` +
          S`(?:outside|at the (?:door|gate|window)|waiting (?:outside|for (?:her|him|them)))${gap(8)} ` +
          S`(?:pics?|pictures?|photos?|videos?|nudes|scared|terrified|crying|threat\w*|groom\w*|wont (?:go|leave)|met online|never met)`,
        // Followed, and still there: "a mans followed her home and is waiting at the end of the road, shes terrified".
        S`${adult}s?${gap(2)} (?:followed|following|followin) (?:her|him|them|me) (?:home|back|from|off|down|along|all the way|to)${gap(10)} ` +
          S`(?:is |s |now |still |hes )?(?:waiting|outside|hanging (?:about|around)|parked (?:up|outside)|standing (?:outside|there)|lurking)`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("in the house a lot").
    unless: new RegExp(S`${past.source}|\b(?:a lot|at weekends|every|always|often|sometimes)\b`),
  },
  // "birth mum has taken him from the school gates and is refusing to bring him back"
  {
    name: 'family-taking-child',
    when: b(
      [
        S`(?:refused|refusing) to (?:bring|give|hand|send|return) (?:her|him|them|the (?:kids|children|child|baby|boy|girl))? ?back(?! (?:her|his|their|my|the|its) )`,
        S`never (?:give|bring|hand) (?:her|him|them) back`,
        // "birth dad has taken her from the school gate and wont bring her back"
        S`(?:taken|took|got|has|grabbed|snatched) (?:her|him|them)${gap(8)} (?:wont|will not|not going to) (?:bring|give|hand|send) (?:her|him|them) back`,
        // "snatched him from the placement and says shes taking him abroad tonight"
        S`(?:snatched|grabbed|ran off with|run off with) (?:her|him|them)${gap(10)} (?:taking|take|fly|flying) (?:her|him|them) (?:abroad|out of the country)(?! (?:for|on) (?:a |the )?holiday)`,
        // On the way to take the child, and already there: "her dad is on his way to take her and hes already outside the school gates"
        // (not to take her swimming, or home as arranged).
        S`(?:on (?:his|her|their) way|coming|going) to (?:take|snatch|grab) (?:her|him|them|the (?:kids|children|baby))(?! (?:to|for|out|home|swimming|shopping|back|on)\b)${gap(8)} ` +
          S`(?:outside|at the (?:school |front |back )?(?:gates?|door))`,
        // "his uncle has him at manchester airport about to fly out, court order says he cant"
        S`(?:has|got|taken|took) (?:her|him|them)${gap(3)} (?:at|to) (?:the |\S+ )?(?:airport|ferry|port)${gap(6)} (?:about to|trying to|boarding|fly out|flying out|flight)`,
        // "mum has taken him and is heading for the airport"
        S`(?:taken|took|got) (?:her|him|them|the kids|the children)${gap(4)} heading (?:for|to) the (?:airport|ferry|port)`,
        S`(?:collected|took|taken|picked up) (?:her|him|them|the (?:child|kids|children|baby|boy|girl))${gap(6)} without (?:permission|consent)${gap(6)} ${unreachable}`,
        // Taken from where they were meant to be, and out of reach: "birth mum has taken the kids from contact and wont say where she is".
        S`(?:taken|took|snatched|grabbed|collected|picked up) (?:her|him|them|(?:the|our|my|his|her|their) (?:child|kids|children|baby|boys?|girls?|twins|son|daughter|little ones?)) ` +
          S`(?:from|out of) (?:the )?(?:school|contact|nursery|college|placement|home|unit|park|hospital)(?: (?:gates?|centre))?${gap(6)} ${unreachable}` +
          S`(?! (?:she|he|they|we) (?:went|were|had|did)\b)`,
        S`(?:drove|driven|ran|run|gone|walked|went|took) off with (?:her|him|them|the (?:kids|children|baby|boys|girls))${gap(10)} ${courtOrder}`,
        S`${courtOrder}${gap(10)} (?:drove|driven|ran|run|gone|walked|went|took|taken|turned up)${gap(3)} (?:off )?with`,
        // Turned up and took the child, against an order: "dad turned up at school and took him, dad has no contact".
        S`(?:turned up|showed up|shown up|arrived|came)${gap(6)} (?:and )?(?:took|taken|grabbed|snatched|collected|picked up) (?:her|him|them)${gap(12)} ${courtOrder}`,
        S`${courtOrder}${gap(12)} (?:turned up|showed up|shown up|arrived|came)${gap(6)} (?:and )?(?:took|taken|grabbed|snatched|collected|picked up) (?:her|him|them)`,
        // "banging on the door saying hell take her by force" (not a lift to school, or out for tea)
        S`banging on (?:the |our )?(?:front |back )?(?:door|windows?)${gap(10)} (?:(?:taking|take|grab|grabbing|snatch|snatching) (?:her|him|them|the kids|the children|the baby)(?! (?:to|for|out|swimming|shopping)\b)|terrified|wont (?:go|leave))`,
        // "dads turned up at school drunk threatening to take his son" (not to court, nor out of school)
        S`(?:turned up|turns up|turning up|showed up|shown up|arrived|outside)${gap(6)} (?:threatening|trying|going|saying (?:hes|shes|theyre) going) to (?:take|grab|snatch) ` +
          S`(?:her|him|them|(?:his|her|their|the|our) (?:son|daughter|kids?|children|child|baby|boy|girl|lad|little \S+))` +
          S`(?! (?:to court|back to court|into care|out of (?:the )?(?:school|class)|off the register))`,
      ].join('|'),
    ),
    // History; but threats made before ("has made threats before") are the danger now, not history.
    unless: pastNotThreat,
  },
  // At the door or turned up where the child is, and saying what they will do: "mums partner at the door threatening to kill the kids",
  // "stepdad has turned up at school shouting hell kill the child", "outside with a bat saying hes taking the kids".
  {
    name: 'threat-at-the-door',
    when: b(
      [
        // "has come to the door saying hell kill the kids"
        S`(?:outside|(?:at|to) (?:the|our|my|her|his|their) (?:front |back )?(?:door|gate|window)|(?:turned|turns|turning|showed|shown) up|parked (?:up|outside))${gap(7)} ` +
          // "at the door drunk, says hes taking her"
          S`(?:threatening (?:to )?|shouting (?:that )?|screaming (?:that )?|saying (?:that )?|says (?:that )?|yelling (?:that )?|texting (?:that )?|messaging (?:that )?)` +
          S`(?:(?:hes|shes|theyre|hell|shell|theyll|he will|she will|they will|(?:hes |shes |theyre )?(?:going to|gonna)) )?` +
          S`(?:kill|stab|hurt|batter|shoot|beat|take|taking|snatch|grab|(?:coming|come) (?:in |round |back )?for) ` +
          S`(?:her|him|them|us|me|you|the (?:kids?|children|child|baby|lad|girl|boy|yp|young person|little ones?)|(?:our|my|his|her) (?!(?:to|for|out|home|back|on|a|an|swimming|shopping)\b)\S+)(?! (?:to|into|in|off|for|out|swimming|shopping|home|back|on|a|an)\b)`,
        // Breaking in to get at them: "dads kicking the front door in, the kids are upstairs", "trying to smash the back window in".
        S`(?:kicking|kicked|booting|booted|smashing|smashed|breaking|broke|broken|bashing|battering|battered|ramming|rammed|forcing|forced) ` +
          S`(?:the |our |my |her |his |their )?(?:front |back |flat |house |patio |kitchen )(?:door|window)s? (?:in|down|open)\b`,
        S`(?:trying to|tried to|about to|going to|gonna) (?:break|force|kick|smash) (?:(?:his|her|their) way )?(?:in|into the (?:house|flat|home))\b(?! (?:the|a|to|for)\b)`,
        // Any door, and a threat to the one behind it: "kicking the door in, says hes going to batter her" (not a tantrum at his own door).
        S`(?:kicking|kicked|booting|smashing|breaking|bashing|battering|ramming|forcing) (?:the |our |my |her |his |their )?(?:\S+ )?doors? (?:in|down|open)${gap(6)} ` +
          S`(?:threatening|saying|says|shouting|screaming|yelling)${gap(2)} (?:(?:hes|shes|theyre|hell|shell|theyll|he will|she will) )?(?:(?:going to|gonna) )?` +
          S`(?:kill|stab|hurt|batter|beat|shoot|smash|get|do) (?:her|him|them|us|me|you|the \S+|(?:our|my) \S+)`,
        // "groomer turned up at placement threatening our lad"
        S`(?:turned|turns|turning|showed|shown) up${gap(4)} (?:and )?(?:is |s |now )?threatening ` +
          S`(?:her|him|them|us|me|(?:the|our|my|his|her|their) (?:kids?|children|child|staff|lad|girl|boy|son|daughter|baby|yp|young person|carers?|foster \S+))`,
      ].join('|'),
    ),
    // History, or a plan for if it happens.
    unless: new RegExp(S`${past.source}|\b(?:if (?:he|she|they)|in case|keeps|always|every time|whenever)\b`),
  },
  // "smoke coming from under her door", "she set it alight"
  {
    name: 'smoke-or-flames',
    when: b(
      [
        S`(?:smoke|flames?|fire) (?:is |are )?(?:coming|pouring|billowing|coming out) (?:from (?:under )?|out of |under )(?:her|his|their|the) (?:\S+ )?(?:door|room|bedroom|window|flat|bathroom)`,
        // "kids set the wheelie bins alight by the house": a word may name which.
        S`(?:set|setting) (?:it|the|her|his|their|our|some) (?:(?:wheelie |recycling |kitchen |bathroom |bedroom |garden |big )?(?:bed|bedding|room|bedroom|curtains|mattress|house|flat|duvet|sofa|bins?|shed|fence|car|hedge|garage) )?(?:alight|on fire|ablaze)`,
        // "fire in the kids bedroom, he set it", "smoke everywhere"
        S`fire in (?:the|her|his|their|my|our) (?:\S+ )?(?:bedroom|room|house|flat|kitchen|lounge|bathroom|hallway)${gap(4)} (?:set it|started it|lit it|spreading|smoke|cant get)`,
        S`smoke everywhere`,
        // Someone not out: "fire alarm going and one child missing from the headcount"
        S`fire alarm${gap(4)} (?:child|kid|yp|one|someone|lad|girl|boy)${gap(2)} (?:missing|unaccounted|not accounted for)`,
        // Fuel poured where people live: "pouring lighter fluid on her bed"
        S`(?:pouring|poured|spraying|sprayed|splashing|splashed|dousing|doused|soaking|soaked)${gap(2)} (?:petrol|lighter fluid|accelerant|white spirit|paraffin|lighter gas)${gap(2)} ` +
          S`(?:on|over|onto|round|all over|across) (?:(?:her|him|them|my)sel(?:f|ves)|(?:her|his|their|the|my|our) (?:bed|bedding|mattress|duvet|carpet|curtains|sofa|room|bedroom|clothes|hair|floor|stairs|door|shed|garage|car|van|house|flat|caravan|fence|front door|back door))`,
        // Fuel and a flame, together in hand: "shes sat in the garage with petrol and a lighter" (not lighting the bbq, nor kept locked away).
        S`(?:petrol|lighter fluid|accelerant|white spirit|paraffin|diesel)(?<!${fuelUse}.*)(?!.*${fuelUse})(?!.*\b(?:stor\w*|lock\w* (?:away|up)|safely)\b) ` +
          S`(?:and|with|plus|\S+ and) (?:a |some |the |her |his |their )?(?:lighter|matches|a match|zippo)`,
        // Fuel poured anywhere, and a flame at hand: "hes pouring petrol in the garden with a lighter" (not lighting the bbq).
        S`(?:pouring|poured|spraying|sprayed|splashing|splashed|dousing|doused)(?<!${fuelUse}.*)(?!.*${fuelUse})${gap(2)} ` +
          S`(?:petrol|lighter fluid|accelerant|white spirit|paraffin|diesel)${gap(6)} (?:lighter|matches|a match|light it|set (?:it|fire)|flick\w*)`,
      ].join('|'),
    ),
    unless: past,
  },
];

/** A definition asked ("yp asked what an od is"): no situation, for any detector. */
export function asksWhatWordMeans(cleaned: string): boolean {
  return DEFINITION.test(cleaned);
}

export function dangerSituation(cleaned: string): string | undefined {
  if (general.test(cleaned)) return undefined;
  return situations.find((s) => s.when.test(cleaned) && !(s.unless?.test(cleaned) ?? false))?.name;
}
