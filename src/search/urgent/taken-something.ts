/**
 * Something swallowed: a poison, an overdose, medicine in a quantity no one is prescribed, or kept back to take.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read and their order.
 */

import { usualDoseThisMorning } from '../danger/fragments-means';
import { alt, anyOf, b, habitual, now, past, poss, S, upTo, type Rule } from './fragments';

const medicine = alt(
  'antidepressants',
  'pills',
  'tablets',
  'paracetamol',
  'ibuprofen',
  'aspirin',
  'sertraline',
  'fluoxetine',
  'melatonin',
  'meds',
  'medication',
  'medicine',
  'anti ?depressants',
  'painkillers',
  'co codamol',
  'cocodamol',
  'codeine',
  'calpol',
  'insulin',
  'prescription',
  'medication',
  // Medicines for the mind and for sleep: "taken an unknown amount of her quetiapine".
  'quetiapine',
  'olanzapine',
  'risperidone',
  'aripiprazole',
  'citalopram',
  'mirtazapine',
  'amitriptyline',
  'diazepam',
  'lithium',
  'zopiclone',
  'gabapentin',
  'pregabalin',
  'tramadol',
  'propranolol',
);
/** Poisons, household products and objects no one should swallow. */
const poison = alt(
  'bleach',
  'poison',
  'antifreeze',
  'washing up liquid',
  'detergent',
  S`laundry ${alt('pods?', 'capsules?', 'liquid')}`,
  // "swallowed washing machine pods"
  S`${alt('washing', 'dishwasher', 'laundry')}(?: machine)? ${alt('tablets?', 'pods?', 'capsules?', 'powder')}`,
  // Or told vaguely: "drank the dishwasher stuff".
  S`dishwasher ${alt('stuff', 'liquid', 'gel', 'salt')}`,
  // Car and garden fluids: "hes drunk the screenwash".
  'screen ?wash',
  'de ?icer',
  'rinse aid',
  'chemicals',
  // Alcohol no one should drink: "drank mouthwash and a bottle of hand sanitiser".
  'mouthwash',
  S`hand ${alt('sanitiser', 'sanitizer', 'gel')}`,
  'drain cleaner',
  'white spirit',
  'e liquid',
  'vape liquid',
  'batteries',
  'battery',
  'button batteries',
  'magnets',
  S`cleaning ${alt('fluid', 'products?')}`,
  'weedkiller',
  S`nail ${alt('varnish', 'polish')} remover`,
  'razor blades?',
  'blades',
  'glass',
  'screws',
  'an overdose',
  'an od',
  'overdose',
);
// Taking medicine is only an emergency in a quantity no one is prescribed, or someone else's.
const quantity = alt(
  'a load',
  'loads',
  'lots',
  'a lot',
  'all',
  'whole',
  'packets?',
  'boxes',
  'box',
  'bottle',
  'handful',
  'fistful',
  S`an unknown ${alt('quantity', 'amount')}`,
  S`unknown ${alt('quantity', 'amount')}`,
  'too many',
  'a stash',
  'the lot',
  S`\d+`,
  S`(?:his |her |their )?${alt('mums', 'dads', 'nans', 'someone elses', 'carers')}`,
);
/** Swallowing, in the words people use ("drank" and "drunk" only for poisons). */
const swallowedPoison = alt(
  'taken',
  'took',
  'swallowed',
  'ingested',
  'consumed',
  'downed',
  'necked',
  'drunk',
  'drank',
  'had',
  'eaten',
  'ate',
  // As it happens: "hes swallowing bits of glass".
  'swallowing',
);
const swallowed = alt('taken', 'took', 'swallowed', 'ingested', 'consumed', 'downed', 'necked', 'had', 'eaten', 'ate');
const od = alt('od', 'overdose');
/** Signs after taking something that it is doing harm. */
const unwell = alt(
  'drowsy',
  'slurring',
  'sleepy',
  'sick',
  'vomiting',
  'wont wake',
  'unresponsive',
  'not making sense',
  'pale',
  'breathing',
  'fitting',
  'seizure',
);
/** Who might have taken something. */
const someoneTook = alt('she', 'he', 'they', 'shes', 'hes', 'theyve', 'the yp');
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
);

/** Each rule with an example it catches; ../urgent.ts sets the order they are tried in. */
export const takenSomethingRules: Rule[] = [
  // "hes drunk bleach", "yp swallowed a button battery"
  {
    name: 'poisoned',
    when: anyOf(
      S`\b${swallowedPoison}\b${upTo(3)} ${poison}\b`,
      // Asked as if it were a what-if, then said to be real: "what happens if you drink nail varnish remover, asking because she just did".
      S`\b${alt('drink(?:s|ing)?', 'eat(?:s|ing)?', 'swallow(?:s|ing)?', 'take', 'taking')}\b${upTo(3)} ${poison}\b.*\b` +
        S`${alt(S`asking (?:because|as|cause) (?:she|he|they|hes|shes|theyve)`, S`(?:she|he|they) ${alt('just', 'has just', 'have just', 'already')} ${alt('did', 'done it', 'has', 'have')}`, S`asking for (?:right |rite )?now`, 'its happened', 'it just happened')}\b`,

      // Something from where cleaning things are kept, in any tense or English (the verbs as patterns: "swallows" written out
      // would join the spelling table one edit from "swallowd", tie with "swallowed", and leave it mistyped): "the boy he drink something from under sink, he say
      // stomach burn", "shes swallowed stuff from the cleaning cupboard".
      S`\b${alt('drink(?:s|ed)?', 'drank', 'drunk', 'swallow(?:s|ed)?', 'ate', 'eat(?:en)?')} ${alt('something', 'stuff', 'some', 'liquid', 'a liquid', 'a bottle')} ` +
        S`(?:\w+ )?${alt('from', 'out of', 'in')} (?:the |a )?(?:\w+ )?${alt('under (?:the )?sink', 'cleaning cupboard', 'cupboard under (?:the )?sink', 'garage', 'shed')}\b`,
      // Or a burning inside after drinking something: "he drink something, he say stomach burn", "drank something and her mouth is burning".
      S`\b${alt('drink(?:s|ed)?', 'drank', 'drunk', 'swallow(?:s|ed)?')} ${alt('something', 'stuff', 'some')}\b.*\b${alt('stomach', 'throat', 'mouth', 'tummy', 'belly')} (?:is |s |are )?${alt('burn', 'burns', 'burning', 'on fire')}\b`,
    ),
    // "took the batteries out of the remote" (but "swallowed the blades out of a sharpener" is not).
    // A sore throat: "swallowing feels like glass since her tonsils".
    unless: new RegExp(
      S`${past.source}|\b${alt('took', 'take', 'taken', 'taking', 'got', 'get', 'pulled', 'removed')}\b${upTo(3)} ${poison} out of\b|` +
        S`\b${alt('feels', 'feel', 'felt', 'feeling')} like\b`,
    ),
  },
  // "shes taken a whole packet of paracetamol"
  {
    name: 'ingested',
    when: new RegExp(S`\b${swallowed}\b${upTo(3)} ${quantity}\b${upTo(4)} ${medicine}\b`),
    // "had all her meds this morning" is the usual dose at the usual time; 20 of them, or her mums, is not.
    unless: new RegExp(
      S`${past.source}|\b(?:with (?:her|his|their) (?:breakfast|tea|dinner)|as prescribed)\b|` + usualDoseThisMorning(medicine),
    ),
  },
  // "shes overdosed", "after an overdose, shes doing it again now"
  {
    name: 'overdosed',
    when: b(
      alt(
        'overdosed',
        S`has (?:taken an )?${od}`,
        S`after an ${od}\b.*\b(?:again|now)`,
        // Passed on live, from whoever is with the child: "overdose 13yo carer on phone what do i tell her to do".
        S`${od}\b.*\b${alt(S`on (?:the )?(?:phone|line)(?! ${alt('to book', 'about', 'asking about', 'yesterday', 'earlier')})`, S`what (?:do|should) (?:i|we) tell (?:her|him|them) to do(?! if)`)}`,
      ),
    ),
    // "she overdosed on my watch": the carer's own feelings afterwards. Already in hospital after it
    // ("admitted informally after an overdose, now asking to leave"): the ward's question, not the card's.
    // Nor seen by doctors and well: "at a and e after an overdose earlier, medically fine now".
    unless: new RegExp(
      S`${past.source}|\bon my watch\b|\bfeel like (?:i|ive) failed\b|\b(?:admitted|on the ward|in hospital|training|awareness)\b|` +
        S`\bmedically ${alt('fit', 'fine', 'cleared', 'ok', 'okay', 'well', 'stable')}\b|` +
        // Said of work or a treat: "weve overdosed on meetings this week" (not caffeine, which harms).
        S`\b(?:ive|weve|i have|we have|ive been|weve been) overdosed on ${alt('meetings', 'emails', 'admin', 'paperwork', 'work', 'chocolate', 'sweets', 'netflix', 'telly', 'tv', 'christmas', 'training')}\b`,
    ),
  },
  // "OD" and nothing else is a cry for help, not a search for the topic.
  { name: 'od-alone', when: new RegExp(S`^${alt('od', 'oding', 'oded', 'odd')}$`) },
  // "od'd" loses its apostrophe when cleaned: "odd on her tablets".
  { name: 'odd', when: new RegExp(S`\b${alt('odd', 'oded')} on (?:her |his |their |my )?${alt(medicine, 'paracetamol', 'insulin')}\b`) },
  // "shes taken some pills", "hes swallowed a few tablets"
  {
    name: 'pills-taken',
    when: b(
      S`${alt('taken', 'took', 'swallowed', 'necked', 'downed')} (?:some |loads of |a load of |a bunch of |random |a few )?` +
        // Some of her own, told as news: "shes just said shes taken a few of her tablets".
        S`(?:${alt('some', 'a few', 'a couple', 'loads', 'a load', 'a bunch', 'a handful', 'lots')} of (?:${alt('her', 'his', 'their')} |the )?)?` +
        alt('pills', 'tablets'),
    ),
    // Tablets for her period pain, as prescribed, the right dose: ordinary medicine.
    // Fewer than she should ("only taken a few of her tablets this week, refuses the rest"): a worry about taking them.
    unless: anyOf(
      past.source,
      S`\bfor ${alt('her', 'his', 'their', 'a', 'an', 'the')}\b`,
      'prescribed',
      S`\bdose\b`,
      S`\b${alt('only', S`forg[eo]t\w*`, 'missed', S`refus\w*`, 'the rest', S`skipp\w*`, 'stopped taking', 'wont take')}\b`,
    ),
  },
  // "i think shes taken something", "swallowed something and now hes drowsy"
  {
    name: 'taken-something',
    when: anyOf(
      S`\b${alt('taken', 'swallowed')} something\b.*\b${unwell}\b`,
      S`\b${alt('think', 'worried', 'scared', 'sure')} (?:that )?${someoneTook}(?: has| have| s)? ${alt('taken', 'swallowed')} something\b`,
    ),
  },
  // "shes been stockpiling paracetamol and says shell take them tonight"
  {
    name: 'stockpiled',
    when: anyOf(
      S`\b${hoarded} (?:up )?(?:some |a stash of )?${alt('tablets', 'pills', 'meds', 'paracetamol')}\b.*\b${stockpileUse}\b`,
      // With words between: "saved up all her adhd meds for a month and is going to take them at the weekend".
      S`\b${stashed} (?:up )?${stashWords}${medicine}\b.*\b${stockpileUse}\b`,
      // A stash named: "has a stash of her mums co codamol and plans to take them all".
      S`\b${alt('stash', 'stockpile', 'hoard')} of ${stashWords}${medicine}\b.*\b${stockpileUse}\b`,
      // Told the other way round: "shows me a bag of tablets shes been saving, says shes taking them tonight".
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
  // "after an overdose shes refusing to go to a and e"
  {
    name: 'od-refusing',
    when: new RegExp(
      S`\b${alt('od', 'overdose', 'overdosed')}\b.*\b${alt(
        'refusing',
        'refuses',
        'trying to leave',
        'walked out',
        'running off',
        'ran off',
      )}\b`,
    ),
    unless: past,
  },
  // "hes taking loads of pills right now"
  {
    name: 'taking-now',
    when: new RegExp(S`\btaking (?:\w+ ){0,2}${medicine}\b.*\b${now}\b`),
    // Taking her own prescribed medicine, as she should, is not an overdose.
    // Nor tablets taken last week ("on a ward after taking tablets last week, medically fine now"),
    // nor a habit told as one: "keeps getting drunk, sometimes taking pills off snapchat".
    unless: anyOf(
      S`\bprescribed\b`,
      S`\bas ${alt('she', 'he', 'they')} should\b`,
      S`\btaking ${poss} `,
      past.source,
      habitual.source,
      S`\bsometimes\b`,
    ),
  },
];
