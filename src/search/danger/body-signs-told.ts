/**
 * Signs grave in their own way, for the body-signs situation (./body-signs.ts): meningitis, a baby, pulled from the water,
 * a birth no one knew of, each with a telling of its own; and an allergic reaction closing the airway.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, gap, S } from './fragments';

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
export const graveTold = [
  // Meningitis signs together: a fever and another sign, or two signs.
  S`(?:${fever})${gap(8)} (?:${meningitisSign})|(?:${meningitisSign})${gap(8)} (?:${fever}|${meningitisSign})`,
  // A baby not feeding or waking, and a sign: "very hot, wont feed and her skin has gone mottled", "hasnt woken for her last two feeds and
  // feels quite cold".
  S`${baby}${gap(10)} ${babyNotFeeding}${gap(12)} ${babySign}|${baby}${gap(10)} ${babySign}${gap(8)} ${babyNotFeeding}`,
  // A baby stiffening or jerking, a fit: "newborn going stiff and jerking, happening now".
  S`${baby}${gap(4)} (?:going|gone|went|is) (?:all )?(?:stiff|rigid)(?! and arch\w*| when (?:held|picked up|cuddled|fed|changed))|${baby}${gap(6)} (?:jerk(?:ing|in)|twitching) (?:all over|and|arms|legs)`,
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
/**
 * An allergic reaction told as now (and, read in body-signs' toldNow, not as history): not over and mild ("lips swelled a
 * bit, the antihistamine sorted it", "a reaction as a baby"), and not what happens if ("her lips swell up if she eats nuts").
 */
const allergyOver = S`\b(?:mild|slight|sorted it|(?:gone|went|going) down|calmed down|settled|as a (?:baby|toddler|child|kid))\b|\b(?:if|when(?:ever)?) (?:she|he|they) (?:eats?|has|have|touches?|gets?)\b`;
export const allergyNow = S`(?<!(?:${allergyOver}).*)(?!.*(?:${allergyOver}))`;
/** An allergic reaction closing the airway: "wasp sting, throat feels tight", "ate a peanut, lips swelling, cant breathe". */
export const allergyClosingAirway = [
  S`(?:allerg\w*|anaphyla\w*|nuts?|peanuts?|sesame|stung|stings?)${gap(10)} ${allergySign}`,
  // Swelling and the breath or the swallow going, either way round: "face swelling up and wheezing", "face swelling up cant swallow".
  S`${swollenPart}${gap(8)} ${airwayClosing}`,
  // Hives and the breath going, the allergy named after: "hives all over n wheezin, think she had the cake, she has a nut allergy".
  S`(?:hives|welts|blotches|blotchy)${gap(3)} ${airwayClosing}${gap(12)} (?:allerg\w*|anaphyla\w*|nuts?|peanuts?|sesame|stung|stings?)`,
  S`${airwayClosing}${gap(8)} ${swollenPart}`,
].join('|');
