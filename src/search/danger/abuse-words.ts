/** The words of ./abuse.ts: abuse happening now, and an adult with a child who should not be. */

import { stillWithAbuser } from './abuse-disclosed';
import { alt, gap, S } from './fragments';
import { goneQuiet } from './fragments-reach';

/** An adult who should not be with a child, or not like this. */
export const adult = alt(
  S`(?:a|an|the|some|this) (?:older |grown )?(?:man|adult|stranger|bloke|guy)`,
  S`(?:her|his|their) (?:mums|dads) (?:partner|boyfriend|girlfriend|mate)`,
  S`(?:her|his|their) (?:step ?dad|step ?grandad|step ?father|uncle|boyfriend)`,
);
/** A child's fear, told as it happens. */
export const distressNow = alt(
  S`(?:shes|hes|theyre|is|are|im) (?:really |so )?(?:scared|crying|terrified|hiding)(?! of)`,
  S`whisper\w*`,
  S`wont (?:leave|go|get out)`,
  'help',
  S`(?:messaging|texting|ringing|calling) me`,
);
/** A child telling where to be found: "sent a location", "dropped me a pin". */
export const sentWhere = S`(?:sent|sending|shared|sharing|dropped|dropping) (?:me |us )?(?:a |her |his |their |the |my |live )?(?:location|pin|postcode|address)`;
/** A man, men, or an adult, with or without "a": "man followed our 12yo home", "men are taking her upstairs". */
export const man = alt(adult, S`(?:older |grown )?(?:man|men|blokes?|strangers?)`, S`older (?:lads?|boys?)`);
/** The child, by name or age: "her", "our 12yo", "the girl". */
export const child = S`(?:her|him|them|me|(?:our|my|the|his|her|their) (?:\S+ )?(?:\d+ ?(?:yo|yr old|year old)|\d+yo|girl|boy|lad|kid|child|daughter|son|yp))`;
/** The child something is done to: "her sister", "him". */
export const abusedChild = S`(?:her|him|them|me|(?:her|his|their|my|our|the) (?:little |younger |baby |big |older )?(?:sister|brother|daughter|son|sibling|niece|nephew|cousin|child|kid|girl|boy|baby))\b(?! (?:hair|nails|room|bedroom|bike|phone|homework|make ?up|clothes|toys?|car|garden)\b)`;

/** A little one, who cannot be left: "her 6 week old", "the toddler". */
const littleOne = S`(?:baby|babies|newborn|toddler|little one|\d+ ?(?:week|wk|month|mth)s? old)`;
/** A young child, by age or size: "the 5 year old", "our little one". */
export const littleChild = S`(?:the|our|my|her|his|their) (?:\S+ )?(?:[1-9] ?(?:yo|yr old|year old|years old)|little one|baby|toddler|younger (?:one|kid|child|boy|girl)|little (?:one|kid|boy|girl))`;
/** More ways abuse or neglect is told as happening now (abuse-now). */
export const abuseToldNow = [
  // Abuse disclosed, the one named here now: "disclosed sexual abuse by visiting uncle who is in the house now".
  S`(?:disclosed|disclosing|told (?:me|us|staff)|says|said)${gap(3)} (?:sexual |physical )?(?:abuse|abused|raped|rape|touching|touched)${gap(8)} ` +
    S`(?:who is|whos|who are|hes|he is|theyre|they are) (?:still )?(?:in the house|here|in the home|downstairs|upstairs|in the next room|in her room|in his room|at the door) (?:right )?now`,
  // Told by another child, happening now: "the teenager in the other bedroom is 'doing the thing again' to her little brother right now".
  S`doing (?:the|that|it|those) (?:thing|things|stuff)(?: again)? to (?:her|his|their|my|the) (?:little |baby |younger |big )?(?:brother|sister|sibling)${gap(3)} (?:right now|now|as we speak)`,
  // Being hit and it goes on: "my mum keeps hitting me with the belt and hasnt stopped, im at hers for contact".
  S`(?:hitting|beating|hurting|kicking|punching|strangling|choking) (?:me|her|him|them)${gap(6)} (?:hasnt|has not|wont|will not|not) stop(?:ped)?\b`,
  // A message that it is happening again, then silence: "girl just texted hes doing it again and nothing since".
  S`(?:texted|messaged|text|message|rang|said|says|whispered)${gap(2)} (?:hes|shes|theyre|he is|she is|they are) doing it again${gap(10)} ${goneQuiet}`,
  // A little one left alone: "has left her 6 week old alone in the flat and gone out", "toddler in the bath, mum has gone out
  // and left her", "baby in a hot car outside the supermarket, windows up".
  S`left (?:her|his|their|the|a) (?:\S+ )?${littleOne}${gap(3)} (?:alone|on (?:her|his|their|its) own|unattended|by (?:her|him|it)self)${gap(6)} ` +
    S`(?:(?:gone|went) out|in the (?:flat|house|car)|overnight|all night)`,
  // Or left at home alone: "left her 4 month old home alone this morning so she could get to her exam".
  S`left (?:her|his|their|the|a) (?:\S+ )?${littleOne}${gap(2)} (?:home alone|alone at home|at home alone|on (?:her|his|its) own at home|alone in the (?:flat|house|room))`,
  S`${littleOne}${gap(3)} in the bath${gap(8)} (?:gone out|left (?:her|him|them)|alone|on (?:her|his|their) own|nobody|no one)`,
  S`${littleOne}${gap(3)} (?:left in (?:a|the) (?:hot |locked )?car|in (?:a|the) (?:hot |locked )?car (?:outside|parked|alone|on (?:her|his|their|its) own))${gap(10)} ` +
    S`(?:boiling|roasting|sweltering|windows (?:up|shut|closed)|(?:mums?|dads?) (?:inside|in the shop))`,
];

/** The abuser on the way to the child: "booked to visit at 2", "theyll come to the home for her". */
export const abuserComing = alt(
  'booked to visit',
  S`(?:is |s |are )?(?:visiting|coming) (?:in|round|here|over|later|today|tonight|at \d+|to (?:visit|see|the home|the ward|the house|get))`,
  S`(?:will|theyll|hell|are going to|are gonna|is going to|is gonna) come (?:to|for|round|back|and get)`,
  S`(?:due|booked|expected) (?:in|here|to (?:visit|come)|at \d+)`,
);
/** Abuse told of the abuser, as it goes on: "he touches her", "grandad plays the secret game with him". */
const abuseDisclosed = S`(?:(?:comes?|coming|creeps?|creeping|sneaks?|sneaking) (?:into|to|in to|in) (?:her|his|their|my) (?:bed)?room at night|did (?:stuff|things)(?: to (?:her|him|them|me))? again|(?:touches|does (?:stuff|things) to|plays (?:the |a |this )?(?:secret|special|tickle) game|makes (?:her|him|them|me) do (?:stuff|things)|hurts (?:her|him|them|me) down there|rapes|molests|abuses|fiddles with) (?:with )?(?:her|him|them|me)\b)`;
/** The abuser with the child soon, or near now: "taxis booked for 6", "picking her up tonight", "grandads downstairs now". */
const withAbuserSoon = alt(
  // (Or due to: "the carer is due to pick her up in 20 minutes", "the carer is coming to collect her at lunch".)
  S`(?:contact|overnight|sleepover|staying (?:at|over)|stopping over|picking (?:her|him|them) up|collecting (?:her|him|them)|(?:due|coming|booked) to (?:pick (?:her|him|them) up|collect (?:her|him|them))|taxis? (?:is |are |s )?booked)${gap(5)} (?:tonight|today|this evening|later|in an (?:hour|hr)|in (?:\d+|half an?) (?:hours?|hrs?|mins?|minutes)|at \d+|for \d+|at (?:lunch|lunchtime|dinner ?time|home ?time|pick ?up))`,
  S`(?:tonight|today|this evening|later)${gap(3)} (?:contact|overnight|sleepover|staying (?:at|over)|picking (?:her|him|them) up|collecting (?:her|him|them))`,
  S`(?:is |s |are )?(?:downstairs|upstairs|in the house|in the next room|in the lounge|in the kitchen|here|outside|home|back) (?:now|right now)`,
  // Coming to the house soon: "is coming to the house this afternoon when carer goes out".
  S`(?:is |s |are )?(?:coming|coming round|coming over|visiting|due)(?: (?:to|round to|over to) (?:the|our|her|his|their) (?:house|home|flat))?${gap(2)} (?:this (?:afternoon|evening|morning)|tonight|tonite|after school|at \d+)`,
);

/** A sexual act told in a child's words: "put his willy in his mouth", "made him touch his privates". */
export const sexualAct = S`(?:${alt('willy', 'penis', 'privates', 'private parts', 'dick', 'cock', 'bits', 'thing')} (?:in|into|inside) (?:his|her|their|my) ${alt('mouth', 'bum', 'bottom', 'knickers', 'pants', 'privates', 'private parts')}|made (?:him|her|them|me) ${alt('touch', 'suck', 'lick', 'kiss')} (?:his|her|their) ${alt('willy', 'penis', 'privates', 'private parts', 'dick', 'bits')})`;
/** Just now, and the other still there: "the other boy is still in there", "just came out of the toilets". */
export const stillThere = alt(
  S`(?:is |s |are )?still (?:in there|there|in the (?:toilets?|loos?|changing rooms?|room|bedroom|bathroom))`,
  S`just (?:came|come) out of`,
  S`just now`,
  S`just (?:told|said to) (?:me|us)`,
);

/** The one who abused the child: "her abuser", "the man who hurt her". */
export const abuserNamed = S`(?:abuser|perpetrator|perp|attacker|rapist|(?:the|that) (?:man|men|lad|lads|guy) who (?:hurt|abused|raped|attacked|groomed) (?:her|him|them))`;
/** Not a changed arrangement: "contact is now at the centre" (so "now" there is no telling). */
export const arrangedNow = S`(?<!\b${alt('contact', 'visits?', 'family time', 'supervision', 'the visit')}(?: \w+)? (?:is|are|has been|have been) )`;

/** Abuse told as now, read only when nothing in the message is told as history (abuse-now). */
export const abuseNotHistory = [
  // Abuse disclosed, and the abuser with the child soon or near now: "overnight contact at dads tonight, she whispered he touches her,
  // taxis booked for 6", "grandad plays the secret game with him, grandads downstairs now".
  S`${abuseDisclosed}${gap(14)} ${withAbuserSoon}`,
  S`${withAbuserSoon}${gap(14)} ${abuseDisclosed}`,
  // Shut in her room with a grown man who will not let the carer in: "she go in her room with him and lock door now, she is 14. he not let me in".
  S`(?:in|into) (?:her|his|their|the) (?:bed)?room with (?:him|a man|an adult|a stranger)${gap(3)} (?:and )?(?:lock|locked) (?:the )?door${gap(12)} (?:not|wont|will not|doesnt) let (?:me|us) in(?!.*\b(?:lol|haha|xbox|playing|game|gaming)\b)`,
  // Touching her, and going to her room now: "my partner keep touching my foster daughter at night, i see him going in her room now".
  S`(?:keep|keeps|keeping) touching (?:my |the |her |his |our )?(?:\S+ )?(?:daughter|son|girl|boy|child|kid)${gap(10)} (?:going|gone|went|is) (?:in|into) (?:her|his|their) (?:bed)?room now`,
  // Hurt by someone, with a sign of sexual harm, and that one collecting her soon: "she was hurt by her carer this morning and it hurts
  // when she sits. the carer is coming to collect her at lunch".
  S`(?:hurt|touched|abused) by (?:her|his|their|the|a|an) (?:\S+ )?(?:carer|dad|stepdad|mum|stepmum|boyfriend|partner|uncle|grandad|brother|cousin|man|men|lad|lads|boy|boys|teacher|driver|escort)${gap(12)} (?:hurts|sore|painful|bleeding|bleeds) ` +
    S`(?:when (?:she|he|they) (?:sits?|sit down|wees?|pees?|goes to the (?:toilet|loo))|down there)${gap(20)} ${withAbuserSoon}`,
  // Assaulted within the hour, and told so: "SA disclosed, within last hour, still in same clothes, perp in the area".
  S`(?:sa|sexual assault|sexually assaulted|raped|rape|assaulted)${gap(2)} (?:disclosed|disclosure|told (?:me|us|staff))${gap(10)} ` +
    S`(?:within (?:the )?last (?:hour|\d+ (?:hours?|hrs?|mins?))|(?:an|\d+) (?:hour|hours|hr|hrs|mins?) ago|(?:still )?in (?:the )?same clothes|(?:perp|perpetrator|alleged \S+|abuser|he|they)${gap(3)} (?:is |are |s )?(?:in|around) the area)`,
  // Made to have sex: "messaging me that shes being forced to have sex at a house".
  S`(?:is|s|are|am|shes|hes|theyre|im) being (?:made|forced|pressured|pressurised) (?:to |into )?` +
    S`(?:have sex|having sex|sleep with|sleeping with|do sexual \S+|doing sexual \S+|give \S+ (?:head|oral)|perform)`,
  // Told of the abuser, who is waiting for the child now: "his dad beats him and is waiting in the car right now to take him home",
  // "her uncle does things every time, hes in the car park now waiting".
  S`(?:(?:beats|hits|hurts|abuses|touches|rapes) (?:her|him|them)|does (?:things|stuff)(?: to (?:her|him|them))?)${gap(14)} (?:is |s )?` +
    S`(?:waiting|outside|(?:in|at) the (?:car park|gates?|reception|school gates?))`,
  // "some lad is forcing himself on her in the park"
  S`forc(?:ing|ed|es) (?:him|her|them)sel(?:f|ves) on (?:her|him|them|me)`,
  // Disclosed, and still with the abuser or going back to them now (./abuse-disclosed.ts).
  ...stillWithAbuser,
  // Told by the child that they are not safe where they are: "she text me 'dont tell ss but im not safe he said hell kill me if i
  // leave'", or that they will be killed for leaving or telling.
  S`(?:text|texted|txt|messaged|message|said|says|rang|whispered|dmed|snapchatted)${gap(6)} (?:im|i am|i m) not safe\b(?! (?:anywhere|to (?:drive|go)|at (?:home|school|college)|with (?:anyone|anybody)|in (?:my|her|his|their) (?:own )?head))`,
  S`(?:hell|he will|theyll|they will|hes gonna|hes going to|theyre gonna|theyre going to) kill (?:me|her|him|them) if (?:i|she|he|they) (?:leave|leaves|go|goes|tell|tells|run|runs)\b`,
  // Made to send more pictures, or they will be shared, and the child says they cannot go on: "if i dont send more pics hes gonna
  // send them to everyone at school. i cant live with that. im done".
  S`(?:send|sent|share|post|leak|put)\w*${gap(2)} (?:them|the pics|my pics|her pics|his pics|the photos|my photos|nudes|the video|them round)${gap(6)} ` +
    S`(?:to|on|round|everyone)${gap(14)} (?:cant live|im done|kill myself|end it|dont want to be here|cant do this|better off dead|want to die)`,
  // Made to go and run drugs, the family threatened, going now: "they want me to hold the pack up there, if i dont go theyll do mum,
  // im going tonight".
  S`if (?:i|he|she) (?:dont|doesnt|do not|does not|wont) (?:go|do it|run it|hold it|pay|take it)${gap(3)} (?:theyll|they will|theyre gonna|they are going to|hell|he will) ` +
    S`(?:do|hurt|kill|stab|shoot|get|batter|come for) (?:mum|my mum|me|my \S+|his \S+|her \S+|us|him|her)${gap(12)} (?:tonight|today|going tonight|im going|hes going|shes going)` +
    S`(?!.*\b(?:safe for tonight|safe now|back home|home now|in with us|police aware)\b)`,
  // Waiting outside to take the child, who is scared: "her boyfriend is outside with his mates to take her to a party in leeds, shes 15,
  // shes scared but going".
  S`(?:boyfriend|bf|man|men|mates|lads|older \S+|adult|stranger|guy|bloke|someone|somebody)${gap(4)} (?:is |are |s )?(?:outside|waiting)${gap(6)} to (?:take|pick up|collect|drive) (?:her|him|them)${gap(10)} (?:scared|terrified|crying|frightened|doesnt want|dont want|shaking)`,
  // Meeting an adult tonight who gives her drugs, and she must pay him back: "shes meeting uncle tonight who gives her drugs and she
  // has to pay him back".
  S`(?:meeting|meet|seeing|going to see)${gap(6)} (?:tonight|today|later|after school|this evening)${gap(14)} (?:has|have|got|needs?) to ` +
    S`(?:pay (?:him|them|it) back|do (?:sexual \S+|favours|(?:stuff|things) (?:for|with|to) (?:him|them)))`,
  // Given things by the adult she is with, now to be paid back, and there now: "the bloke shes staying with gives me stuff and now he
  // wants me to pay him back with other girls. shes there now".
  S`(?:gives|gave|giving|buys|bought) (?:me|her|him|them) (?:stuff|drugs|weed|vapes|money|things|alcohol|drink|presents)${gap(8)} pay (?:him|them|it) back${gap(14)} ` +
    S`(?:shes|hes|theyre|she is|he is|they are|im|i am) (?:there|with him|with them|at his|at theirs|at the flat|at his flat|at the house) (?:right )?now`,
  // Hurt, the one named by the child living with her now: "came home with bruises and said uncle did it, uncle is living with them this week".
  S`(?:bruis\w*|marks|injur\w*|black eye|burns)${gap(10)} (?:said|says|told \S+|saying) (?:(?:her|his|their|the|an?) )?(?:\S+ )?\S+ (?:did it|did that|did this|hit (?:her|him|them)|hurt (?:her|him|them))${gap(6)} ` +
    S`(?:is|s|are|hes|shes|theyre) (?:living|staying|sleeping|stopping) (?:with|at|in) (?:them|her|him|the house|the home|their house)`,
  // A debt to be paid with the child's body, and the one owed coming soon: "the landlords mate is coming round tonight to
  // 'collect' what she owes and she has to do stuff for him".
  S`(?:coming|come|turning up|calling|picking (?:her|him|them) up|collecting (?:her|him|them))${gap(4)} (?:tonight|today|this evening|later|soon|at \d+)${gap(12)} ` +
    S`(?:(?:has|have|got|needs?) to do (?:sexual \S+|favours|(?:stuff|things|whatever) (?:for|with|to) (?:him|them|his mates?))|work (?:it|the debt) off|pay (?:it|that|the debt) off with|do (?:stuff|things) for (?:him|them))`,
];

/** A visitor who talks to the child, told again and again, as a voice or a vision is: "he keeps telling his carer theres a man in his room at night who whispers to him". */
export const hallucinatedVisitor = new RegExp(
  S`\bkeeps? (?:telling|saying)\b.*\b(?:who|that) (?:whispers|talks|speaks|sings) to (?:him|her|them|me)\b`,
);
