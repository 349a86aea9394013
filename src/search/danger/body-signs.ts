/**
 * The body failing, whatever the cause: grave signs, signs together, an allergic reaction, starving, a fall or a blow.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { bodySign, ofPerson } from './fragments-body';
import { past } from './fragments-history';

/**
 * The body's signs, and two that say little alone but much beside another (signs-together only):
 * "gasping, and not really answering us" since a restraint (not gasping for a brew).
 */
const bodySignOrDistress = alt(
  bodySign,
  S`(?:not|isnt) (?:really )?(?:answering|responding to) (?:me|us|staff|anyone)(?: properly)?(?! (?:about|when|questions|texts|messages|calls|phone))`,
  S`gasping(?! for (?:a |some )?(?:drink|brew|cuppa|tea|coffee|fag|smoke|vape))`,
);
/** Cant stand something, a dislike, not legs giving way: "cant stand the noise", "cant stand crowds". */
const cantStandIt = S`cant stand ${alt(
  'the',
  'it',
  'him',
  'her',
  'them',
  'me',
  'us',
  'you',
  'my',
  'his',
  'their',
  'our',
  'that',
  'this',
  'being',
  'when',
  'how',
  'people',
  'anyone',
  'anybody',
  'some',
  'any',
  'other',
  'school',
  'crowds',
  'busy',
  'noises?',
  'loud',
  'sounds?',
  'smells?',
  'touch',
)}`;
/** Signs that are an emergency on their own, whatever caused them. */
const graveSign = alt(
  // Typed fast: "now wont wak up"
  S`(?:wont|cant|wnt) (?:wak|wkae|waek) up`,
  // Breath fighting for: "gasping for breath, panic or asthma dont know", "huge asthma attack, he cant talk"
  S`gasping for (?:breath|air)${gap(8)} (?:dont know|not sure|asthma|inhaler|blue|cant talk|cant speak)`,
  S`(?:huge|bad|severe|massive|serious|really bad) asthma attack`,
  S`asthma attack${gap(4)} (?:cant (?:talk|speak|breathe)|blue|inhaler (?:isnt|not|is not) (?:working|helping))`,
  // Too breathless to talk: "cant talk in sentences", "can barely get words out".
  S`cant (?:talk|speak) in (?:full )?sentences`,
  S`(?:can barely|cant|barely) get (?:her |his |their |any )?words out`,
  // Breath stopping and starting, in a baby: "breathing with long pauses and going dusky".
  S`breathing with (?:long )?(?:pauses|gaps)`,
  S`(?:going|gone|turning|turned|looks?|looking) dusky`,
  S`(?:fingers|fingertips|hands|feet|toes) (?:have |has |are |is )?(?:gone|going|turned|turning) (?:blue|grey|gray|purple)`,
  // Shock: "gone really pale and clammy", "belly is rock hard" after a blow.
  S`(?:pale|grey|gray|white) and clammy|clammy and (?:pale|grey|gray)`,
  S`(?:belly|stomach|tummy|abdomen)s? (?:is |s |has gone |gone |feels )?(?:rock hard|hard as a rock)`,
  // Choking and not clearing it: "choking on a grape, cant cough, going red", "we cant get it out" (not choking back tears).
  S`choking(?! (?:up|back|on (?:her|his|their) (?:words|tears)))${gap(6)} (?:cant (?:cough|breathe|speak|cry|get it out)|(?:going|gone|turning|turned) (?:red|blue|purple|grey)|not breathing)`,
  // Cold through, and not with it: "freezing cold and really drowsy, been out there all night".
  S`(?:freezing|ice|stone) cold${gap(4)} (?:drowsy|confused|not making sense|floppy|slurring|blue|(?:wont|cant) wake)`,
  // A low blood sugar in a diabetic: "diabetic, really confused and sweaty and now talking gibberish" (not confused about her doses).
  S`diabetic${gap(12)} (?:(?:really |very |so )?confused(?! (?:about|by|over|with|as to))|drowsy|slurring|not making sense|unresponsive|fitting|gibberish|(?:wont|cant) wake)`,
  'gone grey',
  'going grey',
  'turning blue',
  // Said of the child, not a tantrum: "having a panic attack and has gone blue" (not "screamed till he went blue in the face").
  S`(?:has|have|hes|shes|theyve|theyre|s|is|are|now|just) (?:gone|going) blue(?! in the face| with (?:cold|rage|anger))`,
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
  // "breathing really fast and shallow"
  'breathing (?:is )?(?:really |very |dead )?(?:(?:fast|quick|rapid) and )?(?:slow|shallow)',
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
  S`${ofPerson}(?:isnt|is not|aint|not|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|forwards|in|out|to|anywhere|along|fast|quickly))`,
);
/**
 * Signs grave whatever the cause, but told of the past too ("was vomiting blood last year"): only when not told as history.
 */
const graveUnlessPast = alt(
  // Blood brought up: "vomiting blood", "coughing up bright red blood", "blood in her sick".
  S`(?:vomiting|vomited|throwing up|threw up|thrown up|being sick|been sick|coughing up|coughed up|puking|spewing) ` +
    S`(?:up )?(?:(?:bright |dark )?red |fresh |lots of |loads of |a lot of |some )?blood`,
  S`blood in (?:her|his|their|my|the) (?:vomit|sick)`,
  // A fit that goes on: "seizure wont stop, its been 5 mins" (not "her seizures wont stop her").
  S`(?:seizure|seizures|fit|fits|fitting|seizing) (?:(?:still |just )?(?:wont|isnt|is not|not|hasnt|has not) stop(?:ping|ped)?|(?:still )?going on)(?! (?:her|him|them|me|us)\b)`,
  // "fit started 8 mins ago, still going", a fit past five minutes, fits one after another without waking.
  S`(?:seizure|fit|fitting|seizing)${gap(6)} still (?:going|fitting|seizing|happening)`,
  S`(?:seizure|fit) (?:started|has been going|been going|going on|lasted|lasting) (?:for )?(?:over |about |nearly |more than )?(?:[5-9]|\d{2}|five|six|seven|eight|nine|ten|fifteen|twenty) (?:mins?|minutes)`,
  S`(?:seizures|fits)${gap(6)} (?:one after (?:another|the other)|back to back)`,
  // A bone through the skin, a limb bent wrong: "arm bent wrong, bone showing".
  S`bones? (?:is |are |s )?(?:showing|sticking out|poking out|coming through|through the skin)`,
  S`(?:arm|leg|wrist|ankle)s? (?:is |s )?(?:bent|twisted) (?:the )?wrong(?: way)?`,
  // A fever past 40 and the mind going: "temp 41 shaking talking rubbish" (not a temp of 38 and playing happily).
  S`(?:temp|temperature|fever) (?:of |is |at )?(?:4[0-3]|10[4-9])(?:\.\d)?${gap(6)} (?:shaking|talking (?:rubbish|nonsense|gibberish)|confused|not making sense|floppy|fitting|drowsy|hallucinating|seeing things)`,
  // Blood brought up as "coffee grounds".
  S`(?:vomit\w*|sick|bringing up|brought up|throwing up|threw up|being sick)${gap(6)} coffee grounds`,
);
/**
 * The body failing during or after a restraint (positional asphyxia): "restrained him and now hes gone really quiet and grey"
 * (not a child gone quiet and sulking after it).
 */
const afterRestraint =
  S`(?:restrain\w*|held (?:her|him|them) down|pinned (?:her|him|them) down)${gap(10)} ` +
  S`(?:(?:gone|going|turned|turning|looks?|looking|is|s) (?:really |very |so |a bit )?(?:\S+ and )?(?:grey|gray|blue|purple|limp|floppy|pale)|` +
  S`unresponsive|(?:wont|cant|not|isnt) (?:wake|waking|respond\w*)|(?:not|isnt|stopped) breathing|(?:cant|struggling to) breathe)`;
/** A fever, and the signs beside it of meningitis: "very hot, stiff neck, screaming when the light is on". */
const fever = alt('very hot', 'really hot', 'burning up', 'roasting', S`(?:high )?(?:temperature|temp|fever)`);
const meningitisSign = alt(
  'stiff neck',
  S`neck (?:is )?stiff`,
  S`cant (?:bear|stand|look at) (?:the )?light`,
  S`(?:the )?light hurts`,
  S`(?:screaming|crying) when the light`,
  S`rash (?:that )?(?:wont|doesnt|does not|didnt) fade`,
  // The glass test, failed: not "a rash that fades under a glass", which is the reassuring answer.
  S`rash(?! (?:that |which )?(?:fades|blanches|disappears|goes away)\b)${gap(3)} (?:a |the )?(?:glass|tumbler)`,
  'purple rash',
);
/** A baby, whose signs are few and quiet. */
const baby = S`(?:baby|babys|newborn|infant|\d+ ?(?:week|wk|month|mth)s? old)`;
const babyNotFeeding = S`(?:wont|not|isnt|hasnt|refusing to|stopped) (?:feed|feeding|fed|taking (?:her|his|the) (?:bottle|feeds?)|woken|waking|wake)`;
// (Not cold hands, which a baby often has.)
const babySign = alt(
  'very hot',
  'burning up',
  'hot to (?:the )?touch',
  S`feels? (?:\S+ )?cold`,
  S`(?:very|really|icy|stone) cold`,
  'cold to (?:the )?touch',
  'floppy',
  'mottled',
  'blue',
  'grey',
  'dusky',
  'limp',
  'not crying',
);
/** Signs, each grave in its own way, that have a telling of their own. */
const graveTold = [
  // Meningitis signs together: a fever and another sign, or two signs.
  S`(?:${fever})${gap(8)} (?:${meningitisSign})|(?:${meningitisSign})${gap(8)} (?:${fever}|${meningitisSign})`,
  // A baby not feeding or waking, and a sign: "very hot, wont feed and her skin has gone mottled", "hasnt woken for her last two feeds and
  // feels quite cold".
  S`${baby}${gap(10)} ${babyNotFeeding}${gap(12)} ${babySign}|${baby}${gap(10)} ${babySign}${gap(8)} ${babyNotFeeding}`,
  // A baby stiffening or jerking, a fit: "newborn going stiff and jerking, happening now".
  S`${baby}${gap(4)} (?:going|gone|went|is) (?:all )?(?:stiff|rigid)|${baby}${gap(6)} (?:jerk(?:ing|in)|twitching) (?:all over|and|arms|legs)`,
  // Pulled from the water and not right: "toddler was in the pond, carers just pulled him out and hes not crying".
  S`(?:pond|pool|river|canal|bath|water|sea|lake)${gap(8)} (?:pulled|dragged|lifted|fished) (?:her|him|them|the \S+) out${gap(6)} ` +
    S`(?:not (?:crying|breathing|moving|responding)|blue|floppy|limp|grey|coughing|choking|unconscious|unresponsive)`,
  // A birth no one knew of: "just given birth in the bathroom at the home, nobody knew, babys cold and quiet".
  S`(?:given|gave) birth${gap(12)} (?:cold|blue|floppy|not breathing|bleeding|nobody knew|no one knew|in the (?:bathroom|toilet|bath|shower))(?!.*\b(?:both (?:well|fine|doing well)|midwife|in hospital)\b)`,
];
/** Swelling where it closes the airway: "her face is swelling up", "lips swollen". */
// Or told by its size: "her tongues gone massive", "lips gone huge".
const swollenPart = S`(?:faces?|lips?|tongues?|throats?|mouths?|eyes?)${gap(2)} (?:swelling|swollen|swelled|puffing|puffed|(?:gone|going|is|s|are|has gone) (?:massive|huge|fat|really big|enormous))(?: up)?`;
/** Signs an allergic reaction is closing the airway. */
const airwayClosing = alt(
  S`wheez\w*`,
  'cant breathe',
  'struggling to breathe',
  S`(?:throat|chest) (?:is |feels )?(?:tight|closing)`,
  'cant swallow',
);
const allergySign = alt(airwayClosing, swollenPart);
/** Where a fall does harm. */
const fallFrom = alt(
  // Or off something ridden or bounced on: "came off his bike, no helmet".
  S`(?:push ?)?bikes?`,
  'bicycle',
  'scooter',
  'motorbike',
  'horse',
  'trampoline',
  'skateboard',
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
/** A blow told without a fall: "knocked out a bit after a fight", "punched in the head". */
const blow = S`(?:knocked (?:out|unconscious|spark out)|punched|kicked|stamped on|head ?butted|(?:in|after) a fight|jumped)`;
/** Signs after a fall or a blow that the injury is serious. */
const injurySign = alt(
  // A head hurt inside: "blood coming out of his ear", "doesnt know what day it is", "keeps asking the same questions",
  // "one pupil is bigger than the other".
  S`(?:blood|bleeding|fluid) (?:coming )?(?:out of|from) (?:her|his|their) ears?`,
  S`(?:doesnt|does not|didnt) know (?:what day|where (?:she|he|they) (?:is|are)|who (?:i|we) (?:am|are))`,
  S`(?:keeps|keep|kept) asking the same|asking the same (?:questions?|thing) (?:over and over|again and again|repeatedly)`,
  S`pupils? (?:is |are )?(?:bigger|different|uneven|unequal)|one pupil`,
  'been sick',
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
/**
 * An allergic reaction told as now (and, read in body-signs' toldNow, not as history): not over and mild ("lips swelled a
 * bit, the antihistamine sorted it", "a reaction as a baby"), and not what happens if ("her lips swell up if she eats nuts").
 */
const allergyOver = S`\b(?:mild|slight|sorted it|(?:gone|went|going) down|calmed down|settled|as a (?:baby|toddler|child|kid))\b|\b(?:if|when(?:ever)?) (?:she|he|they) (?:eats?|has|have|touches?|gets?)\b`;
const allergyNow = S`(?<!(?:${allergyOver}).*)(?!.*(?:${allergyOver}))`;
/** An allergic reaction closing the airway: "wasp sting, throat feels tight", "ate a peanut, lips swelling, cant breathe". */
const allergyClosingAirway = [
  S`(?:allerg\w*|anaphyla\w*|nuts?|peanuts?|sesame|stung|stings?)${gap(10)} ${allergySign}`,
  // Swelling and the breath or the swallow going, either way round: "face swelling up and wheezing", "face swelling up cant swallow".
  S`${swollenPart}${gap(8)} ${airwayClosing}`,
  S`${airwayClosing}${gap(8)} ${swollenPart}`,
].join('|');

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const bodySignsSituations: Situation[] = [
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
  // "hes 12 really drowsy slurring and just been sick", "huge allergic reaction her face is swelling up and shes wheezing"
  {
    name: 'body-signs',
    when: b(graveSign),
    // Grave signs, those with a telling of their own, the body failing during or after a restraint, and an allergic reaction
    // closing the airway: not told as history.
    toldNow: b([graveUnlessPast, ...graveTold, afterRestraint, S`(?:${allergyClosingAirway})${allergyNow}`].join('|')),
    // Hair going grey is no danger sign.
    unless: /\bhair\b/,
  },
  // "came back off his face, throwing up and cant stand"
  // Not hair going grey; not the racing heart and shaking of a panic attack; not eyesight without glasses;
  // not a dislike ("thinks im weird and i cant stand the noise").
  {
    name: 'signs-together',
    when: b(S`${bodySignOrDistress}${gap(6)} ${bodySignOrDistress}`),
    unless: new RegExp(S`\b(?:hair|panic\w*|anxiety|anxious|glasses|contacts|lenses|opticians?|${cantStandIt})\b`),
  },
  // "fell off the garage roof and cant feel his legs", "hit his head in a restraint and now hes not making sense"
  {
    name: 'fall-or-blow',
    when: b(
      [
        // "went head first down the stairs, landed on his neck"
        S`(?:fell|fallen|falls|come|came|jumped|tumbled|tripped|flew|(?:went|gone) (?:head ?first|flying)) (?:head ?first )?(?:off|from|out of|down) (?:the |a |his |her |their )?(?:\S+ )?${fallFrom}${gap(12)} ${injurySign}`,
        S`(?:hit|banged|bashed|smashed|cracked|knocked) (?:her|his|their) head${gap(10)} ${injurySign}`,
        // The sign told first: "really drowsy since he banged his head yesterday".
        S`${injurySign}${gap(4)} (?:since|after) (?:she|he|they) (?:hit|banged|bashed|smashed|cracked|knocked|bumped) (?:her|his|their) head`,
        S`(?:hit|knocked (?:down|over)|run over) by (?:a|the) (?:car|van|bus|lorry|train|motorbike)${gap(14)} ${injurySign}`,
        // "knocked out a bit after a fight now doesnt know what day it is"
        S`${blow}${gap(10)} (?:doesnt|does not|didnt) know (?:what day|where (?:she|he|they) (?:is|are)|who (?:i|we) (?:am|are))`,
        // A fall or a drop told alone, as it happens: "fell down the stairs", "just dropped the baby", "lost his footing on the trampoline".
        S`^(?:\S+ ){0,3}(?:fell|fallen|has fallen|just fell|tumbled|lost (?:her|his|their) footing) (?:all the way )?(?:down|off|from|out of|on) (?:the |a |his |her |their )?${fallFrom}$`,
        S`^(?:\S+ ){0,3}dropped (?:the|a|our|my) (?:baby|newborn|infant|toddler)(?:$| (?:on|onto|down|and|from|head))`,
      ].join('|'),
    ),
    // History, or over: "a bit confused for a minute but is fine now", checked at a and e. Not the child's own
    // "im fine": a spine or a head can be hurt and feel well for a while.
    unless: new RegExp(
      S`${past.source}|\b(?:(?:is|seems|hes|shes|theyre) (?:fine|ok|okay|alright) now|for a (?:minute|moment|second|bit)|(?:doctor|gp|111|hospital|a and e|paramedics?) (?:said|says|checked))\b`,
    ),
  },
];
