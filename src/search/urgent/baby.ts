/**
 * A baby in danger from a parent's state of mind: a young parent who cannot trust themselves with the baby, has thoughts
 * of harming it, or believes something about it that is not real. After a birth these are the red flags for a same-day
 * perinatal mental health assessment (NICE CG192), and the baby cannot keep itself safe meanwhile.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, S, self, toldOver, type Rule } from './fragments';

const baby = alt('baby', 'babby', 'babys', 'infant', 'newborn');
/** Said of the baby, or of "him" or "her" where a baby is in the message: "cant trust herself alone with him". */
const theBaby = S`(?:the |her |his |their |my )?(?:${baby}|him|her|them)`;
const harming = alt('harming', 'hurting', 'killing', 'smothering', 'drowning', 'shaking', 'suffocating', 'strangling');
const unreal = alt(
  'possessed',
  'evil',
  'the devil',
  'a demon',
  'cursed',
  'poisoned',
  'swapped',
  'replaced',
  S`not ${alt('hers', 'his', 'theirs', 'real', 'human')}`,
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const babyRules: Rule[] = [
  // "says she cant trust herself alone with him", "thoughts of harming infant", "believes baby is possessed"
  {
    name: 'baby-at-risk',
    when: anyOf(
      S`^(?=.*\b(?:${baby}|postnatal|postpartum)\b).*\bcan(?:no|n)?t trust ${self}(?: \w+){0,2} ${alt('with', 'around', 'near')} ${theBaby}\b`,
      S`\b${alt('thoughts?', 'urges?', 'images?')} (?:of|about) ${harming} (?:the |her |his |their |my )?${baby}\b`,
      // Shaken, told as done (not the syndrome asked about): "the baby has been shaken", "i think dad shook the baby".
      S`\b${baby} (?:has |s |was |is |might have |may have )?(?:just )?been shaken\b(?! baby)|\bshook (?:the |her |his |their |my )?${baby}\b(?! ${alt('rattle', 'toy', 'bottle', 'blanket', 'mobile')})`,
      S`\b${alt('believes', 'thinks', 'convinced', 'says', 'saying', 'sure')} (?:that )?(?:the |her |his |their |my )?${baby} (?:is |s |was )?${unreal}\b`,
      // A new mother out of touch with what is real, the baby days old: "17yo mum is hallucinating, baby 4 days old, nobody else here".
      S`\b${alt('mum', 'mother', 'mam')} (?:is |s )?${alt('hallucinating', 'psychotic', 'hearing voices', 'seeing things')}\b.*\b${baby} (?:is )?(?:\d|one|two|three|four|five|six|a few) ${alt('days?', 'weeks?')} old\b`,
    ),
    // Told as over: "had thoughts of harming the baby last year, shes fine now".
    unless: toldOver,
  },
];
