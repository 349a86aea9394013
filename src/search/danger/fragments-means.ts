/** Shared by the broad emergency detector's situations (../danger.ts): medicines by name, their usual dose, things tied round a neck. */

import { alt, S } from './fragments';

/** Energy drinks by name: too many is a figure of speech, or a jittery hour (caffeine tablets are not among them). */
const energyDrinks = ['energy drinks', 'red bull', 'monsters?'];

/**
 * What a child may be said to have overdosed on, meaning only too much of it: "a total overdose of tiktok last night",
 * "overdosing on homework", "overdosed on the christmas pud". One list for both detectors; caffeine is not in it, since
 * too much of it harms (overdoseFigure adds it for the broad detector's figure of speech).
 */
export const harmlessExcess = [
  'tiktok',
  'screens?',
  'screen time',
  'sugar',
  'chocolate',
  'sweets',
  'telly',
  'tv',
  'netflix',
  'gaming',
  'youtube',
  'social media',
  // School's figures: "the kids have had an overdose of homework this week".
  'home ?work',
  // Of the senses: "in our induction they talked about 'overdose' of sensory input".
  'sensory (?:input|stuff|stimulation|overload)',
  // "maths homework is an overdose of fractions, ha".
  'fractions',
  'maths',
  'sums',
  'spellings',
  'revision',
  'exams',
  'tests',
  // Work's figures: "got an overdose of paperwork this week lol send help".
  'paperwork',
  'admin',
  'emails',
  'meetings',
  // Play and treats: "overdosing on the fizzy drinks and sweets", "overdosed on the christmas pud".
  'football',
  // An instrument or a sport: "overdosed on practice, did 5 hours yesterday and his fingers are sore".
  'practice',
  'practising',
  'fun',
  'fortnite',
  'fizzy (?:drinks?|pop)',
  'pop',
  'crisps',
  'biscuits',
  'cake',
  'christmas (?:pud|pudding|dinner|films?|telly|tv)',
  'mince pies',
  'turkey',
  'pizza',
  'leaflets',
  'reading',
  'christmas',
  // "od'd on haribo, feel sick, never again", "took too many selfies lol".
  'haribo',
  'selfies',
  // Food, in the kitchen's figures: "lad says he 'overdosed' on my chips haha", "gave the kids an overdose of garlic in the bolognese".
  'chips',
  'garlic',
  'food',
  'curry',
  'chilli',
  'cheese',
  'pasta',
  'carbs',
];
/** What an "overdose of" may be in a figure of speech, caffeine with the rest: "said he 'overdosed on energy drinks', had 3 monsters, fine now". */
export const overdoseFigure = [...harmlessExcess, ...energyDrinks, 'coffee'];

/** The teller's own night out, and no child in the message: "had a bit too much to drink at my sister's wedding, feel rough today". */
export const ownNightOut = S`^(?!.*\b(?:she|he|they|shes|hes|theyre|theyve|her|him|them|yp|child|kid|son|daughter|lad|girl|boy|baby|foster)\b).*\b(?:at|after) (?:my|a|the|our) (?:\w+s )?${alt('wedding', 'party', 'do', 'christening', 'night out', 'birthday', 'works do', 'hen do', 'stag do')}\b`;
/** Energy drinks, told as an overdose and fine now: "saying he 'overdosed on energy drinks' and felt jittery, had 3 monsters, fine now". */
export const drinksOverdoseFineNow = S`\boverdosed on ${alt(...energyDrinks)}\b(?=.*\bfine now\b)`;

/** Medicines by name, for both detectors (one list, so they cannot drift): taking one is only an emergency in a quantity, or someone else's. */
export const medicine = alt(
  'pills',
  'tablets',
  'tabs',
  'meds',
  'medication',
  'medicine',
  'paracetamol',
  'paracetemol',
  'paracetomol',
  'ibuprofen',
  'sertraline',
  'fluoxetine',
  'quetiapine',
  'melatonin',
  'gabapentin',
  'pregabalin',
  'diazepam',
  'codeine',
  'co codamol',
  'tramadol',
  'insulin',
  'antidepressants',
  'painkillers',
  'amitriptyline',
  'calpol',
  'cocodamol',
  'aspirin',
  'citalopram',
  'mirtazapine',
  'olanzapine',
  'risperidone',
  'aripiprazole',
  'lithium',
  'methylphenidate',
  'ritalin',
  'concerta',
  'elvanse',
  'propranolol',
  'zopiclone',
  'promethazine',
  'antihistamines',
  'sleeping tablets',
  'blister packs?',
  'foil strips?',
  'lorazepam',
  'naproxen',
  'morphine',
  'capsules',
  'prescription',
  // By brand: "told me shes taken about thirty of the nurofen".
  'nurofen',
  'panadol',
  'anadin',
  'piriton',
  // A grown-up's medicines in the house, dangerous to a child: "hes eaten my warfarin", "got into grandads heart tablets".
  'warfarin',
  'digoxin',
  'amlodipine',
  'metformin',
  'iron tablets',
  'heart tablets',
  'blood pressure tablets',
);
/**
 * "this morning" beside a medicine, told as the usual dose at the usual time: not 5 or more of them ("took 30 of her
 * fluoxetine this morning"), and not someone else's ("took her mums antidepressants this morning"). Each detector passes its
 * own list of medicines.
 */
export const usualDoseThisMorning = (medicine: string): string =>
  // (Not a quantity no one is given: "took a load of paracetamol before school this morning".)
  // (Nor one taken to die: "took all her meds this morning to end it".)
  // (Only of a medicine: "told a ta this morning shes going to go home and drink the bleach" is no dose.)
  S`^(?=.*\b${medicine}\b)(?!.*\b(?:to end it|to end (?:her|his|their) life|to die|to kill (?:her|him|them)sel(?:f|ves)|so (?:she|he|they) (?:would|wouldnt|wont) (?:die|wake up))\b)(?!.*\b(?:a load|loads|a lot|lots|a handful|whole|packets|boxes|strips) (?:of )?(?:\w+ )?(?:of )?${medicine}\b)(?!.*\b(?:\d{2,}|[5-9]) ${medicine}\b)(?!.*\b(?:\d{2,}|[5-9]) of (?:her|his|their|my|the) \w+)(?!.*\b(?:mums|mum s|dads|nans|nanas|grans|grandads|brothers|sisters|friends|mates|carers|someone elses|somebody elses) (?:\w+ )?${medicine}\b)` +
  // (Nor all of one medicine by name, the whole supply: "just said she took all her sertraline this morning before we left".)
  S`(?!.*\ball (?:of )?(?:her|his|their|my) (?!${alt('pills', 'tablets', 'tabs', 'meds', 'medication', 'medicine', 'medicines', 'capsules', 'prescription')}\b)${medicine}\b).*\bthis morning\b`;
/** Things tied round a neck. */
export const cord = alt(
  'belt',
  'scarf',
  'cord',
  'rope',
  'lace',
  'laces',
  'shoelace',
  'tie',
  'wire',
  'cable',
  'lead',
  // "pulling her hoodie strings tight round her neck"
  'strings?',
  'drawstrings?',
  // "wrapped the seatbelt round her neck"
  'seat ?belt',
  'sheet',
  'bedsheet',
  'towel',
  'strap',
  'bag',
  'something',
  'ligature',
  'ligture',
  'ligatur',
  'noose',
  'charger',
  'phone charger',
  'flex',
  'washing line',
  'bobble',
  'hair (?:tie|bobble)',
  'tights',
  'dressing gown cord',
);

/** Not a wish or a fear, but a deed: not "kids might eat some", "dont drink it". */
export const notWished = S`(?<!\b(?:might|could|may|would|will|dont|not|to|cant|wont|never) )`;
