/**
 * Wanting to die, with the means: a threat with them in hand, said to be meant, or the means made ready.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { cord, medicine } from './fragments-means';
import { harmThreat, intent, now } from './fragments-now';
import { dropOrWater, unreachable } from './fragments-reach';
import { dangerPlace, farewell, meansAtHand } from './intent-to-die-words';

/** A rope for play or sport, not for harm. */
const ropeForPlay = S`(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war|skipping|pe|gym|sailing|boat|towing|tow)\b)`;
/** Out there, and not coming back in: "wont come in", "refusing to come down". */
const holdingOut = S`(?:(?:(?:wont|will not|refusing to|refuses to) come|not coming) (?:in|inside|back in|back|down)|wont let (?:me|us|anyone|staff) near)(?! for (?:tea|dinner|lunch|bed|bedtime|a bath))`;
/** Something sharp, or a flame, to hurt themselves with: "a sharpener blade", "the hedge shears". */
const sharpMeans = alt('knife', 'knives', 'blades?', 'razors?', 'scissors', 'shears', 'glass', 'sharpener', 'compass', 'lighter');
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

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const intentToDieMeansSituations: Situation[] = [
  // "says shes gona kil herself and has got her nans pills in her bag"
  {
    name: 'threat-with-means',
    when: b(
      [
        S`(?:kill|kil|end|hang|top) (?:her|him|them|my)sel(?:f|ves)${gap(10)} (?:got|has|have|holding|carrying|with|bought|taken)${gap(5)} ${alt(medicine, cord, 'knife', 'blade', 'razor', 'dog lead')}`,
        // Gone for the means after saying it: "said she wants to die and has gone into the kitchen for the knives".
        S`(?:wants? to die(?! (?:of|for|to)\b)|wanna die(?! (?:of|for)\b)|(?:kill|end|hang) (?:her|him|them|my)sel(?:f|ves))${gap(10)} (?:gone|went|going|run|ran|headed|heading) (?:in|into|to|up to|down to|off to) ` +
          S`(?:the )?(?:kitchen|bathroom|garage|shed|cupboard)${gap(2)} (?:for|to get) (?:the |a |some |her |his |my )?(?:${medicine}|knives|knife|blades?|razors?|rope|bleach)`,
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
  // "buying packs from different shops and today she told me she means it"
  {
    name: 'means-it',
    when: b(S`(?:paracetamol|tablets|pills|rope|knife)${gap(20)} (?:means it|meant it|not joking|going to do it)`),
    // Looked up, and denied: "i googled how many paracetamol it takes. said she wasnt going to do it".
    unless: new RegExp(S`\b(?:wasnt|was not|isnt|is not|not) going to do it\b`),
  },
  // "the ropes ready, this is it", "looked up how many it takes and has them in his bag"
  {
    name: 'means-ready',
    when: b(
      [
        // Mains power and a bath: "im in the bath with my clothes on and the hairdryer and idk" (not the bathroom).
        S`(?:in|into|getting in) the bath\b${gap(8)} (?:hairdryer|hair dryer|straighteners|toaster|heater|extension lead)`,
        S`(?:hairdryer|hair dryer|straighteners|toaster|heater|extension lead)${gap(6)} (?:in|into) the bath\b`,
        // Not "her tablets came today, this is it for the month".
        S`${meansAtHand} (?:is |are )?(?:ready|out|lined up|here|with me)${gap(6)} (?:this is it(?! for)|tonights the night)`,
        S`${meansAtHand}${gap(12)} (?:this is it (?:now|then|bye|goodbye|i love)|tonights the night|todays the day|today is the day)`,
        // The day named, then the means: "told her todays the day, shes bought a big pack of pills online".
        S`(?:tonights the night|tonight is the night|todays the day|today is the day)${gap(12)} ${meansAtHand}`,
        // An adult told it of themselves, the means at hand: "im not ok, ive got the bleach here", "i have the knife in my hand and im scared
        // ill use it on myself".
        S`(?:im not ok|i am not ok|im not okay|cant cope|cant do this|cant go on)${gap(4)} (?:ive got|i have|i got|got) (?:the |a |some |my )?(?:${meansAtHand}|bleach|lighter) (?:here|with me|in my (?:hand|bag|pocket)|next to me|now)`,
        S`(?:ive got|i have|i got) (?:the |a |my )?(?:${meansAtHand}|bleach) in my hand${gap(4)} (?:scared|afraid|frightened|worried) (?:ill|i will|i might|id|i would) (?:use it|hurt|harm|cut|kill|do it)`,
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
          S`(?:going to|gonna|about to|will|ll) (?:do something(?! (?:nice|fun|special|different|about|with|for)\b)|use (?:it|them)\b(?! (?:for|to|at|in|on)\b))`,
        ...meansReadyToo,
      ].join('|'),
    ),
    // History, or a question about the usual dose ("all his tablets at once instead of morning and night").
    unless: new RegExp(S`${past.source}|\b(?:instead of|prescri\w+|dose)\b`),
  },
];
