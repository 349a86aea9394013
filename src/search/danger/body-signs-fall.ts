/**
 * A fall or a blow, and the signs after it that the injury is serious.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { seizureFitting } from './fragments-body';

/** Where a fall does harm. */
const fallFrom = alt(
  // Or off something ridden or bounced on: "came off his bike, no helmet".
  S`(?:push ?)?bikes?`,
  'bicycle',
  'scooter',
  'motorbike',
  'horse',
  'trampoline',
  'skateboard',
  'roof',
  'window',
  'balcony',
  S`scaffold\w*`,
  'wall',
  'ladder',
  'tree',
  'bridge',
  'stairs',
  'cliff',
  'bunk bed',
  'climbing frame',
  'swings?',
  'bunk',
  'garage',
  'shed',
);
/** A blow told without a fall: "knocked out a bit after a fight", "punched in the head". */
const blow = S`(?:knocked (?:out|unconscious|spark out)|punched|kicked|stamped on|head ?butted|(?:in|after) a fight|jumped)`;
/** Signs after a fall or a blow that the injury is serious. */
const injurySign = alt(
  // A head hurt inside: "blood coming out of his ear", "doesnt know what day it is", "keeps asking the same questions",
  // "one pupil is bigger than the other".
  S`(?:blood|bleeding|fluid) (?:coming )?(?:out of|from) (?:her|his|their) ears?`,
  // Or clear fluid from the nose, a terrible headache, staring and silent: "clear stuff coming out of her nose and shes not herself".
  S`clear (?:stuff|fluid|liquid|water) (?:coming )?(?:out of|from) (?:her|his|their) (?:nose|ears?)`,
  S`(?:terrible|really bad|awful|splitting|horrendous) headache`,
  S`(?:not|isnt|stopped) (?:talking|responding)${gap(2)} (?:just )?staring`,
  S`(?:doesnt|does not|didnt) know (?:what day|where (?:she|he|they) (?:is|are)|who (?:i|we) (?:am|are))`,
  S`(?:keeps|keep|kept) asking the same|asking the same (?:questions?|thing) (?:over and over|again and again|repeatedly)`,
  S`pupils? (?:is |are )?(?:bigger|different|uneven|unequal)|one pupil`,
  'been sick',
  S`cant (?:feel|move) (?:her|his|their|my) (?:legs?|arms?|feet|neck|body)`,
  S`(?:leg|arm|neck|back) (?:looks|is|looking) (?:wrong|broken|bent|at a funny angle)`,
  S`(?:isnt|not|stopped) making (?:any )?sense`,
  'knocked out',
  'out cold',
  'unconscious',
  'being sick',
  'vomiting',
  'throwing up',
  'confused',
  'drowsy',
  S`bleeding from (?:her|his|their) (?:ears?|nose)`,
  S`holding (?:her|his|their) (?:belly|stomach|tummy|chest|side)`,
  'wont wake',
  'cant get up',
  'cant stand',
  seizureFitting,
  'seizure',
  // "going in and out of consciousness after the fall off the wall"
  S`(?:going |drifting |slipping )?in and out of consciousness`,
  'passed out',
  'passing out',
);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const bodySignsFallSituations: Situation[] = [
  // "fell off the garage roof and cant feel his legs", "hit his head in a restraint and now hes not making sense"
  {
    name: 'fall-or-blow',
    when: b(
      [
        // "went head first down the stairs, landed on his neck"
        S`(?:fell|fallen|falls|come|came|jumped|tumbled|tripped|flew|(?:went|gone) (?:head ?first|flying)) (?:head ?first )?(?:off|from|out of|down) (?:the |a |his |her |their )?(?:top of (?:the |a )?)?(?:\S+ )?${fallFrom}${gap(12)} ${injurySign}`,
        // A bump told mildly: "had a bump off her bike and was fine at first, but now shes got a terrible headache".
        S`(?:bump|knock|tumble|spill) (?:off|from) (?:the |a |his |her |their )?(?:\S+ )?${fallFrom}${gap(16)} ${injurySign}`,
        S`(?:hit|banged|bashed|smashed|cracked|knocked) (?:her|his|their) head${gap(10)} ${injurySign}`,
        // The sign told first: "really drowsy since he banged his head yesterday".
        S`${injurySign}${gap(4)} (?:since|after) (?:she|he|they) (?:hit|banged|bashed|smashed|cracked|knocked|bumped) (?:her|his|their) head`,
        // The sign first, then the fall: "shes going in and out of consciousness after the fall off the wall".
        S`${injurySign}${gap(3)} (?:since|after) (?:the |a |her |his |their )?(?:fall|tumble)`,
        S`(?:hit|knocked (?:down|over)|run over) by (?:a|the) (?:car|van|bus|lorry|train|motorbike)${gap(14)} ${injurySign}`,
        // "knocked out a bit after a fight now doesnt know what day it is"
        S`${blow}${gap(10)} (?:doesnt|does not|didnt) know (?:what day|where (?:she|he|they) (?:is|are)|who (?:i|we) (?:am|are))`,
        // A fall or a drop told alone, as it happens: "fell down the stairs", "just dropped the baby", "lost his footing on the trampoline".
        S`^(?:\S+ ){0,3}(?:fell|fallen|has fallen|just fell|tumbled|lost (?:her|his|their) footing) (?:all the way )?(?:down|off|from|out of|on) (?:the |a |his |her |their )?${fallFrom}$`,
        S`^(?:\S+ ){0,3}dropped (?:the|a|our|my) (?:baby|newborn|infant|toddler)(?:$| (?:on|onto|down|and|from|head))`,
      ].join('|'),
    ),
    // History, or over: "a bit confused for a minute but is fine now", checked at a and e. Not the child's own
    // "im fine": a spine or a head can be hurt and feel well for a while.
    unless: new RegExp(
      S`${past.source}|\b(?:(?:is|seems|hes|shes|theyre) (?:fine|ok|okay|alright) now|for a (?:minute|moment|second|bit)|(?:doctor|gp|111|hospital|a and e|paramedics?) (?:said|says|checked))\b`,
    ),
  },
];
