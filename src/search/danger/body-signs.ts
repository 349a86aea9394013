/**
 * The body failing, whatever the cause: grave signs (./body-signs-grave.ts), signs with a telling of their own and an allergic
 * reaction (./body-signs-told.ts), signs together, or starving. A fall or a blow is in ./body-signs-fall.ts.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { bodySign, pretendGame } from './fragments-body';
import { past } from './fragments-history';
import { afterRestraint, graveSign, graveUnlessPast } from './body-signs-grave';
import { allergyClosingAirway, allergyNow, graveTold } from './body-signs-told';

/**
 * The body's signs, and two that say little alone but much beside another (signs-together only):
 * "gasping, and not really answering us" since a restraint (not gasping for a brew).
 */
const bodySignOrDistress = alt(
  bodySign,
  S`(?:not|isnt) (?:really )?(?:answering|responding to) (?:me|us|staff|anyone)(?: properly)?(?! (?:about|when|questions|texts|messages|calls|phone))`,
  S`gasping(?! for (?:a |some )?(?:drink|brew|cuppa|tea|coffee|fag|smoke|vape))`,
);
/** Cant stand something, a dislike, not legs giving way: "cant stand the noise", "cant stand crowds". */
const cantStandIt = S`cant stand ${alt(
  'the',
  'it',
  'him',
  'her',
  'them',
  'me',
  'us',
  'you',
  'my',
  'his',
  'their',
  'our',
  'that',
  'this',
  'being',
  'when',
  'how',
  'people',
  'anyone',
  'anybody',
  'some',
  'any',
  'other',
  'school',
  'crowds',
  'busy',
  'noises?',
  'loud',
  'sounds?',
  'smells?',
  'touch',
)}`;

/** The body failing after starving: fainting, collapse, chest pain, a racing heart. */
const starvedSign = alt(
  'cant stand',
  S`faint\w*`,
  'collapsed',
  'dizzy',
  'cold and shaky',
  'confused',
  'chest pain',
  S`pain in (?:her |his |their |the )?chest`,
  S`heart (?:is |beating |going )?(?:very |so |really )?(?:fast|racing)`,
);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const bodySignsSituations: Situation[] = [
  // "cold and shaky after not eating for 5 days, she cant stand up"
  {
    name: 'starved-and-unwell',
    when: b(
      [
        // (In any English: "she is not eat long time and today she fall down, her heart very fast and pain in chest".)
        S`(?:not|hasnt|havent|hardly|barely|no) (?:eaten|eating|eat|ate|had anything|food)${gap(8)} (?:${starvedSign})`,
        S`(?:${starvedSign})${gap(8)} (?:not|hasnt|havent|hardly|barely) (?:eaten|eating|eat|ate)`,
      ].join('|'),
    ),
    // Dizzy in a lesson after skipping lunch: a worry for the school nurse.
    // Or a pattern on journeys that passes: "gets car sick every time on the m58 and sometimes goes a bit faint if he hasnt eaten, hes fine after".
    unless: new RegExp(
      S`${past.source}|\bdizzy in (?:pe|class|lessons?|games|assembly)\b|\b(?:hes|shes|theyre|he is|she is|they are) fine after\b|\bcar ?sick\b`,
    ),
  },
  // "hes 12 really drowsy slurring and just been sick", "huge allergic reaction her face is swelling up and shes wheezing"
  {
    name: 'body-signs',
    when: b(graveSign),
    // Grave signs, those with a telling of their own, the body failing during or after a restraint, and an allergic reaction
    // closing the airway: not told as history.
    toldNow: b([graveUnlessPast, ...graveTold, afterRestraint, S`(?:${allergyClosingAirway})${allergyNow}`].join('|')),
    // Hair going grey is no danger sign.
    // Nor one told with its recovery: "found not breathing after a drug overdose last summer ... shes fully recovered now".
    // Nor a baby's spells grown out of, or a record asked about: "not breathing episodes as an infant, now 5 and grown out of them",
    // "historic question: found not breathing in her cot at 2 months". Nor one told as over, with nothing after it:
    // "the carer said she was hard to wake at home, but she was fine after. worth noting?". (Narrower than historicAsked: nothing here checks that
    // no danger is told as now, so "historical concern ... now he's not breathing" must stay urgent.)
    unless: new RegExp(
      S`\bhair\b|${pretendGame}|\b(?:fully recovered|recovered fully|made a full recovery|(?:grown|grew) out of (?:it|them)|historic(?:al)? (?:question|query|record))\b|` +
        S`\b(?:was|were) (?:totally |completely |absolutely )?(?:fine|ok|okay|back to normal) after(?:wards)?\b(?!.*\b(?:now|again|still|but)\b)|` +
        // Or cleared up since: "last month she was ever so pale and clammy after a tummy bug, its all cleared up now".
        S`\b(?:its|it is|it has|its all|all) (?:all )?cleared up\b(?!.*\b(?:again|still|but now)\b)`,
    ),
  },
  // "came back off his face, throwing up and cant stand"
  // Not hair going grey; not the racing heart and shaking of a panic attack; not eyesight without glasses;
  // not a dislike ("thinks im weird and i cant stand the noise").
  {
    name: 'signs-together',
    when: b(S`${bodySignOrDistress}${gap(6)} ${bodySignOrDistress}`),
    // Or over, told so: "last weekend he collapsed and an ambulance came, hes fine now but im terrified itll happen again"
    // (not "hes fine now but hes still not breathing right").
    unless: new RegExp(
      S`\b(?:hair|panic\w*|anxiety|anxious|glasses|contacts|lenses|opticians?|${cantStandIt})\b|` +
        // Woken by a nightmare: "same nightmare nearly every night, wakes up sweating and shaking".
        S`\b(?:nightmares?|night terrors?|bad dreams?)\b|` +
        S`\b(?:hes|shes|theyre|he is|she is|they are) (?:fine|ok|okay|alright|all right|back to normal) now\b(?! but (?:\S+ ){0,2}(?:is|are|hes|shes|theyre|just|now|still|not|cant)\b)`,
    ),
  },
];
