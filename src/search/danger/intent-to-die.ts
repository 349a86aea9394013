/**
 * Wanting to die, with a time, the means, a place, final acts or a farewell.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { cord, medicine } from './fragments-means';
import { harmThreat, intent, now } from './fragments-now';
import { barricaded, dropOrWater, goneQuiet, unreachable } from './fragments-reach';

/** A child, or whoever is with them. */
const who = alt(
  'she',
  'he',
  'they',
  'shes',
  'hes',
  'theyve',
  'yp',
  'cyp',
  'child',
  'kid',
  'lad',
  'girl',
  'boy',
  'i',
  'we',
  'her',
  'him',
  'them',
  'me',
  'my',
  'im',
  'ill',
  'ive',
  'imma',
  // "says shell do it once everyones asleep"
  'shell',
  'hell',
  'theyll',
);
/** The moment no one is watching: "when i leave the room", "as soon as staff go". */
const unwatched = S`(?:as soon as|when|once|the (?:moment|minute|second)) (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|out|asleep)`;
/** Soon enough to act on now, for a threat to die: "not gonna be here tomorrow", "doing it friday". */
const soon = alt(
  now,
  'tomorrow',
  'later',
  'this weekend',
  'on (?:my|her|his) birthday',
  S`(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  // The moment no one is watching: "will do it as soon as i leave".
  S`as soon as (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|asleep|out)`,
);
/** Said as "it": only with a time that is now ("doing it when everyones asleep"). */
const vagueIntent = alt('doing it', 'do it', 'use it', 'using it', 'take them', 'taking them');
/** Places people go to end their life. */
const dangerPlace = alt(
  'river',
  'canal',
  'sea',
  'beach',
  'pier',
  'docks',
  'bridge',
  'tracks',
  'railway',
  'station',
  'cliffs?',
  'motorway',
  'lake',
  'reservoir',
  'quarry',
);
/** A rope for play or sport, not for harm. */
const ropeForPlay = S`(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|skipping|pe|gym|sailing|boat|towing|tow)\b)`;
/** Out there, and not coming back in: "wont come in", "refusing to come down". */
const holdingOut = S`(?:(?:(?:wont|will not|refusing to|refuses to) come|not coming) (?:in|inside|back in|back|down)|wont let (?:me|us|anyone|staff) near)(?! for (?:tea|dinner|lunch|bed|bedtime|a bath))`;
/** Something sharp, or a flame, to hurt themselves with: "a sharpener blade", "the hedge shears". */
const sharpMeans = alt('knife', 'knives', 'blades?', 'razors?', 'scissors', 'shears', 'glass', 'sharpener', 'compass', 'lighter');
/** The means, at hand. */
const meansAtHand = alt('ropes?', 'noose', 'ligature', 'tablets', 'pills', 'paracetamol', 'knife', 'blade', 'belt', 'cord');
/** Those a last message asks to be told: "tell my little brother". */
const lovedOnes = S`(?:everyone|them|(?:my )?(?:mum|dad|nan|(?:little |big |baby |younger |older )?(?:sister|brother)))`;
/** A farewell, in the words of a last message. */
const farewell = alt(
  'goodbye',
  'bye everyone',
  'bye all',
  'thanks for everything',
  'thank you for everything',
  'sorry for everything',
  'love you all',
  // "by the time u read this ill be gone"
  S`by the time (?:you|u|ya) (?:read|see|get) (?:this|that|it)`,
  // "its the last time hell talk to me"
  S`(?:the )?last time (?:hell|shell|ill|theyll|youll|i|he|she|you) (?:ever )?(?:talk|speak|hear from|see)`,
  S`(?:ur|youre|your|you are|you were) the only one (?:who )?(?:ever )?(?:tried|cared|listened)`,
  // "texted its done now, tell mum sorry", "tell my little brother im sorry"
  S`tell ${lovedOnes} (?:(?:im|i am) )?(?:sorry|i love)`,
  // "love you sorry", "youll all be better off", "its not your fault", "thanks for trying", "youll know why"
  // (each written from its own words, which are rare, for speed: see ../danger.ts).
  S`(?:love|luv) (?:you|u|ya)${gap(1)} (?:sorry|bye)(?! (?:im|i am|for being) late| for (?:shouting|the mess|earlier))`,
  S`(?:all|will|youll|yall) be better off`,
  S`(?:not|isnt) (?:your|ur) fault`,
  'thanks for trying',
  S`(?:know|understand) why(?<=\b(?:youll|you will|you ll|u will|ull) \S+ why)`,
  // "this is my last day", "the last time shes going to talk to anyone" (not my last day at school)
  S`my last (?:day|night|message|post)(?! (?:at|of|in|on|before|together|with)\b)`,
  S`last time (?:shes|hes|im|theyre|she is|he is|i am) (?:going to|gonna) (?:talk|speak) to`,
  // Said by the child, not a plan told: "told her mum she wont be here tomorrow", and then ended the call (not "she wont be here
  // tomorrow, shes at her dads").
  S`be (?:here|around|alive) (?:tomorrow|tonight|by (?:the )?morning|much longer|for long|anymore|any more)` +
    S`(?<=\b(?:told|tells|said|says|saying|texted|messaged|screamed|shouted)(?: \S+){0,3} (?:she|he|they|i) (?:wont|will not|not going to|not gonna|aint gonna) be(?: \S+){2,3})`,
);

/** A ligature, made of whatever is at hand: "a pair of tights", "the dog lead". */
const madeLigature = alt('ropes?', 'noose', 'ligature', 'belt', 'cord', 'scarf', 'tights', 'cable', 'charger', 'dog lead', 'lead');
/** More ways the means are ready (means-ready): shown, named with a time, or told with a farewell. */
const meansReadyToo = [
  // Made ready, to be used now: "shes got a pair of tights ready in her room and shes using them tonight".
  S`ready(?<=\b(?:${meansAtHand}|${madeLigature})(?: \S+){0,3} ready)${gap(10)} (?:using|use|do|doing) (?:it|them)${gap(2)} ${now}`,
  // Up in the loft with a cord and no answer: "keeps going up into the loft with the dog lead, shes up there now and not answering".
  S`(?:loft|attic|garage|shed|woods|wardrobe)${gap(4)} with (?:a |the |her |his )?(?:\S+ )?${madeLigature}${gap(10)} (?:${unreachable}|${holdingOut})`,
  // Choosing where: "in the woods with a rope and picking a tree".
  S`(?:rope|noose|ligature|cord)${gap(8)} (?:picking|picked|choosing|chose|chosen|found|finding|looking for) (?:a|the|which) (?:tree|branch|beam|bridge|spot)`,
  // Shown to the teller: "shown me a handful of tablets on camera, says watch", "held up a knife to the camera".
  // (Not a cooking video.)
  S`(?:shown|showed|showing|held up|holding up|waving)${gap(2)} (?:a |the |her |his |some |a handful of |loads of |all (?:her|his|their) )?(?:${medicine}|knife|blade|razor|rope|noose)${gap(6)} ` +
    S`(?:(?:says|saying|said) watch|(?:to|on|at) (?:the )?(?:camera|screen))(?!.*\b(?:cook\w*|recipes?|baking|chef|food tech|craft\w*)\b)`,
  // A picture of the means with a farewell: "a pic of pills on her story captioned bye".
  S`(?:pic|pics|picture|photo|video|snap|selfie|story)s? of (?:the |some |her |his |a handful of |loads of )?(?:${medicine}|rope|noose|blade|knife|razor)${gap(6)} (?:captioned |saying |with )?(?:bye|goodbye|${farewell})`,
  // The means in hand, and knowing how, a farewell, or said to be ending it: "ive got a scarf and i know how" (not how to tie a
  // knot), "shes got a rope and this is the last time shes going to talk to anyone", "in the shed with the stanley knife, said
  // go away im finishing it".
  // (Read from the means, which are rarer than "got" or "with", for speed.)
  S`(?:${meansAtHand}|${madeLigature}|razor)(?<=\b(?:got|has|have|holding|with) (?:a |the |my |her |his |some )?(?:\S+ )?\S+)${gap(10)} ` +
    S`(?:(?:and )?(?:i|she|he|they) knows? (?:exactly )?how\b(?! to (?!(?:do it|end it|use it|kill|hang|die)\b))|${farewell}|` +
    S`(?:im|shes|hes|theyre) (?:finishing|ending) it(?! (?:off|first|later|tomorrow)\b))`,
];

/** Afraid of dying, not wanting to: "i think im going to die", "feels like hes going to die". */
const fearOfDying = S`(?:think|thinks|thought|feel|feels|felt|feeling|scared|convinced)(?: like)? (?:im|shes|hes|theyre|i am|she is|he is|they are|i was|she was|he was) (?:going to|gonna|about to) die`;
/** A panic: "heart starts racing", "panicky", "chest goes tight". */
const panicSign = S`(?:heart (?:\S+ )?(?:racing|races|race|pounding|pounds|thumping|going mad|beating fast)|panic\w*|chest (?:\S+ )?tight)`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const intentToDieSituations: Situation[] = [
  // "im doing it when everyones asleep", "hes using it tonight"
  {
    name: 'intent-soon',
    when: b(
      [
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${intent}${gap(6)} ${soon}`,
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${vagueIntent}${gap(6)} ${now}`,
        S`(?:killing ${who}self|doing it|using it)${gap(4)} ${now}`,
        // The means at hand and a time in the school day: "ive got the tablets with me and im doing it at lunch".
        S`(?:tablets|pills|rope|knife|blade|noose)${gap(10)} ${vagueIntent} (?:at (?:lunch|lunchtime|break|breaktime|home time|bedtime)|after school)`,
        // Said as "it", and up high: "going to do it this time, hes at the open window".
        S`(?:going to|gonna|about to|will|ll) (?:do it|jump(?! at the chance))${gap(6)} (?:at|on|by|near|out of|leaning out of|hanging out of|sat in|sitting in|standing in) (?:the |an |a |her |his |their )?` +
          S`(?:open window|window ledge|window ?sill|ledge|roof|balcony|edge|railings)`,
        // "i think hes going to do it this time", "messaged ive done it this time and now isnt answering"
        S`(?:hes|shes|theyre|im|he is|she is|they are|i am) (?:going to|gonna|about to) (?:do it|go through with it) this time(?! (?:round|properly|right|next)\b)(?!.*\b(?:test|exams?|driving|revised|interview|audition)\b)`,
        S`(?:ive|shes|hes|theyve|i have|she has|he has) (?:done it|gone and done it) this time${gap(6)} ${unreachable}`,
        // "has a plan and the means", "has a plan and the stuff to do it"
        S`plan (?:and )?means (?:and )?(?:date|time|timing)|(?:has|got) (?:a |the )?plan and (?:the )?(?:means|(?:stuff|things|kit) to do it)`,
        S`(?:got|have|bought|taking|took|packed) (?:the |a |some |my |her |his )?(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war)\b)${gap(8)} ${soon}`,
        S`tell ${lovedOnes} (?:im sorry|i love)`,
        S`(?:saving|saved|hoarding|stockpiling) (?:up )?(?:my|her|his|their)? ?(?:tablets|pills|meds)${gap(6)} (?:doing it|do it|take them|${soon})`,
        S`(?:goodbye|letters? to (?:each|all|every(?:one|body)?))${gap(14)} (?:pills|tablets|rope|knife|blade|paracetamol|bleach)`,
        S`(?:pills|tablets|rope|knife|blade|paracetamol)${gap(14)} (?:goodbye|letters? to (?:each|all|every(?:one|body)?))`,
        // The means in hand, to be used once alone: "holding his mums old pills, says hes going to take them when i leave the room".
        // Or if anyone comes near: "in the shower with the belt from her jeans and says if we come in shell do it".
        S`${meansAtHand}${gap(12)} (?:${vagueIntent} ${unwatched}|(?:if|when|once) (?:we|i|you|u|staff|anyone|anybody|someone|mum|dad) ` +
          S`(?:come|comes|try|tries|go|goes|open|opens|get|gets|step|steps)${gap(2)} (?:shell|hell|theyll|ill|she will|he will|they will|i will|(?:shes|hes|theyre|im) (?:going to|gonna)) ${vagueIntent})`,
      ].join('|'),
    ),
    // "wants to die her hair blue" is dye, misspelt.
    // "i dont know why i do it" is a child explaining an outburst; "said months ago she wanted to die" is history.
    // Denied by the teller: "not saying she wants to die", "hasnt got a plan".
    unless: new RegExp(
      [
        S`\bdie (?:her|his|their|my) hair\b`,
        S`\bwhy (?:i|she|he|they|we) (?:do|does|did) it\b`,
        S`\bsafe (?:right )?now\b`,
        S`\b(?:isnt|not) (?:going to|gonna) do anything\b`,
        // Said to have stopped for now: "shows me old scars, says shes not doing it at the moment".
        S`\b(?:not|isnt|arent|stopped) doing (?:it|that|anything)(?: (?:at the moment|atm|now|right now|currently|anymore|any more))?\b`,
        // "i dont remember doing it, everything just went white": an outburst told after.
        S`\b(?:dont|doesnt|didnt|cant|cannot) (?:remember|recall) (?:doing|saying) it\b`,
        S`\bnot (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes|theyre)? ?(?:wants?|wanted|is going|s going|will)\b`,
        S`\b(?:hasnt|havent|not|no|without) (?:got |made |any )?(?:a )?plans?\b`,
        // A panic relayed: a fear of dying in a racing heart, not a wish to ("when i lie down my heart starts racing and i think im
        // going to die, happening most nights"); not when she speaks of killing herself too.
        S`^(?=.*\b${fearOfDying}\b)(?=.*\b${panicSign}\b)(?!.*\b(?:kill|end it|ending it|overdose|jump|hang|tablets|pills)\w*)`,
        past.source,
      ].join('|'),
    ),
  },
  // "keeps saying he wants to be dead and wont open the door"
  {
    name: 'despair-shut-in',
    when: b(
      [
        S`(?:wants? to|wanna) (?:die|be dead|kill (?:her|him|them)self)${gap(10)} ${barricaded}`,
        S`${barricaded}${gap(14)} (?:hang|kill|end) (?:her|him|them)sel(?:f|ves)`,
        S`${barricaded}${gap(10)} (?:wants? to|wanna) (?:die|be dead)`,
        S`${barricaded}${gap(10)} (?:no point (?:in )?living|doesnt want to live|better off dead)`,
        // Despair, then shut away: "said hed had enough of everything and now the door wont open".
        S`(?:had enough|cant go on|cant do this|done with everything|no point)${gap(14)} ${barricaded}`,
        // Shut away, then silence: "locked herself in the bathroom, heard the cabinet open, now its silent".
        S`${barricaded}${gap(16)} (?:(?:its|now|gone|all) silent|silence)`,
        // Shut in with the means: "locked himself in the bathroom with my meds"
        S`${barricaded}${gap(4)} with (?:the |my |her |his |their |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blade|razor|rope|bleach|chemicals)`,
        // Told the other way round: "drinking neat vodka with tablets in her room and wont let me in".
        S`with (?:the |my |her |his |their |some |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blades?|razors?|rope|bleach|chemicals)${gap(6)} ${barricaded}`,
        // In the bathroom, a word that it is done, and silence: "in the bathroom 40 mins, said shed sorted it, now isnt answering"
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|toilet|loo|shower)${gap(8)} (?:sorted it|done it|dealt with it|taken care of it|its done)${gap(4)} ${unreachable}`,
        // In the bath a long while, the means gone, and no answer: "in the bath for ages and theres a razor missing and shes not answering".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower|toilet|loo)${gap(12)} (?:razors?|blades?|knife|knives|pills|tablets|meds|belt|cord|rope) ` +
          S`(?:is |are |s )?(?:missing|gone)${gap(6)} ${unreachable}`,
        // Out of sight on a call, then a sound of falling: "walked off screen, i heard her say im going now and then a bang".
        // (Not the fridge door, nor a crash of pans while making tea.)
        S`(?:walked|went|gone|moved|ran) (?:off|out of) (?:the )?(?:screen|camera|shot|view|frame)(?! to (?:get|fetch|make|grab|answer))${gap(14)} ` +
          S`(?:heard|hear|then|and) (?:a |an )?(?:loud |big |massive |horrible )?(?:bang|thud|crash|thump|scream)\b(?! of| from)(?!.*\b(?:kitchen|cooking|making (?:tea|dinner|food)|dropped)\b)`,
        // In the bath behind a locked door, and no answer: "in the bath over an hour, door locked, no answer".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower)${gap(10)} (?:(?:the )?door (?:is |s |was |still )?locked|locked (?:the )?door|locked (?:her|him|them)sel(?:f|ves) in)${gap(4)} ` +
          S`(?:no answer|not answering|isnt answering|wont answer|no reply|silent|silence|not responding|no response)`,
      ].join('|'),
    ),
    // Said to be fine, or a stuck lock.
    unless:
      /\b(?:(?:is|hes|shes|theyre|seems) (?:fine|ok|okay|alright|asleep)|turned out (?:she|he|they) (?:was|were)|lock (?:stuck|is broken|broke|jammed)|handle (?:is )?broken)\b/,
  },
  // "says shes gona kil herself and has got her nans pills in her bag"
  {
    name: 'threat-with-means',
    when: b(
      [
        S`(?:kill|kil|end|hang|top) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:got|has|have|holding|carrying|with|bought|taken)${gap(5)} ${alt(medicine, cord, 'knife', 'blade', 'razor', 'dog lead')}`,
        // "saying she cant go on, shes got the car keys and pills"
        S`(?:cant go on|cant do this anymore|had enough of (?:everything|life))${gap(8)} (?:got|has|have|holding|with|taken)${gap(4)} ${alt(medicine, 'car keys', 'knife', 'rope')}`,
        // Cutting or hurting themselves, and the blade to hand: "wants to hurt herself and shes got hold of my husbands razors",
        // "gonna cut himself in the toilets at break, got a sharpener blade on him".
        S`(?:${harmThreat}|wants? to|wanna|trying to)${gap(2)} (?:cut|hurt|harm|burn|stab) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:got|has|have|had|holding|carrying|with|got hold of)${gap(5)} ${sharpMeans}`,
        S`(?:with|holding|got|has|had) (?:a |the |his |her |some |my )?(?:\S+ ){0,2}${sharpMeans}${gap(6)} (?:saying|says|said|threatening|screaming|shouting)${gap(3)} ` +
          S`(?:cut|hurt|stab|kill|harm|burn) (?:her|him|them|my)sel(?:f|ves)`,
        // "Cut" said bare, and a blade on them: "going to cut in the toilets now, she had a blade in her pencil case" (not her hair, or the
        // cake).
        S`${harmThreat} cut(?! (?:the|a|an|it|them|up|out|down|off|back|her|his|their|my|hair|class|school|lessons?|ties|contact|in line)\b)${gap(10)} ${sharpMeans}`,
      ].join('|'),
    ),
    unless: past,
  },
  // "written my letters, everythings sorted for when i go", "given away his xbox, said bye to the dog"
  {
    name: 'final-acts',
    when: b(
      [
        // A note, then shut away: "yp says ive written my note and wont let me in".
        S`(?:written|wrote|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)(?! (?:to|for|from) )${gap(4)} ${barricaded}`,
        S`(?:written|wrote|writing|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)${gap(8)} ` +
          S`(?:sorted|ready|when i go|when im gone|im gone|goodbye|sorry|love you|knows? (?:exactly )?how (?:to|shes|hes|she|he|theyre|theyll|ill|im|id|shed|hed)|(?:the train|the bridge)${gap(3)} (?:is the one|its the one|is where))`,
        // A note, and done: "hes written a note and says hes done" (not "done his homework", "done with football").
        S`(?:written|wrote|writing|left) (?:a |my |her |his |their |the )?(?:goodbye )?(?:letters|notes?)${gap(6)} (?:hes|shes|im|theyre|i am|he is|she is|they are) (?:done|finished)` +
          S`(?! (?:his|her|their|my|the|a|an|it|with|for|some|all|that|this|now|eating|writing|\S+ing)\b)`,
        // "said i wont need it where im going"
        S`(?:wont|will not|dont) need (?:it|them|this|that|anything|any of (?:it|this)) (?:where|when) (?:im|i am|hes|shes|theyre) (?:going|gone)`,
        // "written letters to everyone and given his stuff away, says tonight"
        S`(?:given|giving|gave) (?:his|her|their|my|all (?:his|her|their|my)) (?:stuff|things|belongings|xbox|phone) away${gap(8)} (?:tonight|today|now|goodbye)`,
        S`(?:everythings|everything is|its all) (?:sorted|ready|arranged) for when (?:i|she|he|they) (?:go|die|am gone|im gone)`,
        S`(?:given|giving|gave) (?:all )?(?:her|his|their|my) (?:stuff|things|belongings|clothes) away${gap(12)} (?:bye|goodbye|wont see|never see|pills|tablets|rope)`,
        S`(?:wont|never) (?:ever )?see (?:them|me|you|us|her|him|anyone) again`,
        S`(?:given|giving|gave) away${gap(4)} (?:xbox|playstation|ps5|phone|stuff|things|belongings|clothes|games|pets?|dog|cat)${gap(12)} (?:pills|tablets|rope|knife|blade|bye|goodbye|note|letter)`,
        S`(?:said|saying|say) (?:bye|goodbye) to (?:the dog|the cat|everyone|his \S+|her \S+|their \S+)${gap(10)} (?:pills|tablets|rope|knife|blade)`,
        // "love you all. dont come looking. the pills are kicking in"
        S`(?:rope|noose|pills|tablets|knife|blade|belt)${gap(12)} dont (?:bother )?(?:come )?look(?:ing)?(?: for)?\b`,
        S`dont (?:bother )?(?:come )?look(?:ing)?(?: for)?${gap(12)} (?:rope|noose|pills|tablets|knife|blade|belt)`,
        // Letters for everyone, and gone: "the 14 year olds gone, bags packed, left letters for each of us".
        // (Not gone to school.)
        S`(?:gone|missing|packed|left|cant find)${gap(8)} (?:left|written|wrote) (?:\S+ )?(?:letters|notes) (?:to|for) (?:each|all|every(?:one|body)|every one)`,
        S`(?:left|written|wrote) (?:\S+ )?(?:letters|notes) (?:to|for) (?:each|all|every(?:one|body)|every one)${gap(12)} ` +
          S`(?:gone(?! (?:to|out|for|off|shopping|home|back)\b)|missing|packed|cant find|not (?:here|answering|in (?:her|his|their) room))`,
        // Her things given away: "put my stuff in a bag for my sister, youll know why", "she wont need her stuff anymore".
        S`(?:my|her|his|their) (?:stuff|things|belongings|clothes|xbox|phone|games)${gap(8)} (?:for|to) (?:my|her|his|their) \S+${gap(6)} ${farewell}`,
        S`(?:wont|will not|dont|doesnt) need (?:my|her|his|their|any of (?:my|her|his|their)) (?:stuff|things|belongings|clothes|phone|xbox) (?:anymore|any more|again)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "buying packs from different shops and today she told me she means it"
  { name: 'means-it', when: b(S`(?:paracetamol|tablets|pills|rope|knife)${gap(20)} (?:means it|meant it|not joking|going to do it)`) },
  // "gone down the river to do it properly", "said he wants to kill himself and walked off towards the beach"
  {
    name: 'gone-to-do-it',
    when: b(
      [
        S`(?:gone|going|went|heading|headed|walked|walking|run|ran|on (?:her|his|their) way)(?: off| out)?${gap(2)} (?:to|towards|down|up|for|along) (?:the )?(?:\S+ )?${dangerPlace}` +
          S`${gap(8)} (?:to )?(?:do it|end it|kill|die|jump|for good|not coming back)`,
        S`(?:kill (?:her|him|them)sel(?:f|ves)|end it|die|do it)${gap(8)} (?:walked|walking|gone|went|heading|headed|run|ran|stormed)(?: off| out)?${gap(2)} ` +
          S`(?:to|towards|down|for|along) (?:the )?(?:\S+ )?${dangerPlace}`,
        S`(?:end|edge) of the (?:pier|jetty|harbour wall|cliff|quay)${gap(10)} (?:jump|going in|go in|water|wont come back|wont move)`,
        S`(?:says|saying|said|threatening|going to|gonna)${gap(4)} (?:going|go|get|jump|walk|wade) (?:in|into|off) (?:the )?(?:water|sea|river|canal|pier)`,
        // At the water or a drop, saying theyre going in: "rang from the docks says hes going in the mersey"
        S`(?:from|at|on|by) (?:the )?${dropOrWater}${gap(4)} (?:going|go|jump|jumping|get|getting) (?:in|off)(?! (?:to|for|a|an|now and then)\b)`,
      ].join('|'),
    ),
    // History; a swim, a lesson or a day out.
    unless: new RegExp(S`${past.source}|\b(?:swim\w*|paddl\w*|pool|lessons?|fishing|day out|holiday|trip)\b`),
  },
  // "the ropes ready, this is it", "looked up how many it takes and has them in his bag"
  {
    name: 'means-ready',
    when: b(
      [
        // Not "her tablets came today, this is it for the month".
        S`${meansAtHand} (?:is |are )?(?:ready|out|lined up|here|with me)${gap(6)} (?:this is it(?! for)|tonights the night)`,
        S`${meansAtHand}${gap(12)} (?:this is it (?:now|then|bye|goodbye|i love)|tonights the night)`,
        // "a rope in his bag and said he knows which tree"
        S`(?:rope|noose|ligature|cord)${gap(8)} knows? (?:which|the|a|where) (?:tree|bridge|place|spot|beam)`,
        S`(?:rope|noose|ligature|cord)${gap(8)} knows? (?:where|when|how) (?:hell|shell|hes|shes|he|she|they|theyll|ill|im) (?:do|doing|going)`,
        // The means, and off somewhere out of sight: "a rope in her bag and says shes going to the woods".
        // Not a rope for play: a swing, a skipping rope, climbing, camping, a den.
        S`(?<!skipping )(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war)\b)${gap(10)} ` +
          S`(?:going|gone|heading|headed|went|walking|walked|off|run|ran)(?: off)? (?:to|into|towards|down to|up to|for) (?:the )?(?:\S+ )?(?:woods?|forest|trees|${dangerPlace})`,
        S`(?:googled|googling|searched|searching|looked up|looking up|researched) how (?:many|much)${gap(12)} ` +
          S`(?:(?:has|got|have) (?:them|it|some)|in (?:her|his|their) (?:bag|room|pocket|drawer))`,
        S`(?:knows|know|told me|told us|planned|worked out)${gap(2)} (?:exactly )?how ` +
          S`(?:shed|hed|theyd|id|shell|hell|theyll|ill|she will|he will|she would|he would|shes going to|hes going to|im going to|to) (?:do it|end it|kill)` +
          S`${gap(12)} ${meansAtHand}`,
        // The means in hand and a word that its now: "sat there with the rope in his hands saying its tonight"
        S`(?<!skipping )(?:rope|noose|ligature|belt|pills|tablets|knife|blade|razor)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|sports day|match)\b)${gap(8)} ` +
          S`(?:saying|says|said) (?:its|it is|itll be|it will be) (?:tonight|today|now)`,
        // The means in hand and despair: "in the bath with my razor saying shes done", "sitting with a belt and said she just wants it all to stop"
        S`(?:with|holding|got|has) (?:a |the |my |her |his |some )?(?:${meansAtHand}|razor|lighter)${gap(6)} (?:saying|says|said|crying|screaming)${gap(2)} ` +
          S`(?:(?:shes|hes|im|theyre|she is|he is) done(?! with| eating| now thanks)|had enough|wants? (?:it )?(?:all )?to (?:stop|end)|cant do (?:this|it) anymore|` +
          // "with my tablets from the cupboard counting them saying he wants to sleep forever"
          S`(?:wants? to|wanna|going to|gonna) ${intent})`,
        // A picture of the means by the water: "sent a pic of pills in her hand by the canal"
        S`(?:pic|pics|picture|photo|video|snap|selfie)s? of (?:the |some |her |his |a handful of |loads of )?(?:${medicine}|rope|noose|blade|knife|razor)${gap(6)} ` +
          S`(?:on|at|by|near|from) (?:the |a )?(?:\S+ )?${dropOrWater}`,
        S`${harmThreat}${gap(2)} take (?:all|the lot|the whole|a whole|every)${gap(3)} ${medicine}${gap(3)} (?:at once|in one go|together|tonight|now)`,
        S`(?:petrol|lighter fluid|accelerant)${gap(12)} (?:end it|kill (?:her|him|them)sel(?:f|ves)|die|set (?:her|him|them)sel(?:f|ves))`,
        // With a rope, and no answer: "in the garage an hour with the rope from the shed and wont answer me" (not a rope for play).
        // Or out of reach where they are: "in the back garden with a rope and wont come in".
        S`(?:with|has|got|took|taken|holding) (?:a |the |some |her |his )?(?:rope|noose|ligature)${ropeForPlay}${gap(6)} (?:${unreachable}|${holdingOut})`,
        // Gone out with a rope: "left the home at 2am with a rope in his bag" (not a rope for play).
        S`(?:left|walked out|ran off|run off|ran out|gone out|went out|snuck out|sneaked out|climbed out|absconded|gone missing|went missing)${gap(8)} ` +
          S`with (?:a |the |some |his |her |their )?(?:long )?(?:rope|noose|ligature)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|skipping)\b)`,
        // A rope packed, and going out alone: "hes got a rope in his bag and says hes going for a walk".
        S`(?<!skipping )(?:rope|noose|ligature)${ropeForPlay} (?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|coat|pocket|hoodie)${gap(8)} ` +
          S`(?:going|gone|heading|off|went|goes) (?:out|off|for a walk|for a wander|to the woods|on (?:his|her|their) own)`,
        // A rope hidden away, and a word that something will happen: "scared hes going to do something tonight, theres rope in his bag".
        S`(?:going to|gonna|about to|will|ll) do something(?! (?:nice|fun|special|different|about|with|for)\b)${gap(12)} (?:rope|noose|ligature|cord|belt|blades?|razors?)${ropeForPlay} ` +
          S`(?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|room|bedroom|pocket|drawer|bed|wardrobe|coat)`,
        S`(?<!skipping )(?:rope|noose|ligature|blades?|razors?)${ropeForPlay} (?:in|inside|under) (?:his|her|their|the) (?:bag|rucksack|backpack|room|bedroom|pocket|drawer|bed|wardrobe|coat)${gap(12)} ` +
          S`(?:going to|gonna|about to|will|ll) do something(?! (?:nice|fun|special|different|about|with|for)\b)`,
        ...meansReadyToo,
      ].join('|'),
    ),
    // History, or a question about the usual dose ("all his tablets at once instead of morning and night").
    unless: new RegExp(S`${past.source}|\b(?:instead of|prescri\w+|dose)\b`),
  },
  // "texted thanks for everything and isnt answering", "posted goodbye everyone and took the car keys"
  {
    name: 'farewell-unreachable',
    when: b(
      [
        S`${farewell}${gap(12)} ${goneQuiet}`,
        S`${goneQuiet}${gap(8)} ${farewell}`,
        // A picture from where a fall or the water kills, and a goodbye: "sent me a pic of the train tracks and said bye".
        S`(?:pic|pics|picture|photo|video|snap|selfie|screenshot)s? (?:of|from|on) (?:the |a )?(?:\S+ )?${dropOrWater}${gap(6)} (?:bye|${farewell})`,
        // On a drop or by the water, and a farewell: "says hes on runcorn bridge and its the last time hell talk to me"
        S`(?:on|at) (?:the |a )?(?:\S+ )?${dropOrWater}${gap(8)} (?:bye|${farewell})`,
        S`(?:bye|${farewell})${gap(6)} (?:pic|pics|picture|photo|video|snap|selfie)s? (?:of|from|on) (?:the |a )?(?:\S+ )?${dropOrWater}`,
      ].join('|'),
    ),
    // History, or an ordinary goodbye at a leaving do, on a day out, or till later.
    unless: new RegExp(
      S`${past.source}|\b(?:leaving (?:do|party|card)|last day (?:at|of|in|on|before|together|with)|end of term|trip|holiday|camp|(?:till|until) \S+day|bye for now|see (?:you|u|ya) (?:later|soon|tomorrow|tmrw|in a bit))\b`,
    ),
  },
];
