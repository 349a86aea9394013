/**
 * Suicide planned, or the means to hand.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, now, past, poss, S, self, upTo, type Rule } from './fragments';

/** A plan said to be thought through: "a detailed plan". */
const planKind = alt('detailed', 'clear', 'specific', 'definite', 'concrete', 'firm', 'worked out', 'proper', 'real');
/** The means to end a life. */
const means = alt('tablets', 'pills', 'meds', 'knife', 'knives', 'rope', 'ligature', 'blades?');
/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const intentToDiePlansRules: Rule[] = [
  // "hes got a plan to kill himself", "shes saving up tablets"
  {
    name: 'plan',
    // Asked how to find out, of any child: "how do i ask if a young person has a plan to kill themselves".
    unless: b(
      alt(
        S`(?:if|whether) (?:a |the |any )?${alt('child', 'young person', 'yp', 'teenager', 'patient', 'someone', 'they')} ${alt('has', 'have', 'got')} (?:a |the )?(?:${planKind} )?plan`,
        S`how (?:do|can|should|would) (?:i|we|you) ${alt('ask', 'assess', 'tell', 'know', 'find out')}`,
        // A plan made by a service, or with one, for keeping safe: "now he feels better and he has a plan with camhs", "the therapist knows
        // and has a plan".
        S`${alt('therapist', 'camhs', 'school', 'team', 'worker', 'nurse', 'gp', 'doctor', 'psychiatrist', 'psychologist', 'social worker')}(?: \w+){0,3} ${alt('has', 'have', 'made', 'got')} a (?:safety )?plan`,
        S`(?:a |the )?plan with ${alt('camhs', 'the camhs team', 'the team', 'school', 'the school', 'his worker', 'her worker', 'their worker', 'the nurse', 'his therapist', 'her therapist', 'the therapist', 'his social worker', 'her social worker', 'us')}`,
      ),
    ),
    when: anyOf(
      // The rest of the pills, after everyone is asleep: "im going to take the rest of the pills after my mum goes to bed, she goes in 10 mins".
      S`\b(?:${alt('going', 'goin')} to|gonna) take ${alt('the rest of', 'all of', 'all')} (?:the |my |her |his |their )?${alt('pills', 'tablets', 'meds', 'medication', 'paracetamol')}\b` +
        S`(?=.*\b${alt(S`in (?:like |about )?\d+ ?(?:mins?|minutes)`, S`after ${alt('my', 'her', 'his', 'their')} ${alt('mum', 'dad', 'carers?', 'nan')} ${alt('goes', 'has gone', 'is')} (?:to bed|asleep|out)`, S`when ${alt('everyone', 'they')} (?:is |are |s )?(?:asleep|in bed)`, 'tonight')}\b)`,
      // A jump named with its time, told bare: "jumping tonight she says" (not a trampoline, a puddle or a queue).
      S`^(?:\S+ ){0,2}(?:going )?(?:to )?${alt('jumping', 'jump', 'jumps')} ${alt('tonight', 'today', 'now', 'later')}\b(?!.*\b${alt('trampoline', 'puddles?', 'queue', 'rope', 'class', 'lesson', 'competition', 'show', 'horse', 'pool', 'diving', 'skydive', 'bungee')}\b)`,
      // Suicidal ideation with plan and intent, in a clinician's shorthand, with the child leaving or unreached now: "16yo in clinic
      // with active SI, plan and intent, refusing to stay".
      // (Not told as history: "last year she had active SI, plan and intent and was admitted".)
      S`^(?!.*${past.source}).*\b${alt('active si', 'si', 'suicidal ideation', 'suicidal thoughts', 'suicidal')}(?: \w+){0,2} (?:with )?(?:a )?plans? and intent\b.*\b` +
        S`${alt('refusing to stay', 'wont stay', 'will not stay', 'wants to leave', 'trying to leave', 'walked out', 'walking out', 'left', 'leaving', 'absconded', 'not answering', 'right now', 'tonight')}\b`,
      // Worded as a clinician would: "with a detailed plan to overdose this evening, has the tablets at home".
      // (Or to jump from somewhere: "said he has a plan to jump from the car park this weekend".)
      S`\b${alt('has', 'got', 'made', 'with', 'have')} (?:a |the )?(?:${planKind} )?plan\b.*\b${alt(
        S`jump ${alt('off', 'from')} (?:the |a |her |his |their )?(?:\w+ )?${alt('car park', 'multi ?storey', 'bridge', 'roof', 'building', 'balcony', 'flyover', 'cliff', 'tower block', 'flats', 'window', 'viaduct')}`,
        S`jump in front of (?:a |the )?${alt('train', 'bus', 'car', 'lorry', 'traffic', 'tram')}`,
        'die',
        'kill',
        'suicide',
        S`end ${alt('it', 'her life', 'his life')}`,
        'overdose',
        'od',
        S`hang ${self}`,
        S`take ${poss} (?:own )?life`,
      )}\b`,
      // The means hidden or held, and a time: "shes hidden razors and shell use them tonight", "has the means and has planned it for
      // her 18th birthday, which is tomorrow".
      S`^(?!.*\b(?:what if|if (?:a|an|any)|when (?:a|an|any))\b).*\b${alt('hidden', 'hid', 'stashed', 'saved up', 'got', 'has')} (?:some |the |a )?${alt('razors?', 'blades?', 'pills', 'tablets', 'a rope', 'a knife')}\b.*\b${alt('use', 'take')} ${alt('them', 'it', 'the lot')} ${alt('tonight', 'today', 'now', 'later', 'tomorrow')}\b`,
      S`\b${alt('has', 'got', 'have')} the means\b.*\bplanned\b.*\b${alt('tonight', 'today', 'tomorrow', 'this weekend')}\b`,
      // Planned for a time that is now: "planning to overdose tonight", "plans to hang himself when everyone is asleep".
      S`\b${alt('planning', 'plans', 'planned', 'intends', 'intending')} to ${alt('overdose', 'od', S`kill ${self}`, S`hang ${self}`, 'end it', 'die', S`take ${poss} (?:own )?life`)}\b.*\b${alt(now, 'when everyone', 'once everyone')}\b`,
      S`\b${alt('kill', 'die', 'suicide')}\b.*\b${alt('has', 'got', 'made')} (?:a |the )?plan\b`,
      // Disclosed to someone, for a day that is today: "has disclosed a plan to end her life on her birthday, which is today".
      S`\b${alt('disclosed', 'described', 'shared', 'told (?:me|us|staff|her|him)')}(?: about)? (?:a |the |her |his |their )?(?:${planKind} )?plan to ${alt('die', S`kill ${self}`, S`end ${alt('it', 'her life', 'his life', 'their life')}`, 'overdose', S`take ${poss} (?:own )?life`)}\b` +
        S`.*\b${alt('today', 'tonight', 'right now', 'this evening', 'this afternoon')}\b`,
      // The plan said done, with its time: "ctb plan done. tomorrow morning before nan wakes up" (ctb read as suicide).
      S`\b${alt('suicide', 'kill myself', 'die')} plan ${alt('done', 'made', 'ready', 'sorted', 'set', 'written')}\b.*\b${alt('tonight', 'tomorrow', 'in the morning', 'before', 'when everyone', 'once everyone')}\b`,
      S`\bsaving up ${alt('tablets', 'pills', 'meds')}\b`,
      // Saying he has to die, and the means hidden: "saying i have to die before interview ... he has the kitchen knife hidden somewhere".
      S`\b${alt('have to die', 'has to die', 'must die', 'need to die', 'going to die', 'gonna die')}\b.*\b${alt('has', 'got', 'hidden', 'hid', 'taken')} (?:the |a |some )?(?:\w+ )?${means}\b`,
      // A wish to die, and the way to do it worked out: "she wants to be with her dad who died last year and shes worked out how".
      S`\b${alt('wants? to die', 'wants? to be dead', S`wants? to be with ${poss} (?:\w+ )?${alt('mum', 'mam', 'dad', 'nan', 'nanna', 'grandad', 'brother', 'sister', 'baby')}`, S`kill ${self}`, S`end ${alt('it', 'her life', 'his life', 'their life')}`)}\b` +
        S`.*\b${alt('worked out how', 'figured out how', 'knows how', 'knows exactly how', 'planned how', 'decided how')}\b`,
      // Dead by a day named: "ill be dead by the weekend, its all planned" (not a joke about tiredness: "ill be dead on my feet").
      S`\b${alt('ill', 'i will', 'im going to', 'im gonna', 'shell', 'hell', 'she will', 'he will')} be dead ${alt('by', 'before', 'on', 'after')} ` +
        S`${alt('the weekend', 'tonight', 'tomorrow', 'friday', 'saturday', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'christmas', 'the morning', S`${poss} birthday`, 'then', 'next week', S`(?:the |my |her |his |that |this )?(?:appointment|appt)`)}\b`,
      // A train chosen, or its time asked where it passes: "the 2 15 freight is the one", "what time the last train goes past the line".
      S`\b${alt('train', 'freight', 'express', 'goods train', S`\d+(?: \d+)? ${alt('train', 'freight', 'express')}`)} ${alt('is', 'will be', 'thats')} the one\b(?! ${alt('we', 'i', 'you', 'she', 'he', 'they', 'that', 'to', 'for')}\b)`,
      S`\bwhat time (?:the |does the )?(?:last |next |first )?${alt('trains?', 'freight')} ${alt('goes', 'go', 'comes', 'come', 'passes', 'pass', 'runs', 'run')} ${alt('past', 'through', 'by', 'along', 'over', 'under')} (?:the )?${alt('line', 'lines', 'tracks?', 'crossing', 'bridge')}\b`,
      // Notes written, waiting only to be alone: "ive written the notes, just need everyone to go to sleep".
      S`\b${alt('written', 'wrote', 'done', 'left')} (?:the |my |her |his |their )?${alt('notes', 'letters', 'note', 'letter')}\b.*\b${alt('need', 'needs', 'waiting for', 'wait for', 'once', 'when')} ${alt('everyone', 'every one', 'everybody', 'you all', 'staff', 'them all', 'the house')} (?:to )?(?:is |are |s )?(?:${alt('go', 'gone', 'goes')} (?:to )?)?${alt('sleep', 'asleep', 'bed', 'quiet', 'out')}\b`,
      // "A plan" said bare, with a time that is now: "she says shes got a plan and its tonight" (not a plan for the evening, or plan b).
      S`\b${alt('got', 'has', 'have', 'made')} (?:a |the )?plan\b(?! ${alt('to', 'for', 'of', 'with', 'b', 'in place')}\b)${upTo(3)} ${alt('its', 'it is', 'its for', 'for')} ${now}\b`,
    ),
  },
  // "shes got a rope and a plan"
  {
    name: 'means-and-plan',
    when: anyOf(S`\b${alt('rope', 'ligature', 'noose', 'belt', 'cord')}\b.*\bplan\b`, S`\bplan\b.*\b${alt('rope', 'ligature', 'noose')}\b`),
    // A safety plan or a care plan that mentions a ligature is planning for safety; a rope in a saying is no rope
    // ("the carers have a meal plan but theyre at the end of their rope").
    unless: b(
      alt(
        // Or any plan of care: "reviewing a 15yos health plan, ligature incident 8 months ago, nothing since".
        S`${alt('safety', 'care', 'crisis', 'risk', 'health', 'pathway', 'support', 'placement', 'behaviour', 'positive behaviour', 'transition', 'discharge', 'education')} plans?`,
        // The plan as a record: "a lock on her door given the ligature risk noted in her plan".
        S`(?:noted |recorded |written |identified )?(?:in|on) (?:her|his|their|the) plan`,
        'belt and braces',
        // (Only when that is the one rope: not "at the end of my rope, the rope is in his bag".)
        S`(?<!\brope\b.*)end of (?:my|her|his|their|our|the) rope(?!.*\bropes?\b)`,
        S`(?<!\brope\b.*)(?:learning|learn|show (?:her|him|them|me)) the ropes(?!.*\bropes?\b)`,
        // A plan against an exploiter, in a history: "a disruption plan against an adult male ... a ligature incident in january 2023".
        'disruption plan',
      ),
    ),
  },
  // "shes suicidal and has access to tablets"
  {
    name: 'access-to-means',
    when: anyOf(
      // Shut in a long time with what can poison: "she said she needed the loo, now shes been in there 40 minutes with the cleaning cupboard key".
      S`\b${alt('loo', 'toilet', 'bathroom')}\b.*\bin (?:there|the \w+) (?:for )?(?:\d+|twenty|thirty|forty|an hour|over an hour) ?(?:mins?|minutes|hours?)?\b.*\b${alt('cleaning cupboard', 'cleaning products', 'bleach', 'medicine cabinet', 'medicine cupboard', 'razors', 'tablets')}\b`,
      S`\bsuicidal\b.*\b${alt('access to', 'has', 'got', 'with')}\b.*\b${means}\b`,
      // As a clinician records it: "presenting with active suicidal ideation, a clear plan and the means".
      S`\bsuicid\w*\b.*\bplan(?: \w+){0,2},? and (?:the |a |her |his |their )?means\b`,
    ),
    unless: past,
  },
];
