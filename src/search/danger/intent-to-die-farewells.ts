/**
 * Wanting to die, told in final acts or a farewell: letters written, things given away, a goodbye and then silence.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { barricaded, dropOrWater, goneQuiet } from './fragments-reach';
import { farewell } from './intent-to-die-words';

/** A night or a day named as the one, by the child: "keeps saying tonights the night", "said today is the day". */
const theNight = S`(?:keeps saying|keep saying|says|said|saying|told (?:me|us|her|him|them|staff)|texted|messaged) (?:that )?(?:tonights|tonight is|todays|today is) the (?:night|day)`;
/** A child's own things given away: "given away his xbox", "gave her phone and her trainers away". */
const givenAway = S`(?:given|giving|gave|handed|handing) (?:away (?:all )?(?:his|her|their|my) \S+|(?:all )?(?:his|her|their|my) (?:\S+ ){1,5}?away)`;

/** Not alive soon, said by the one who means it: "i will not be alive tomorrow", "wont be here by the morning". */
const notAliveSoon = S`(?:wont|will not|not going to|not gonna|aint gonna) be (?:alive|here|around) (?:tomorrow|tonight|by (?:the )?morning)`;
/** Means and a plan ready: "i have everything ready", "got it all sorted" (not ready for a trip: "everything ready for the school trip"). */
const allReady = S`(?:got|have|has|its|ive got|ive) (?:got )?(?:everything|it all) (?:ready|sorted|planned)(?! for| to go)`;

/** Letters left for everyone: "left letters for each of us", "wrote notes to everyone". */
const lettersForAll = S`(?:left|written|wrote) (?:\S+ )?(?:letters|notes) (?:to|for) (?:each|all|every(?:one|body)|every one)`;

/** Away for an ordinary reason: a move, a trip, a course. */
const ordinaryAway = S`(?:move|moving|holiday|trip|uni|college|work|nans|mums|dads|appointment|course)`;

/** The night named, and things given away or letters written: "keeps saying tonights the night and hes given his ps5 to his mate and written letters". */
const nightNamedAndGiving = S`^(?=.*\b(?:tonights the night|tonight is the night)\b).*\b(?:given|giving|gave|written|wrote|writing) (?:away |out )?(?:his|her|their|my|letters|notes|goodbye)\b`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const intentToDieFarewellsSituations: Situation[] = [
  // "written my letters, everythings sorted for when i go", "given away his xbox, said bye to the dog"
  {
    name: 'final-acts',
    when: b(
      [
        nightNamedAndGiving,
        // A farewell posted with the means or the place: "posted on snapchat 'this is the end' with a photo of tablets", "'this is it x' and a pic of the pier".
        S`(?:this is the end|this is it|goodbye|bye everyone|bye all|im done|cant do this anymore|sorry for everything)${gap(6)} (?:photo|pic|picture|video|snap) of (?:her |his |their |some |a |the )?(?:tablets|pills|meds|a knife|a blade|blades|a razor|a rope|a noose|a bridge|the bridge|a railway|the tracks|the pier|a pier|the cliffs?|a cliff|the docks|the river|the edge)`,
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
        // Ready, and a day it will be over: "hes got everything ready and itll be done before the weekend, wouldnt say what".
        S`(?:got|has|have|its) (?:got )?everything (?:ready|sorted|planned|arranged)${gap(8)} (?:itll|it will|itll all|it will all) be (?:done|over|finished) ` +
          S`(?:before|by|on|at|after) (?:the weekend|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the morning|christmas|my birthday|his birthday|her birthday)`,
        // Not alive tomorrow, and ready: "tell the social worker i will not be alive tomorrow, i have everything ready".
        S`${notAliveSoon}${gap(8)} ${allReady}`,
        // Taught how, and ready: "messages from a stranger telling her how to do it and she says shes got everything ready in her wardrobe".
        S`how to (?:do it|kill (?:her|him|them)sel(?:f|ves)|end it)${gap(14)} ${allReady}`,
        S`${allReady}${gap(8)} ${notAliveSoon}`,
        // The night named, and things given away: "keeps saying tonights the night, hes given away his xbox and his trainers".
        S`${theNight}${gap(12)} ${givenAway}`,
        S`${givenAway}${gap(12)} ${theNight}`,
        S`(?:given|giving|gave) (?:all )?(?:her|his|their|my) (?:stuff|things|belongings|clothes) away${gap(12)} (?:bye|goodbye|wont see|never see|pills|tablets|rope)`,
        S`(?:wont|never) (?:ever )?see (?:them|me|you|us|her|him|anyone) again`,
        // Gone in the night and a farewell left: "woke to find 16yo gone, window open, note on the bed 'youre better off without me'".
        S`(?:gone|missing|window (?:wide )?open|bed (?:is )?empty|not in (?:her|his|their) (?:bed|room))${gap(12)} (?:note|letter)${gap(8)} ${farewell}`,
        S`(?:note|letter)${gap(8)} ${farewell}${gap(12)} (?:gone|missing|window (?:wide )?open|bed (?:is )?empty|not in (?:her|his|their) (?:bed|room))`,
        // A last journey named, and what they love given to someone: "going on a one way trip tonight and gave me her ps5 and her dog".
        S`(?:going|off|go) on (?:a|my|her|his) one way (?:trip|journey|ticket)${gap(3)} (?:tonight|today|now)`,
        // A letter handed over for afterwards, and gone: "handed me a letter addressed to her carers and said 'give them this after'. Shes
        // leaving the site" (not after a lesson or a meeting).
        S`(?:letter|note|envelope)${gap(10)} give (?:them|him|her|it) (?:this|it|that) (?:after|afterwards|when im gone|when i am gone|once im gone)` +
          S`(?! (?:the|school|lunch|class|break|contact|tea|dinner|work|assembly|the meeting)\b)(?=.*\b(?:leaving|left|gone|walked out|ran off|run off|going)\b)`,
        // Or the last one ever, and their things handed over: "kid in my cab keeps saying its his last ride ever and hes given me his phone".
        S`(?:last|final) (?:ride|journey|trip|day|night|time) ever${gap(12)} (?:gave|given|giving|handed|handing) (?:me|us|him|her) (?:all )?(?:her|his|their) (?:\S+ ){0,2}(?:phone|trainers|watch|chain|coat|ps5|xbox|stuff|things)`,
        S`(?:gave|given|giving|handed) (?:me|us|him|her|my \S+|his \S+|her \S+) (?:all )?(?:her|his|their) (?:\S+ ){0,2}(?:ps5|ps4|xbox|switch|dog|cat|games|jewellery|necklace|tablet|ipad)` +
          S`${gap(10)} (?:tonight|one way|goodbye|bye|wont need|not need)`,
        S`(?:given|giving|gave) away${gap(4)} (?:xbox|playstation|ps5|phone|stuff|things|belongings|clothes|games|pets?|dog|cat)${gap(12)} (?:pills|tablets|rope|knife|blade|bye|goodbye|note|letter)`,
        S`(?:said|saying|say) (?:bye|goodbye) to (?:the dog|the cat|everyone|his \S+|her \S+|their \S+)${gap(10)} (?:pills|tablets|rope|knife|blade)`,
        // "love you all. dont come looking. the pills are kicking in"
        S`(?:rope|noose|pills|tablets|knife|blade|belt)${gap(12)} dont (?:bother )?(?:come )?look(?:ing)?(?: for)?\b`,
        S`dont (?:bother )?(?:come )?look(?:ing)?(?: for)?${gap(12)} (?:rope|noose|pills|tablets|knife|blade|belt)`,
        // Letters for everyone, and gone: "the 14 year olds gone, bags packed, left letters for each of us" (not gone to school);
        // or a farewell after them: "wrote letters for everyone. dont worry about me anymore".
        S`(?:gone|missing|packed|left|cant find)${gap(8)} ${lettersForAll}`,
        // Or and her things given to someone: "tonight shes written letters to all of us and given her phone and her cat to her friend".
        S`${lettersForAll}${gap(6)} (?:given|gave|giving|handed) (?:away )?(?:all )?(?:her|his|their|my) (?:\S+ ){1,5}?(?:to|away)\b|` +
          S`${lettersForAll}${gap(12)} ` +
          S`(?:gone(?! (?:to|out|for|off|shopping|home|back)\b)|missing|packed|cant find|not (?:here|answering|in (?:her|his|their) room)|dont (?:\S+ )?worry about me|${farewell})`,
        // Things given to someone, not needed again: "given me telly and xbox to me mate. wont be needin them"
        // (not outgrown: "gave my old cot to my sister, wont be needing it now the kids are older").
        S`(?:given|giving|gave|handed) (?:away )?(?:all )?(?:my|me|her|his|their) (?:\S+ ){1,4}(?:to|away)${gap(6)} (?:wont|will not|dont) (?:be )?(?:need|needing) (?:them|it|any of (?:it|them))` +
          S`(?! (?:now|after|once|when|since|as|for)\b)`,
        // Affairs put in order, and not here tomorrow: "ive sorted my stuff out and i wont be around tomorrow, dont come to the flat"
        // (not a move or a trip: "sorted my stuff out for the move").
        S`(?:sorted|sorting) (?:all )?(?:my|me) (?:stuff|things|affairs|belongings) out${gap(8)} (?:wont|will not|not going to|not gonna) be (?:here|around|alive)` +
          S`(?!.*\b${ordinaryAway}\b)(?<!\b${ordinaryAway}\b.*)`,
        // The gas turned on, and a wish to be gone: "turned the gas on in my flat. dont want to be here anymore".
        S`(?:turned|put|left|switched) (?:the |all the )?(?:gas|gas taps|gas hob|gas oven|oven) on(?! (?:for|to cook|to heat))${gap(10)} (?:dont want to (?:be here|live|wake up)|want to die|end it|${farewell})`,
        // Her things given away: "put my stuff in a bag for my sister, youll know why", "she wont need her stuff anymore".
        S`(?:my|her|his|their) (?:stuff|things|belongings|clothes|xbox|phone|games)${gap(8)} (?:for|to) (?:my|her|his|their) \S+${gap(6)} ${farewell}`,
        S`(?:wont|will not|dont|doesnt) need (?:my|her|his|their|any of (?:my|her|his|their)) (?:stuff|things|belongings|clothes|phone|xbox) (?:anymore|any more|again)`,
      ].join('|'),
    ),
    // History, unless the final acts are told as tonight's after it: "contact went badly last week and tonight shes written letters".
    unless: new RegExp(
      S`^(?!.*\btonight (?:shes|hes|theyve|she has|he has|they have|she|he|they) (?:\S+ )?(?:written|wrote|given|gave|left|packed|showed)\b).*(?:${past.source})`,
    ),
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
