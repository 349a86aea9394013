/**
 * Violence as an attack: a blow just struck, or someone gone for.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { harmThreat, now } from './fragments-now';
import { armedWith, forALesson, missile } from './violence-words';

/** Going out again to settle a fight: "says hes going back out to finish it". */
const goingOutToFinishIt =
  S`(?:going|goin|gonna|heading|off) (?:back )?out (?:again )?to ` +
  S`(?:finish (?:it|him|them|the job)|get (?:him|them|back at)|sort (?:him|them) out|do (?:him|them)|get (?:revenge|even))`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const violenceAttacksSituations: Situation[] = [
  // "mum has just slapped the toddler really hard"
  {
    name: 'just-assaulted',
    when: b(
      // A baby thrown or flung: "dads just thrown the baby onto the sofa and walked off".
      S`(?:just|has) (?:thrown|threw|chucked|tossed|flung) (?:the|a|her|his|their|my|our) (?:\S+ )?(?:baby|newborn|infant|toddler)\b(?! (?:a |the )?(?:party|ball|toy|rattle|shower))|` +
        // Or something heavy thrown at them: "just threw a chair at the 5 year old" (not a ball in play).
        S`(?:just|has) (?:slapped|punched|kicked|hit|battered|strangled|stabbed|attacked|assaulted|raped|grabbed|pushed|shoved|bit|bitten|headbutted|` +
        S`(?:threw|thrown|chucked|hurled|launched|lobbed) (?:a |an |the |his |her |their )?(?:\S+ )?${missile} at) ` +
        S`(?:her|him|them|me|my \S+|our \S+|his \S+|their \S+|` +
        S`(?:the|a|another) (?:baby|child|toddler|boy|girl|kid|carer|staff|staff member|teacher|member of staff|yp|young person|resident|pupil|lad|other \S+|younger \S+|little \S+|\d+ ?(?:yo|yr old|year old))|` +
        S`foster (?:mum|dad|carer|mother|father|sister|brother))`,
    ),
    // Bitten her own nails or lip: a worry, not an assault ("has bitten her nails till they bleed").
    // Or a count, told as a pattern: "smears things on the walls when shes upset, has bitten me twice".
    unless: new RegExp(
      S`\bbit(?:ten)? (?:her|his|their|my) (?:own |finger ?)?(?:nails|lips?|tongue|cuticles)\b|` +
        S`\b(?:bitten|hit|kicked|punched|scratched|slapped|assaulted|attacked) (?:me|her|him|them|us) (?:${alt('twice', 'a few times', 'a couple of times', 'several times', 'three times', '\\d+ times')})\b(?! (?:now|today|tonight|this (?:morning|afternoon|evening)|in the last))`,
    ),
  },
  // "shes gone for the baby, weve pulled her off but shes going back", "kicking a staff member on the floor"
  {
    name: 'going-for-someone',
    when: b(
      [
        S`(?:gone for|going for|went for|goes for|lunged at|lunging at|flew at|attacking|attacked)${gap(6)} (?:pulled|pull|dragged|got|prised) (?:her|him|them) off`,
        S`(?:pulled|dragged|got|prised) (?:her|him|them) off${gap(6)} (?:going back|still going|again|keeps going|wont stop|cant hold)`,
        S`(?:now|is|s|hes|shes|theyre|just) (?:gone for|coming at|lunging at|gone at|went for) (?:his|her|their|the|my|our|a) ` +
          S`(?:little |younger |baby |older |big )?(?:sister|brother|sibling|baby|toddler|carer|foster carer|mum|dad|nan|fc)`,
        S`(?:trying|tried|tryin) to (?:drown|strangle|suffocate|smother) (?:the|his|her|their|my|our|a) \S+`,
        // Back from a fight with blood or a weapon on him, going out again to finish it: "come in with a bloody hoodie thats not his
        // blood, says hes going back out to finish it, hes got something in his waistband".
        S`(?:blood|bloody|bloodied|knife|blade|machete|waistband|weapon|stabbed)${gap(16)} ${goingOutToFinishIt}`,
        S`${goingOutToFinishIt}${gap(16)} (?:blood|bloody|knife|blade|machete|waistband|weapon|something (?:in|down) (?:his|her|their) (?:waistband|trackies|pocket|sleeve|bag))`,
        // Held under the water: "holding the younger ones head under the bath water".
        S`head under (?:the )?(?:\S+ )?water(?<=\b(?:holding|pushing|keeping|held|pushed) (?:\S+ ){0,3}head under(?: \S+){1,3})`,
        // To take a baby and jump with her: "birth mum at hospital saying she will take the baby off the ward and jump with her".
        S`(?:take|taking|took|grab|grabbing) (?:the|her|his|my) (?:\S+ )?baby${gap(6)} (?:and )?(?:jump|drown|kill (?:her|him|my)self)${gap(2)} with (?:her|him|it|the baby)`,
        // Held under water, seen live: "a vid of josh being held under water in the canal by older boys, posted 2 mins ago, caption says live".
        S`held under (?:the )?water${gap(14)} (?:live|right now|now|\d+ mins? ago|just now|as we speak)`,
        // A child held out over a drop: "holding the baby out of the window", "holding his baby brother over the banister".
        S`(?:holding|dangling|hanging) (?:the|a|her|his|their|my|our) (?:\S+ )?(?:baby|toddler|newborn|little one|(?:baby|little|younger) (?:brother|sister|sibling)) (?:out of|over|out|off) (?:the |a )?(?:window|balcony|bridge|railings|edge|banister|bannister)`,
        // About to push a child from a height, and there with them: "going to push her little sister down the stairs and is stood at the
        // top with her now".
        S`${harmThreat}${gap(1)} (?:push|throw|drop|shove) (?:her|his|their|the|my|our) (?:\S+ )?(?:sister|brother|baby|toddler|sibling|\d+ ?(?:yo|yr old|year old)) ` +
          S`(?:down|off|out of|over|into)${gap(12)} ${now}`,
        // Wanting to harm the baby, and alone with it: "feels like smothering the baby and shes in the room with him now with the door
        // shut".
        S`(?:smother\w*|suffocat\w*|shak\w*|drown\w*|hurt\w*|kill\w*) (?:the|her|his|their|my|our) (?:\S+ )?(?:baby|toddler|newborn|little one)` +
          S`(?<=\b(?:feels? like|wants? to|urge to|going to|gonna) \S+(?: \S+){2,3})${gap(14)} ` +
          S`(?:${now}|alone|door (?:is )?(?:shut|locked)|with (?:him|her|them|it))`,
        // A carer at the end with a baby, close to shaking it: "foster mum of a 6wk old placed baby says she feels like shaking him to
        // make him stop crying and shes at the end".
        S`^(?=.*\b(?:baby|newborn|infant|\d+ ?(?:wk|wks|week|weeks|month|months) old)\b).*\b(?:feels?|feeling|wants? to|tempted to|could|about to) (?:like )?` +
          S`(?:shak(?:e|ing)|smother(?:ing)?|throw(?:ing)?|throttl(?:e|ing)) (?:him|her|them|the baby)\b`,
        // Gone for them, and still coming: "went for our yp at court this morning and now hes following us back to the car".
        S`(?:went for|gone for|attacked|assaulted|punched|lunged at)${gap(10)} (?:now |and )?(?:hes |shes |theyre |is |s )?(?:following|chasing|coming after) (?:us|me|her|him|them)`,
        // Held down by the child and hurt: "has pinned the younger one down and is banging her head on the floor" (not a restraint by staff).
        S`(?<!\b(?:we|i|ive|weve|staff|police|officers?|carers?) (?:have |had |has )?)(?:pinned|pinning|holding|held|got) (?:the |a |our |my |his |her |their )?(?:\S+ ){0,2}down${gap(6)} ` +
          S`(?:and )?(?:is |s |now )?(?:banging|hitting|punching|smashing|slamming|kicking|stamping on|strangling|choking) (?:her|his|their|him|them)\b`,
        // Armed and on the way to school with it: "theres a gun in his bag and hes taking it to school" (not a toy, nor for a lesson).
        S`(?<!\b(?:toy|nerf|water|cap|pretend|plastic|fake|replica|lego) )(?:${armedWith})${gap(10)} ` +
          S`(?:(?:is |s |hes |shes )?(?:taking|bringing|carrying)|(?:going to|gonna|will|ll) (?:take|bring|carry)) (?:it|them) (?:in)?to (?:school|college|the (?:school|park|party|home|unit))` +
          S`(?<!${forALesson}.*)(?!.*${forALesson})`,
        // A little one in the hands of someone threatening to harm it: "shes holding the baby and threatening to drop it".
        // Or up high with them: "shes got the 3 year old on the top of the climbing frame and is threatening to drop her".
        S`(?:holding|has|got|carrying|grabbed|snatched|picked up|dangling) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one|brother|sister|\d+ ?(?:yo|yr old|year old))${gap(10)} ` +
          S`(?:threatening|threatens|saying (?:shes |hes |theyre )?going|says (?:shes |hes |theyre )?going|going|gonna|about) to ` +
          S`(?:drop|throw|shake|smother|suffocate|drown|strangle|hurt|kill|stab) (?:it|her|him|them)(?! (?:off|round|back|at|to)\b)`,
        S`(?:threatening|threatens|trying|about) to (?:drop|throw|shake|smother|suffocate|drown) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one)(?! (?:off|round|back|at|to)\b)`,
        // A pet put by the child in a machine that can kill it: "hes got the puppy in the microwave" (not one that crept in).
        S`(?:got|put|putting|shoved|stuck|locked|shut) (?:the|a|his|her|their|my|our) (?:puppy|dog|cat|kitten|hamster|rabbit|guinea pig|pet|budgie|bird) ` +
          S`in (?:the|a) (?:microwave|oven|washing machine|tumble dryer|dryer|freezer)(?!.*\b(?:(?:hes|shes|its|theyre) (?:fine|ok|okay)|last (?:year|week|month)|once)\b)`,
        S`(?:barricaded|locked) (?:her|him|them)sel(?:f|ves) in with (?:the|a|her|his|their|my|our) (?:baby|toddler|child|kid|little|younger|sister|brother)`,
        S`(?:kicking|stamping on|punching|hitting|beating|battering) (?:a |the |our |my |his |her )?` +
          S`(?:staff|carer|member of staff|staff member|\S+ worker|lad|boy|girl|kid|child|baby|sister|brother|mum|dad|someone|another \S+|other \S+)` +
          S`${gap(4)} (?:in the head|in the face|on the floor|on the ground)`,
      ].join('|'),
    ),
    unless: past,
  },
];
