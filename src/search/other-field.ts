import { aboutAnAdultsOwnCare } from './other-field-adults';
import { aboutAnotherAct } from './other-acts';
import { questionOf, type Question } from './question';
import { OTHER_FIELD_EVEN_FOR_A_CHILD } from './other-field-for-a-child';
import { OTHER_FIELD } from './other-field-words';
import { wholeWords } from './whole-words';

/** Anyone the toolkit is about: a child, a young person, a carer, or "she"/"he" told of. */
const ABOUT_A_CHILD = wholeWords([
  'child',
  'children',
  'childs',
  'kids?',
  'kiddo',
  'c?yp',
  'young (?:person|people|man|woman|lad|tenants?)',
  'teens?',
  'teenager',
  'boy',
  'girl',
  'lads?',
  'son',
  'daughter',
  'foster\\w*',
  'carers?',
  'placement',
  'looked after',
  'lac',
  'cla',
  'cic',
  'care leaver',
  'pupil',
  'student',
  'she',
  'he',
  'her',
  'him',
  'his',
  'hes',
  'shes',
  'baby',
  'toddler',
  'sibling',
  // Kinship carers name the child by relation: "my grandson's behaviour", "my niece".
  'grand(?:sons?|daughters?|kids?|child|children)',
  'grandaughters?',
  'nephews?',
  'nieces?',
  'step ?(?:sons?|daughters?|kids?|children)',
  'special guardians?(?:hip)?',
  'sgo',
  'kinship',
  'brother',
  'sister',
  'residents?',
  '\\d+ ?(?:yo|yr|year) ?old',
  '\\d+yo',
]);

/**
 * The toolkit's own subjects, named outright: "a&e vs crisis line, for our staff induction pack", "for our induction pack: what
 * counts as a mental health emergency",
 * "definition of a ligature for our residential staff induction pack".
 */
const TOOLKIT_SUBJECT = wholeWords([
  // (Not a company's own: "whats the crisis line for my broadband provider".)
  'crisis (?:line|team|pathway)(?! for (?:my|the|our|your) (?:broadband|internet|phone|mobile|energy|gas|electric\\w*|bank|insurance|landlord|car)\\b)',
  'mental health (?:emergenc(?:y|ies)|crisis|crises|assessments?)',
  'camhs',
  'mental health act',
  'sectioned',
  'ligatures?',
  'self ?harm\\w*',
  'suicid\\w*',
  'overdos\\w*',
  'tier (?:4|four)',
  // "as a tenancy sustainment worker for care leavers, how do i spot the early signs of psychosis"
  'psychos[ie]s',
  'psychotic',
  // "where can i do free online mental health training", "level 4 in thrive terms"
  'mental health (?:training|courses?|e ?learning)',
  'thrive',
  // A helpline named: "is NSPCC the right helpline for staff ... for our staff induction pack".
  'helplines?',
  'nspcc',
  'childline',
  'samaritans',
]);

/** Another field's thing with no child in the message (other-field-words.ts), or one that is another field even for a child. */
export function aboutAnotherField(q: Question | string): boolean {
  const { cleaned } = questionOf(q);
  if (TOOLKIT_SUBJECT.test(cleaned)) return false;
  if (OTHER_FIELD_EVEN_FOR_A_CHILD.test(cleaned) || aboutAnotherAct(cleaned) || aboutAnAdultsOwnCare(cleaned)) return true;
  return OTHER_FIELD.test(cleaned) && !ABOUT_A_CHILD.test(cleaned);
}
