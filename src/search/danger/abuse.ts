/**
 * Abuse happening now, and an adult with a child who should not be.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { stillWithAbuser } from './abuse-disclosed';
import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { now, nowNotSafe } from './fragments-now';
import { goneQuiet } from './fragments-reach';

/** An adult who should not be with a child, or not like this. */
const adult = alt(
  S`(?:a|an|the|some|this) (?:older |grown )?(?:man|adult|stranger|bloke|guy)`,
  S`(?:her|his|their) (?:mums|dads) (?:partner|boyfriend|girlfriend|mate)`,
  S`(?:her|his|their) (?:step ?dad|step ?grandad|step ?father|uncle|boyfriend)`,
);
/** A child's fear, told as it happens. */
const distressNow = alt(
  S`(?:shes|hes|theyre|is|are|im) (?:really |so )?(?:scared|crying|terrified|hiding)(?! of)`,
  S`whisper\w*`,
  S`wont (?:leave|go|get out)`,
  'help',
  S`(?:messaging|texting|ringing|calling) me`,
);
/** A child telling where to be found: "sent a location", "dropped me a pin". */
const sentWhere = S`(?:sent|sending|shared|sharing|dropped|dropping) (?:me |us )?(?:a |her |his |their |the |my |live )?(?:location|pin|postcode|address)`;
/** A man, men, or an adult, with or without "a": "man followed our 12yo home", "men are taking her upstairs". */
const man = alt(adult, S`(?:older |grown )?(?:man|men|blokes?|strangers?)`, S`older (?:lads?|boys?)`);
/** The child, by name or age: "her", "our 12yo", "the girl". */
const child = S`(?:her|him|them|me|(?:our|my|the|his|her|their) (?:\S+ )?(?:\d+ ?(?:yo|yr old|year old)|\d+yo|girl|boy|lad|kid|child|daughter|son|yp))`;
/** The child something is done to: "her sister", "him". */
const abusedChild = S`(?:her|him|them|me|(?:her|his|their|my|our|the) (?:little |younger |baby |big |older )?(?:sister|brother|daughter|son|sibling|niece|nephew|cousin|child|kid|girl|boy|baby))\b(?! (?:hair|nails|room|bedroom|bike|phone|homework|make ?up|clothes|toys?|car|garden)\b)`;

/** A little one, who cannot be left: "her 6 week old", "the toddler". */
const littleOne = S`(?:baby|babies|newborn|toddler|little one|\d+ ?(?:week|wk|month|mth)s? old)`;
/** A young child, by age or size: "the 5 year old", "our little one". */
const littleChild = S`(?:the|our|my|her|his|their) (?:\S+ )?(?:[1-9] ?(?:yo|yr old|year old|years old)|little one|baby|toddler|younger (?:one|kid|child|boy|girl)|little (?:one|kid|boy|girl))`;
/** More ways abuse or neglect is told as happening now (abuse-now). */
const abuseToldNow = [
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
const abuserComing = alt(
  'booked to visit',
  S`(?:is |s |are )?(?:visiting|coming) (?:in|round|here|over|later|today|tonight|at \d+|to (?:visit|see|the home|the ward|the house|get))`,
  S`(?:will|theyll|hell|are going to|are gonna|is going to|is gonna) come (?:to|for|round|back|and get)`,
  S`(?:due|booked|expected) (?:in|here|to (?:visit|come)|at \d+)`,
);
/** Abuse told of the abuser, as it goes on: "he touches her", "grandad plays the secret game with him". */
const abuseDisclosed = S`(?:(?:comes?|coming|creeps?|creeping|sneaks?|sneaking) (?:into|to|in to|in) (?:her|his|their|my) (?:bed)?room at night|did (?:stuff|things)(?: to (?:her|him|them|me))? again|(?:touches|does (?:stuff|things) to|plays (?:the |a |this )?(?:secret|special|tickle) game|makes (?:her|him|them|me) do (?:stuff|things)|hurts (?:her|him|them|me) down there|rapes|molests|abuses|fiddles with) (?:with )?(?:her|him|them|me)\b)`;
/** The abuser with the child soon, or near now: "taxis booked for 6", "picking her up tonight", "grandads downstairs now". */
const withAbuserSoon = alt(
  // (Or due to: "the carer is due to pick her up in 20 minutes".)
  S`(?:contact|overnight|sleepover|staying (?:at|over)|stopping over|picking (?:her|him|them) up|collecting (?:her|him|them)|(?:due|coming|booked) to (?:pick (?:her|him|them) up|collect (?:her|him|them))|taxis? (?:is |are |s )?booked)${gap(5)} (?:tonight|today|this evening|later|in an (?:hour|hr)|in (?:\d+|half an?) (?:hours?|hrs?|mins?|minutes)|at \d+|for \d+)`,
  S`(?:tonight|today|this evening|later)${gap(3)} (?:contact|overnight|sleepover|staying (?:at|over)|picking (?:her|him|them) up|collecting (?:her|him|them))`,
  S`(?:is |s |are )?(?:downstairs|upstairs|in the house|in the next room|in the lounge|in the kitchen|here|outside|home|back) (?:now|right now)`,
);

/** Abuse told as now, read only when nothing in the message is told as history (abuse-now). */
const abuseNotHistory = [
  // Abuse disclosed, and the abuser with the child soon or near now: "overnight contact at dads tonight, she whispered he touches her,
  // taxis booked for 6", "grandad plays the secret game with him, grandads downstairs now".
  S`${abuseDisclosed}${gap(14)} ${withAbuserSoon}`,
  S`${withAbuserSoon}${gap(14)} ${abuseDisclosed}`,
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
  // A debt to be paid with the child's body, and the one owed coming soon: "the landlords mate is coming round tonight to
  // 'collect' what she owes and she has to do stuff for him".
  S`(?:coming|come|turning up|calling|picking (?:her|him|them) up|collecting (?:her|him|them))${gap(4)} (?:tonight|today|this evening|later|soon|at \d+)${gap(12)} ` +
    S`(?:(?:has|have|got|needs?) to do (?:sexual \S+|favours|(?:stuff|things|whatever) (?:for|with|to) (?:him|them|his mates?))|work (?:it|the debt) off|pay (?:it|that|the debt) off with|do (?:stuff|things) for (?:him|them))`,
];

/** A visitor who talks to the child, told again and again, as a voice or a vision is: "he keeps telling his carer theres a man in his room at night who whispers to him". */
const hallucinatedVisitor = new RegExp(
  S`\bkeeps? (?:telling|saying)\b.*\b(?:who|that) (?:whispers|talks|speaks|sings) to (?:him|her|them|me)\b`,
);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const abuseSituations: Situation[] = [
  // "a visitor is in her room touching her and wont leave"
  {
    name: 'abuse-now',
    when: b(
      [
        S`(?:in|into) (?:her|his|their) (?:room|bed|bedroom)${gap(3)} touching`,
        // Or told from hiding: "someone at the party is making her drink and touching her, shes texting me from the toilet".
        S`(?:touching|assaulting|abusing|raping) (?:her|him|them)${gap(8)} (?:wont (?:leave|stop|go)|${nowNotSafe}|(?:texting|messaging|ringing|calling) (?:me|us)|whisper\w*|hiding)`,
        // An adult in a child's room doing what they should not: "a member of night staff is in a young persons room doing something he shouldnt right now".
        S`(?:staff|carer|worker|man|adult|bloke|guy|uncle|step ?dad|dad|boyfriend|teacher|partner|fella)${gap(4)} (?:in|into) (?:a |the |her |his |their )?(?:\S+ ){0,2}(?:bed)?room${gap(3)} ` +
          S`doing (?:something|things|stuff) (?:he|she|they) (?:shouldnt|should not|mustnt)${gap(4)} (?:${now}|(?:the )?door (?:is |s )?locked|locked (?:the )?door)`,
        S`(?:man|adult)${gap(2)} shouting${gap(3)} (?:her|him) screaming`,
        S`(?:making|forcing|getting) (?:her|him|them) (?:to )?do (?:things|stuff|sexual)${gap(6)} (?:camera|video|live|webcam|scared|crying)`,
        S`(?:(?:a|an|some) (?:strange |random |unknown |older )?(?:man|adult|stranger|bloke|lad|guy)|someone|somebody) (?:is |s )?in (?:her|his|their|my) (?:room|bed|bedroom|flat)${gap(8)} (?:wont (?:leave|go|get out)|whisper\w*|scared|hiding|locked)`,
        // Told by a sibling as it happens, the act unnamed: "my little sisters dad is doing that thing to her again in the bedroom, im in the hall".
        S`(?:doing|does) (?:that|the|it|stuff|things)(?: thing)? to (?:her|him|them|me) (?:again )?(?:now |right now )?(?:in (?:the|her|his|their|my|our) (?:bed)?room|upstairs|in the bathroom)${gap(6)} (?:im|i am|what do i do|help|now)`,
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
          S`(?:help|please come|come (?:and )?get me|(?:at|in) (?:his|their|a|the) (?:flat|house|place|car|van)|toilets?|party|filming|scared|crying|now|happening|${sentWhere})`,
        // Taken off somewhere out of sight at a party or a flat: "her friend says men are taking her upstairs".
        // Or forced there: "some older lads are trying to force her into a bedroom".
        S`${man}${gap(3)} (?:are |is |s |have |has )?(?:taking|taken|took|dragging|dragged|carrying|carried|leading|led|pulling|pulled|(?:trying to )?(?:force|forcing|push|pushing)) (?:her|him|them) ` +
          S`(?:upstairs|into (?:a |the )?(?:bed)?room|(?:in)?to (?:a |the |their |his )?(?:bed)?room)(?!.*\b(?:paramedics?|nurses?|doctors?|ambulance|bed ?time|to bed|bath|carpets?|furniture|boxes|removals?|repairs?)\b)`,
        // Done to a child as it happens: "her stepdad is at the house right now doing things to her sister".
        S`${nowNotSafe}${gap(2)} doing (?:things|stuff|sexual \S+) to ${abusedChild}`,
        S`doing (?:things|stuff|sexual \S+) to ${abusedChild}${gap(6)} ${nowNotSafe}`,
        // An older child with a little one: "older kid doing something to the 5 year old in the bath".
        S`(?:older|bigger) (?:kid|child|boy|girl|lad|one|brother|sister|cousin|resident|yp)${gap(3)} (?:doing (?:something|things|stuff|sexual \S+) to|touching) ${littleChild}`,
        S`being (?:made|forced) to do (?:stuff|things|sexual \S+)`,
        // Or "been made to", with a word that it is now: "shes been made to do stuff in a car right now".
        S`been (?:made|forced) to do (?:stuff|things|sexual \S+)${gap(8)} ${nowNotSafe}`,
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
        // Abuse told of just now, and the abuser coming to the child: "says step dad raped her last night, hes booked to visit at 2",
        // "she was raped last night and the men have said theyll come to the home for her" (not the police coming to take a statement).
        S`(?:raped|rape|sexually assaulted|sexual assault|abused|assaulted)${gap(6)} (?:last night|yesterday|this morning|earlier|overnight|at the weekend)${gap(14)} ` +
          S`(?:he|hes|he is|they|theyre|they are|the men|the man|the lads|(?:step ?)?dad|uncle|boyfriend|bf)(?: have| has)?(?: said| says| saying)?${gap(1)} ${abuserComing}`,
        // Hand marks told by the child, and collected by the one who may have made them today: "finger-shaped bruises on her neck, says
        // 'he squeezed me cos I was naughty'. Carer collects at 3."
        S`(?:finger ?(?:shaped|tip|mark)s? bruis\w*|bruis\w* (?:on|round|around) (?:her|his|their) neck|hand ?prints?|grab marks)${gap(14)} ` +
          S`(?:collects?|collecting|picks? (?:her|him|them) up|picking (?:her|him|them) up|goes home|going home)${gap(2)} (?:at \d+|today|tonight|later|after school)`,
        // Raped at contact, and contact with him again today: "a relative raped her at contact on saturday, and contact with him is
        // again today at 4pm".
        S`(?:raped|rape|sexually assaulted|abused|assaulted|touched)${gap(8)} (?:at|during|after) contact${gap(14)} contact${gap(3)} (?:is |again |is again )?(?:today|tonight|this (?:afternoon|evening)|at \d+|in an? (?:hour|hr))`,
        ...abuseToldNow,
      ].join('|'),
    ),
    toldNow: b(abuseNotHistory.join('|')),
    unless: hallucinatedVisitor,
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
        // Found where children are exploited, with adults and unsafe: "yp located at address known for cce, adult males present,
        // yp intoxicated and refusing to leave".
        S`(?:address|house|flat|property|place)s? (?:known|linked|flagged|used) (?:for|to|as|by)${gap(3)} (?:cce|cse|exploitation|county lines|drugs|dealing|dealers|cuckooing|a trap house)${gap(14)} ` +
          S`(?:(?:adult|older) (?:males|men|man|male)|intoxicated|drunk|off (?:her|his|their) face|refus\w* to (?:leave|come)|wont (?:leave|come))`,
        // An older man with a child who is not herself, and not who he says: "14 year old looked after girl with older guy in the chapel,
        // shes unsteady, he says hes her cousin, he isnt".
        S`(?:older|grown|adult) (?:guys?|man|men|males?|blokes?|fellas?)${gap(8)} (?:shes|hes|theyre|she is|he is|they are|she seems|he seems|she looks|he looks|looks|looking) (?:very |really |quite )?` +
          S`(?:unsteady|drunk|wasted|out of it|off (?:her|his|their) face|stumbling|slurring|falling about|drowsy|spaced out)`,
        // A man not known, refusing to go, and the child looks drugged: "came home with a man i dont know whos refusing to leave and she
        // looks drugged".
        S`(?:man|men|guy|bloke|fella|male|adult)${gap(10)} (?:refus\w* to (?:leave|go)|(?:wont|will not) (?:leave|go))${gap(10)} ` +
          S`(?:she|he|they) (?:looks?|seems?|is|s) (?:really |very )?(?:drugged|out of it|off (?:her|his|their) face|spaced out|wasted|unsteady|drowsy)`,
        S`(?:says|said|claims|claiming) (?:hes|he is|shes|she is) (?:her|his|their) (?:cousin|uncle|brother|dad|boyfriend|carer)${gap(1)} (?:he|she) (?:isnt|is not)`,
        // Waiting for the child, who has been told she will be killed: "her dad is in the car park waiting and he said hed finish her
        // if she told".
        S`(?:in the car park|outside|at the (?:gate|door|front)|downstairs|waiting)${gap(10)} (?:said|says|told her|told him|threatened) ` +
          S`(?:(?:hed|he would|hell|he will|theyd|theyll|they will) |(?:hes|theyre) (?:going to|gonna) |to )(?:finish|kill|end|do in|stab) (?:her|him|them)\b`,
        // Waiting outside, older, and the child going out to him: "her boyfriend (30s) is parked outside with stuff and shes going out to him".
        S`(?:boyfriend|bf|man|guy|bloke|fella)${gap(3)} (?:\d0s|in his \d0s|\d{2} ?(?:yo|year old|years old)|older|grown)${gap(2)} (?:is |s )?(?:parked|waiting|sat|sitting) (?:up )?(?:outside|downstairs|in the car park|at the (?:gate|door|front))${gap(8)} ` +
          S`(?:shes|hes|she is|he is) (?:going|getting ready to go|about to go|trying to (?:go|get)|putting (?:her|his) (?:shoes|coat|trainers) on|heading)`,
        // Made to sleep with the men collecting her, and they are here now: "15yo here for her depo says men are picking her up after to
        // 'work' and she has to sleep with them, theyre in our car park".
        S`(?:has|have|got) to (?:sleep with|have sex with|do (?:stuff|things|sexual \S+) (?:for|with|to)) (?:them|him|the men|those men|his mates|their mates)${gap(4)} ` +
          S`(?:theyre|they are|hes|he is|they re|the men are|hes already)${gap(1)} (?:in (?:the|our|your) car ?park|outside|waiting|here|downstairs|at the (?:gate|door|front)|in reception)`,
        // An adult "boyfriend" parked outside to take her away overnight: "year 8 girl says her boyfriend (22) is taking her to a party
        // in manchester straight after school and she has to stay over. hes parked outside".
        S`(?:boyfriend|bf|man|guy|bloke|fella) (?:(?:1[89]|[2-9]\d)|aged (?:1[89]|[2-9]\d)|in his \d0s|(?:1[89]|[2-9]\d) ?(?:yo|year old|years old)|whos (?:1[89]|[2-9]\d)|older)${gap(2)} (?:is |s )?(?:taking|picking up|collecting|driving) (?:her|him|them)${gap(14)} ` +
          S`(?:hes|he is|theyre|they are|him|his car|he s)${gap(1)} (?:parked|waiting|sat|sitting|outside)`,
        // Told by the child as it goes on: "girl in the shop saying a man is following her and she cant go back to the house".
        S`(?:saying|says|said|told (?:me|us|staff)|telling (?:me|us)|crying) (?:that )?(?:a|an|some|this|these|two|the) (?:older )?(?:man|men|bloke|blokes|guy|guys|stranger|strangers|lads)${gap(2)} ` +
          S`(?:is|are|s|has been|have been|keeps?) (?:following|followin|chasing|stalking) (?:her|him|them|me)\b(?! (?:on|online|on (?:insta\S*|tiktok|snap\S*|social media)))`,
        // With a grown man who calls himself her boyfriend: "found a 13 year old in care sleeping in the church porch with a man who
        // says hes her boyfriend, he must be 35".
        S`with (?:a|an|this|some|the) (?:older |grown )?(?:man|bloke|guy|fella)${gap(3)} (?:who )?(?:says|said|claims|calls himself|reckons) (?:hes|he is) (?:her|his) (?:boyfriend|bf|partner)`,
        // Men waiting for the child nearby: "turned up with a new phone and no shoes, says men are waiting round the corner for her".
        S`(?:men|older (?:men|males|lads|guys)|adults|some (?:men|blokes|guys))${gap(2)} (?:are |s )?waiting (?:round the corner|outside|down the road|at the end of the road|in a car|nearby|up the road) for (?:her|him|them|me)`,
        // Made to pay with her body tonight: "new bf says I have to go with his friends tonight to pay for the hotel".
        S`(?:have|has|got) to (?:go|sleep|be|stay) with (?:his|her|their|the|some) (?:friends|mates|mate|friend|men|lads|blokes)${gap(3)} (?:tonight|now|today)${gap(3)} ` +
          S`to (?:pay|pay off|pay back|settle) (?:for )?(?:the |a |his |her )?(?:hotel|room|debt|drugs|rent|\S+)`,
        // Told from hiding: "child texting me from under her bed saying her uncle is in her room right now".
        S`(?:hiding|whisper\w*|(?:texting|messaging|ringing|calling) me from|under (?:her|his|their|the) (?:bed|duvet|covers)|in (?:her|his|their|the) wardrobe|` +
          S`(?:shes|hes|theyre|is|are) (?:really |so )?(?:scared|terrified)(?! of))${gap(8)} ` +
          S`${adult}${gap(3)} (?:is |s )?(?:in|inside) (?:the|her|his|their|my|our) (?:room|bedroom|flat|house|bed|car|bathroom)(?: (?:right )?now)?\b`,
        // Where no one is watching: "her uncle is in her room right now at an unsupervised contact".
        S`${adult}${gap(3)} (?:is |s )?in (?:her|his|their|my) (?:bed)?room (?:right )?now${gap(6)} (?:(?:at|on|during) (?:an |a |the )?(?:unsupervised|not supervised)|${distressNow})`,
        // Messaging that he is outside now, with a hold over her: "a man messaging her saying hes outside the home now and has pics of her"
        // (not her uncle outside to take her to football).
        // Or a birth parent, who a child in care may be kept from, to the child by age, with a threat: "birth father messaging the
        // 13 yo saying hes outside her window tonight and will make her pay".
        S`(?:${adult}|birth (?:father|dad|mum|mother|parents?))${gap(5)} (?:messaging|texting|snapchatting|dming|ringing|calling|messaged|texted|rang) (?:her|him|them|${child})${gap(3)} (?:hes|he is|theyre|im) ` +
          S`(?:outside|at the (?:door|gate|window)|waiting (?:outside|for (?:her|him|them)))${gap(8)} ` +
          S`(?:pics?|pictures?|photos?|videos?|nudes|scared|terrified|crying|threat\w*|groom\w*|wont (?:go|leave)|met online|never met|make (?:her|him|them) pay|(?:hurt|get|kill) (?:her|him|them))`,
        // Followed, and still there: "a mans followed her home and is waiting at the end of the road, shes terrified".
        // "a man in a car keeps following the girl home and hes outside the house now"
        S`${man}s?${gap(5)} (?:followed|following|followin) ${child} (?:home|back|from|off|down|along|all the way|to)${gap(10)} ` +
          S`(?:is |s |now |still |hes )?(?:waiting|outside|hanging (?:about|around)|parked (?:up|outside)|standing (?:outside|there)|lurking)`,
        // Watching the home, and a threat for now: "man in a van keeps circling the home and just shouted hell get her tonight".
        S`${man}${gap(5)} (?:circling|driving (?:round|past)|hanging (?:about|around)|parked (?:up )?outside|waiting outside|watching|lurking (?:round|around|outside)) ` +
          S`(?:outside |near |by |round )?(?:the |our |her |his |their )?(?:home|house|unit|school|placement|flat)${gap(8)} (?:shouted|shouting|said|saying|says|texted|texting|yelled|yelling|threatened|threatening)${gap(3)} ` +
          S`(?:(?:hell|hes going to|hes gonna|theyll|theyre going to|theyre gonna) )?(?:get|take|grab|have|hurt|kill|snatch) ${child}(?: \S+)? (?:tonight|now|later|today|when (?:she|he|they) (?:comes?|gets?|leaves?))`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("in the house a lot").
    unless: new RegExp(S`${past.source}|\b(?:a lot|at weekends|every|always|often|sometimes)\b|${hallucinatedVisitor.source}`),
  },
];
