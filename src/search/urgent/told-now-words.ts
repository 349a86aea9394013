/** The words of ./told-now.ts: someone told as doing or having done a danger, what they do or did, and words said as now. */

import { alt, S, tooMuchOf, tryingToGetIn } from './fragments';
import { medicine } from '../danger/fragments-means';

/** Someone in the message, told as doing or having done it: "shes", "he is", "they have", "hes just". */
export const who =
  S`(?:${alt('shes', 'hes', 'theyre', 'theyve', 'she is', 'he is', 'they are', 'she has', 'he has', 'they have', 'someones', 'someone is')}(?: just| now| still| actually| currently| literally| been| back)?|(?:she|he|they) just|` +
  // A child named by what they are, not any child: "13yo has taken 30 paracetamol", "the lad is on the roof" (not "a child is").
  S`(?<!\ba )(?:\d+ ?)?${alt('yo', 'year old', 'yr old', 'yp', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid')} (?:has|is)(?: just| now)?|` +
  // Or a relative, told just doing it: "my 14yo nephew just went out the back door with the belt".
  S`${alt('yp', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid', 'nephew', 'niece', 'grandson', 'granddaughter')} just|` +
  // The same person, told on: "grabbed the big knife and is stood in the doorway", "and has set his sleeves on fire".
  S`and(?: is| has| now)?(?: just)?|` +
  // Told by the child, relayed: "lad says he ate a handful of his nans heart pills".
  // (Not what a record says: "her file says she swallowed batteries at a previous home in 2023".)
  S`(?<!\b(?:file|files|record|records|notes|report|chronology|referral|history|plan) )(?:says|said|saying|told (?:me|us|staff)(?: at \w+)?|telling (?:me|us|staff))` +
  // Through a door or a phone: "has told me through the door shes taken all of her sertraline".
  S`(?: ${alt('through the door', 'on the phone', 'over the phone', 'by text', 'in a text')})? (?:that )?(?:she|he|they)|` +
  // Or told to the one with them: "she told her carer shed taken the tablets shed been saving".
  S`told (?:her|his|their) ${alt('carer', 'foster carer', 'mum', 'mam', 'dad', 'nan', 'teacher', 'key worker', 'social worker', 'sw', 'friend', 'mate')} (?:that )?${alt('she', 'he', 'they', 'shed', 'hed', 'theyd')}|` +
  // How they look now, told by whoever sees them: "she looks dazed and unsteady now".
  S`(?:she|he|they) (?:looks?|seems?)(?: really| very)?|` +
  // Where her phone says she is now: "her snapchat location is right on the edge of the river at garston docks at 1am".
  S`(?:her|his|their) (?:\w+ )?location (?:is|shows|says)(?: right| now| still)?)`;

/** One of ours, told doing it (not done: "our lad overdosed in 2023"): "police are with our yp on the bridge railings now". */
export const ours = S`\b${alt('our', 'my')} ${alt('yp', 'young person', 'child', 'lad', 'girl', 'boy', 'son', 'daughter', 'kid', 'foster son', 'foster daughter')}(?: is)?(?: just| now| still)?`;

/** Not a question about a child, nor a wish, nor a plan for afterwards: "what if she is on the roof", "when hes holding a knife", "a safety plan after shes taken an overdose". */
export const notSupposed =
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
export const drop = S`${alt('roof', 'bridge', 'ledge', 'edge', 'tracks', 'railway', 'line', 'cliff', 'barrier', 'water', 'river', 'pylon', 'scaffolding', 'crane')}(?! of (?!the\b))`;

/** Doing it now: "shes holding a kitchen knife", "hes strangling his brother", "she is on the bridge edge". */
export const doing = alt(
  S`holding (?:a|an|the|his|her|their) (?:\w+ )?${alt('knife', 'blade', 'machete', 'razor', 'scissors', 'bottle', 'glass', 'hammer', 'weapon', 'bat')}`,
  S`holding (?:it|a knife|the knife|a blade) (?:to|at|against)`,
  // "theyve got a blade to him"
  S`got (?:a|an|the) (?:\w+ )?${alt('knife', 'blade', 'machete', 'gun')} (?:to|at|against) ${person}`,
  S`${alt('pointing', 'waving', 'swinging')} (?:a|an|the|his|her|it)`,
  S`${alt('strangling', 'choking', 'suffocating', 'stabbing', 'slashing', 'chasing', 'attacking', 'beating')} ${alt('himself', 'herself', 'themselves', 'another', person)}`,
  // Not "hanging around", "hanging his washing up"; "bleeding" not "bleeding heavy on her period" (no one named: that is a rule's).
  S`hanging (?:${alt('in', 'from', 'off', 'by', 'there')}\b|$)`,
  // (Not settling into a placement: "she is fitting in well in her new class".)
  S`${alt('bleeding', 'fitting(?! in (?:well|ok|okay|fine|great|better|nicely|really|so|at|with))', 'seizing', S`unconscious(?! (?:casualt\w*|patients?|people|persons?|adults?|children|victims?)\b)`, 'unresponsive', 'not breathing', 'going blue', 'turning blue', 'going grey', 'drowsy', 'being sick')}\b`,
  S`having a (?:seizure|fit)`,
  // A throat hurt by what was swallowed: "shes swallowed a needle? shes got a history of it, shes holding her throat".
  S`(?:holding|clutching|grabbing) (?:her|his|their) (?:throat|neck)`,
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
export const swallowed = S`${alt('taken', 'took', 'swallowed', 'drunk', 'drank', 'necked', 'downed', 'ate', 'eaten')} (?:\w+ ){0,4}${alt(
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
  // More than before, said last: "came home from hospital yesterday, tonight shes just told me shes taken more".
  S`more(?=$| ${alt('tablets', 'pills', 'meds', 'paracetamol', 'of them', 'tonight', 'now', 'again')}\b)`,
  // Some of someone else's: "he said hed swallowed some of his foster carers pills this morning".
  S`(?:some|a few|loads|a handful) of (?:his|her|their|my) (?:\w+ ){0,2}(?:pills|tablets|meds|medication|medicine)`,
  // All of a medicine named: "told me through the door shes taken all of her sertraline".
  S`all (?:of )?(?:her|his|their|the) ${medicine}`,
)}`;
export const done = alt(
  swallowed,
  // Gone off with those who threaten, told last: "if he doesnt theyll stab his brother. hes just left with them".
  S`${alt('left', 'gone', 'gone off', 'driven off', 'walked off', 'got in the car')} with ${alt('them', 'the lads', 'the men', 'the man', 'those lads', 'those men', 'the group')}`,
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
  // Gone up with a cord or the means: "hes gone up to his room with the dressing gown cord and said hell be dead".
  S`${alt('gone', 'went', 'taken', 'took')} (?:up )?(?:to )?(?:his|her|their) (?:bed)?room with (?:a|the|his|her|their) (?:\w+ ){0,2}${alt('cord', 'rope', 'belt', 'ligature', 'tablets', 'pills', 'knife', 'blade', 'razor')}`,
  // Posted armed, and gone out since: "posted a story of him with a gun ... he's gone out an hour ago".
  S`${alt('gone', 'went', 'left')} out (?:about |over |nearly )?(?:an|a|\d+|half an|a few|twenty|ten) (?:hours?|hrs?|mins?|minutes) ago`,
);
