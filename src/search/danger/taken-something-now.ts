/**
 * Something taken now: drugs or poison, medicine in a quantity or someone else's, or with drink.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { medicine, usualDoseThisMorning } from './fragments-means';
import { intent, now } from './fragments-now';
import { downNow, drug, emptyPacks } from './taken-something-words';

/** Drink that, with medicine, is an overdose risk. */
const booze = alt(
  'wine',
  'vodka',
  'alcohol',
  'beer',
  'cider',
  'spirits',
  'whisky',
  'whiskey',
  'gin',
  'rum',
  'booze',
  'lager',
  'tequila',
  'brandy',
);
/** More than anyone is prescribed, or not theirs. */
const quantity = alt(
  'a load',
  'loads',
  'a handful',
  'handful',
  'all',
  'whole',
  'a box',
  'the box',
  'boxes',
  'a packet',
  'packets?',
  'packs?',
  'too many',
  'everything',
  'the lot',
  S`\d+`,
  // Someone else's medicine: "injected himself with his dads insulin", "took her mates adhd tablets".
  S`(?:her |his |their )?(?:mums|dads|nans)`,
  S`(?:her |his |their )?(?:mates|friends|brothers|sisters)`,
  'my',
  'someone elses',
  'many',
);
/** Taking something, in the words people use. */
const took = alt(
  'took',
  'taken',
  'tooken',
  'swallowed',
  'swallowing',
  'necked',
  'downed',
  'eaten',
  'ate',
  'eat',
  'drank',
  'drunk',
  'smoked',
  'got into',
  'had',
  'did take',
  // "hes injected himself with my insulin"
  'injected',
);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenSomethingNowSituations: Situation[] = [
  // "ive taken everything in the drawer im sorry", "took a load of her meds 20 mins ago"
  {
    name: 'took-something-now',
    when: b(
      [
        // Told short: "swallowed dishwasher tab".
        S`(?:swallowed|eaten|ate|bitten|bit|chewed|drank|drunk) (?:a |the |some |part of a )?(?:dishwasher|washing machine|laundry|washing|detergent|liquid) (?:tab|tablet|pod|capsule|liquid|gel)s?`,
        S`(?:${took}|taking)${gap(3)} ${drug}`,
        S`(?:taken|took|swallowed|necked) (?:everything|all the \S+) (?:in|from) (?:the|her|his|my|their) (?:drawer|cupboard|box|cabinet|bag)`,
        // Injected, and down now: "injected something for the first time and is slumped".
        S`inject(?:ed|ing) (?:something|stuff|some \S+|(?:him|her|them)sel(?:f|ves))${gap(8)} ${downNow}`,
        S`${took}${gap(2)} ${quantity}${gap(4)} ${medicine}`,
        S`(?:took|taken|necked|swallowed|downed) (?:loads|a load|the lot|them all|all of them|the whole lot)(?! of)`,
        S`(?:${medicine}|medicines)${gap(3)} (?:are |is )?(?:both )?(?:nearly |all )?(?:gone|missing|empty)`,
        // (Not a temperature and a dose given: "temp of 38, calpol given, shes playing happily".)
        S`(?<!\b(?:temp|temperature|fever) (?:of |is |at |was )?)\d+ ${medicine}${gap(14)} ${now}`,
        S`(?:drunk|drank|swallowed|taken|took) (?:most|half|all) of (?:a|the|her|his) (?:bottle|packet|box|tub)`,
        S`(?:googling|googled|searching|searched|looked up|looking up) how many(?! (?:calories|carbs|people|miles|days|hours|weeks|times|sleeps))${gap(12)} (?:found|hidden|hiding|stash|pack|packet|box)`,
        S`${medicine}${gap(2)} (?:lined up|laid out|counted out)`,
        S`(?:swallowed|necked|taken|took) (?:the |her |his |their |my |all (?:the |her |his |their )?)?${medicine} (?:from|in|out of) (?:the|her|his|my|their) (?:drawer|cupboard|box|cabinet|bag|room|bathroom|pocket)`,
        S`${now}${gap(8)} (?:swallowed|necked) (?:the |her |his |their |some |all )?${medicine}`,
        S`${medicine}${gap(14)} (?:had|took|taken|swallowed|necked) (?:like |about |around |maybe |over )?\d{2,}(?! (?:years?|yrs?|yo|mins?|minutes|hours?|hrs?|days?|weeks?|months?|mg|ml))`,
        S`\d{2,} ${medicine}${gap(8)} (?:took|taken|swallowed|had|necked) (?:them|it|all|the lot)`,
        // "admits taking 20 ibuprofen", "taking paracetamol all day"
        S`(?:taking|taken|took|had|swallowed) (?:\d{2,}|[5-9]) ${medicine}`,
        S`taking ${medicine} all day`,
        // "found empty blister packs, she admits swallowing them"
        S`(?:empty|finished) (?:blister )?(?:packs?|packets?|boxes?|strips?)${gap(8)} (?:swallow\w*|took|taken|admits)`,
        S`threatening to (?:drink|swallow|take) (?:the |some |all (?:the |her |his )?)?(?:bleach|antifreeze|poison|weedkiller|pills|tablets)`,
        // "says shes going to drink the antifreeze in the garage"
        // Or home first: "told a ta shes going to go home and drink the bleach under the sink".
        S`(?:going to|gonna|about to|will|ll)(?: go (?:home|upstairs|back) and| go and)? (?:drink|swallow|eat|neck|down) (?:the |some |all (?:the |her |his )?)?(?:bleach|antifreeze|poison|weedkiller|rat poison|weed killer)`,
        // "texted ive taken everything"
        S`ive (?:taken|took|swallowed) (?:everything|the lot|them all)`,
        // A last message: "texted taken everything, bye"
        // "saying hes taken everything and wanted to say bye"
        S`(?:taken|took|swallowed|necked) (?:everything|the lot|them all)${gap(5)} (?:bye|goodbye|sorry|love you)`,
        // Shut in with them: "barricaded himself in the laundry with the chemicals saying hell drink them"
        S`(?:with|holding|got|has) (?:the |some |a bottle of |bottles of )?(?:chemicals|cleaning (?:stuff|products|fluids?)|detergent|bleach|poison|antifreeze|weedkiller)${gap(4)} ` +
          S`(?:saying|says|threatening|going to|gonna)${gap(3)} (?:drink|swallow|down|neck)`,
        // "drank something from under the sink", "holding the bleach saying shell drink it"
        // "drunk something from a bottle under the sink"
        S`(?:drank|drunk|swallowed|ate) (?:something|stuff) from (?:a \S+ )?under the sink`,
        // A little one into the poisons: "the 18 month old has got the bleach bottle open and theres some round her mouth".
        S`(?:bleach|poison|chemicals?|cleaning \S+|detergent|white spirit|antifreeze|washing (?:up )?liquid|laundry \S+|dishwasher \S+)${gap(10)} (?:round|around|in|on) (?:her|his|their) (?:mouth|lips)`,
        // "swallowed something from the bathroom cabinet" (not "took": fetched)
        // Or a handful of it: "swallowed a handful of something from the bathroom cabinet".
        S`(?:drank|drunk|swallowed|necked) (?:(?:a handful|a load|loads|a bunch|a few|lots|a mouthful|a bottle|a cup|a glass) of )?(?:something|stuff|some \S+) ` +
          S`(?:from|out of) (?:the|her|his|my|their|a) (?:\S+ )?(?:cabinet|cupboard|drawer|shed|garage)`,
        // Swallowed, and why: "swallowed a handful of something, says she wants to sleep forever".
        S`(?:swallowed|necked|downed)${gap(10)} (?:saying|says|said|texted|texting|messaged|messaging|screaming|crying)${gap(2)} (?:(?:wants? to|wanna|going to|gonna|trying to) )?${intent}`,
        // Someone else's, a few of them: "says she took a few of my tablets" (not taken back to the chemist).
        S`${took} (?:a few|a couple|some|several|half|most|loads|a load|a handful|lots|a bunch) of ${quantity}${gap(2)} ${medicine}(?! (?:to|back|into|out|away)\b)`,
        // Taking them and saying why: "necking pills saying its to end it all".
        S`(?:${took}|necking|swallowing|downing|taking)${gap(2)} ${medicine}${gap(3)} (?:saying|says|said|texted|screaming|shouting) (?:its |it is |shes |hes |theyre |im )?(?:to |going to |gonna )?` +
          S`(?:end it(?! with)|end (?:it all|(?:her|his|their|my) life)|kill (?:her|him|them|my)sel(?:f|ves)|die|be dead)`,
        S`(?:holding|got|has) (?:the |some |a bottle of )?(?:bleach|poison|antifreeze|weedkiller)${gap(3)} (?:saying|says|threatening)${gap(3)} (?:drink|swallow)`,
        // A whole strip or box of them: "necked a full strip of paracetamol", "swallowing a strip of her nans pills".
        S`(?:swallowed|swallowing|necked|downed|eaten|ate) (?:a |the |her |his |their )?(?:full |whole )?(?:strip|packet|pack|box|blister pack|sheet|bottle|tub)s? of${gap(5)} ${medicine}`,
        // More than the dose: "had more of her sertraline than she should".
        S`(?:had|taken|took|swallowed|necked) (?:way |a lot |loads |much )?more (?:of )?(?:her |his |their |my |the )?${medicine} than`,
        // Nobody knows how many: "broke into the meds cupboard, no idea how many hes had".
        // Or a little one who got into them: "got into the meds cupboard and i dont know how many she ate".
        S`(?:${medicine}|meds cupboard|medicine cabinet)${gap(10)} (?:no idea|dont know|not sure|wont (?:tell|say)(?: me| us)?) how many${gap(5)} (?:had|took|taken|swallowed|necked|ate|eaten|drank|drunk)`,
        // A little one and a drug found: "the 5 year old found a bag of white powder in her big brothers room and has licked some".
        S`(?:white |brown )?powder${gap(10)} (?:has |have |had )?(?:licked|eaten|ate|swallowed|tasted|sniffed|snorted) (?:some|a bit|it|a little|a lick)\b`,
        // Something unknown eaten, that looked like a pill: "toddler got into mums handbag and ate something, looked like a blue pill".
        S`(?:ate|eaten|swallowed|chewed) something${gap(8)} (?:looked like|looks like|think (?:it was|its)|might (?:have been|be)|could (?:have been|be)|maybe) ` +
          S`(?:a |an |some |one of )?(?:\S+ )?(?:pills?|tablets?|capsules?|meds)\b`,
        // Put in another's drink to make them sleep or ill: "he said i put the tablets in mums drink so shed sleep and i could go".
        S`(?:i|ive|he|hes|she|shes|they|theyve)(?: has| have| had)? (?:put|slipped|crushed|mixed|added) (?:the |some |my |his |her |their |all )?(?:\S+ ){0,2}` +
          S`(?:tablets|pills|meds|medication|powder|drugs)${gap(2)} (?:in|into) ` +
          S`(?:(?:mums|dads|nans|grans|grandads|carers|staffs|teachers|brothers|sisters|the babys|the carers) (?:\S+ )?${alt('drink', 'tea', 'coffee', 'food', 'dinner', 'juice', 'brew', 'cup', 'water', 'bottle', 'milk')}|` +
          S`(?:\S+ ){1,3}so (?:shed|hed|theyd|she would|he would|they would|she|he|they|mum|dad) (?:would )?(?:sleep|go to sleep|pass out|not wake|be ill|get ill|be sick|die))`,
        // "ive done something stupid with the tablets, sorry"
        S`(?:done|did) something (?:really )?(?:stupid|silly|dumb)${gap(4)} (?:with )?(?:the |my |her |his |their |some )?(?:tablets|pills|meds|paracetamol)`,
        // A number of something unnamed: "says shes taken 20 of something an hour ago" (not 10 of them to the park).
        S`(?:taken|took|tooken|swallowed|necked|downed|had) (?:like |about |around |maybe |over |at least )?(?:\d{2,}|[5-9]) of ` +
          S`(?:something|them|(?:those|these|her|his|their|my|the) (?:\S+ )?(?:${medicine}|(?<!(?:little|young|younger|older|big) )ones))(?! (?:to|on|out|into|home|for|with)\b)`,
        // Emptied packs and a word of what for: "found her with empty blister packs, she says she wants to sleep forever",
        // or a note beside them: "found a note and an empty packet of ibuprofen on her bed".
        S`${emptyPacks}${gap(10)} (?:(?:wants? to|wanna|going to|gonna|will|ll|trying to) )?(?:${intent}|note|letter)`,
        S`(?:note|letter|goodbye)${gap(8)} ${emptyPacks}`,
        // Drink and medicine together: "drank a whole bottle of wine and taking codeine", "necked vodka then took her mums tablets".
        S`(?<!\b(?:i|ive|we|weve) )(?:drank|drunk|downed|necked|had|drinking|necking) (?:a |the |half (?:a |the )?|most of (?:a |the )?|a whole |the whole |a full |loads of |lots of |a load of )?` +
          S`(?:bottle (?:of )?|litre (?:of )?|cans? (?:of )?)?(?:\S+ )?${booze}${gap(6)} (?:and |then |now |with |plus )?(?:taking|taken|took|swallowed|swallowing|necked|necking|popping|popped|downed) ` +
          S`(?:(?:some|a few|loads|a load|a couple|lots|a handful|all) (?:of )?)?(?:her |his |their |my |mums |dads |nans |the )?(?:\S+ )?${medicine}`,
        S`(?<!\b(?:i|ive|we|weve) )(?:taken|took|swallowed|necked|popped|downed) (?:(?:some|a few|loads|a load|a couple|lots|a handful|all) (?:of )?)?(?:her |his |their |my |mums |dads |nans |the )?(?:\S+ )?${medicine}${gap(6)} ` +
          S`(?:and |then |now |with |plus )?(?:drank|drunk|downed|necked|drinking|necking) (?:a |the |half (?:a |the )?|a whole |the whole |loads of |lots of )?(?:bottle (?:of )?|litre (?:of )?|cans? (?:of )?)?(?:\S+ )?${booze}`,
      ].join('|'),
    ),
    // The usual dose at the usual time (not 20 of them, nor her mum's, "this morning"), history, or a story in the news.
    unless: new RegExp(
      S`${past.source}|\b(?:as prescribed|with (?:her|his|their) (?:breakfast|tea|dinner)|(?:in|on) the news)\b|` +
        // The teller's own, as prescribed: "the 9 year old checks ive taken my tablets".
        S`\b(?:ive|i have|i)(?: already| just)? (?:taken|took|had) my (?:tablets|pills|meds|medication)\b|` +
        // Looked up, not taken: "had googled how many paracetamol is fatal ... for a science lesson".
        S`\b(?:googled|googling|searched|searching|looked up|looking up)(?: \w+){0,2} how (?:many|much)\b|` +
        // A habit told, for sleep: "told me hes been taking his mates xanax to get to sleep" (not when something is wrong now).
        S`\b(?:been|keeps|started|starting) taking\b(?: \w+){0,3} to (?:help (?:her|him|them) )?(?:get to )?sleep\b(?!.*\b(?:now|tonight|right now|wont wake|cant wake|not waking|unresponsive|floppy)\b)|` +
        // A habit told, at weekends: "taking mdma and ketamine most weekends ... who could do some work with her" (not when something is
        // wrong now).
        S`\btaking\b(?: \w+){0,4} (?:most|every|at|on) (?:weekends?|nights?|friday|saturday)s?\b(?!.*\b(?:now|tonight|right now|wont wake|cant wake|not waking|unresponsive|floppy|collapsed)\b)|` +
        // Run out, and more sent for: "diazepam bottle was empty so we ordered more".
        S`\b(?:order|ordered|ordering|reorder\w*|request\w*|collect\w*|pick up|picked up|get|getting|got) (?:some |a |her |his |their )?(?:more|(?:new|repeat) prescription|refill)\b|` +
        usualDoseThisMorning(medicine) +
        // One or two for an ordinary pain: "she took 2 paracetamol for the toothache, is it ok with the antibiotic" (not more after them).
        S`|^(?=.*\b(?:headache|period pains?|toothache|temperature|fever|a cold|sore throat|earache|normal dose|the right dose)\b)` +
        S`(?!.*\b(?:more|again|another|wont wake|cant wake|unresponsive|drowsy|floppy|the rest|all of)\b)` +
        S`.*\b(?:took|taken|had|take|give|gave|given) (?:1|2|one|two|a) (?:\w+ )?(?:paracetamol|ibuprofen|calpol|nurofen|tablets?|pills?)\b`,
    ),
  },
];
