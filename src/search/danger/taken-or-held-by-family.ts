/**
 * A child taken or kept by family: walked off with, not brought back, taken against an order or abroad.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { historyPhrases, recordOfHarm } from './fragments-history';
import { unreachable } from './fragments-reach';

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
/** The child taken, or children: "him", "the twins". */
const takenChild = S`(?:her|him|them|(?:the|our|my|his|her|their) (?:child|kids|children|baby|boys?|girls?|twins|son|daughter|little ones?))`;
/** History, but not the date of a threat carried out now: "she said last week shed never give him back". */
const pastNotThreat = new RegExp(
  S`(?<!\b(?:said|says|saying|told (?:me|us|staff|her|him|them)|threatened|made threats|threats) )\b${alt(...historyPhrases)}\b` +
    // Nor the taker's record: "took her, hes not allowed, history of violence".
    S`(?<!\bhistory of)|\bhistory of(?! ${recordOfHarm})\b`,
);
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
  // Kept from the child by a court: "his dad, whos not allowed to have him, theres a non molestation order".
  S`not allowed to have (?:her|him|them)`,
  'non molestation',
  'prohibited steps',
];

/** Told not to come back, not by a time: "shes not coming back" (not "not coming back till tea"). */
const notComingBack = S`(?:not|never) (?:coming|bringing (?:her|him|them)) back(?! (?:till|until|for|before|tonight|today|by)\b)`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenOrHeldByFamilySituations: Situation[] = [
  // "mum walked out of the contact centre with him, not supervised"
  {
    name: 'taken-by-family',
    when: b(
      [
        S`(?:walked|ran|run|gone|went|left|driven|drove|took off|run off|ran off)${gap(6)} with (?:her|him|them)${gap(10)} ${alt(...familyWorry)}`,
        // Seen getting into a car with the parent kept from them: "someone saw him getting into a silver car with his dad, whos not
        // allowed to have him, theres a non molestation order".
        S`(?:getting|got|get|gone|went|climbing|climbed) (?:into|in) (?:a|the|his|her|their) (?:\w+ )?car with (?:his|her|their) (?:dad|mum|father|mother|stepdad|stepmum|uncle|aunt)${gap(8)} ${alt(...familyWorry)}`,
        S`${alt(...familyWorry)}${gap(10)} (?:walked|ran|run|gone|went|left|driven|drove|took off) (?:off |out |away )?${gap(4)}with (?:her|him|them)`,
        // Gone off with the child at family time and not come back: "dads gone to the toilets with the 7 yr old and its been 25 mins.
        // ive checked the gents, empty".
        S`(?:dad|mum|father|mother|parent|grandad|nan|uncle|aunt|auntie)(?: has|s)? (?:gone|taken|went|took)${gap(6)} with (?:the |her |his )?(?:child|kid|\d+ ?(?:yr|year) old|baby|toddler|boy|girl|her|him|them)${gap(6)} ` +
          S`(?:been|over|more than) \d+ (?:mins?|minutes|hours?)${gap(12)} (?:empty|gone|not there|no sign|cant find|nowhere)`,
        // Kept, and with someone who harms children: "mum has just rung to say shes got leo and shes not bringing him back, shes with her
        // new partner whos a schedule 1 offender".
        S`(?:not|never|wont|isnt) (?:bringing|giving|sending|taking) (?:her|him|them) back${gap(14)} ${alt('schedule (?:1|one)', 'sex offender', 'risk to children', 'violent', 'drunk', 'off (?:her|his) face')}`,
      ].join('|'),
    ),
    // History; but a threat told before ("she said last week shed never give him back") is carried out now.
    unless: pastNotThreat,
  },
  // "birth mum has taken him from the school gates and is refusing to bring him back"
  {
    name: 'family-taking-child',
    when: b(
      [
        S`(?:refused|refusing) to (?:bring|give|hand|send|return) (?:her|him|them|the (?:kids|children|child|baby|boy|girl))? ?back(?! (?:her|his|their|my|the|its) )`,
        S`never (?:give|bring|hand) (?:her|him|them) back`,
        // A threat to the children, and with them today: "mum has just put on facebook 'if i cant have them no one can' and shes got them
        // for contact this afternoon".
        S`if (?:i|he|she) (?:cant|cannot) have (?:them|him|her|the kids|my kids)${gap(2)} no ?(?:one|body) (?:can|will)${gap(12)} ` +
          S`(?:(?:got|has|have|with) (?:them|him|her)|contact)${gap(3)} (?:today|this (?:afternoon|morning|evening)|tonight|now)`,
        // Taken from nursery or school under a false name: "dad has taken 4yo out of nursery using fake name".
        S`(?:taken|took|collected|picked up) (?:\S+ ){0,3}(?:out of|from) (?:the )?(?:nursery|school|creche|club)${gap(3)} (?:using|under|giving|with) (?:a )?(?:fake|false|different) name`,
        // "if they take my son tomorrow im taking him and were going, no one will find us"
        S`(?:taking|take|took|grab|snatch)\w* (?:her|him|them|my son|my daughter|the baby|the kids|my baby)${gap(8)} (?:no ?one|nobody) (?:will|ll|is going to|gonna|is gonna) (?:ever )?find (?:us|them|him|her)`,
        // "birth dad has taken her from the school gate and wont bring her back"
        S`(?:taken|took|got|has|grabbed|snatched) (?:her|him|them)${gap(8)} (?:wont|will not|not going to) (?:bring|give|hand|send) (?:her|him|them) back`,
        // "snatched him from the placement and says shes taking him abroad tonight"
        S`(?:snatched|grabbed|ran off with|run off with) (?:her|him|them)${gap(10)} (?:taking|take|fly|flying) (?:her|him|them) (?:abroad|out of the country)(?! (?:for|on) (?:a |the )?holiday)`,
        // Waiting to take the child, with no right to: "child disclosed dad is outside school waiting to take her, dad has no contact and a
        // history of dv".
        S`(?:outside|at) (?:the )?(?:school|gates?|nursery|door|contact centre)${gap(2)} waiting to (?:take|collect|pick up|get|grab) (?:her|him|them)${gap(8)} ` +
          S`(?:no contact|not allowed|isnt allowed|court order|no pr|history of (?:dv|domestic|violence|abuse))`,
        // A parent's own message to the child, passed on: "message from her mum: im coming to get you today and were leaving the country".
        S`(?:im|i am|ill be|were|we are) (?:coming to (?:get|take|collect|pick up)|coming for|taking) you${gap(6)} (?:were |we are |ill |i will )?` +
          S`(?:leaving|leave|going|flying|taking you) (?:the country|abroad|out of the country|overseas)` +
          S`(?<=^(?=.*\b(?:today|tonight|now|later|after school|this (?:afternoon|evening|morning))\b).*)`,
        // On the way to take the child, and already there: "her dad is on his way to take her and hes already outside the school gates"
        // (not to take her swimming, or home as arranged).
        S`(?:on (?:his|her|their) way|coming|going) to (?:take|snatch|grab) (?:her|him|them|the (?:kids|children|baby))(?! (?:to|for|out|home|swimming|shopping|back|on)\b)${gap(8)} ` +
          S`(?:outside|at the (?:school |front |back )?(?:gates?|door))`,
        // "his uncle has him at manchester airport about to fly out, court order says he cant"
        S`(?:has|got|taken|took) (?:her|him|them)${gap(3)} (?:at|to) (?:the |\S+ )?(?:airport|ferry|port)${gap(6)} (?:about to|trying to|boarding|fly out|flying out|flight)`,
        // Picked up and not taken back, told by the child: "my real dad just picked me up from school and wont take me back to my carers".
        S`(?:picked|taken|took|got|grabbed|snatched|collected) (?:me|her|him|them)(?: up)?${gap(8)} (?:wont|will not|not going to|isnt going to|refuses to) (?:bring|give|hand|send|take) (?:me|her|him|them) back`,
        // Driven off after contact, not coming back: "dad has just put k in his car after contact and driven off, he said shes not coming back".
        S`(?:driven|drove|sped|gone) off${gap(8)} ${notComingBack}`,
        // Out of the nursery through the back: "mother seen on cctv taking yp out of the nursery through the back gate".
        S`(?:taking|taken|took) (?:\S+ ){1,4}(?:out of|from) (?:the )?(?:nursery|school|creche) through (?:the )?(?:back|side|rear) (?:gate|door|entrance)`,
        // Taken to the airport, told not to come back: "hes been taken by his dad to the airport, flights at 6, dad is saying theyre not coming back".
        S`(?:taken|took) (?:her|him|them|by (?:her|his|their) \S+)${gap(3)} (?:to|at) (?:the )?(?:airport|ferry|port)${gap(10)} ` +
          notComingBack,
        // "mum has taken him and is heading for the airport"
        S`(?:taken|took|got) (?:her|him|them|the kids|the children)${gap(4)} heading (?:for|to) the (?:airport|ferry|port)`,
        // Taken abroad to be married: "her family are taking her to the airport in an hour to go abroad and be married".
        // (Not to see a cousin get married.)
        S`(?:taking|take|taken|sending|send|flying|fly) (?:her|him|them) (?:to the airport|abroad|out of the country|away|to \S+)${gap(8)} ` +
          S`(?:to )?(?:(?<!\b(?:see|watch|cousin|sister|brother|aunt|auntie|uncle|friend)s? )(?:be|get) married|marry (?:him|her|a|an|some|his|her)|(?:a )?forced marriage)`,
        S`(?:forced (?:to )?marr\w*|(?:be|get|getting) married)${gap(10)} (?:airport|abroad|flight|plane|out of the country)${gap(10)} (?:tonight|today|now|in an hour|tomorrow|hiding|scared|terrified|help)`,
        // The flight first, the wedding after: "shes being put on a plane to pakistan this afternoon by the family, a wedding was mentioned".
        S`(?:put|sent|taken) on a (?:plane|flight) to \w+ (?:this (?:afternoon|morning|evening)|today|tonight|now|in an hour)${gap(10)} (?:wedding|married|marriage|marry)`,
        S`(?:collected|took|taken|picked up) (?:her|him|them|the (?:child|kids|children|baby|boy|girl))${gap(6)} without (?:permission|consent)${gap(6)} ${unreachable}`,
        // Taken from where they were meant to be, and out of reach: "birth mum has taken the kids from contact and wont say where she is".
        S`(?:taken|took|snatched|grabbed|collected|picked up) (?:her|him|them|(?:the|our|my|his|her|their) (?:child|kids|children|baby|boys?|girls?|twins|son|daughter|little ones?)) ` +
          S`(?:from|out of) (?:the )?(?:school|contact|nursery|college|placement|home|unit|park|hospital)(?: (?:gates?|centre))?${gap(6)} ${unreachable}` +
          S`(?! (?:she|he|they|we) (?:went|were|had|did)\b)`,
        S`(?:drove|driven|ran|run|gone|walked|went|took) off with (?:her|him|them|the (?:kids|children|baby|boys|girls))${gap(10)} ${courtOrder}`,
        // At the ward against an order, taking her: "father has just arrived on the ward despite a court order, hes pushing staff and trying to carry her out".
        S`${courtOrder}${gap(6)} (?:pushing|shoving|hitting|grabbing|threatening)(?! for)${gap(6)} (?:trying to )?(?:carry|take|drag|snatch|grab) (?:her|him|them)(?! (?:on|to|for|swimming|shopping|home)\b)`,
        // Told in another English, heading for a port: "the grandmother take him from the house at night, she is not allowed, she drive to ferry port now".
        S`(?:take|takes|took|taken) (?:her|him|them)${gap(8)} ${courtOrder}${gap(8)} (?:airport|ferry|port)`,
        S`${courtOrder}${gap(10)} (?:drove|driven|ran|run|gone|walked|went|took|taken|turned up)${gap(3)} (?:off )?with`,
        // Turned up and took the child, against an order: "dad turned up at school and took him, dad has no contact".
        S`(?:turned up|showed up|shown up|arrived|came)${gap(6)} (?:and )?(?:took|taken|grabbed|snatched|collected|picked up) ${takenChild}${gap(12)} ${courtOrder}`,
        // Told of the child: "our 11 yo was taken from school by his dad whos not allowed contact".
        S`(?:was|been|got|has been|just been) (?:taken|snatched|grabbed|collected|picked up) (?:from|out of) (?:the )?(?:school|contact|nursery|college|placement|park)(?: (?:gates?|centre))?${gap(4)} ` +
          S`by (?:her|his|their|the) (?:\S+ )?(?:dad|mum|father|mother|uncle|aunt|auntie|nan|grandad|brother|sister|stepdad|stepmum|parents?|family)${gap(8)} ${courtOrder}`,
        S`${courtOrder}${gap(12)} (?:turned up|showed up|shown up|arrived|came)${gap(6)} (?:and )?(?:took|taken|grabbed|snatched|collected|picked up) (?:her|him|them)`,
        // Forcing past to take her: "her mum is here with 2 men, they pushing past me to take the girl, she is on care order".
        S`(?:pushing|pushed|forcing|forced|barging|barged) (?:past|through|their way)${gap(3)} (?:to )?(?:take|grab|get|snatch) (?:the |her |him |them)`,
        // Breaking in to take her back: "they break the window, the brothers of the girl, they want take her back ... they have sticks".
        S`(?:break|broke|broken|smash|smashed|kicking in|kicked in) (?:the |our |my |a )?(?:window|door)${gap(14)} (?:want|wants|trying|try|going|come|came) (?:to )?take (?:her|him|them)(?! (?:to|for|out|swimming|shopping)\b)`,
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
];
