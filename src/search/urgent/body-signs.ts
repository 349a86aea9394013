/**
 * The body failing, and danger said outright: collapse, breathing, 999 called, danger now.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { organisation, pretendGame, seizureFitting } from '../danger/fragments-body';
import { backToday } from '../danger/fragments-history';
import { alt, anyOf, b, habitual, lowPulse, past, S, upTo, type Rule } from './fragments';

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
        // About to be detained under a 136, with nowhere to take them: "in custody, police considering s136, no place of safety bed"
        // (not one brought in or detained under it, asked about after: the place of safety is where they are).
        S`police (?:are )?considering (?:a |the )?(?:section |s ?)?136\b`,
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
        // A seizure from low sugar, or the medicine for it unusable: "child has a hypoglycaemic seizure. glucagon expired".
        S`hypo(?:glycaemic|glycemic)? (?:seizure|fit)`,
        S`glucagon (?:is |has )?(?:expired|out of date|run out|gone out of date)`,
        // Started to fit, as a second language says it: "she start to fit again second time in ten minute" (not fitting in).
        S`(?:start|starts|started|starting|begin|began|begun|beginning) to fit(?! ${alt('in', 'into', 'with', 'together', 'through', 'under', 'the', 'a', 'her', 'his', 'their', 'it', 'them', 'everything')}\b)`,
        // A knock to the head, then sick and sight wrong (signs of a bleed): "hit my head at footy and now i keep being sick and cant see right".
        S`(?:(?:hit|banged|bumped|knocked|smacked|whacked) (?:my|her|his|their) head|\bhead\b.*\b(?:hit|banged|bumped|knocked|smacked|whacked) it)\b.*\b${alt('keep being sick', 'keeps being sick', 'keep throwing up', 'keeps throwing up', 'keeps vomiting', 'keep vomiting')}\b.*\b${alt('cant see', 'blurry', 'blurred', 'seeing double', 'double vision', 'confused', 'drowsy', 'cant stay awake')}`,
        'unconscious',
        // "child lost consciousness after drinking at a party".
        S`${alt('lost', 'losing', 'loses', 'lose')} consciousness`,
        'unresponsive',
        'not responding',
        // "mum is asleep and cant be roused" (not a morning routine: "cant be roused in the mornings").
        S`${alt('cant', 'can t', 'cannot', 'wont', 'will not', 'couldnt')} be roused(?! ${alt('in', 'for', 'on', 'till', 'until', 'before', 'every', 'most', 'some')}\b)`,
        'unrousable',
        // Resuscitation under way: "17 m care leaver in cardiac arrest after ?cocaine at house party, cpr ongoing".
        S`(?:in|having|gone into|went into) (?:a )?cardiac arrest`,
        S`cpr ${alt('ongoing', 'in progress', 'started', 'underway', 'going on')}`,
        // A coma score falling, in a clinician's words: "took something at a party, gcs dropping".
        S`gcs (?:is |now )?${alt('dropping', 'falling', 'deteriorating', 'going down', S`down to \d+`, S`of [3-8]`)}\b`,
        // "hes stopped responding on facetime" (not to texts, to treatment, or to praise).
        S`\b${alt('hes', 'shes', 'theyve', 'theyre', 'he', 'she', 'they', 'baby', 'babys', 'child', 'yp', 'kid', 'and')} (?:just |now )?(?:has |have )?stopped responding(?! to\b)`,
        // Only just: "ketamine. 16yo. barely responsive. what now" (not "barely awake in lessons").
        S`${alt('barely', 'hardly', 'only just')} ${alt('responsive', 'responding', 'conscious', 'rousable', 'breathing')}`,
        'isnt responding',
        'stopped breathing',
        'not breathing',
        // Not coming to, said bare: "won't come round" (not a visit, nor an idea: "dad wont come round for tea", "wont come round to it").
        S`(?:^|\b(?:shes|hes|theyre|she|he|they|yp|child|baby) )(?:still )?(?:wont|will not|isnt|is not|not) (?:come|coming) round\b(?! ${alt('to', 'for', 'here', 'there', 'tonight', 'today', 'tomorrow', 'anymore', 'any more', 'again', 'the', 'our', 'my', 'his', 'her', 'at', 'on', 'much', 'often', 'since', 'with', 'when', 'if')}\b)`,
        // Not waking, or fitting, after something taken: "not waking after pills", "convulsing after party pills".
        S`(?:not|wont|cant|can t) (?:waking|wake|be woken|rouse)(?: (?:him|her|them))?(?: up)? after (?:the |her |his |some |those )?${alt('pills', 'tablets', 'drugs', 'drinking', 'vodka', 'overdose', 'taking', 'meds', 'party pills')}`,
        // Or since: "he hasnt woken up since he took whatever it was".
        S`(?:hasnt|has not|havent|have not|not) (?:woken|woke|been woken|been able to wake (?:him|her|them))(?: up)? since (?:he|she|they|hes|shes|theyve) (?:took|taken|drank|drunk|smoked|swallowed|necked)(?! (?:(?:her|his|their) )?(?:tea|dinner|lunch|breakfast|bottle|milk|feed|medicine as prescribed)\b)`,
        S`${alt('convulsing', 'fitting', 'seizing', 'having a fit', 'having a seizure', 'shaking and foaming')} after (?:\w+ ){0,2}${alt('pills', 'tablets', 'drugs', 'ecstasy', 'mdma', 'xanax', 'spice', 'ket', 'ketamine', 'a pill', 'a vape', 'edibles')}`,
        // Feared, not yet sure: "i dont think shes breathing".
        S`(?:dont|do not) think (?:shes|hes|theyre|she is|he is|they are|the baby is|babys|baby is) (?:still )?breathing`,
        // Found down and not waking, as a child tells it: "mum was asleep on the kitchen floor and wouldnt wake up".
        S`${alt('asleep', 'lying', 'laid', 'led', 'flat out', 'out cold')} on the (?:\w+ )?floor${upTo(3)} ${alt('and', 'but')} ${alt('wouldnt', 'wont', 'would not', 'will not', 'couldnt', 'cant', 'can t', 'cannot')} (?:get (?:her|him|them) to )?wake`,
        'wont wake up',
        // Told plainly, not a sleep pattern: "hit his head and hes not waking up" (not "not waking up in the night any more", "till noon").
        S`(?:(?:hes|shes|theyre|he is|she is|they are|baby is|babys|(?:child|kid|yp|lad|girl|boy) is) not|isnt|arent) waking(?: (?:him|her|them))?(?! (?:up )?${alt('for', 'in', 'on time', 'till', 'until', 'at', 'during', 'as', 'anymore', 'any more', 'so', 'early', 'before', 'when', 'through', 'every', 'most', 'with')}\b)(?: up)?`,
        'won t wake up',
        'can t wake',
        'cant wake',
        'collapsed',
        'passed out',
        // The signs of a stroke, which children have too: "i think our child is having a stroke, face drooping on one side, slurred speech".
        // (Not one over, nor a look: "grandad has just had a stroke", "her face dropped".)
        S`(?:(?:i think|maybe) (?:she|he|they|shes|hes|theyre|our \w+) (?:is |are )?)?having a stroke`,
        S`face (?:is )?(?:drooping|droopy)(?: on one side)?`,
        S`face (?:has |is )?(?:dropped|drooped|fallen|gone) (?:down )?on one side`,
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
        // Days without food or drink, and fainting or confused now: "stopped eating and drinking five days ago, today he fainted twice and is confused".
        S`(?:stopped|not|hasnt been|has not been|isnt|refusing|refused|refuses)(?: \w+){0,2} ${alt('eating and drinking', 'drinking')}\b.*\b${alt('fainted', S`confused(?! ${alt('about', 'by', 'with', 'as to', 'over', 'why', 'what', 'when', 'where', 'how')})`, 'collapsed', 'passed out', 'not making sense', 'cant stand')}`,
        // Knocked down in a fight and staying down: "two of the lads are fighting properly, ones not getting up".
        S`${alt('fighting', 'fight', 'punched', 'kicked', 'knocked', 'stamped', 'beaten', 'beating')}\b.*\b(?:ones|one is|hes|shes|he is|she is|the other(?: one)?(?: is)?|one of them(?: is)?) (?:not|isnt) getting up(?! ${alt('for', 'in', 'on time', 'till', 'until', 'before', 'early')}\b)`,
        seizureFitting,
        // One seizure after another, not waking between (status epilepticus): "just had four seizures in a row and not woke up between".
        S`(?<!\b(?:if|when|whenever|plan says)(?: \w+){0,4} )${alt('seizures', 'fits')} ${alt('in a row', 'back to back', 'one after (?:another|the other)')}`,
        S`(?:not|hasnt|havent|without) ${alt('woke', 'woken', 'waking', 'come round', 'came round', 'coming round')}(?: up)? (?:in )?between`,
        // Oxygen falling, as a nurse says it: "the vent is alarming and hes desatting to 70" (each form written out, so the spelling
        // table knows "desatting" whole and does not part it).
        S`${alt('desatting', 'desaturating', 'desatted', 'desaturated', 'desats', 'desat')}(?: to| at| into the)? [1-8]\d\b`,
        S`having (?:a )?${alt('fit', 'seizure')}`,
        // Not a thing taken by the police, nor a chance: "seizing a vehicle under section 59", "seizing the moment".
        S`seizing(?! ${alt('a', 'an', 'the', 'his', 'her', 'their', 'its', 'any', 'vehicles?', 'cars?', 'property', 'goods', 'drugs', 'phones?', 'assets', 'cash', 'money', 'up')}\b)`,
        // "cant find a pulse", "no pulse"
        S`${alt('cant', 'can t', 'cannot', 'couldnt')} ${alt('find', 'feel', 'get')} (?:a |her |his |their |any )?pulse`,
        'no pulse',
        // Just gone still and blue: "he just stopped talking and went blue".
        S`just ${alt('stopped', 'collapsed', 'went quiet', 'went limp', 'went floppy', 'fell')}(?: \w+){0,3} and ${alt('went', 'turned', 'gone')} blue`,
        // Gone blue, said of someone: "he just stopped talking and went blue", "her lips have gone blue" (not hair, paint or a kit).
        S`${alt('hes', 'shes', 'he', 'she', 'they', 'theyve', 'baby', 'babys', 'and', 'lips', 'face')} ${alt('just went', 'has gone', 'have gone', 's gone', 'gone', 'just turned', 'has turned', 's turned', 'turned', 'is going', 's going', 'going', 'turning')} blue(?!.*\b${alt('once', 'ago', 'last', 'then (?:breathed|came round|was fine)', 'holding (?:his|her|their) breath', 'breath holding', 'tantrum', 'by the end', 'hair', 'dye', 'dyed', 'paint', 'cold', 'pool', 'sea', 'everton', 'kit', 'shirt', 'slime', 'ink', 'pen', 'tongue', 'sweets?', 'lolly', 'ice pop', 'slush\\w*')}\b)`,
        // A heart or breath stopped, said of someone ("his heart has stopped, doing cpr"; not "my heart stopped when i saw the bill").
        S`${alt('no ', S`(?:cant|can t|cannot|couldnt) (?:find|feel|hear) (?:a |her |his |their |the babys |any )?`)}${alt('heartbeat', 'heart beat')}(?!.*\b(?:scan|scans|midwife|pregnancy|pregnant|weeks)\b)`,
        S`${alt('his', 'her', 'their', 'babys', 'the babys', 'baby s')} ${alt('heart', 'heartbeat', 'breathing')} (?:has |had |just |has just )?stopped`,
        S`(?<!\b(?:my|me|our|heavy|fast|rapid|panicky|panting|deep) )breathing (?:has |just |has just )?stopped(?!.*\b(?:calmed|settled|relaxed|being|exercises?)\b)`,
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
        // A heart attack feared, with its signs, as it happens: "foster dad having a heart attack i think, clutching arm, 4 kids here".
        S`${alt('having', 'is having', 'hes having', 'shes having')} a heart attack\b(?=.*\b${alt('clutching', 'chest pain', 'pain in (?:his|her) (?:chest|arm)', 'grey', 'sweating', 'cant breathe', 'collapsed', 'on the floor')}\b)(?!.*\b${alt('nearly', 'almost', 'lol', 'when i saw', 'last', 'ago')}\b)`,
        // A shock and its harm told: "electrocuted after climbing the substation fence, burns to hands, arrhythmia on the monitor".
        S`${alt('electrocuted', 'an electric shock', 'electric shocked')}\b.*\b${alt('burns?', 'burnt', 'arrhythmia', 'unconscious', 'not breathing', 'on the monitor', 'fitting', 'seizure', 'chest pain', 'heart', 'collapsed', 'stuck to it', S`stuck to the \w+`, 'cant let go', 'wont let go', 'not moving', 'not responding', 'screaming')}`,
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
      // Nearly, and well: "i beat my personal best on the 800m, i nearly collapsed at the end"; asleep from tiredness: "was so tired i
      // passed out on the sofa at 7 lol".
      S`\bbreathing exercises?\b|` +
        S`\b(?:nearly|almost) ${alt('fainted', 'collapsed', 'passed out')}\b(?!.*\b(?:now|still|again|cant|not breathing|not waking)\b)|` +
        S`\b(?:tired|knackered|exhausted|shattered)\b(?: \w+){0,3} passed out (?:on|in) (?:the |my |his |her )?(?:sofa|couch|settee|bed)\b|` +
        S`\b${organisation}s? ` +
        S`(?:is |are |s |has been |have been )?(?:still )?${alt('not responding', 'isnt responding')}\b|` +
        S`${b(alt(S`fitting in(?! (?:the |a |her |his |their )?${alt('bath', 'shower', 'bed', 'playground', 'yard', 'street', 'road', 'car', 'bus', 'corridor', 'toilets?', 'kitchen', 'garden', 'park', 'pool', 'hall', 'canteen', 'lounge', 'bedroom', 'living room', 'cell', 'shop', 'classroom', 'dinner hall', 'back seat', 'seat', 'back of the (?:car|taxi|van|bus)', 'taxi', 'van', 'minibus', 'wheelchair', 'chair', 'pram', 'buggy', 'cot', 'hallway', 'floor')}\b)(?!.*\b${alt('minutes', 'mins', 'seizure', S`rescue med\w*`, 'buccal', 'midazolam', 'ambulance')}\b)`, S`${alt('course', S`(?<!\b${alt('after', 'at', 'during', 'from', 'before', 'in', 'football', 'rugby', 'netball', 'swimming', 'boxing', 'sports?')} )training(?! at the ${alt('track', 'pitch', 'pool', 'ground', 'club', 'gym', 'field', 'court', 'leisure centre')})`, 'first aid')}`, S`pulse ${alt('on', 'from', 'with')} (?:my |her |his |their |the |a )?${alt('watch', 'smartwatch', 'fitbit', 'phone')}`, S`(?:not|isnt|arent|wasnt) responding to (?:the |a |her |his |their )?(?:\w+ )?${alt('treatment', 'medication', 'meds', 'therapy', 'plan', 'referral', 'emails?', 'calls?', 'messages?', 'letters?', 'texts?', 'antibiotics', 'inhaler', 'intervention', 'interventions', 'support', 'work', 'baby', 'child', 'children', 'kids', 'son', 'daughter', 'anything', 'everything', 'any \\w+', 'what', 'strategies', 'rewards', 'praise', 'consequences', 'boundaries')}`)).source}|${past.source}|` +
        // Over and well, told after: "attended a child who was fitting yesterday - known epilepsy, recovered".
        S`\b(?<!\bnot )(?:has |had |fully )?recovered\b|` +
        // Fainting told as a count, not happening now: "shes fainted twice" on a waiting list.
        S`(?<!\bjust )\bfainted(?: (?:in|at|during)(?: \w+){1,2})? ${alt('twice', 'a few times', 'a couple of times', 'several times', '\\d+ times')}\b(?! (?:now|today|tonight|this (?:morning|afternoon|evening)|in the last|in (?:\d+|ten|five|twenty|the) (?:mins?|minutes|hours?|hrs?)|already))(?!.*\b(?:confused|not making sense|stopped eating|stopped drinking|not eating|not drinking)\b)|` +
        // At a needle, told as what happened last time: "terrified of needles and fainted at her last vaccine, hpv jab next month".
        S`\b${alt('fainted', 'faints', 'passed out', 'passes out')}\b(?: \w+){0,2} ${alt('at', 'during', 'after', 'having', 'for')} (?:her |his |their |the |a |an )?(?:last |first |school |previous )?` +
        S`${alt('vaccines?', 'vaccinations?', 'jabs?', 'injections?', 'blood tests?', 'bloods', 'immunisations?', 'needles?')}\b(?!.*\b(?:not coming round|isnt coming round|still|not breathing|wont wake|cant wake)\b)|` +
        // Checked by a clinician and well: "fainted in pe today, school nurse checked, obs normal, gp appt booked".
        S`\b${alt('obs', 'observations', 'vitals')} (?:are |were |all )?${alt('normal', 'fine', 'stable', 'ok', 'okay', 'within normal limits')}\b(?!.*\b(?:dropping|worse|again|not breathing|wont wake|cant wake|still)\b)|` +
        // Found on asking to be something else: "fc rang re 11m 'fitting', clarified its his new school shoes not fitting, nfa".
        S`\bclarified\b(?=.*\b(?:fine now|nfa|no further action|not an emergency|lol)\b)|` +
        // Fainted, and well again now: "fainted in PE yday, ok now".
        S`\bfainted\b(?: \w+){0,4} (?:(?:shes|hes|theyre|and|but) )?(?<!\b(?:not|isnt|arent|never|still not) )${alt('ok', 'okay', 'fine', 'alright', 'better', 'right as rain')} now\b|` +
        // Came round at once and fine since: "fainted in a hot room, came round in seconds, fine all evening".
        S`\b(?:came|come|coming) round (?:in|after|within) (?:a few |few |a couple of )?(?:seconds|secs|a second|a minute|a moment|moments)\b(?=.*\bfine all ${alt('evening', 'day', 'night', 'afternoon', 'morning')}\b)|` +
        // Seen and sent home: "fainted in assembly on monday ... hospital checked her over and sent her home".
        S`\b${alt('hospital', 'a and e', 'the doctors?', 'paramedics', 'the gp', 'gp')} (?:\w+ ){0,4}sent (?:her|him|them) home\b|` +
        // Once, told as history, or learning from a case: "panics in exams, hyperventilates, once fainted", "nobody noticed until she collapsed. what are the early signs".
        S`\bonce ${alt('fainted', 'collapsed', 'passed out', 'unconscious')}\b(?!.*\b(?:now|again|today|tonight)\b)|` +
        // Or once, told after: "it asks if hes ever lost consciousness. he fainted at the dentist once. do i put that".
        S`\b${alt('fainted', 'collapsed', 'passed out')}(?: \w+){0,4} once\b(?!.*\b(?:now|again|today|tonight)\b)|\buntil ${alt('she', 'he', 'they')} ${alt('collapsed', 'fainted', 'passed out')}\b(?=.*\b${alt('early signs', 'warning signs', 'learning', 'case review', 'lessons')}\b)|` +
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
];
