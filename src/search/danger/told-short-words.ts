/**
 * The words of ./told-short.ts: a danger told in eight words or fewer, typed one-handed ("kidnapped", "gun. at the door.",
 * "seizure over 5 mins"). Each list is a line of alternatives a clinician can read; the situation decides how they combine.
 */

import { alt, gap, S } from './fragments';

/** Up to eight words: a longer message says more, and the other situations read it. */
export const SHORT = S`(?=(?:\S+ ){0,7}\S+$)`;

/** Someone there, or a cry for help: what makes a grave word a telling, not a topic ("knife crime" is a topic). */
export const someone = alt(
  S`she|he|they|shes|hes|theyre|her|him|them|kid|kids|baby|yp|staff|mum|dad|boy|girl|lad|lads|child|brother|sister|men|man|ex|family`,
  S`parents|foster (?:mum|dad)|carer|now|rn|help|sos|asap|ambulance|999|tonight|door|here`,
  // ("the younger one"; "other kid" is named by kid above.)
  S`(?:younger|little|older|other) one|resident|toddler|sibling`,
);

/** Signs it is happening now, for the dangers that are also everyday topics ("cutting her arms", "hitting his sister"). */
export const nowSign = alt(
  S`now|rn|right now|help|sos|asap|urgent|ambulance|999|wont stop|cant stop|(?:shes|hes) down|at the door|screaming|scared|terrified`,
  S`(?:hes|shes|theyre) at the (?:house|door|flat|school|unit|home)|got (?:him|her)|locked out|bleeding|stuck in \w+`,
  // A night hour typed as the time of writing: "2am shes cutting again".
  S`[1-5] ?am|midnight`,
);

/** Grave on their own, whoever is named: a body in trouble. */
export const unwellAlone = alt(
  S`seizure (?:over|for|lasting|wont stop|not stopping)|frothing|foaming|unconscious|unresponsive|not breathing|eyes roll(?:ed|ing)`,
  S`gasping(?! for (?:a |some )?(?:brew|drink|tea|coffee|cuppa|milk|fag|ciggie|water))|hypothermic|turning blue|gone blue|going blue`,
  S`bleach (?:on|in) (?:her|his|their) (?:skin|eyes?|face)`,
  // "seizure 10 mins now", "cold and blue help", "purple face", "went limp", "hes blue round mouth", "bleeding from neck"
  S`choking (?:and )?(?:cant|cannot) (?:talk|breathe|speak|cough)|seizure (?:\d+|five|ten) ?(?:mins?|minutes)|cold and blue|blue and cold|purple (?:in the )?face(?! (?:from|with|after) (?:laughing|crying|running|shouting|screaming|coughing|the cold|cold|paint|face paint))|face (?:gone |going |turning |is )?purple`,
  S`(?:went|gone|going) limp|blue (?:a)?round (?:the |her |his )?mouth|bleeding from (?:her |his |their |the )?(?:neck|throat)`,
);

/** Harm to others: weapons and blows named with someone, or told as the event itself ("stabbed"). */
export const violence = alt(
  S`knife|knives|machete|gun|axe|cleaver|sword|shank|stabbed|shot(?! by (?:a )?(?:paintball|nerf|water))|strangling|throwing bricks|bricks`,
  S`(?:punching|hitting|kicking|biting|battering|attacking|stamping on) (?:the )?(?:baby|staff|foster \w+|carer|mum|nan|her|him)(?! (?:self|about))`,
  S`beating (?:him|her|them) up|jumping (?:him|her|them)|stalker (?:at|outside)|choking (?:the |a |his |her |other |another )?(?:\w+ )?(?:resident|kid|child|boy|girl|baby|brother|sister|carer|staff|her|him)`,
);
export const violenceAlone = alt(
  S`driving (?:a )?stolen car at|throwing (?:bricks|stones|rocks) at|leaning out (?:of )?(?:the |a )?window${gap(2)} threatening`,
  // A weapon named and nothing else: "knife!!"
  S`^(?:a )?(?:knife|gun|machete)$|petrol (?:in|on|over|round|through) (?:the )?(?:hall|hallway|house|stairs|door|letterbox|bed|her|him)`,
);
/** Weapons and blows that are also everyday words: only with a sign of now ("hammer, staff locked out"). */
export const violenceNow = alt(S`hammer|screwdriver|bat|blade|hitting|kicking(?! off)|punching(?! (?:walls?|doors?))|hurt`);

/** Held, taken, abused or exploited. */
export const held = alt(
  S`kidnapped|abducted|snatched|grabbed (?:her|him|them) (?:and|into|in)|hostage|locked in|locking (?:her|him|them) in|bundled|driving off`,
  S`taking (?:her|him|them) to (?:the )?airport|plugging|sextortion|pimped out|being touched|raped|raping|locked (?:him|her|them) in|pimping (?:her|him|them) out`,
);
export const heldAlone = alt(
  S`locked in (?:a |the )?(?:shed|car|boot|cupboard|room|garage|cellar|basement|van|loft)|grabbed off (?:the )?street`,
  S`(?:men|lads|older \w+)\b.*\bin (?:their|his) (?:flat|house|car|van)|snatched (?:from|off|at|outside)`,
  // "groomer picking her up in 10", "being driven to birmingham against will", "'help me' then a mans voice"
  S`(?:groomer|pimp|trafficker|dealer|olders?) (?:is |s )?(?:picking (?:her|him|them) up|collecting (?:her|him|them)|coming for (?:her|him|them))|against (?:her |his |their )?will`,
  S`help me${gap(3)} (?:a )?(?:mans|man s|mens|strange) voice`,
);
export const heldNow = alt(S`county lines|trafficked|touched`);

/** The event in a word or two, with nothing else said: "stabbed"; "kidnapped" ("SOS" alone is a cry for help, cryAlone below). */
export const violenceEvent = alt(S`stabbed|shot`);
export const heldEvent = alt(S`kidnapped|abducted|snatched|hostage|held hostage|raped`);

export const ligature = alt(S`hanging(?! (?:out|up|around|about|round|baskets?|on|with|off))|ligature`);
export const selfHarmNow = alt(S`cutting|cut|hurting`);
/** Self-harm named with now, not help ("self harm help" asks for the entry): "URGENT self harm now". */
export const selfHarmAlone = alt(S`self ?harm(?:ing)? (?:happening )?(?:right )?(?:now|rn)$`);
export const swallowedNow = alt(S`tablets|pills|overdose|od|in agony`);
/** Swallowed what poisons, or the signs after, with nothing else said. */
export const swallowedAlone = alt(
  // "toddler ate nicotine pouch", "licked rat poison", "eyes pinned after pills", "xanax bars slumped".
  S`(?:ate|eaten|eating|swallowed|drank|drunk|drinking|licked|chewed|chewing) (?:a |an |the |some |his |her |my )?` +
    S`(?:nicotine pouch(?:es)?|dishwasher (?:tabs?|tablets?|pods?|fluid|liquid|salt)|washing (?:pods?|tabs?|capsules?)|washing up liquid|bleach|rat poison|weed ?killer|antifreeze|vape liquid|e ?liquid|white spirit|screen ?wash)`,
  S`(?:eyes pinned|pinned pupils)${gap(2)} (?:after|from|on) (?:pills|tablets|drugs|xans|xanax|bars)|(?:xanax|xans|bars|pills|tablets) (?:\S+ )?(?:slumped|wont wake|cant wake)`,
);
export const intentAlone = alt(
  S`(?:tonight is the night|tonights the night|bye forever|goodbye (?:videos?|messages?|posts?) now|posting goodbye \w+ now)`,
  S`(?:killing|kill|end(?:ing)?) (?:(?:her|him|them|my) ?)?sel(?:f|ves) (?:tonight|now|rn)`,
  // "says gonna jump at lime st station", "'done' he said then locked bathroom"
  S`(?:gonna|going to|about to|wants to|threatening to) jump(?: \w+){0,3} (?:station|bridge|train|trains|roof|car park|flyover|tracks|cliff|pier|building|balcony|motorway)`,
  S`done${gap(4)} locked (?:in )?(?:the )?(?:bathroom|toilet|bedroom)`,
  // "hes jumped", told bare (not "jumped the queue")
  S`^(?:\w+ )?(?:hes|shes|theyve|he has|she has) jumped$`,
);
export const water = alt(S`in the (?:mersey|river|canal|sea|docks?)`);
/** Water and heights that need no one named: "fallen through ice at sefton park", "cut off by tide formby", "up the crane in town". */
export const waterAlone = alt(
  S`(?:fallen|fell|gone) through (?:the )?ice|cut off by (?:the )?tide|(?<!\bfeel\w* )swept (?:out|away)(?! by)|up (?:the|a) crane`,
);
export const missingAlone = alt(
  S`(?:gone|missing|run off|ran off|disappeared)\b.*\bleft (?:a )?note|left (?:a )?note\b.*\b(?:gone|missing)|insulin left`,
  // "8yo vanished from park"
  S`(?:\d+ ?yo|\d+ ?year old|toddler|little one|child|kid|baby) (?:has )?(?:vanished|disappeared|gone missing) (?:from|at|in|off)`,
);

/**
 * A cry for help in so many words, no danger named: "need ambulance", "999 called hes bad", "code red", "sos from jess". Not "help" or
 * "urgent help" alone: those open the help card and the emergency card already.
 */
export const cryAlone = alt(
  S`need (?:an )?ambulance|ambulance needed|999 called|called 999|ringing 999|emergency at (?:the )?\w+|code red|p(?:ls|lease|lz) come(?: now| quick| asap)?$`,
  S`ring me now urgent|sos`,
);

/**
 * What makes a short message calm: told as past or over, habitual, in jest or fiction, asked as a question, planned or
 * trained for, or a harmless use of the word. A short telling carries none of these.
 */
export const calmShort = alt(
  S`yesterday|yday|yest|last (?:night|week|wk|month|year|yr|time|term)|ago|earlier|was|were|used to|once|previous(?:ly)?|history`,
  S`(?:ok|okay|fine|safe|home|back|down|calm|asleep|settled) now|now (?:ok|fine|safe|home|back|calm|asleep|settled)|sorted|found(?! (?:hanging|unconscious|unresponsive|not breathing|collapsed|in the|with|eating|drinking|chewing|licking|swallowing))|returned`,
  S`every ?(?:day|night|nite|time|week)|evry ?(?:day|nite|night)|keeps?|always|allways|alwase`,
  S`lol|haha|lmao|joking|jk|film|movie|game|fortnite|gta|tv|episode|book|story|series|drama|show|news|nerf|toy|paintball`,
  S`water (?:gun|pistol)|glue gun|cap gun|diy|crime|workshop|skills|cookery|awareness|left(?! (?:a )?note| here)`,
  S`no harm|not(?! breathing| responding| waking)|never|didnt|wasnt|no|training|course|session|policy|plan|planning`,
  S`risk assessment|referral|report|form|meeting|review|audit|drill|tomorrow|tmrw|later|next(?! door)|worried|worry`,
  S`washing|cutters?|collects?|collecting|collection|pocket|fork|food|fringe|hair|grass|nails|paper|cake|veg|stopped|shaving|bringing|tech`,
  S`period|headache|prescribed|hay fever`,
  S`what|whats|how|why|when|where|who|which|should|could|would|can i|do i|do we|advice|tips|signs|meaning|means|definition|risk of`,
);
