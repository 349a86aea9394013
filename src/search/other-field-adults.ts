import { wholeWords } from './whole-words';

/**
 * An adult's own care, told by their age or their stage of life: "my brother's 42 and really
 * depressed", "care needs assessment for my 80 year old mum", "DoLS for my patient with dementia".
 * Care leavers are the toolkit's up to 25, so an age from 26 counts.
 */
/** An age's unit, as people type it: "42yo", "80 yrs old", "a 15 year old". */
const YEARS_OLD = ' ?(?:yo|yrs? old|years? old|year old)';
const AGE = `(?:2[6-9]|[3-9]\\d|1[01]\\d)${YEARS_OLD}`;
const ADULT_RELATIVE =
  '(?:brother|sister|mum|dad|mother|father|husband|wife|partner|friend|nan|gran|grandad|grandma|neighbour|colleague|uncle|aunt|auntie|patient)';
const NOT_YEARS = '(?:days?|weeks?|months?|hours?|minutes?|mins?|times?|tablets?|pills?|mg)';

const AN_ADULT = wholeWords([
  // Their age, told of someone of the asker's own (cleaned text has no hyphens or apostrophes):
  // "my 82 year old patient", "my brothers 42". Not "a 30 year old man", who may be exploiting a child.
  `(?:my|our) (?:\\S+ ){0,2}${AGE}`,
  `(?:my|our) ${ADULT_RELATIVE}s? (?:is |s |aged )?(?:2[6-9]|[3-9]\\d)(?! ${NOT_YEARS})\\b`,
  // Or after "who is": "continuing healthcare checklist for my dad whos 82".
  `(?:my|our) ${ADULT_RELATIVE}s? (?:who is|whos|who s) (?:2[6-9]|[3-9]\\d)(?! ${NOT_YEARS})\\b`,
  // A service asked about adults: "does ormskirk a&e see adults with a suspected broken wrist", "are there crisis teams for adults in
  // sefton" (one crisis team or line is the toolkit's subject, read first in ./other-field.ts; ./topics.ts keeps its crisis buttons off).
  '(?:see|treat|take) adults',
  '(?:crisis (?:team|line|service)|mental health (?:team|service))s? for adults',
  // The asker's own age: "my own anxiety is getting bad and i need to see someone, im 42".
  `(?:im|i am|i m) (?:2[6-9]|[3-9]\\d)(?! ${NOT_YEARS})\\b`,
  'elderly',
  'dementia',
  // Older adults, whoever tells it: "dols process for an 84 year old in a nursing home".
  `(?:[6-9]\\d|1[01]\\d)${YEARS_OLD}`,
  'nursing homes?',
  // A clinician's shorthand for an older adult: "pt 70F fall, on apixaban" (60 and over: not a care leaver's age).
  '(?:pt |patient )?[6-9]\\d ?[fm]',
  'adult patients',
  // The asker's own parent's affairs or own appointment: "mca assessment for my dad who wants to sell his house",
  // "is the sexual health clinic open for my own appointment"
  '(?:my|our) (?:dad|mum|father|mother|nan|grandad)s? (?:\\S+ ){0,3}(?:sell|selling|sold) (?:his|her|their|the) (?:house|home|flat|car)',
  'my own appointment',
  'care needs assessment',
  'adult (?:community mental health team|cmht|mental health services?|social care)',
]);

/** A child or a young person in the message makes it the toolkit's again: "her mum has dementia, how do I tell the kids". */
const A_CHILD_TOO = wholeWords([
  'child',
  'children',
  'childs',
  'kids?',
  'c?yp',
  'young (?:person|people)',
  'teens?',
  'teenager',
  'toddler',
  'baby',
  'pupil',
  'foster\\w*',
  'looked after',
  'lac',
  'cla',
  'cic',
  'care leaver',
  'placement',
  // A girl or boy with an older man is exploitation, the toolkit's own: "she's with the 30 year old again"
  'shes?',
  'girl',
  'boy',
  'son',
  'daughter',
  'grand(?:son|daughter|child|children|kids?)s?',
  'young carers?',
  'missing',
  '(?:run|ran|gone) off',
  'exploit\\w*',
  'groom\\w*',
  `(?:[1-9]|1\\d|2[0-5])${YEARS_OLD}`,
]);

export function aboutAnAdultsOwnCare(cleaned: string): boolean {
  return AN_ADULT.test(cleaned) && !A_CHILD_TOO.test(cleaned);
}
