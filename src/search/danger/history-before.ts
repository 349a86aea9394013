/**
 * "before" as a word of history ("has taken tablets before"), and the many tellings where it dates nothing: the moment the
 * danger is told in, or a step that has not happened yet. Each named part below is one kind; the pattern joins them in
 * the order they were added, so its source is unchanged by the naming.
 */

import { alt } from './fragments';

/** Words just before "before" that make it no date of the act. */
const notAfter = [
  // Violence done before, told as why the threat now is real: "boyfriends on his way round to sort her out, hes hurt her before".
  // Or abuse done before: "her uncle is on his way to get her from placement and shes terrified, he abused her before".
  '(?<!\\b(?:hurt|hit|beaten|battered|attacked|strangled|stabbed|abused|raped|assaulted|touched) (?:her|him|them|me|us) )',
  // Or the one coming has harmed others: "his dealer is coming to the home tonight to sort him out, theyve stabbed someone before".
  '(?<!\\b(?:theyve|they have|hes|he has|shes|she has) (?:stabbed|shot|hurt|attacked|beaten|battered) (?:someone|somebody|people|others) )',
  // Minutes before, not history: "she walk out 5 min before, i follow with car".
  '(?<!\\b(?:\\d+|a few|few|two|five|ten) (?:mins?|minutes|secs?|seconds) )',
  // A threat made before, told as why a taking now is a danger: "dad has taken 4yo out of nursery using fake name ... threatened to kill
  // the kids before".
  '(?<!\\b(?:threatened|threatening) to (?:kill|hurt|harm|stab|take|snatch) (?:\\w+ ){0,2})',
  // Gifts given before, told as grooming: "picked up by an older lad in a black audi, he was giving her weed before".
  '(?<!\\b(?:giving|gave|given|buying|bought|sending|sent|offering|offered) (?:her|him|them) (?:\\w+ ){1,2})',
  // Harm done to them before, told as why going with someone now is a danger: "last seen getting into a taxi with a man, phone
  // off, she was groomed before".
  '(?<!\\b(?:was|been|were|being) (?:groomed|exploited|trafficked|abused|raped|assaulted) )',
  // Said earlier in the same telling: "locked in the bathroom crying, she said before she has a razor".
  '(?<!\\b(?:she|he|they|shes|hes|theyve|she has|he has|they have) (?:said|told (?:me|us|staff)|mentioned) )',
  // A state before, told as why the fear now is real: "mum said shed take the other one with her. mums been suicidal before".
  '(?<!\\bbeen (?:suicidal|violent|aggressive) )',
  // Help given before, thanked for: "thank you for the help before with school letter. tonight she take a lot of her sleeping medicine".
  '(?<!\\b(?:the|your) (?:help|support|advice) )',
  // Links or concerns before, told as why the danger now is real: "a man he met online is outside waiting for him ... hes had county
  // lines links before".
  '(?<!\\b(?:links?|ties|connections?|concerns?|flags?|involvement|referrals?|warnings?) )',
  // An attempt before, told as why the danger now is real: "the voices want her to walk into the sea after school, she has tried before".
  '(?<!\\b(?:has|have|she has|he has|they have|shes|hes|theyve) (?:tried|attempted)(?: it| this| that)? )',
  // A first time, now: "never done this before".
  '(?<!never (?:done|did) (?:this|that|it) )',
  // Or not done before, by the teller or the child: "ive not filled one in before".
  '(?<!\\b(?:never|not|havent|hasnt|hadnt)(?: \\S+){1,4} )',
  // The time before, beside this one: "shes done it before".
  '(?<!\\b(?:done|did) (?:it|this|that|the same|similar|something similar|things like this) )',
  '(?<!seen (?:him|her|them|it|this|that|the car) )',
  // A late telling: "took tablets this morning, didnt say before".
  '(?<!(?:didnt|did not|wouldnt|hadnt|never) (?:say|said|tell|told|mention|mentioned)(?: (?:me|us|anyone|staff|it))? )',
];

/** Words just after "before" that make it no date of the act: a contrast with now, or a turn to what matters first. */
const notFollowedBy = [
  // "has done stuff before but never like this".
  '(?! but (?:never|not) (?:like this|this bad))',
  // "a question about the allowance, but before that, my foster son has just said his dealers outside with a knife".
  '(?! that\\b.*\\b(?:has just|have just|just said|right now)\\b)',
  // Done before and to be done again now: "ive put a bag over my head before and i want to do it again tonight".
  '(?!(?: \\S+){0,8} again (?:tonight|now|right now|today)\\b)',
];

/**
 * Setting off, or the start of the same call: "the yp has just said on camera he took tablets before joining", "just said she
 * took 20 tablets this morning before coming" (but "before coming into care" is history).
 */
const settingOff = [
  'reporting',
  'going out',
  'leaving',
  'joining',
  'logging on',
  'coming on(?: camera)?',
  '(?:the |this |our )?(?:call|meeting|review|video call|teams call|session|handover)\\b',
  'we (?:left|set off|went out|got in the car|got here)',
  'i (?:picked|collected) (?:him|her|them)(?: up)?',
  'coming(?: (?:in|home|back|here|to (?:school|the review|the meeting|contact)))?\\b(?! into care| in to care)',
  'arriving',
  // Brought to where she is now: "took an overdose before she was dropped off this morning".
  '(?:she|he|they) (?:was|were|got) (?:dropped off|dropped|brought (?:here|over|round|in)|collected)',
  'being dropped off',
  'getting here',
  // Found since, the same episode: "she said she took 40 tablets before the police found her", "before they find her" as typed.
  '(?:they|police|the police|staff|we|i|someone|her carer|his carer) (?:found|find|finds|got to|reached|brought (?:her|him|them) back)(?: (?:her|him|them))?\\b(?! out\\b)',
  'being found',
  '(?:her |his |their |the )?arrest',
  'being arrested',
];

/** A time still to come or a day's marker: "before the weekend", "before her birthday". */
const timesToCome = [
  'the weekend',
  'tomorrow',
  'tonight',
  'the morning',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'christmas',
  // A meeting still to come: "just an update before her pep tomorrow".
  '(?:her |his |their |the )?(?:pep|lac review|cla review|review|appointment|hearing|panel|court date|meeting) (?:tomorrow|today|later|next|this (?:afternoon|morning|evening|week))\\b',
  '(?:my|his|her|their) birthday',
  // An inspection or the end of a meeting still to come: "a tidy up of the sleep-in room before inspection", "said hell be dead
  // before were finished".
  '(?:the )?inspection',
  '(?:we|i|you|they) ?(?:are|re)? (?:finished|done)',
  '(?:he|she|they) (?:goes|went|left|leaves)',
  '(?:he|she|they) (?:came|come|arrived|got here)(?: out)? (?:tonight|in\\b(?! to care)|round|over|to (?:boxing|training|the club|club|practice|the session|football|youth club))',
];

/** A time of day: "before bed", "before school". */
const timesOfDay = ['bed', 'bedtime', 'school', 'tea', 'dinner', 'lunch'];

/** Before being seen: "shes run off from the hospital before camhs saw her, shed taken an overdose earlier today". */
const beingSeen = [
  '(?:her |his |their |the )?(?:bloods|blood tests?|tests?|results|obs|observations|assessment|treatment|drip|antidote|triage)',
  'being (?:seen|triaged|assessed)',
  // "trying to leave before shes been seen"
  '(?:shes|hes|theyve|she has|he has|they have|she is|he is) (?:been )?(?:seen|triaged|assessed)',
  '(?:camhs|the doctors?|a doctor|the gp|a gp|anyone|the nurses?|the psych\\w*) (?:saw|seen|see|sees|assessed|checked) (?:her|him|them)',
];

/** The school day and other markers of it: "before registration", "before contact". */
const dayMarkers = [
  'breakfast',
  'contact',
  'work',
  'the bus',
  'registration',
  'assembly',
  'class',
  'lessons?',
  'first lesson',
  'break',
  'the bell',
  // A club's or a team's session: "hes taken a load of paracetamol before training, hes sat in the changing room now".
  'training',
  'practice',
  '(?:the )?(?:match|game|session|rehearsal)',
  '(?:football|boxing|swimming|dance|youth club)',
];

/**
 * Before help is called or comes, before the call ends, before someone reaches them: "is what he said before the line went
 * dead", "she went blue for a second before staff got to her", "come find me before its too late".
 */
const untilHelp = [
  '(?:we|i|staff|they) (?:call|ring|phone|dial|contact) (?:someone|anyone|999|an ambulance|for help|the police|111)',
  '(?:they|he|she|someone|somebody) (?:get|gets|come for|comes for) (?:him|her|them|me|us)',
  'the (?:line|call|phone) (?:went|cut|dropped|died)',
  'it (?:dropped|cut off|cut out|went dead|died)',
  '(?:he|she|they) (?:hung up|rang off|left|went|ran off|walked out)',
  '(?:his|her|their) (?:phone|battery) died',
  '(?:they|we|police|the police|staff|someone|somebody|i) (?:found|caught up with|got to|reached|traced|located) (?:her|him|them)',
  '(?:they|we|he|she|i) (?:got|get) (?:on|off|in|here)\\b',
  '(?:its|it is|it gets) too late',
  // Just before coming to the teller: "shes just told me she took 20 sertraline before she came down".
  '(?:she|he|they|i) (?:came|come|comes) (?:down|downstairs|in|over|round)\\b',
  // A step feared, still to come: "i will kill myself before the home office send me back".
  '(?:the home office|immigration|social services|the court|the judge|they|police|the police) (?:send|sends|take|takes|move|moves|deport|deports|remove|removes) (?:me|him|her|them|us)',
  '(?:staff|i|we|someone|somebody|anyone|anybody|carers?|the carer|mum|dad|help|the ambulance|paramedics|police|the police|the paramedics|officers|the officers|(?:the )?(?:bizzies|busies|coppers|feds)|(?:the |her |his |their )?(?:social worker|sw|escort|taxi)) (?:got|get|could|came|come|arrived|reached|managed|cut|pulled|grabbed|stopped|nicked|arrested|dropped|brought|picked|searched|booked|go|head|leave)',
];

/** "before", as history, unless one of the tellings above. */
export const beforeAsHistory =
  notAfter.join('') +
  'before' +
  notFollowedBy.join('') +
  `(?! ${alt(...settingOff, ...timesToCome, ...timesOfDay, ...beingSeen, ...dayMarkers, ...untilHelp)})`;
