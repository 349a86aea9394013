/**
 * Self-harm as it happens. Wounds that need help now are in ./self-harm-wounds.ts.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { now } from './fragments-now';
import { barricaded } from './fragments-reach';

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

/**
 * Blood, or glass to cut with, told as now (blood-now reads them only when nothing is told as history): a wrapped wound
 * bled through, or the pieces of something smashed, threatened or held to the body.
 */
const bloodToldNow = [
  // Wrapped up and bled through: "come downstairs with her arm wrapped in a tea towel and its soaked through".
  // (Not a towel soaked in cold water for a sprain.)
  S`(?:arm|wrist|leg|hand|thigh)s? (?:is |s |are )?(?:wrapped|bound) (?:up )?in (?:a |the |her |his )?(?:\S+ )?(?:towel|cloth|t ?shirt|top|jumper|sock|bandage|tissues?)${gap(4)} (?:soaked|soaking|drenched|dripping)\b(?! in\b)` +
    S`(?!.*\b(?:cold water|ice|sprain\w*|swim\w*)\b)`,
  // Or a threat to use the pieces: "locked in room smashed mirror says shes going to use the glass".
  // Or "cut" said bare: "smashing the mirror, keeps shouting shes going to cut" (not the cake: "going to cut the cake now").
  S`(?:smashed|broke|broken|smashing) (?:(?:a|the|her|his|their) )?(?:\S+ )?(?:mirror|window|glass|bottle|plate|mug|cup)${gap(8)} ` +
    S`(?:going to|gonna|about to|threatening to|will|ll) (?:use|cut (?:her|him|them)sel(?:f|ves)(?: with)?|cut(?! (?:the|a|an|it|them|up|out|down|off|back|her|his|their|my|some|in line)\b)(?: with)?)` +
    S`(?: (?:the |a |it|them|those |some )?(?:glass|bits|pieces|shards?|it|them))?\b`,
  // Or a piece of it held to the body: "smashed the mirror and is holding a bit to his wrist".
  S`(?:smashed|broke|broken|smashing) (?:a|the|her|his|their) (?:\S+ )?(?:mirror|window|glass|bottle|plate|mug|cup)${gap(6)} ` +
    S`(?:holding|pressing|putting|held|pushing|digging) (?:a |the |one )?(?:sharp )?(?:bit|piece|shard|bits|pieces|shards)(?: of (?:it|glass|mirror))? (?:to|against|on|into|at|near) ${ownBody}`,
];

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const selfHarmSituations: Situation[] = [
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
        // "bloods dripping all over the kitchen floor"
        S`bloods? (?:is |s )?(?:dripping|pouring|gushing|pooling|running|spurting) (?:all over|everywhere|on(?:to)? the floor|down (?:her|his|their))`,
        // Cutting, and shut in: "is cutting, shes wedged the door".
        S`(?:is|s|shes|hes|theyre) cutting(?! (?:the|a|an|his|her|their|some|up|out|down|back|in line|it)\b)${gap(6)} ${barricaded}`,
        // The glass turned on themselves: "smashed a mirror and is cutting herself with the bits"
        S`(?:smashed|broke|broken|smashing) (?:a|the|her|his) (?:mirror|window|glass|bottle)${gap(6)} (?:cutting (?:her|him|them)sel(?:f|ves)|using (?:the|a) (?:glass|bits|pieces|shards?) on)`,
      ].join('|'),
    ),
    // Told as history, or on a screen: "broke his arm 2 weeks ago and there was a lot of blood", "horror films with lots of blood".
    unless: new RegExp(
      S`${past.source}|\b${alt('films?', 'movies?', 'horror', 'video games?', 'tv', 'telly', 'documentar\\w*', 'nose ?bleeds?')}\b`,
    ),
    toldNow: b(bloodToldNow.join('|')),
  },
  // "burning herself with a lighter and laughing when i ask her to stop"
  {
    name: 'self-harm-wont-stop',
    when: b(
      [
        // Harm going on that staff cannot stop, and help asked for now: "severe self-injury ongoing (head banging, biting), staff
        // unable to keep safe, needs help now".
        S`(?:self ?injur\w*|self ?harm\w*|head ?banging|head ?butting)${gap(14)} (?:unable to|cant|can t|cannot|not able to) keep ` +
          S`(?:(?:her|him|them|yp|the \S+) )?safe${gap(6)} (?:help now|right now|need help|needs help|now)`,
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
        // Or the part named: "burnt her arm with a lighter several times in the last 10 mins and is still going, staff cant get it off
        // her".
        S`(?:${harmingOwn} ${ownBody}|(?:burnt|burned|scalded|cut|slashed|scratched|carved) ${ownBody})${gap(12)} ` +
          S`(?:still (?:doing it|at it|going at it|going(?! on\b))|(?:hasnt|havent|isnt|is not|not) (?:finished|stopped)|wont stop|cant get (?:it|the \S+) off (?:her|him|them))(?! (?!bleeding)(?:\S+ing|her|his|their|the|a|school|work)\b)` +
          S`(?!.*\b(?:oven|hob|kettle|iron|cooker|stove|fence|accident\w*|in (?:her|his|their) sleep)\b)`,
        // Going on for hours: "keeps cutting, every time we take something she finds something else, its been going on 2 hours".
        S`(?:cutting|self ?harming|scratching|burning|carving)${gap(14)} (?:been going on|going on for|going on|for the (?:last|past)) (?:for )?(?:\d+|two|three|four|an|a couple of|over an?) (?:hours?|hrs?)(?! (?:a|per|each|every) (?:day|week|night))`,
        // Meant, as it happens: "shes scalding her hand under the hot tap deliberately and screaming".
        S`${harmingOwn} ${ownBody}${gap(8)} (?:deliberately|on purpose)|(?:deliberately|on purpose) ${harmingOwn} ${ownBody}`,
        // A sharp thing put to the body: "taking stuff out of the first aid box and using scissors on her arm" (not shaving).
        // "jabbing a compass into his leg over and over"
        S`(?:using|holding|pressing|digging|dragging|running|jabbing|stabbing|poking|sticking) (?!(?:\S+ ){0,3}razors? (?:on|to|along|across) (?:her|his|their|my) (?:own )?(?:legs?|face))(?:a |the |some |her |his |their |my )?(?:\S+ ){0,2}(?:bits? of |pieces? of )?` +
          S`(?:scissors|blades?|razors?|knife|compass|glass|sharpener|lighter|pin|needle|shards?|lid|nail file)s? (?:on|to|into|against|across|along) ${ownBody}` +
          S`(?!.*\b(?:splinters?|manicure|nails|tattoo\w*|pierc\w*)\b)`,
        // On the body, and still at it: "burning her arm with a lighter, shes still got it and wont hand it over"
        S`(?:burning|cutting|slashing|scratching|carving) (?:her|his|their|my) (?:arms?|legs?|wrists?|skin|thighs?|stomach|face|hands?)${gap(10)} ` +
          S`(?:wont (?:hand|give) (?:it|them) (?:over|back)|wont let go|wont stop|still (?:got|holding) it)`,
        // "scratching her arms till they bleed and screaming"
        // "scratching her neck with her nails till its bleeding and saying she wants to die, wont let us hold her hands"
        S`(?:scratching|clawing|picking) (?:at )?(?:her|his|their|my) (?:arms?|legs?|wrists?|skin|face|neck|throat)${gap(4)} (?:till|until) (?:(?:they|it|she|he) bleeds?|(?:its|it is|theyre|they are) bleeding)${gap(4)} ` +
          S`(?:screaming|wont stop|on my own|now|wont let|saying|(?:wants? to|wanna) die)`,
        S`(?:burning|cutting|slashing|scratching|carving|stabbing) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:wont|will not|refus\w* to) let (?:me|us|anyone|anybody|staff) (?:near|get near|get close|come near|take)`,
        // "banging his head off the wall so hard theres a dent in the plaster and he wont stop"
        S`(?:banging|bashing|smashing|hitting|headbutting) (?:(?:her|his|their|my|the) )?head${gap(14)} (?:bleeding|blood|wont stop|cant stop)`,
        // Hitting themselves with something, and bleeding: "hitting himself in the face with a mug, nose already bleeding".
        S`(?:hitting|punching|bashing|smashing|banging|whacking) (?:her|him|them|my)sel(?:f|ves) (?:in the (?:face|head) )?with${gap(8)} (?:bleeding|blood|wont stop|cant stop)`,
        // Held to the heat on purpose: "holding her hands under the boiling hot tap on purpose and screaming",
        // "holding his hand on the ring on purpose and its on" (not under the cold tap to cool a burn).
        S`(?:holding|held|putting|put|pressing|pressed|sticking|keeps (?:putting|holding)) ${ownBody}(?: \S+)? (?:under|in|on|onto|against|over|into) (?:the |a )?` +
          S`(?:(?:boiling|scalding|very|really) (?:hot )?(?:hot )?(?:tap|water)|hot tap|kettle|hob|ring|iron|oven|cooker|radiator|flames?|candle|lighter|grill|toaster)` +
          S`${gap(8)} (?:deliberately|on purpose|wont (?:stop|move|let)|cant (?:move|get|stop|pull)|screaming|laughing|and its on)`,
        // Pushing their own head under the water: "in the bath and keeps putting her head under and staying there, kicking us away".
        S`(?:putting|holding|pushing|keeps putting|keeps holding|keeps pushing) (?:her|his|their|my) (?:own )?head under${gap(6)} (?:staying|stays|stay|wont come up|not coming up|kicking|fighting|holding)`,
        // A picture of wounds sent over and over, or with a farewell: "sending me photos of her wrists every few minutes
        // and says the next one will be the last", "pic of her wrists all cut and the word sorry".
        S`(?:photos?|pics?|pictures?|snaps?|videos?|selfies?) of (?:her|his|their|my) (?:\S+ )?(?:wrists?|cuts|wounds?|blood|(?:arms?|legs?|thighs?) (?:all )?(?:cut|bleeding|slashed))${gap(10)} ` +
          S`(?:(?:the |be the )?last|bye|goodbye|sorry|every few (?:mins|minutes|seconds)|wont stop|still (?:going|cutting))`,
        S`head ?bang\w*${gap(8)} (?:bleeding|blood|vomit\w*|being sick)`,
      ].join('|'),
    ),
    // History, or a pattern over time ("burning herself for months and wont let me near her arms"): the self-harm answer.
    // A razor for shaving, or the hair.
    unless: new RegExp(S`${past.source}|\bfor (?:a while|months|weeks|years|ages|a long time)\b|\b(?:shav\w*|wax\w*|hair)\b`),
  },
];
