/**
 * A danger told as happening now, or just done, in so many words. Where a rule's own exceptions (`unless`: history,
 * habit, a policy question, a write-up), a calm heading or a denial would silence the message, this says it is an
 * emergency all the same: "hes got a knife to his brothers neck, he used to be so gentle", "quick policy question, shes
 * taken 30 paracetamol an hour ago", "how do i record this for the file, she has swallowed a whole packet of pills".
 * It decides only where danger words are already read; alone it raises nothing (../urgent.ts).
 */

import { pretendGame } from '../danger/fragments-body';
import { drinksOverdoseFineNow } from '../danger/fragments-means';
import { alt, lowPulse, S, sentHomeUnless, toldOver, tooMuchOf, tryingToGetIn } from './fragments';

/** Someone in the message, told as doing or having done it: "shes", "he is", "they have", "hes just". */
const who =
  S`(?:${alt('shes', 'hes', 'theyre', 'theyve', 'she is', 'he is', 'they are', 'she has', 'he has', 'they have', 'someones', 'someone is')}(?: just| now| still| actually| currently| literally| been| back)?|(?:she|he|they) just|` +
  // A child named by what they are, not any child: "13yo has taken 30 paracetamol", "the lad is on the roof" (not "a child is").
  S`(?<!\ba )(?:\d+ ?)?${alt('yo', 'year old', 'yr old', 'yp', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid')} (?:has|is)(?: just| now)?|` +
  // Or a relative, told just doing it: "my 14yo nephew just went out the back door with the belt".
  S`${alt('yp', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid', 'nephew', 'niece', 'grandson', 'granddaughter')} just|` +
  // The same person, told on: "grabbed the big knife and is stood in the doorway", "and has set his sleeves on fire".
  S`and(?: is| has| now)?(?: just)?|` +
  // Told by the child, relayed: "lad says he ate a handful of his nans heart pills".
  // (Not what a record says: "her file says she swallowed batteries at a previous home in 2023".)
  S`(?<!\b(?:file|files|record|records|notes|report|chronology|referral|history|plan) )(?:says|said|saying|told (?:me|us|staff)|telling (?:me|us|staff)) (?:that )?(?:she|he|they)|` +
  // Or told to the one with them: "she told her carer shed taken the tablets shed been saving".
  S`told (?:her|his|their) ${alt('carer', 'foster carer', 'mum', 'mam', 'dad', 'nan', 'teacher', 'key worker', 'social worker', 'sw', 'friend', 'mate')} (?:that )?${alt('she', 'he', 'they', 'shed', 'hed', 'theyd')}|` +
  // How they look now, told by whoever sees them: "she looks dazed and unsteady now".
  S`(?:she|he|they) (?:looks?|seems?)(?: really| very)?|` +
  // Where her phone says she is now: "her snapchat location is right on the edge of the river at garston docks at 1am".
  S`(?:her|his|their) (?:\w+ )?location (?:is|shows|says)(?: right| now| still)?)`;

/** One of ours, told doing it (not done: "our lad overdosed in 2023"): "police are with our yp on the bridge railings now". */
const ours = S`\b${alt('our', 'my')} ${alt('yp', 'young person', 'child', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid', 'foster son', 'foster daughter')}(?: is)?(?: just| now| still)?`;

/** Not a question about a child, nor a wish, nor a plan for afterwards: "what if she is on the roof", "when hes holding a knife", "a safety plan after shes taken an overdose". */
const notSupposed =
  // Nor what a warning was given for: "three tenancy warnings for shouting, smashing things and threatening staff".
  S`(?<!\b(?:if|when|whenever|once|unless|until|in case|suppose|imagine|say|plan after|plans after|planning after|warnings? for)(?: \w+){0,3} )` +
  // Nor told just after a history phrase: "in the past shes swallowed batteries and razor blades while on the ward".
  S`(?<!\b(?:in the past|previously|last year|years ago|as a child|when (?:she|he|they) (?:was|were) \w+)(?: \w+){0,1} )`;
/** People a weapon is turned on. */
const person = alt(
  'him',
  'her',
  'them',
  'me',
  'us',
  'staff',
  S`(?:his|her|their|my|the) (?:\w+ )?${alt('carer', 'mum', 'dad', 'sister', 'brother', 'nan', 'little ones', 'kids', 'staff')}`,
);
const body = alt('neck', 'throat', 'face', 'head', 'chest', 'stomach', 'belly', 'wrists?', 'arm', 'leg');
/** A height or a line: not a saying ("on the edge of care proceedings", "on the edge of a breakdown"). */
const drop = S`${alt('roof', 'bridge', 'ledge', 'edge', 'tracks', 'railway', 'line', 'cliff', 'barrier', 'water', 'river', 'pylon', 'scaffolding', 'crane')}(?! of (?!the\b))`;

/** Doing it now: "shes holding a kitchen knife", "hes strangling his brother", "she is on the bridge edge". */
const doing = alt(
  S`holding (?:a|an|the|his|her|their) (?:\w+ )?${alt('knife', 'blade', 'machete', 'razor', 'scissors', 'bottle', 'glass', 'hammer', 'weapon', 'bat')}`,
  S`holding (?:it|a knife|the knife|a blade) (?:to|at|against)`,
  // "theyve got a blade to him"
  S`got (?:a|an|the) (?:\w+ )?${alt('knife', 'blade', 'machete', 'gun')} (?:to|at|against) ${person}`,
  S`${alt('pointing', 'waving', 'swinging')} (?:a|an|the|his|her|it)`,
  S`${alt('strangling', 'choking', 'suffocating', 'stabbing', 'slashing', 'chasing', 'attacking', 'beating')} ${alt('himself', 'herself', 'themselves', 'another', person)}`,
  // Not "hanging around", "hanging his washing up"; "bleeding" not "bleeding heavy on her period" (no one named: that is a rule's).
  S`hanging (?:${alt('in', 'from', 'off', 'by', 'there')}\b|$)`,
  // (Not settling into a placement: "she is fitting in well in her new class".)
  S`${alt('bleeding', 'fitting(?! in (?:well|ok|okay|fine|great|better|nicely|really|so|at|with))', 'seizing', 'unconscious', 'unresponsive', 'not breathing', 'going blue', 'turning blue', 'going grey', 'drowsy', 'being sick')}\b`,
  S`having a (?:seizure|fit)`,
  S`${alt('dazed', 'unsteady', 'out of it', 'spaced out', 'slurring', 'floppy')}(?: and \w+)? (?:right )?now`,
  // Not "going to jump at the chance", "jump on the trampoline".
  S`(?:trying|going|about) to ${alt('strangle', 'hang', 'stab', 'kill', 'overdose', S`jump(?! ${alt('at', 'on', 'in', 'into', 'up')}\b)`)}`,
  S`threatening ${alt(S`to ${alt('jump', 'kill', 'stab', 'burn', 'hurt', 'hang')}`, person, S`the (?:other|little) \w+`)}`,
  S`${alt('on', 'at', 'over', 'by', 'halfway up', 'up')} the (?:\w+ )?${drop}`,
  S`going for ${person}`,
  tryingToGetIn,
  S`locked (?:in|herself|himself|themselves) (?:\w+ ){0,4}with (?:a|the|his|her|their) (?:\w+ )?${alt('razor', 'knife', 'blade', 'rope', 'belt', 'cord', 'pills', 'tablets')}`,
  S`got (?:his|her|their) hands (?:round|around|on) (?:\w+ ){0,2}(?:throat|neck)`,
  S`${alt('stood', 'standing', 'sat', 'sitting', 'climbing')} ${alt('on', 'over', 'at', 'by')} the (?:\w+ )?${drop}`,
  S`running ${alt('in and out of', 'through', 'across', 'into', 'in')} (?:the )?(?:\w+ )?(?:traffic|road|carriageway)`,
  // Just now, after a calmer start told with a history word: "since then screaming, and just now ran into the road twice".
  S`just now (?:\w+ ){0,2}${alt('ran', 'run', 'went', 'jumped', 'stepped', 'walked', 'climbed')} (?:out )?${alt('into', 'in to', 'onto', 'on to', 'in front of')} (?:the )?(?:\w+ )?${alt('road', 'traffic', 'carriageway', 'cars?', 'bus', 'lorry')}`,
  S`(?:got|wearing) (?:a|the|his|her) (?:\w+ )?${alt('belt', 'rope', 'cord', 'ligature', 'noose', 'lead', 'wire')} ${alt('round', 'around', 'on')} (?:his|her|their) neck`,
  S`${alt('got', 'pulled')} (?:a|an|the|his|her) (?:\w+ )?${alt('knife', 'blade', 'machete', 'razor', 'scissors', 'weapon', 'screwdriver', 'shard', 'needle', 'compass')} ${alt(S`to (?:\w+ ){0,2}${body}`, S`(?:at|on|against) ${person}`, 'in (?:his|her|their) hand', 'and (?:is|says|wont)')}`,
  S`${alt('going', 'gone', 'heading', 'headed', 'walking', 'run', 'ran')} (?:up )?to the (?:\w+ )?${alt('bridge', 'tracks', 'railway', 'cliff', 'roof', 'top floor')}`,
);

/** Just done: "shes taken a whole box of paracetamol", "hes swallowed the batteries", "shes slit her wrists". */
const swallowed = S`${alt('taken', 'took', 'swallowed', 'drunk', 'drank', 'necked', 'downed', 'ate', 'eaten')} (?:\w+ ){0,4}${alt(
  'box',
  'packet',
  'handful',
  'load',
  'loads',
  'pills',
  'tablets',
  'tabs',
  'paracetamol',
  'ibuprofen',
  'co codamol',
  'bleach',
  // Other poisons by name: "telling me he drank a bottle of the cleaning spray".
  S`cleaning ${alt('spray', 'liquid', 'fluid', 'stuff', 'products?')}`,
  S`(?:rat )?poison`,
  S`anti ?freeze`,
  // One or many: "says she swallowed a button battery on purpose".
  'batter(?:y|ies)',
  // Objects: "shes just swallowed a blade".
  'blades?',
  'razors?',
  'glass',
  'magnets?',
  'overdose',
  'od',
  // Some of something unnamed: "shes told me she took 'a few' of something first".
  S`(?:a few|some|loads|a load|a handful|a couple) of something`,
)}`;
const done = alt(
  swallowed,
  // (Not on too much of something harmless: "hes overdosed on leaflets haha".)
  S`overdosed(?! on ${tooMuchOf}\b)`,
  S`${alt('slit', 'slashed', 'cut', 'sliced')} (?:open )?(?:her|his|their) ${alt('wrists?', 'neck', 'throat', 'arm deep', 'leg deep')}`,
  S`${alt('tied', 'put', 'got')} (?:a|the) (?:\w+ )?${alt('ligature', 'noose', 'belt', 'rope', 'cord')}(?: ${alt('on', 'round', 'around')}|$)`,
  S`tried to ${alt('strangle', 'hang', 'kill', 'suffocate', 'choke', 'drown')}`,
  S`climbed ${alt('over', 'onto', 'on to', 'out', 'up')} (?:\w+ ){0,4}(?:${drop}|railings|sea wall)`,
  S`been ${alt('stabbed', 'slashed', 'raped', 'hit by a car', 'knocked down', 'snatched', 'bundled', 'kidnapped', 'abducted', S`held ${alt('in', 'by', 'captive', 'hostage')}`)}`,
  S`${alt('stabbed', 'slashed', 'glassed')} (?:a|an|another|someone|${person})`,
  // Gone with a weapon: "left the house with a machete", "has just run out with a knife saying shes going to do the lad".
  S`(?:left (?:the house |home |school )?|${alt('run', 'ran', 'gone', 'went', 'stormed', 'stormed off')} ${alt('out', 'off')} (?:\w+ ){0,2})` +
    S`with (?:a|the|his|her|their) (?:\w+ ){0,2}${alt('knife', 'machete', 'blade', 'weapon', 'gun', 'bat')}`,
  // Gone with a cord, beside a hanging already read: "just went out the back door with the belt off his dressing gown ... last month he
  // tried to hang himself".
  S`(?:left (?:the house |home )?|${alt('run', 'ran', 'gone', 'went', 'stormed', 'walked')} ${alt('out', 'off')} (?:\w+ ){0,3})` +
    S`with (?:a|the|his|her|their) (?:\w+ ){0,2}${alt('rope', 'cord', 'noose', 'ligature', 'belt')}`,
  S`${alt('set fire to', S`set (?:his|her|their|the) \w+ on fire`, 'poured (?:petrol|lighter fluid)', 'collapsed')}`,
);

/**
 * Nothing told just after that makes the act itself history ("shes taken an overdose before", "sitting on the flat roof
 * of the garage last summer"); not the time before, beside this one ("shes drunk bleach, she did this in the past too").
 */
const notHistory = S`(?!(?: \w+){0,4} (?<!\b(?:(?:did|done|does) (?:this|it|that|the same)|(?:he|she|they|i|we) (?:was|were|had|got))(?: \w+)? )${alt(
  'before',
  'in the past',
  S`last ${alt('year', 'month', 'week', 'time', 'term', 'summer', 'christmas')}`,
  S`when (?:she|he|they) ${alt('was', 'were')}`,
  S`(?:\w+ )?(?:years|months|weeks) ago`,
  'at (?:her|his|their) last',
  S`${alt('a few', 'many', 'several')} times`,
)}\b)`;

/** Seen now, told with no one named: "noose round his neck in the garage", "found her hanging", "fat showing". */
const seen = alt(
  S`${alt('noose', 'ligature', 'belt', 'rope', 'cord')} (?:pulled )?(?:tight )?(?:round|around) (?:his|her|their) neck`,
  S`found (?:him|her|them) ${alt('hanging', 'unconscious', 'unresponsive', 'not breathing', 'collapsed', 'fitting', 'blue')}`,
  S`found (?:a|her|his|their) (?:\w+ )?suicide (?:note|letter)`,
  // Not in a picture: "keeps drawing people dying and blood everywhere".
  S`(?<!\b(?:drawing|drawings|draws|drew|pictures?|painting|paints)(?: \w+){0,4} )blood everywhere`,
  S`${alt('fat', 'bone')} ${alt('showing', 'visible')}`,
  'down to the bone',
  S`throat (?:is )?closing`,
  'still wheezing',
  lowPulse,
  S`${alt('coughing', 'vomiting', 'spitting', 'being sick')} (?:up )?blood`,
  S`(?:blue|grey) (?:round|around) (?:the|her|his|their) lips|lips (?:are |going |gone |turning )?(?:blue|grey)`,
  S`wrong side of the ${alt('railings', 'barrier', 'fence', 'bridge', 'wall')}`,
  // The night named, and planned: "she keeps saying tonights the night and shes got it all planned".
  S`${alt('tonights the night', 'tonight is the night', 'tonight s the night')}(?: \w+){0,8} (?:planned|ready|sorted)`,
  // In front of the teller and going on, whatever she says of it: "shes cutting in front of me and wont stop, keeps saying its nothing".
  S`${alt('cutting', 'self ?harming', S`${alt('hurting', 'harming', 'cutting', 'burning')} ${alt('herself', 'himself', 'themselves')}`)} (?:in ?front of|infront of) ${alt('me', 'us', 'staff')} and ${alt('wont', 'will not', 'isnt', 'is not', 'not')} stop(?:ping)?`,
  // A wound open as it is told, beside a history of harm: "history of self harm ... come home with cuts down both arms that are gaping open".
  S`${alt('cuts?', 'wounds?', 'gash(?:es)?', 'lacerations?')}(?: \w+){0,5} (?:that |which )?(?:are |is )?(?:wide )?gaping(?: open)?`,
  // Where a phone is now: "phone pinging near the railway line".
  S`${alt('phone', 'location', 'snap ?map', 'find my (?:phone|iphone)')} (?:is |s |was )?${alt('pinging', 'pinged', 'showing', 'shows')} (?:her |him |them )?${alt('near', 'at', 'by', 'on', 'next to')} the (?:\w+ )?${drop}`,
  S`${alt('spurting', 'pouring with', 'pissing')} blood|blood (?:is )?${alt('spurting', 'pouring', 'pumping')}`,
  S`kicking (?:his|her|their) head in`,
  // Head against something hard, told as going on: "keeps punching himself in the face til it bleeds and now hes smashing his head on the radiator".
  S`${alt('banging', 'smashing', 'hitting', 'slamming')} (?:his|her|their) head ${alt('on', 'against', 'off', 'into')}`,
  S`been (?:out|unconscious|unresponsive|fitting) (?:for )?(?:about |over |nearly )?(?:\w+ )?(?:mins?|minutes)`,
  S`ambulance (?:is )?on (?:the|its) way`,
  S`(?:its|it is|house is|room is|kitchen is|flat is) on fire`,
  S`${alt('has', 'got')} the ${alt('pills', 'tablets', 'rope', 'knife', 'belt')} ready`,
  S`${alt('shell', 'hell', 'theyll', 'will', 'going to', 'gonna', 'shes', 'hes', 'theyre')} ${alt('take', 'taking')} ${alt('them', 'the lot', 'all of them', 'the tablets', 'the pills')} ${alt('tonight', 'today', 'now')}`,
  S`neck (?:pulled )?(?:really |so |too )?tight`,
  // Over the edge just now, wherever the outing was: "on the school trip, one of ours has just gone over the railings at the pier".
  S`just ${alt('gone', 'went', 'climbed', 'jumped', 'fallen', 'fell')} over the ${alt('railings', 'railing', 'barrier', 'edge', 'side', 'sea wall', 'wall', 'fence')}`,
  // An inhaler that is not helping, beside breathing that has stopped being easy: "panic attack, cant breathe, shes asthmatic and
  // her inhaler isnt helping".
  S`inhaler(?: \w+){0,3} ${alt('isnt', 'is not', 'not', 'hasnt', 'has not', 'didnt', 'doesnt', 'does not')} ${alt('helping', 'working', 'helped', 'worked', 'work', 'help')}`,
  // A threat said just now, beside a danger already read: "hes just said if i dont give him money hell slit my throat".
  S`just ${alt('said', 'told me', 'texted', 'threatened')}(?: \w+){0,8} ${alt('hell', 'he will', 'shell', 'she will', 'theyll', 'hes going to', 'shes going to', 'gonna')} ${alt('slit', 'cut', 'stab', 'kill', 'glass')} ${alt('my', 'me', 'your', 'you', 'our', 'us', 'her', 'him')}`,
  // Not found, and last seen on the way to danger, beside a history told of someone else: "cant find her, left a note saying shes
  // going to be with her mum (mum died last year), last seen walking towards the river".
  S`cant find (?:her|him|them)\b.*\blast seen`,
  // Gone within the hour, beside a danger already read: "she ran off barefoot in the rain an hour ago, she has tried to hang
  // herself before".
  S`${alt('ran off', 'run off', 'ran away', 'run away', 'gone missing', 'went missing', 'walked out', 'stormed out', 'stormed off')}(?: \w+){0,5} ` +
    S`(?:an|half an|\d+|two|three|ten|twenty) (?:hours?|hrs?|mins?|minutes) ago`,
  // Gone from where they should be, beside a danger already read: "found a suicide note ..., shes not in her room".
  S`(?:${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} not|${alt('she', 'he', 'they')} (?:isnt|arent)) in (?:the house|the home|her room|his room|their room)`,
);

/** "happening now", read by both checks below; not "nothing is happening now", a denial. */
const happeningNow = S`(?<!\bnothing (?:is )?)(?:literally )?happening (?:right )?now`;

/** Told in so many words as now: "as we speak", "not a drill", "trains coming". */
const saidNow = alt(
  // Not the medicine taken as prescribed: "shes taking her medication right now at the table".
  S`(?<!\b(?:medication|meds|medicine)(?: \w+){0,3} )(?:right|rite) now`,
  'as we speak',
  happeningNow,
  'this minute',
  'not a drill',
  S`trains? (?:is )?coming`,
  S`(?:its|it is) spreading`,
  // Said to be real after a heading that made it sound like practice: "because thats whats happening here", "thats not hypothetical".
  S`(?:thats|that is|this is|its|it is) (?:whats |what is )?happening (?:here|to us|now)`,
  S`(?:thats|that is|this is|its|it is) not (?:a )?${alt('hypothetical', 'drill', 'case study', 'scenario', 'training')}`,
  // Just rung from where the danger is, beside a history told first: "eupd diagnosis last year ... shes just rung me from the top of
  // everton park with a bottle of pills saying she wants to say goodbye".
  S`(?:shes|hes|theyve|she has|he has|they have) just ${alt('rung', 'rang', 'called', 'phoned', 'facetimed')} (?:me|us) from`,
  // The words for an attempt just made: "said 'ive just done something stupid' and then the line went dead".
  S`(?:ive|i have|hes|shes|theyve|he has|she has) just done something (?:really )?${alt('stupid', 'silly', 'dumb')}`,
  // Gone while detained, the danger named before: "pt awol from ward while on s2, left 20 mins ago, has previously said shed jump".
  S`(?:awol|absconded|gone missing)(?: \w+){0,3} (?:while|whilst) (?:on|under|detained (?:on|under)) (?:a |an |the )?(?:s|section ?)(?:2|3)\b`,
  // A call minutes ago: "the 14yo ... rang me 5 mins ago crying saying shes swallowed a pack of her carers co-codamol".
  S`(?:rang|called|phoned|texted|messaged|facetimed) (?:me|us) (?:\d+|five|ten|two|a few|twenty) (?:mins?|minutes) ago`,
  'wont put it down',
  'wont let go',
  // Hiding from someone as it is told: "keeps saying hell kill us all, were hiding upstairs".
  S`(?:were|we are|im|i am|shes|hes|theyre|the kids are) (?:all )?hiding (?:upstairs|downstairs|in the (?:bathroom|bedroom|toilet|loo|garden|car|shed|cupboard)|from (?:him|her|them))`,
  S`locked (?:ourselves|myself|themselves) in`,
);

/** Told outright as now: a hypothetical asked first does not undo it ("in theory whats the process if a pupil ... hes punching her, right now"). */
const SAID_NOW = new RegExp(S`\b${alt('right now', 'rite now', 'as we speak', happeningNow)}\b`);

// Told as now: someone doing or just done it, or a word said as now (not just after a denial or a calm word: "i dont think hes
// in danger right this minute").
const TOLD_NOW = new RegExp(
  S`${notSupposed}(?:\b${who} (?:${doing}|${done})|${ours} ${doing}|^(?:has |just |has just )?${swallowed}|\b${seen})\b(?: (?:right )?now\b|${notHistory})|` +
    S`(?<!\b(?:(?:not|isnt|if|when|safe|fine|ok|okay|calm|settled|asleep|sleeping|school|doing)(?: \w+){0,3}|(?:dont|do not|didnt) think(?: \w+){0,4}) )\b${saidNow}\b(?! (?:and )?${alt('fine', 'safe', 'ok', 'okay', 'calm', 'settled')})`,
);

/**
 * A hypothetical about any child or friend, asked before the telling ("what if a yp has tablets ... and says theyll take
 * them tonight", "what to do if a friend ever says theyve taken an overdose"): a question, not a telling. Not a story
 * ("when a yp ran in and said shes drunk bleach"), nor one asked after
 * the telling ("hes got a knife and is standing over his mum, what to do when a child has a knife"). Or told in the past tense,
 * still asked of any child: "hypothetically if a kid said to me hes going to jump".
 */
const ANY_CHILD =
  /\b(?:what if|if|when|whenever|imagine|suppose) (?:a|an|any) (?:\w+ )?(?:child|yp|young person|kid|teenager|teen|pupil|resident|friend|mate) (?:ever )?(?:(?!was\b)\w+s|said|told)\b/;

/** Told of a game laughed at, or of energy drinks and fine now: the words of a danger, not one. */
const NOT_A_DANGER = new RegExp(`${pretendGame}|${drinksOverdoseFineNow}`);

/** Seen and sent home by a hospital since, unless it has happened again: "took an overdose last night ... hes been discharged home". */
const SENT_HOME = new RegExp(sentHomeUnless('again', 'another', 'more', 'now'));

/** Told as now, and neither told as over ("found a note months ago, hes doing ok now") nor asked of any child. */
export function toldNow(t: string): boolean {
  const told = TOLD_NOW.exec(t);
  return (
    told !== null &&
    !toldOver.test(t) &&
    !NOT_A_DANGER.test(t) &&
    !SENT_HOME.test(t) &&
    (!ANY_CHILD.test(t.slice(0, told.index)) || SAID_NOW.test(t))
  );
}
