/**
 * Armed threats for the weapon-threat situation (./violence-weapons.ts), which reads them only when not told as history.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { gap, S } from './fragments';
import { harmThreat, now } from './fragments-now';
import { armedWith, forALesson, person, target, toHurt, unlessHePays, weapon } from './violence-words';

/** Whom a child goes out to meet, armed: "some lads", "the lad who jumped him". */
const meetWhom = S`(?:some|the|a|that|those|his|her) (?:\S+ )?(?:lads?|boys?|guys?|opps?|gang|group|kids?|man|bloke)`;

/** A gun got at now: "found the key to his grandads gun cabinet", "has got hold of a shotgun". */
const gunAtHand = S`(?:found|got|has|have|taken|took|got hold of|getting|get into|access to|opened|broke into|broken into) (?:the |a |an |his |her |their )?(?:\S+ ){0,4}(?:guns?|shotguns?|rifles?|air rifle|pistol|gun (?:cabinet|safe|cupboard))\b`;
/**
 * Nowhere in the message a game, a toy or a skin: "talking about shooting people in a game". A look behind to the start, placed
 * after a matched word so it is read only there, not at every letter.
 */
const notAGame = S`(?<=^(?!.*\b(?:game|games|gaming|fortnite|call of duty|xbox|playstation|ps\d|airsoft|nerf|toy|water gun|paintball|laser tag|skin|skins)\b).*)`;

/**
 * A weapon and a word that it will be used on someone, soon (weapon-threat, which adds: not told as history):
 * armed and hunting a child, a threat to shoot with a when, a debt called in, going out armed to hurt someone,
 * armed at someone's door or raging.
 */
export const armedThreatsNow = [
  // Armed and hunting a child: "gang of lads at the front door with weapons looking for our yp", "in the kitchen with a meat cleaver looking for
  // his brother", "turned up at school with a crowbar demanding his kids".
  S`(?:with|carrying|holding|waving|got|have|has) (?:a |an |the |some |their |big )?(?:\S+ )?(?:${weapon}|weapons?|machetes|bats|hammers|guns)${gap(6)} ` +
    S`(?:looking for|asking for|searching for|hunting for|shouting for|coming for|demanding|after) (?:our \S+|my \S+|him|her|them|the (?:lad|boy|girl|kid|kids|child|yp|young person)|` +
    S`(?:his|her|their) (?:little |younger |baby |big |older )?(?:brother|sister|sibling|carer|foster carer|mum|dad|nan|kids|children|son|daughter|baby))\b`,
  // A threat to shoot or stab, with a when: "the dealer has said hes going to shoot him tonight if he doesnt pay".
  S`${harmThreat}${gap(2)} (?:shoot|stab|shank) (?:him|her|them|you|me|us|(?:our|my|the) \S+)` +
    S`(?! (?:a|an) (?:message|text|email|dm|line|photo|look|glance|quick))${gap(3)} (?:${now}|later|tomorrow|${unlessHePays})` +
    S`(?!.*\b(?:photo\w*|camera|film\w*|video|hoops|basketball|netball|football|penalt\w*|goals?)\b)`,
  // A debt called in with a life: "says theyll kill him if he doesnt pay".
  S`${harmThreat}${gap(2)} (?:kill|hurt|batter|cut|do) (?:him|her|them|you|me|us|(?:our|my|the) \S+)${gap(3)} ${unlessHePays}`,
  // Or told by the child, with a blade's word ("kill me if i dont pay" is often a figure of speech): "theyre gonna cut me if i dont
  // bring the money back by 10".
  S`${harmThreat}${gap(2)} (?:cut|stab|shank|slash|wet|batter) (?:me|us)${gap(3)} (?:if|unless) (?:i|we) (?:dont|do not|cant|wont)? ?(?:pay|give|hand|bring)`,
  // Going out armed to hurt someone: "going out to do a lad tonight, machete in his bag".
  S`(?:going|gone|heading|off|went)(?: out)? to ${toHurt} ${target}${gap(8)} ${armedWith}`,
  S`${armedWith}${gap(8)} (?:going|gone|heading|off|went)(?: out)? to ${toHurt} ${target}`,
  // Saying they will bring one where children are: "saying hell bring his dads gun to school tomorrow".
  S`${harmThreat}${gap(1)} (?:bring|take|carry|bringing|taking) (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith}${gap(2)} (?:in)?to (?:school|college|the (?:school|park|party|home|unit))`,
  // Taking one somewhere to use it: "taking a blade to school tomorrow to get someone" (not "took a knife to school last year").
  S`(?:taking|bringing|carrying|took|brought|packed|got|has) (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith}${gap(6)} to ${toHurt} ${target}`,
  // At someone's door, armed and raging: "hes outside the neighbours door with a hammer shouting".
  S`(?:outside|at) (?:the |our |his |her |their |my |a )?(?:\S+ )?(?:front |back )?(?:door|house|flat|window|gate)${gap(3)} with (?:a |an |the |his |her )?(?:\S+ )?${weapon}${gap(2)} ` +
    S`(?:shouting|screaming|yelling|raging|threatening|kicking off|swearing|going mad)(?! for)`,
  // Gone to someone's door armed: "hes outside the teachers house with a hammer" (not fixing the fence).
  S`(?:outside|at|round at|gone round to|gone to|went to|waiting outside|waiting at|banging on) (?:(?:the |his |her |their |my |our )?\S+s|his|her|their) ` +
    S`(?:house|flat|home|front door|door|school|work|workplace)${gap(3)} with (?:a |an |the |his |her )?(?:\S+ )?${armedWith}` +
    S`(?!.*\b(?:fix\w*|diy|build\w*|putting up|shelf|shelves|fence|nails?|tools?|garden\w*|chopping|cook\w*|logs?)\b)`,
  // Armed and raging: "kicking off with a hammer", "holding a hammer screaming at the other kids"
  S`(?:kicking off|going mad|gone mad|raging|lost it|losing it) with (?:a|an|the|his|her) (?:\S+ )?${weapon}(?! and ball)`,
  S`(?:holding|waving|swinging|got|has) (?:a|an|the|his|her) (?:\S+ )?${weapon}${gap(2)} (?:screaming|shouting|yelling|raging) at ` +
    S`(?:the |our |his |her )?(?:other |younger |little )?(?:kids|children|staff|carers?|her|him|them|us|me|everyone|people|residents)`,
  // Threatened with one, and still there: "neighbour has threatened the foster child with a bat and is still out in the street".
  S`(?:threatened|threatening) ${person}${gap(2)} with (?:a |an |the )?(?:\S+ )?${weapon}${gap(8)} (?:still (?:there|here|out|outside|about|around|in the \S+)|outside|in the street|waiting)`,
  // A threat to shoot, and the gun shown: "threatening to shoot the boy, been driving past all evening and flashed a gun out the window".
  S`${harmThreat}${gap(2)} (?:shoot|stab|kill)${gap(16)} (?:flashed|flashing|showed|showing|waving|pulled|pointing) (?:a |the |his |their )?(?:\S+ )?(?:gun|knife|machete|blade|weapon)`,
  // Talk of shooting people, and a gun now within reach: "talking about shooting people at school and hes found the key to his
  // grandads gun cabinet".
  // (Not a game: "talking about shooting people in a game and has got a new gun skin".)
  S`(?:talk\w* about|going on about|saying|says|said|wants? to|threaten\w* to)${notAGame} (?:\S+ ){0,3}(?:shoot|shooting|stab|stabbing|kill|killing) ` +
    S`(?:people|everyone|them all|kids|pupils|students|staff|teachers|(?:the |his |her )?(?:\S+ )?(?:class|school|college))${gap(14)} ${gunAtHand}`,
  S`${gunAtHand}${notAGame}${gap(14)} (?:talk\w* about|going on about|saying|says|said|wants? to|threaten\w* to) (?:\S+ ){0,3}(?:shoot|shooting|kill|killing) (?:people|everyone|them all|kids|pupils|students|staff|teachers)`,
  // Armed and waiting for the child: "his mates are in the car outside with a zombie knife".
  S`(?:mates|lads|men|boys|gang|they|theyre|olders)${gap(3)} (?:are |is )?(?:in the car|outside|waiting)${gap(3)} with (?:a |an |the |some )?(?:\S+ )?(?:${weapon}|weapons?|knives|machetes)`,
  // A list of names and a weapon: "has a list of names and said shes bringing her uncles knife in".
  S`(?:list of names|kill list|hit list)${gap(16)} ${armedWith}|${armedWith}${gap(16)} (?:list of names|kill list|hit list)`,
  // Bringing one in, or going to school with it: "going to school tomorrow with his uncles gun" (not for a lesson).
  // (Not an exclusion told after: "excluded for bringing a knife in".)
  S`(?:(?<!\b(?:for|after|about|over|caught) )(?:bringing|bring|brings|taking|carrying) (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith} in\b(?! (?:the|a|his|her|their)\b)|` +
    S`(?:going|coming|off)(?: \S+)? (?:in)?to (?:school|college)${gap(2)} with (?:a |an |the |his |her |their )?(?:\S+ )?${armedWith})(?<!${forALesson}.*)(?!.*${forALesson})`,
  // Gone to find someone, armed: "gone off to meet some lads, one of them took a machete", "gone out looking for the lad who hurt his
  // sister, took a baseball bat".
  S`(?:gone|going|went|heading|off)(?: out| off)? (?:to (?:meet|find|see|get)|looking for) ${meetWhom}${gap(14)} ${armedWith}`,
  S`${armedWith}${gap(14)} (?:gone|going|went|heading|off|leaving)(?: out| off)?(?: to \S+)? (?:to (?:meet|find|see|get)|looking for) ${meetWhom}`,
  // Shots heard outside, and the child out there: "heard the gun shot noise, 3 bangs right outside, our lad was out on his bike on that road".
  // (Not on the telly, nor fireworks, nor out earlier.)
  S`(?:gun ?shots?|shots? fired|shooting)${gap(10)} (?:right )?outside${gap(6)} (?:our|my|the) (?:\S+ )?(?:lad|boy|girl|son|daughter|kid|child|yp) (?:is|was|s) out\b(?!.*\bearlier\b)` +
    S`(?<=^(?!.*\b(?:telly|tv|film|movie|game|fireworks?|bonfire|backfir\w*)\b).*)`,
  // A gun out where the child is, the adult high or drunk: "refusing to leave his dads flat, dad is high and theres a gun on the table".
  S`(?:high|drunk|off (?:his|her|their) (?:face|head)|wasted|out of it|on something|smashed)${gap(8)} (?:theres|there is|with|got|has|have) (?:a |his |her |the )?(?:loaded )?` +
    S`(?:gun|firearm|pistol|shotgun|rifle) (?:on|out|in (?:his|her) hand|next to)${notAGame}`,
  S`(?:gun|firearm|pistol|shotgun|rifle) (?:on the (?:table|side|sofa|bed|floor)|out)${gap(8)} (?:high|drunk|off (?:his|her|their) (?:face|head)|wasted|out of it)${notAGame}`,
  // Poison for someone else: "going to put the rat poison from the shed in the carers tea tonight" (not medicine given in food).
  S`(?:going to|gonna|will|ll) (?:put|slip|pour|add|spike)${gap(4)} (?:poison|bleach|antifreeze|weedkiller|drugs)${gap(5)} (?:in|into) (?:the |her |his |their |my )?(?:\S+ )?(?:tea|drink|food|coffee|dinner|cup|meal|juice|water)`,
];
