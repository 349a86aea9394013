/**
 * An overdose told as now, or medicine going fast.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { drinksOverdoseFineNow, harmlessExcess, medicine, overdoseFigure, ownNightOut } from './fragments-means';
import { now } from './fragments-now';
import { downNow, emptyPacks } from './taken-something-words';

/** An overdose, however it is spelt. */
const overdose = alt('overdosed', 'overdose', 'overdoes', 'overdoze', 'overdoesd', 'od', 'ods', 'odd', 'oded');
/** Medicines by brand, beside an empty pack (overdose-now): "empty nurofen bottle". */
const brands = alt('nurofen', 'lorazepam', 'oxycodone', 'piriton', 'ritalin', 'methylphenidate', 'sleeping pills');

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenSomethingOverdoseSituations: Situation[] = [
  // "took an overdoes of her sertraline, found the empty box just now"
  {
    name: 'overdose-now',
    when: b(
      [
        S`(?:took|taken|had|done) (?:an |a )?${overdose}${gap(12)} (?:${now}|found|empty|i think)`,
        // Felt taking hold, in her words: "telling someone shed 'done it' and the tablets were 'kicking in', then she went quiet".
        S`(?:tablets|pills|meds|medication|paracetamol|drugs|them)${gap(2)} (?:were |are |is |was |started |starting )?kicking in(?! (?:for|with) (?:her|his|their) (?:adhd|sleep|anxiety|hay ?fever))`,
        // Told as a note: "overdose i think 16yo girl"
        S`${overdose} i think`,
        S`${now}${gap(4)} (?:took|taken) (?:an |a )?${overdose}`,
        S`${overdose}${gap(6)} (?:\d+|loads of|a load of|a handful of|handful of|a box of|a packet of) ${medicine}`,
        S`(?:\d+|loads of|a handful of) ${medicine}${gap(6)} ${overdose}`,
        // (Not asked of anyone, nor what there is to take: "can someone overdose on antihistamines", "so theres nothing to overdose on".)
        S`(?<!\b${alt(S`${alt('nothing', 'anything', 'something')} to`, S`${alt('when', 'if')} ${alt('you', 'u', 'someone', 'people', 'a person')}`, S`can (?:${alt('someone', 'somebody', 'you', 'u', 'a child', 'children', 'kids', 'a kid', 'people', 'a person')})`, S`${alt('if', 'whether', 'when', S`${alt('true', 'heard', 'read', 'said', 'think', 'know')}(?: that)?`)} ${alt('you', 'u', 'someone', 'people', 'a person')} can`, S`${alt('if', 'whether')} ${alt('she', 'he', 'they', 'i')} ${alt('could', 'can', 'would', 'might')}`, S`${alt('what', 'how')} (?:an|a)`, S`${alt('nobody', 'no one', 'noone', 'no child', 'none of them')} ${alt('can', 'could', 'will', 'would')}`)} )` +
          S`${alt('overdosed', 'overdose', 'overdoes', 'overdoze', 'od', 'ods')} (?:on|of) (?!(?:my |our |the )?${alt(...harmlessExcess, 'work')}\b)(?:her|his|their|my|some|the|a )?${gap(1)}`,
        // (Not a time: "weve had j for about 8 months now".)
        S`(?:took|taken|tooken|had|necked|swallowed)${gap(3)} (?:too many|2 many|to many|too much|extra|a couple extra|(?:approx|about|around) \d+(?! (?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\b))`,
        // Told as a note: "overdose sertraline 15yo now".
        S`(?:overdose|overdosed|od|oded) ${medicine}${gap(4)} ${now}`,
        // An emptied pack beside someone gone quiet or sleepy, either way round: "empty co-codamol packet in his bag and hes really sleepy".
        S`${emptyPacks}${gap(14)} ${downNow}`,
        // Spilled out around someone going down: "pills everywhere shes drowsy".
        S`(?:pills|tablets|meds|capsules) (?:all )?(?:everywhere|all over (?:the |her |his |their )?(?:floor|bed|room|place))${gap(8)} ` +
          S`(?:${downNow}|(?:shes|hes|theyre|is|are) (?:\S+ )?(?:drowsy|sleepy|floppy|pale|grey|confused|slurring))`,
        S`${downNow}${gap(14)} ${emptyPacks}`,
        // Or slurring: "found him with her empty diazepam bottle, he says he only had a few but hes slurring his words".
        S`empty (?:\S+ )?(?:bottle|packet|pack|box|strip|tub)s?${gap(14)} slurr\w*`,
        // A whole supply gone: "necked his adhd meds, the whole weeks worth", "lorazepam down a whole strip", "blister packs all popped",
        // "counting whats left, 30 short", "had a handful of them white ones".
        S`(?:took|taken|necked|swallowed|had|downed|down)${gap(5)} (?:a |the )?(?:whole|full|entire) (?:(?:weeks?|months?|fortnights?|days?)(?: s)? (?:worth|supply)|strip|packet|pack|box|bottle|blister|tub)` +
          // (Not one of something else: "had the whole box of chocolates", "the whole tub of ice cream".)
          S`(?! of (?:(?:her|his|their|my|the|them|those|these|your|our) )?(?!${medicine}|${brands}|them\b|those\b|these\b|it\b)\S)`,
        S`(?:blister ?packs?|blisters|strips|packets)${gap(4)} (?:all )?(?:popped|empty|emptied|gone|pushed out)`,
        S`(?:counting|counted|count)${gap(6)} (?:\d+|loads|lots|half) (?:\S+ )?(?:short|missing|gone)`,
        S`(?:had|took|taken|swallowed|necked|downed) (?:a |like a )?(?:handful|fistful|load)(?: of)? (?:them|these|those|her|his|the|some)`,
        // (Not one put out for recycling.)
        S`(?<!\b(?:recycl\w*|binned|rinsed|washed)\b.*)(?:empty (?:\S+ )?(?:${medicine}|${brands})${gap(1)} (?:bottle|packet|box|tub)|empty (?:bottle|packet|box|tub) of (?:${medicine}|${brands}))` +
          S`(?!.*\b(?:headache|toothache|period pains?|(?:shes|hes|theyre) (?:fine|ok|okay))\b)`,
      ].join('|'),
    ),
    // Said of work or a treat: "weve overdosed on meetings this week" (not caffeine, which harms).
    unless: new RegExp(
      // A past overdose asked about: "does a past overdose on its own mean a dynamic support database listing".
      S`${past.source}|\b(?:past|previous|prior) (?:overdose|od)s?\b|` +
        // A figure of speech: "she had a total overdose of tiktok last night".
        S`\b(?:overdose|overdosed|overdosing|od) (?:of|on) (?:the |all the |too much )?(?:\w+ )?${alt(...overdoseFigure)}\b|\bon my watch\b|\b(?:ive|weve|i have|we have|ive been|weve been) overdosed on ` +
        // (Work and training only: the rest of the teller's figures are in overdoseFigure, read just before for anyone.)
        S`${alt('work', 'training')}\b|` +
        drinksOverdoseFineNow +
        S`|${ownNightOut}|` +
        // Seen and sent home since, unless again: "1 child taken to a and e after an overdose on tuesday, discharged wednesday".
        S`\bdischarged\b(?!.*\b(?:again|another|now|tonight|just)\b)`,
    ),
  },
  // "eating the iron tablets like sweets, there were 30 and now theres 3"
  {
    name: 'medicine-going-fast',
    when: b(
      [
        S`${medicine}${gap(5)} like (?:sweets|smarties)`,
        S`(?:were|was|had) \d+${gap(3)} (?:tub|box|packet|pack|bottle|strip|pot)${gap(4)} (?:now|only) (?:theres |there are |there is )?(?:\d+|none|one|two|three|a few)`,
      ].join('|'),
    ),
    unless: past,
  },
];
