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
);

/** Signs it is happening now, for the dangers that are also everyday topics ("cutting her arms", "hitting his sister"). */
export const nowSign = alt(
  S`now|rn|right now|help|sos|asap|urgent|ambulance|999|wont stop|cant stop|(?:shes|hes) down|at the door|screaming|scared|terrified`,
  S`(?:hes|shes|theyre) at the (?:house|door|flat|school|unit|home)|got (?:him|her)|locked out|bleeding|stuck in \w+`,
);

/** Grave on their own, whoever is named: a body in trouble. */
export const unwellAlone = alt(
  S`seizure (?:over|for|lasting|wont stop|not stopping)|frothing|foaming|unconscious|unresponsive|not breathing|eyes roll(?:ed|ing)`,
  S`gasping(?! for (?:a |some )?(?:brew|drink|tea|coffee|cuppa|milk|fag|ciggie|water))|hypothermic|turning blue|gone blue|going blue`,
  S`bleach (?:on|in) (?:her|his|their) (?:skin|eyes?|face)`,
);

/** Harm to others: weapons and blows named with someone, or told as the event itself ("stabbed"). */
export const violence = alt(
  S`knife|knives|machete|gun|axe|cleaver|sword|shank|stabbed|shot(?! by (?:a )?(?:paintball|nerf|water))|strangling|throwing bricks|bricks`,
  S`(?:punching|hitting|kicking|biting|battering|attacking|stamping on) (?:the )?(?:baby|staff|foster \w+|carer|mum|nan|her|him)(?! (?:self|about))`,
  S`beating (?:him|her|them) up|stalker (?:at|outside)`,
);
export const violenceAlone = alt(
  S`driving (?:a )?stolen car at|throwing (?:bricks|stones|rocks) at|leaning out (?:of )?(?:the |a )?window${gap(2)} threatening`,
);
/** Weapons and blows that are also everyday words: only with a sign of now ("hammer, staff locked out"). */
export const violenceNow = alt(S`hammer|screwdriver|bat|blade|hitting|kicking(?! off)|punching(?! (?:walls?|doors?))|hurt`);

/** Held, taken, abused or exploited. */
export const held = alt(
  S`kidnapped|abducted|snatched|grabbed (?:her|him|them) (?:and|into|in)|hostage|locked in|locking (?:her|him|them) in|bundled|driving off`,
  S`taking (?:her|him|them) to (?:the )?airport|plugging|sextortion|being touched|raped|raping|locked (?:him|her|them) in|pimping (?:her|him|them) out`,
);
export const heldAlone = alt(
  S`locked in (?:a |the )?(?:shed|car|boot|cupboard|room|garage|cellar|basement|van|loft)|grabbed off (?:the )?street`,
  S`(?:men|lads|older \w+)\b.*\bin (?:their|his) (?:flat|house|car|van)|snatched (?:from|off|at|outside)`,
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
export const intentAlone = alt(
  S`(?:tonight is the night|tonights the night|bye forever|goodbye (?:videos?|messages?|posts?) now|posting goodbye \w+ now)`,
  S`(?:killing|kill|end(?:ing)?) (?:(?:her|him|them|my) ?)?sel(?:f|ves) (?:tonight|now|rn)`,
);
export const water = alt(S`in the (?:mersey|river|canal|sea|docks?)`);
/** Water and heights that need no one named: "fallen through ice at sefton park", "cut off by tide formby", "up the crane in town". */
export const waterAlone = alt(
  S`(?:fallen|fell|gone) through (?:the )?ice|cut off by (?:the )?tide|(?<!\bfeel\w* )swept (?:out|away)(?! by)|up (?:the|a) crane`,
);
export const missingAlone = alt(
  S`(?:gone|missing|run off|ran off|disappeared)\b.*\bleft (?:a )?note|left (?:a )?note\b.*\b(?:gone|missing)|insulin left`,
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
  S`(?:ok|okay|fine|safe|home|back|down|calm|asleep|settled) now|now (?:ok|fine|safe|home|back|calm|asleep|settled)|sorted|found(?! (?:hanging|unconscious|unresponsive|not breathing|collapsed|in the|with))|returned`,
  S`every ?(?:day|night|nite|time|week)|evry ?(?:day|nite|night)|keeps?|always|allways|alwase`,
  S`lol|haha|lmao|joking|jk|film|movie|game|fortnite|gta|tv|episode|book|story|series|drama|show|news|nerf|toy|paintball`,
  S`water (?:gun|pistol)|glue gun|cap gun|diy|crime|workshop|skills|cookery|awareness|left(?! (?:a )?note| here)`,
  S`no harm|not(?! breathing| responding| waking)|never|didnt|wasnt|no|training|course|session|policy|plan|planning`,
  S`risk assessment|referral|report|form|meeting|review|audit|drill|tomorrow|tmrw|later|next(?! door)|worried|worry`,
  S`washing|cutters?|collects?|collecting|collection|pocket|fork|food|fringe|hair|grass|nails|paper|cake|veg|stopped|shaving|bringing|tech`,
  S`period|headache|prescribed|hay fever`,
  S`what|whats|how|why|when|where|who|which|should|could|would|can i|do i|do we|advice|tips|signs|meaning|means|definition|risk of`,
);
