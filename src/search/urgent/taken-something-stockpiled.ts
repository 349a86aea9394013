/**
 * Medicine kept back to take.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, S, upTo, type Rule } from './fragments';
import { medicine } from '../danger/fragments-means';

/** Keeping medicine back. */
const hoarded = alt('has', 'got', 'saved', 'saving', 'stockpiled', 'stockpiling', 'hoarding', 'hidden', 'hid');
/** Keeping medicine back, said only of a stash: a few words may come between ("saved up all her adhd meds for a month"). */
const stashed = alt(
  'saved',
  'saving',
  'stockpiled',
  'stockpiling',
  'hoarding',
  'hoarded',
  'stashed',
  'stashing',
  S`squirrel{1,2}(?:ed|ing) away`,
);
/** Words between a stash and the medicine, but not a purpose ("saving up for her meds"): "all her adhd", "a months worth of". */
const stashWords = S`(?:(?!for\b|to\b|money\b)\w+ ){0,4}`;
/** Not taking them: "wont take them", "pretends to take them", "didnt want to take them". */
const notTaking = alt(
  'wont',
  'doesnt',
  'dont',
  'didnt',
  'not',
  'never',
  'cant',
  S`refus\w* to`,
  S`forg[eo]t\w* to`,
  S`pretend\w* to`,
  S`(?:meant|supposed|has|have|had|needs?) to`,
  S`(?:want|like) to`,
);
/** What medicine kept back is for: a stated intent to take them all, or a time ("going to take them at the weekend"). */
const stockpileUse = alt(
  S`(?<!\b${notTaking} )take them(?! back)`,
  S`take ${alt('the lot', 'all of them', 'it all')}`,
  S`${alt('swallow', 'neck', 'down')} ${alt('them', 'the lot', 'it all')}`,
  'tonight',
  S`tonights? the night`,
  S`${alt('tomorrow', 'today', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday')} is the ${alt('day', 'night')}`,
  'kill',
  'die',
  'end it',
  'overdose',
  // Kept from the adults who ask for it: "stockpiled prescribed medication and is refusing to hand the medication over".
  S`${alt(S`refus\w* to`, 'wont', 'will not')} ${alt('hand', 'give')} (?:\w+ ){0,2}${alt('over', 'up', 'in', 'back')}`,
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const takenSomethingStockpiledRules: Rule[] = [
  // "shes been stockpiling paracetamol and says shell take them tonight"
  {
    name: 'stockpiled',
    when: anyOf(
      // All of them counted out, or at night: "2am. teen on the landing counting out all his meds".
      S`\b${alt('counting', 'lining', 'laying', 'setting')} (?:out|up) all (?:of )?(?:his|her|their|the|my) ${medicine}\b`,
      S`\b(?:[1-5] ?am|midnight|middle of the night)\b.*\b${alt('counting', 'lining')} (?:out|up) (?:all )?(?:of )?(?:his|her|their|the|my) ${medicine}\b`,
      S`\b${hoarded} (?:up )?(?:some |a stash of )?${alt('tablets', 'pills', 'meds', 'paracetamol')}\b.*\b${stockpileUse}\b`,
      // With words between: "saved up all her adhd meds for a month and is going to take them at the weekend".
      S`\b${stashed} (?:up )?${stashWords}${medicine}\b.*\b${stockpileUse}\b`,
      // A stash named: "has a stash of her mums co codamol and plans to take them all".
      S`\b${alt('stash', 'stockpile', 'hoard')} of ${stashWords}${medicine}\b.*\b${stockpileUse}\b`,
      // The stash already taken: "last night she told her carer shed taken the tablets shed been saving and felt sleepy".
      S`\b${alt('taken', 'took', 'swallowed', 'necked')} (?:all )?(?:the |her |his |their )?(?:\w+ )?${alt('tablets', 'pills', 'meds', 'medication', 'paracetamol')} ` +
        S`${alt('shed', 'hed', 'theyd', 'she had', 'he had', 'they had', 'shes', 'hes', 'theyve')} been ${alt('saving', 'hoarding', 'stockpiling', 'collecting', 'stashing')}\b`,
      // The stash gone from where it was kept: "the tablets shes been hoarding arent in the drawer".
      S`\b${alt('tablets', 'pills', 'meds', 'medication', 'paracetamol')} ${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have', 'shed', 'hed')} been ${alt('saving', 'hoarding', 'stockpiling', 'collecting', 'stashing')} ` +
        S`${alt('arent', 'are not', 'have gone', 'are gone', 'are missing', 'have disappeared', 'werent', 'were not')}\b`,
      // Told the other way round: "shows me a bag of tablets shes been saving, says shes taking them tonight".
      // Bought shop by shop today, and in distress now: "buying paracetamol at 3 different chemists today and is now sitting in her shop crying".
      S`\b${alt('buying', 'bought', 'tried to buy', 'trying to buy')} (?:\w+ )?${alt('paracetamol', 'tablets', 'pills', 'painkillers', 'ibuprofen', 'co codamol')} (?:at|from|in) ${alt('\\d+', 'two', 'three', 'four', 'several', 'different', 'lots of')} (?:different )?${alt('chemists', 'pharmacies', 'shops', 'supermarkets')}\b.*\b${alt('today', 'now', 'tonight', 'this (?:morning|afternoon|evening)')}\b`,
      S`\b${medicine}${upTo(3)} ${alt('been saving', 'been hoarding', 'been stockpiling', 'been collecting', 'been stashing', 'saved up', 'stockpiled', 'hoarded', 'stashed')}\b.*\b${stockpileUse}\b`,
    ),
    // Asked about any child, or told as long past (not "before anyone wakes", not "saved them last week").
    unless: b(
      alt(
        'what if',
        S`what (?:should|do) (?:i|we) do if`,
        'last (?:year|month|summer)',
        '(?:years|months) ago',
        'used to',
        'in the past',
        'history of',
        // Found and handed in: "found a stash of her tablets, handed them to the gp, she says she wont take them now".
        S`${alt('handed', 'gave', 'given', 'returned')} (?:them|it|the \w+) ${alt('in', 'over', 'back', S`(?:in |back )?to (?:the )?${alt('gp', 'pharmacy', 'pharmacist', 'chemist', 'police')}`)}`,
      ),
    ),
  },
];
