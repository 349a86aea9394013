/**
 * Harm told by a child, and the child about to go back to the one who did it: a disclosure at school, at the GP's or at
 * handover, with a collection, contact or home time set for today. Each part alone is a worry to act on; together they are
 * an emergency, because the child goes back within the hour unless someone acts now.
 */

import { alt, past, S, type Rule } from './fragments';

/** Told without speech, as a disabled child tells it: "signed 'hurt' and 'man' with makaton", "on her eye gaze device she typed". */
const shownWords = [
  'signed',
  'signing',
  'signs',
  'makaton',
  'typed',
  'typing',
  'talker',
  'eye gaze',
  'spelling out',
  'spelled',
  'spelt',
  'pecs',
  'showed me',
  'showing me',
];
const shown = alt(...shownWords);
/** That the child told: "disclosed during pshe", "told her this morning", "says daddy hurts my bum". */
const told = alt('told', 'tells', 'disclosed', 'disclosure', 'says', 'said', 'saying', 'whispered', 'let slip', ...shownWords);
/** The one who may hurt the child at home or at contact. */
const adultAtHome = alt(
  'dad',
  'daddy',
  'mum',
  'mummy',
  'mam',
  'mother',
  'father',
  'step ?dad',
  'step ?mum',
  'stepfather',
  'step father',
  'uncle',
  'aunty',
  'auntie',
  'partner',
  'boyfriend',
  'grandad',
  'grandpa',
  'carer',
  'carers son',
  'foster carer',
  'foster dad',
  'foster mum',
  'parent',
);
/** What the child says they do: "does sex stuff", "does it to her", "hurts my bum", "beats her", "burnt her arm". */
const harmedBy =
  S`\b${adultAtHome} (?:${alt('does', 'did', 'keeps doing')} ${alt('sex stuff', 'sexual stuff', 'sexual things', 'stuff', 'things', 'bad things', 'it')}\b|${alt(
    'hurts',
    'touches',
    'beats',
    'hits',
    'burnt',
    'burned',
    'burns',
    'punches',
    'kicks',
    'strangles',
    'chokes',
    'slaps',
    // Bare, as a talker or a sign gives it: "uncle touch me night".
    'touch',
    'hurt',
    'hit',
  )} ${alt('me', 'her', 'him', 'them', 'my', 'his')}\b)|` +
  // Shown with dolls or drawings: "showed me with dolls someone putting things in his bottom".
  S`\b${alt('putting', 'puts', 'put')} ${alt('things', 'stuff', 'fingers?', 'something')} in(?:to)? ${alt('his', 'her', 'my')} ${alt('bottom', 'bum', 'privates', 'private parts', 'front', 'vagina')}\b|` +
  // Or told of them: "mums boyfriend sexually abused her", "groomed by the youth worker", "says foster carer did it".
  // Or about to do it again: "mums boyfriend is going to do the thing again".
  // Or how a child tells it: "her carers son 19 has been getting into her bed at night".
  S`\b${adultAtHome}(?: \d+)? (?:has been |keeps |is |been )?${alt('getting', 'gets', 'got', 'climbing', 'climbs', 'coming')} in(?:to)? ${alt('her', 'his', 'their', 'my')} bed\b|` +
  S`\b${adultAtHome} (?:is )?(?:going to|gonna|will) (?:do (?:the thing|it|that|stuff|things|bad things)|${alt('hurt', 'touch', 'hit', 'beat')} (?:me|her|him|them)) again\b|` +
  S`\b(?:(?:sexually |physically )?${alt('abused', 'assaulted', 'raped', 'molested')} ${alt('me', 'her', 'him', 'them')}|${alt('groomed', 'abused', 'raped', 'assaulted', 'beaten', 'attacked')} by|${adultAtHome} did (?:it|this|that)|${alt('hes', 'shes')} ${alt('hurt', 'hit', 'beaten', 'attacked', 'strangled')} ${alt('her', 'him', 'them')})\b`;
/** Going back to them: collected, signed out, taken home, contact, the school run. */
const goingBack = alt(
  'collect',
  'collected',
  'collects',
  'collecting',
  'collector',
  'collection',
  S`(?:picks?|picking) (?:her|him|them) up`,
  'school run',
  S`signing (?:her|him|them) out`,
  S`(?:take|takes|taking) (?:her|him|them|the kid|the child) home`,
  S`(?:go|goes|going) back to`,
  // "shes going home to him in an hour", "he goes to his step dads tonight".
  S`(?:go|goes|going) home to (?:him|her|them)`,
  S`(?:go|goes|going) (?:over )?to (?:his|her|their) (?:step ?)?${alt('dads', 'mums', 'uncles', 'nans', 'grandads', 'aunties')}`,
  S`on (?:his|her|their) way (?:round|over|here|to)`,
  S`(?:to|go|goes|going|gets) home`,
  // The taxi taking the child there: "im supposed to be dropping her there now".
  S`(?:drop|drops|dropping) (?:her|him|them) (?:off )?(?:there|home|back)`,
  'contact',
  S`due (?:back )?home`,
  'transport',
  'trying to leave',
  'follow up',
  'on nights tonight',
);
/** And soon: today, at a time, the bell, or the child's fear of it. */
const soon = alt(
  'now',
  'right now',
  'tonight',
  'today',
  // Taken home before the day ends: "mum has collected him early".
  'early',
  'this afternoon',
  'this evening',
  'after school',
  'home time',
  S`at \d`,
  S`\d+ ?pm`,
  'bell is',
  S`in \d+ (?:mins?|minutes)`,
  S`in (?:an|half an|\d+) (?:hour|hours)`,
  'this weekend',
  'terrified',
  'scared',
  'frightened',
  // On the way, or waiting for the child: "hes on his way to pick her up", "carer is in the waiting room".
  S`on (?:his|her|their) way`,
  'waiting room',
  S`(?:in|at) reception`,
);
/** A baby's injuries that are rarely accidents, and the adult leaving before a doctor sees them. */
const sentinelInjury = alt(
  'torn frenulum',
  S`bruis\w* (?:to|on|behind) (?:the|his|her|both) (?:ear|ears|face|cheek|cheeks|neck|torso|back|bottom)`,
  S`finger ?(?:tip|shaped) bruis\w*`,
);
const baby = alt('baby', 'newborn', 'infant', S`\d+ ?(?:week|wk|month) old`);
const leavingUnseen = alt(S`(?:trying|tried|wants?) to (?:leave|go)`, S`leaving before`, S`left before`, S`wont wait`);

export const toldGoingBackRules: Rule[] = [
  // "7yo says 'daddy hurts my bum at bath time'. dad is the only named collector. bell is 3.10"
  {
    name: 'told-and-going-back',
    when: new RegExp(
      S`^(?=.*\b${told}\b)(?=.*(?:${harmedBy}))(?=.*\b${goingBack}\b)(?=.*\b${soon}\b)|` +
        // Shown without speech and pointing at the one near now: "signed 'hurt' and 'man' and pointed at the new driver whos outside waiting to
        // take her home", "eye gaze spelling out 'h e l p' 'k i l l' 'm e' then pointing at her carer. carer is in the room".
        S`^(?=.*\b${shown}\b)(?=.*\b${alt('hurt', 'touch', 'touched', 'scared', 'help', 'h e l p', 'k i l l', 'stop', 'kill', 'bad man')}\b)` +
        S`(?=.*\b${alt('pointed', 'pointing', 'points')} (?:at|to) (?:her |his |the |their |a |that )?(?:new )?${alt('driver', 'carer', 'man', 'dad', 'mum', 'uncle', 'staff', 'teacher', 'escort', 'worker', 'him', 'her', 'them', 'bedroom', 'room', 'door', 'step ?dad', 'brother', 'neighbour')}\b)(?=.*\b${alt('waiting', 'outside', 'in the room', 'staying', 'tonight', 'take (?:her|him|them) home')}\b)|` +
        S`^(?=.*\b${baby}\b)(?=.*\b${sentinelInjury}\b)(?=.*\b${leavingUnseen}\b)|` +
        // Marks of a hand on a child who cannot tell, and the adult who brought her back to take her now: "non-verbal child brought into
        // school with hand-shaped bruises on her arm and the adult who dropped her off is back wanting to take her home now".
        S`^(?=.*\b${alt('hand ?shaped', 'finger ?(?:tip|mark|shaped)', 'grip', 'belt ?shaped', 'slap')} ${alt('bruises?', 'bruising', 'marks?')}\b)` +
        S`(?=.*\b${alt('adult', 'man', 'woman', 'dad', 'mum', 'step ?dad', 'uncle', 'partner', 'boyfriend', 'carer', 'person')} (?:who |that )?(?:\w+ ){0,4}${alt('is back', 'has come back', 'came back', 'is here', 'is outside', 'is at reception', 'is in reception', 'is waiting')}\b)` +
        S`(?=.*\b${alt('take (?:her|him|them)', 'collect (?:her|him|them)', 'pick (?:her|him|them) up')}\b)(?=.*\b${alt('now', 'right now', 'today', 'tonight')}\b)`,
    ),
    // Told as over, asked of any child, or a course or a policy: "what should we do if a child discloses at home time".
    unless: new RegExp(
      S`${past.source}|\b${alt('what (?:should|do|would|can) (?:i|we) do if (?:a|an|any)', 'what if', 'training', 'scenario', 'case study', 'role play', 'policy')}\b`,
    ),
  },
];
