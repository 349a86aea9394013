/**
 * The body failing, and danger said outright: collapse, breathing, 999 called, danger now.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { organisation, pretendGame, seizureFitting } from '../danger/fragments-body';
import { backToday } from '../danger/fragments-history';
import { alt, anyOf, b, habitual, lowPulse, past, S, upTo, type Rule } from './fragments';

const imminent = alt('immediate', 'imminent');
const crisis = alt('crisis', 'emergency');

/** A teller afraid that it is the heart, not a panic. */
const heartFeared = alt(
  S`(?:if|whether) (?:its|it is|it s) (?:her|his|their) heart`,
  'heart attack',
  S`(?:is|could|might) (?:it|this) be (?:her|his|their) heart`,
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const bodySignsRules: Rule[] = [
  // "ambulance on the way", "should i call 999 she wont wake up"
  {
    name: 'emergency-services',
    when: b(
      alt(
        S`should (?:i|we) ${alt('call', 'ring', 'phone')} 999`,
        S`${alt('called', 'rung', 'ringing', 'calling', 'phoned')} ${alt('999', 'an ambulance', 'the police')}`,
        S`ambulance (?:is )?${alt(S`on (?:its|the) way`, 'coming')}`,
        // Told by 111 to ring 999 now: "rang 111 they said ring 999 but shes refusing to go, do i make her".
        S`111(?: \w+){0,4} ${alt('said', 'says', 'told (?:me|us) to', 'told (?:me|us)', 'advised')} (?:to )?${alt('ring', 'call', 'phone', 'dial')} 999`,
        // Detained by the police now, a place of safety wanted: "police have him on a 136 in the back of the van asking where to take him".
        S`${alt('police', 'officers', 'the police', 'cops')} (?:have|has|ve|got) (?:got )?${alt('him', 'her', 'them', S`(?:our|my|the) \w+`)} on (?:a |the )?(?:section |s)?136` +
          S`(?=.*\b${alt('asking where', 'where to take', 'in the van', 'in the back', 'in the car', 'now', 'right now', 'waiting')}\b)`,
      ),
    ),
    // "should I call 999 if a child threatens suicide" is a question about any child, not this one now.
    unless: anyOf(
      habitual.source,
      // Long past: "she had a fit at school last year and they called an ambulance, shes on medication now".
      past.source,
      S`\b(?:if|when) ${alt('a', 'any')} ${alt('child', 'yp', 'young person', 'kid', 'teenager')}\b`,
      S`\bwhat happens if\b`,
      // Asking how to manage without them: "how do I handle aggression without ringing the police".
      S`\b${alt('without', 'instead of', 'rather than', 'avoid', 'avoiding')} ${alt('ringing', 'calling', 'phoning', 'having to call', 'having to ring')} ${alt('999', 'an ambulance', 'the police')}\b`,
      S`\bwhen to\b`,
      // Asked afterwards: "in hindsight should i have called an ambulance when she took those pills in march".
      S`\bin hindsight\b|\bshould (?:i|we) have (?:called|rung|phoned)\b|\b(?:whether|if) (?:i|we) should have (?:called|rung|phoned)\b`,
      // Back today after last night's call: "staff called the police, who took him to hospital. today hes back".
      S`\b${backToday}\b`,
      // "when should I call 999 rather than the crisis line"
      S`\bwhen (?:should|do|would|can) (?:i|we|you)\b`,
      // Or what others should do: "when should police use s136 rather than calling an ambulance".
      S`\bwhen (?:should|do|would|can|must) (?:the )?${alt('police', 'paramedics', 'staff', 'carers', 'schools?', 'services')}\b`,
    ),
  },
  // "shes unresponsive", "he collapsed and is fitting"
  {
    name: 'collapse',
    when: b(
      alt(
        'unconscious',
        'unresponsive',
        'not responding',
        // Only just: "ketamine. 16yo. barely responsive. what now" (not "barely awake in lessons").
        S`${alt('barely', 'hardly', 'only just')} ${alt('responsive', 'responding', 'conscious', 'rousable', 'breathing')}`,
        'isnt responding',
        'stopped breathing',
        'not breathing',
        // Not coming to, said bare: "won't come round" (not a visit, nor an idea: "dad wont come round for tea", "wont come round to it").
        S`(?:^|\b(?:shes|hes|theyre|she|he|they|yp|child|baby) )(?:still )?(?:wont|will not|isnt|is not|not) (?:come|coming) round\b(?! ${alt('to', 'for', 'here', 'there', 'tonight', 'today', 'tomorrow', 'anymore', 'any more', 'again', 'the', 'our', 'my', 'his', 'her', 'at', 'on', 'much', 'often', 'since', 'with', 'when', 'if')}\b)`,
        // Not waking, or fitting, after something taken: "not waking after pills", "convulsing after party pills".
        S`(?:not|wont|cant|can t) (?:waking|wake|be woken|rouse)(?: (?:him|her|them))?(?: up)? after (?:the |her |his |some |those )?${alt('pills', 'tablets', 'drugs', 'drinking', 'vodka', 'overdose', 'taking', 'meds', 'party pills')}`,
        S`${alt('convulsing', 'fitting', 'seizing', 'having a fit', 'having a seizure', 'shaking and foaming')} after (?:\w+ ){0,2}${alt('pills', 'tablets', 'drugs', 'ecstasy', 'mdma', 'xanax', 'spice', 'ket', 'ketamine', 'a pill', 'a vape', 'edibles')}`,
        // Feared, not yet sure: "i dont think shes breathing".
        S`(?:dont|do not) think (?:shes|hes|theyre|she is|he is|they are|the baby is|babys|baby is) (?:still )?breathing`,
        // Found down and not waking, as a child tells it: "mum was asleep on the kitchen floor and wouldnt wake up".
        S`${alt('asleep', 'lying', 'laid', 'led', 'flat out', 'out cold')} on the (?:\w+ )?floor${upTo(3)} ${alt('and', 'but')} ${alt('wouldnt', 'wont', 'would not', 'will not', 'couldnt', 'cant', 'can t', 'cannot')} (?:get (?:her|him|them) to )?wake`,
        'wont wake up',
        'won t wake up',
        'can t wake',
        'cant wake',
        'collapsed',
        'passed out',
        // The signs of a stroke, which children have too: "i think our child is having a stroke, face drooping on one side, slurred speech".
        // (Not one over, nor a look: "grandad has just had a stroke", "her face dropped".)
        S`(?:(?:i think|maybe) (?:she|he|they|shes|hes|theyre|our \w+) (?:is |are )?)?having a stroke`,
        S`face (?:is )?(?:drooping|droopy)(?: on one side)?`,
        // Not a parade, nor fainting spells as a pattern ("keeps passing out at school"), unless after taking something:
        // "keeps passing out and coming round after the overdose".
        S`(?<!\bkeeps? )passing out(?! ${alt('parade', 'ceremony', 'day')})`,
        S`keeps? passing out${upTo(6)} ${alt('after', 'since')} (?:the |an |her |his |their )?${alt('overdose', 'od', 'tablets', 'pills', 'taking')}`,
        // Feared to be dying now, of someone else (not a panic's "i think im dying", nor "dying to go", "dying of embarrassment").
        S`${alt('i think', 'think', 'omg', 'help')} ${alt('he', 'she', 'they', 'hes', 'shes', 'theyre')}(?: is| are)? dying(?! ${alt('of', 'from', 'to', 'for', 'inside', 'laughing', 'with')}\b)`,
        S`^(?:\w+ )?${alt('hes', 'shes', 'he is', 'she is', 'theyre')} dying(?: ${alt('help', 'pls', 'please', 'now', 'i think')})*$`,
        // The whole message: "he keeps passing out".
        S`^(?:\w+ ){0,2}keeps? ${alt('passing out', 'fainting', 'blacking out', 'collapsing')}(?: ${alt('now', 'tonight', 'help', 'pls', 'please', 'again', 'rn')})*$`,
        'fainted',
        seizureFitting,
        S`having (?:a )?${alt('fit', 'seizure')}`,
        'seizing',
        // "cant find a pulse", "no pulse"
        S`${alt('cant', 'can t', 'cannot', 'couldnt')} ${alt('find', 'feel', 'get')} (?:a |her |his |their |any )?pulse`,
        'no pulse',
        // As a crew or a nurse notes it, or a carer finds it: "responds to pain only, pinpoint pupils, rr 6", "cant get any response
        // out of him at all".
        S`(?:responds|responding|response) to pain(?: only)?`,
        'pinpoint pupils',
        S`(?:rr|resp rate|respiratory rate|resps) (?:of )?[1-8]\b`,
        S`(?:cant|can t|cannot|couldnt) get (?:any )?(?:response|answer) (?:out of|from) (?:him|her|them)`,
        lowPulse,
        // Found out of it and cannot say who they are: "found a 13yo in an underpass, out of it, cant tell me his name, nobody with him".
        S`^(?=.*\b${alt('out of it', S`off (?:his|her|their) (?:face|head)`, 'wasted', 'mashed', 'slumped', 'spaced out', 'barely conscious', 'drifting off')}\b).*\b(?:cant|cannot|couldnt|unable to) (?:tell (?:me|us) |say |give (?:me |us )?)(?:his|her|their) (?:own )?name`,
        // Too breathless to speak: "audible wheeze, cant finish a sentence" (severe asthma's sign).
        S`(?:cant|can t|cannot|unable to|struggling to|too breathless to) ${alt('finish', 'complete', 'get out', 'speak in', 'talk in', 'say')} (?:a |her |his |their )?(?:full |whole )?sentences?`,
        // Consciousness scored low: "gcs 9", "gcs of 7" (a Glasgow Coma Scale of 12 or under).
        S`(?:gcs|glasgow coma (?:scale|score))(?: is| of| at| now| down to| only| was)* (?:[3-9]|1[0-2])\b(?! ?(?:years?|yrs?|mins?|minutes?|days?|weeks?)\b)(?!/15 (?:yesterday|last))`,
        // A shock and its harm told: "electrocuted after climbing the substation fence, burns to hands, arrhythmia on the monitor".
        S`${alt('electrocuted', 'an electric shock', 'electric shocked')}\b.*\b${alt('burns?', 'burnt', 'arrhythmia', 'unconscious', 'not breathing', 'on the monitor', 'fitting', 'seizure', 'chest pain', 'heart', 'collapsed')}`,
        // Breathing that stops and starts, or the colour of too little oxygen, as a ward or a carer tells it: "3 apnoeic episodes in
        // the last hour, colour dusky", "the baby keeps stopping breathing".
        S`apno?eic ${alt('episodes?', 'spells?', 'attacks?', 'pauses?')}`,
        S`(?:keeps?|keep on) stopping breathing`,
        S`(?:colou?r|lips|face|skin) (?:is |s |looks |looking |gone |going |turning |turned )?(?:a bit |quite |very |really )?dusky`,
        S`${alt('gone', 'going', 'turning', 'turned', 'looks', 'looking')} dusky`,
        // Oxygen saturation under 92%, as a nurse reads it: "sats 88 on air", "spo2 85%" (not the word asked about).
        // Or read off a home oximeter: "sats on the carers oximeter 88%".
        S`(?:sats|spo2|o2 sats|oxygen sats|saturations?|oxygen levels?)(?: on (?:the |her |his |their |a )?(?:carers |mums |home |own )?(?:oximeter|monitor|probe|machine))?(?: is| are| of| at| now| down to| only| reading| were| was)* (?:[5-8]\d|9[01])(?! ?(?:years?|yrs?|mins?|minutes?|kg|cm))`,
      ),
    ),
    // Fitting in at school, not responding to a plan: everyday words, no collapse; or history.
    // A pulse sought on a watch (only the pulse: "fainted today, her fitbit says heart rate 38" is a collapse) or on a course. A team or a service not answering: "host lac team not responding".
    unless: new RegExp(
      S`\b${organisation}s? ` +
        S`(?:is |are |s |has been |have been )?(?:still )?${alt('not responding', 'isnt responding')}\b|` +
        S`${b(alt(S`fitting in(?! (?:the |a |her |his |their )?${alt('bath', 'shower', 'bed', 'playground', 'yard', 'street', 'road', 'car', 'bus', 'corridor', 'toilets?', 'kitchen', 'garden', 'park', 'pool', 'hall', 'canteen', 'lounge', 'bedroom', 'living room', 'cell', 'shop', 'classroom', 'dinner hall', 'back seat', 'seat', 'back of the (?:car|taxi|van|bus)', 'taxi', 'van', 'minibus', 'wheelchair', 'chair', 'pram', 'buggy', 'cot', 'hallway', 'floor')}\b)(?!.*\b${alt('minutes', 'mins', 'seizure', S`rescue med\w*`, 'buccal', 'midazolam', 'ambulance')}\b)`, S`${alt('course', S`(?<!\b${alt('after', 'at', 'during', 'from', 'before', 'in', 'football', 'rugby', 'netball', 'swimming', 'boxing', 'sports?')} )training`, 'first aid')}`, S`pulse ${alt('on', 'from', 'with')} (?:my |her |his |their |the |a )?${alt('watch', 'smartwatch', 'fitbit', 'phone')}`, S`not responding to (?:the |a |her |his |their )?(?:\w+ )?${alt('treatment', 'medication', 'meds', 'therapy', 'plan', 'referral', 'emails?', 'calls?', 'messages?', 'letters?', 'texts?', 'antibiotics', 'inhaler', 'intervention', 'support', 'work', 'baby', 'child', 'children', 'kids', 'son', 'daughter')}`)).source}|${past.source}|` +
        // Fainting told as a count, not happening now: "shes fainted twice" on a waiting list.
        S`(?<!\bjust )\bfainted(?: (?:in|at|during)(?: \w+){1,2})? ${alt('twice', 'a few times', 'a couple of times', 'several times', '\\d+ times')}\b(?! (?:now|today|tonight|this (?:morning|afternoon|evening)|in the last|in (?:\d+|ten|five|twenty|the) (?:mins?|minutes|hours?|hrs?)|already))|` +
        // At a needle, told as what happened last time: "terrified of needles and fainted at her last vaccine, hpv jab next month".
        S`\b${alt('fainted', 'faints', 'passed out', 'passes out')}\b(?: \w+){0,2} ${alt('at', 'during', 'after', 'having', 'for')} (?:her |his |their |the |a |an )?(?:last |first |school |previous )?` +
        S`${alt('vaccines?', 'vaccinations?', 'jabs?', 'injections?', 'blood tests?', 'bloods', 'immunisations?', 'needles?')}\b(?!.*\b(?:not coming round|isnt coming round|still|not breathing|wont wake|cant wake)\b)|` +
        // Came round at once and fine since: "fainted in a hot room, came round in seconds, fine all evening".
        S`\b(?:came|come|coming) round (?:in|after|within) (?:a few |few |a couple of )?(?:seconds|secs|a second|a minute|a moment|moments)\b(?=.*\bfine all ${alt('evening', 'day', 'night', 'afternoon', 'morning')}\b)|` +
        // Seen and sent home: "fainted in assembly on monday ... hospital checked her over and sent her home".
        S`\b${alt('hospital', 'a and e', 'the doctors?', 'paramedics', 'the gp', 'gp')} (?:\w+ ){0,4}sent (?:her|him|them) home\b|` +
        // Once, told as history, or learning from a case: "panics in exams, hyperventilates, once fainted", "nobody noticed until she collapsed. what are the early signs".
        S`\bonce ${alt('fainted', 'collapsed', 'passed out')}\b(?!.*\b(?:now|again|today|tonight)\b)|\buntil ${alt('she', 'he', 'they')} ${alt('collapsed', 'fainted', 'passed out')}\b(?=.*\b${alt('early signs', 'warning signs', 'learning', 'case review', 'lessons')}\b)|` +
        // A policy drafted for it: "we need a policy for 'found unresponsive' situations in the home, can you help draft one".
        S`\b${alt('policy', 'policies', 'procedure', 'protocol', 'draft', 'template', 'guidance')} ${alt('for', 'on', 'about')}\b|` +
        // A thing that fell apart, not a person: "education provision has completely collapsed", "the placement collapsed".
        // A game, laughed at (../danger/fragments-body.ts).
        S`${pretendGame}|` +
        // Laughing: "collapsed in laughter at the panto".
        S`\b(?:collapsed|collapsing|collapses) (?:in|with|into) (?:fits of )?${alt('laughter', 'giggles', 'hysterics', 'laughing')}\b|` +
        // Hard to get up for school, a routine: "he just wont wake up for school in the mornings, any tips".
        S`\b(?:wont|cant|can t) wake (?:\w+ )?up (?:for|in time for|on time for) ${alt('school', 'college', 'breakfast', 'the bus', 'work')}\b(?=.*\b${alt('mornings?', 'tips', 'battle', 'every day', 'routine')}\b)|` +
        // A known seizure managed to its plan, fine since: "known seizure, rescue meds given, ambulance not needed per his plan, hes fine today".
        S`\b${alt('known seizure', 'known epilepsy', 'epilepsy plan', 'seizure plan', S`per (?:his|her|their) plan`, S`rescue med\w* (?:given|worked)`)}\b(?=.*\b(?:hes|shes|theyre|he is|she is|they are) (?:fine|ok|okay|well|back to normal) (?:today|now|this morning)\b)|` +
        // Dissociation described: "started having flashbacks in school and dissociating, staring into space, not responding".
        S`\b${alt('dissociat\\w*', 'zon(?:ing|es|ed) out', 'staring into space', 'spac(?:ing|es|ed) out', 'blanks out', 'shuts down', 'switches off')}\b.*\bnot responding\b|` +
        S`\b${alt('provision', 'placement', 'education', 'grades', 'marks', 'attendance', 'friendships?', 'confidence', 'self esteem', 'arrangements?', 'plan', 'package', 'support', 'marriage', 'relationship', 'business', 'school place', 'tenancy', 'care plan', 'routine')} ` +
        S`(?:has |had |have )?(?:\w+ )?collapsed\b`,
    ),
  },
  // "she is in immediate danger", "its an emergency right now"
  {
    name: 'danger-now',
    when: anyOf(
      S`\b${imminent} ${alt('danger', 'risk')}\b`,
      // Not "hes not in danger right now".
      S`(?<!\b(?:not|isnt|arent|no) )\bin danger (?:right )?now\b`,
      // "the baby is in danger" (not "in danger of exclusion").
      S`\b${alt('is', 'are', 's', 'hes', 'shes', 'theyre')} in (?:real |serious |grave )?danger\b(?! of)`,
      S`\b${crisis} (?:is )?happening\b`,
      // Not "its not an emergency right now", "were not in a crisis right now".
      S`(?<!\b(?:not|isnt|no)(?: \w+){0,2} )\b${crisis} right now\b`,
      S`\bright now\b.*(?<!\b(?:not|isnt|no)(?: \w+){0,2} )\b${crisis}\b`,
      // The whole message a call for it now: "crisis now pls", "emergency now please", "in crisis now".
      S`^(?:${alt('in', 'a', 'an', 'its a', 'its an', 'mental health', 'mh', 'urgent', 'real')} )*${crisis}(?: \w+)? ${alt('now', 'rn', 'asap')}(?: ${alt('pls', 'please', 'plz', 'help', 'urgent', 'quick')})*$`,
    ),
    // "not at immediate risk", and the immediate risk assessment form.
    unless: anyOf(
      // "the child isnt in immediate danger but the carer is frightened"
      S`\b${alt('not', 'isnt', 'arent', 'wasnt', 'werent')} (?:at |in )?(?:any )?${imminent} ${alt('risk', 'danger')}\b`,
      S`\bno ${imminent} ${alt('risk', 'danger')}\b`,
      S`\b${imminent} risk ${alt('assessment', 'form', 'template', 'policy', 'training')}\b`,
      // The words asked about: "what does imminent risk mean in the crisis pathway", "examples of what immediate risk looks like".
      S`\bwhat (?:does |do |is |would )?(?:an? )?(?:at |in )?${imminent} ${alt('risk', 'danger')}(?: \w+)? ${alt('mean', 'means', 'look like', 'looks like', 'count as', 'counts as')}\b`,
      S`\b${alt('meaning', 'definition', 'examples?')} of (?:what )?(?:an? )?${imminent} ${alt('risk', 'danger')}\b`,
      // "can you define imminent risk for our crisis procedures", "none of them seem at immediate risk".
      S`\bdefine (?:what )?(?:an? )?${imminent} ${alt('risk', 'danger')}\b`,
      S`\b(?:none|nobody|no one)(?: \w+){0,4} (?:at |in )?${imminent} ${alt('risk', 'danger')}\b`,
      // "i dont think shes in danger tonight but im worried sick about where this is going"
      S`\b(?:dont|do not|didnt) think (?:shes|hes|theyre|she is|he is|they are|its|it is|theres|there is) (?:in )?(?:any )?(?:immediate )?danger\b`,
      // A register's or a plan's term, not a danger: "what does imminent risk of admission mean on the dynamic support register".
      S`\b${imminent} risk of ${alt('admission', 'hospital admission', 'inpatient admission', 'being admitted', 'placement breakdown', 'breakdown', 'exclusion', 'family breakdown')}\b`,
    ),
  },
  // "Can't breathe" in a panic attack is frightening but not an emergency; choking is.
  {
    name: 'breathing',
    when: anyOf(
      S`\b${alt('cant', 'can t', 'cannot')} breathe\b`,
      // Gasping now: "he just keeps gasping", "gasping for air" (not with laughter).
      S`\b${alt('keeps', 'is', 'hes', 'shes', 'still', 'started', 'just')} gasping\b(?! ${alt('with', 'in', 'at')}\b)|\bgasping for ${alt('breath', 'air')}\b`,
      // Choking now, said of someone: "hes choking help", "the baby is choking on a grape" (not on words, tears, or "choked up").
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'baby is', 'babys', 'child is', 'yp is', 'toddler is', 'toddlers', 'childs', 'kids', 'pupils', 'boys', 'girls', 'lads', 'kid is', 'pupil is')} (?:is )?(?:still )?choking\b(?! ${alt('on (?:his|her|their) (?:words|tears)', 'back', 'up', 'the', 'his', 'her', 'their', 'a', 'an', 'another', 'him', 'them', 'someone', 'my', 'our')}\b)`,
      // Choking told by signs, by a child who cannot say it: "not verbal, pointing at her throat and drooling, she was playing with the beads".
      S`\bpointing (?:at|to) ${alt('her', 'his', 'their')} ${alt('throat', 'neck', 'mouth')}\b.*\b${alt('drool\\w*', 'gagging', 'retching', 'cant swallow', 'choking', 'wheez\\w*', 'going blue', 'turning blue')}\b`,
      // First aid for choking tried and failing: "choking on a grape and back blows arent working".
      S`\bback (?:blows|slaps)\b(?: \w+){0,2} ${alt('arent', 'are not', 'not', 'isnt', 'havent', 'didnt', 'dont', 'not been')} ${alt('working', 'worked', 'helping', 'helped', 'work')}\b`,
      // The airway closing in a reaction: "used the epipen, throat still closing", "her throats swelling up, lips huge".
      S`\b${alt('throat', 'throats', 'airway', 'airways', 'tongue')} (?:is |s |are )?(?:still |now |really )?${alt('closing', 'closing up', 'closed up', 'tightening', 'swelling up', 'swelled up')}\b`,
      // Or the pen used and not enough: "gave him his epipen and hes still wheezing".
      S`\b${alt('used', 'gave', 'given', 'done', 'jabbed', 'used (?:her|his|their) own')}(?: \w+){0,2} ${alt('epi ?pens?', 'auto ?injectors?', 'jext')}\b.*\b${alt(S`still ${alt('wheez\\w*', 'struggling', 'cant', 'swelling', 'closing', 'coughing', 'choking', 'blue', 'grey', 'gasping')}`, 'not working', 'isnt working', 'no better', 'getting worse', 'didnt work', 'hasnt worked', 'not worked', 'doesnt work', 'done nothing', 'made no difference')}\b`,
    ),
    unless: b(
      alt(
        // (Not when the teller fears it is the heart: "panic attack for an hour now, chest hurts, i dont know if its her heart".)
        S`${alt('panic', 'panicking', 'panics')}(?!.*\b${heartFeared}\b)(?<!\b${heartFeared}\b.*)`,
        // Laughing: "that tiktok had me in tears i literally cannot breathe".
        S`${alt('had me in tears', 'in tears laughing', 'crying laughing', 'from laughing', 'laughing so much', 'laughing so hard')}`,
        // Said again and again at the same place: "she keeps saying she cant breathe when we pull up at the contact centre".
        S`keeps? (?:saying|telling (?:me|us)) (?:that )?(?:she|he|they|shes|hes) (?:cant|can t|cannot) breathe (?:when|whenever|every time)`,
        // A time of day she dreads: "her tummy hurts and she cant breathe when its time for school".
        S`(?:cant|can t|cannot) breathe when (?:its|it is|it s) time for (?:school|contact|bed|college)`,
        // A home that stifles, in a child's words: "i only go missing because i cant breathe in that house".
        S`(?:cant|can t|cannot) breathe in (?:that|this|the|our|their|his|her|my|mums|dads) (?:house|home|place|family|flat)`,
        // A place she cannot bear, in her words: "she told me 'i cant breathe in the classroom, i have to get out'".
        S`(?:cant|can t|cannot) breathe in (?:the )?${alt('classroom', 'class', 'lessons?', 'assembly', 'crowds?', 'the hall', 'school', 'the canteen')}`,
        // "not dangerous but panicky and says he cant breathe", told as "some nights": a recurring panic.
        'panicky',
        // Worn by work, in her words: "im so stressed about exams i cant breathe".
        S`stressed (?:out )?(?:about|over|with|by) (?:\w+ )?${alt('exams', 'school', 'tests', 'gcses', 'a levels', 'mocks', 'revision', 'homework', 'coursework', 'work')}`,
        'panicked',
        S`${alt('some', 'most', 'a few', 'other')} ${alt('nights', 'days', 'mornings', 'evenings')}`,
        // Where a panic comes back, not a body failing now: "i cant breathe in lectures, i have to walk out".
        S`(?:cant|can t|cannot) breathe in ${alt('lectures', 'class', 'lessons', 'school', 'crowds', 'meetings', 'assembly', 'exams', 'the mornings', 'busy places', 'shops')}`,
        // "says i cant breathe, i think im dying every morning when its time for school"
        S`every ${alt('morning', 'night', 'evening', 'day', 'school day', 'monday', 'sunday night')}`,
        'anxiety',
        'anxious',
        'asthma',
        S`when ${alt('i', 'she', 'he', 'they', 'we')} ${alt('have', 'has', 'get', 'gets', 'go', 'goes', 'walk', 'walks', 'think', 'thinks', 'talk', 'talks', 'close', 'closes', 'shut', 'shuts', 'see', 'sees', 'hear', 'hears', 'remember', 'remembers')}`,
        'every time',
        'whenever',
        // First aid taught or asked: "first aid refresher: what do we do if back blows arent working".
        'first aid',
        S`what (?:do|should|would) (?:we|i|you|staff) do if`,
        alt(
          'on the bus',
          'in crowds',
          'in shops',
          'for weeks',
          'feels sick',
          'in assembly',
          'in class',
          'in lessons?',
          'in the hall',
          'canteen',
        ),
        S`everyone (?:is )?${alt('looking', 'staring', 'watching')}`,
        S`${alt('i', 'she', 'he', 'they')} ${alt('get', 'gets')} (?:so |really |very )?${alt('scared', 'anxious', 'worked up', 'nervous', 'stressed')}`,
        // The racing heart of a panic before something dreaded.
        S`before ${alt('contact', 'school', 'exams?', 'bed', 'the bus')}`,
        S`heart ${alt('is going mad', 'racing', 'is racing', 'pounding', 'is pounding')}`,
      ),
    ),
  },
];
