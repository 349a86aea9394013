/** Practice material or a record, named anywhere in the message (../urgent-calm.ts CALM_FRAME). */

import { alt, S } from '../urgent/fragments';
import { NOTHING_TOLD_NOW } from './nothing-told-now';

// Practice material or a record, said so anywhere in the message, with nothing told as now after it: "for a case study: 15yo found
// unconscious after drinking", "scenario for our team meeting", "training question for our new carers", "what heading is that
// under", "how do i word 'found with a ligature, removed' in the daily log", "how do i record that he keeps saying...",
// "how long do i keep an incident form about an overdose", "reflecting in supervision on how i handled...". A danger told as
// now outranks it all the same (./urgent/told-now.ts).
/** Over, unless it has started again: "police cleared it this morning but now hes back outside with the knife". */
const notAgain = S`(?!.*\b(?:but now|now (?:hes|shes|theyre|he is|she is|they are|its)|again|back)\b)`;

export const practiceNamed = S`\b${alt(
  'case study',
  'case scenario',
  S`scenario (?:for|about|on|involving|where)`,
  S`doing a scenario`,
  // The scenario whole, then its lessons asked: "in our training we used a scenario where a girl texts a carer saying shes at a bridge,
  // what are the key learning points".
  S`${alt('scenario', 'case study', 'role ?play', 'vignette')} (?:where|in which|about|involving)(?: \S+){1,25} (?:what (?:are|were) the )?(?:key )?learning points`,
  // Said to be for a talk or a course: "why do children in care go missing more often ... its for a presentation".
  S`(?:its|it is|this is|thats) for (?:a|my|our|the) (?:\w+ )?${alt('presentation', 'training', 'essay', 'assignment', 'talk', 'workshop', 'lecture', 'course')}`,
  // Asked to know, not for a child now: "how much is dangerous, for general awareness".
  // (Not a notification's heading: "for awareness - in the middle of a review the father has locked her in the back room".)
  S`for general awareness|(?<!^)for awareness`,
  // Or asked for a course: "is it true you should never cut a ligature yourself? asking for our first aid refresher".
  S`asking for (?:our|my|the|a) (?:\w+ ){0,2}${alt('refresher', 'training', 'course', 'induction', 'essay', 'assignment', 'exam', 'quiz')}`,
  S`training ${alt('day', 'session', 'exercise', 'question', 'scenario')}`,
  S`running a (?:training )?session`,
  // A drill practised (not a drill the hand is caught in): "in a drill, what do i do if someone is not breathing? want to practise".
  S`in a drill,? what`,
  S`want(?:ed)? to practi[cs]e\b`,
  // Heard of at training: "whats the code word thing for if someone is in danger and cant say so. heard about it in training".
  S`${alt('heard', 'learned', 'learnt', 'read', 'told')} about (?:it|this|that) (?:in|at|on) (?:our |the |my |a )?(?:\w+ )?${alt('training', 'course')}`,
  S`what heading (?:in|is|for|would)`,
  // (Nothing told as now may follow "that" itself: a trailing "in the daily log" does not move the check past what was told.)
  S`how (?:do|should|would) (?:i|we) ${alt('record', 'log', 'word', 'write up')} (?:that|this|it|threats?|the (?:\w+ )?${alt('incident', 'threats?', 'disclosure', 'injury', 'injuries')}|an? ${alt('ligature', 'disclosure', 'incident', 'injury', 'threat', 'overdose', 'missing episode')})\b`,
  S`how long (?:do|should) (?:i|we) keep`,
  // Reflections: "reflecting in supervision on how i handled...", "reflecting after a serious case review", "supervision
  // reflection:", "reflective log:".
  S`reflecting (?:(?:in supervision )?on (?:how|what|when|why)|after)`,
  // Reflected on for an appraisal: "reflecting for appraisal: was it right to send a 14yo to a and e after shed taken 8 paracetamol".
  S`reflect(?:ing|ion)? (?:for|in) (?:my |an |the )?${alt('appraisal', 'revalidation', 'supervision', 'portfolio', 'cpd')}`,
  S`reflective supervision (?:after|on|about)`,
  // Prepared for a meeting, a review of a case, guidance asked, a worry found not to be so, a question asked by someone else.
  S`${alt('supervision', 'team meeting', 'panel', 'training')} prep(?:aration)?`,
  S`${alt('serious case review', 'learning review', 'safeguarding practice review', 'child practice review', 'domestic homicide review')}`,
  S`any ${alt('guidance', 'policy', 'training', 'resources')} (?:on|for|about)`,
  S`turn(?:ed|s) out (?:to be|it was|that it was|its|it is|that its) ${alt('nothing', 'fine', 'ok', 'okay', 'a joke', 'a wind ?up', 'a misunderstanding', 'a false alarm', 'name calling', 'not true', 'untrue', 'harmless', 'innocent', 'a meme', 'a prank', 'a game', 'spam', 'a scam')}`,
  // Or said to be nothing, by the teller or by those who checked: "someone with a knife outside but it was nothing, police cleared it",
  // "took too many of her antibiotics by mistake yesterday, the pharmacist said it was fine".
  S`(?<!\b(?:like|as if|as though) )it was ${alt('nothing', 'a false alarm', 'a hoax', 'spam', 'a scam')}\b(?! (?:compared|like|to)\b)${notAgain}`,
  S`police (?:have |had )?(?:cleared|stood down) (?:it|the \w+|them|everyone)${notAgain}`,
  // A night's log closed as all clear by the one who checked: "found it in the dishwasher. all accounted for", "turned it off, nobody
  // hurt", "just for my own learning, nothing happened tonight" (not "nobody hurt yet", nor "still").
  S`${alt(S`(?:nobody|no ?one|no body) (?:was |got |has been )?(?:hurt|harmed|injured)`, 'all accounted for', S`nothing (?:has )?happened (?:tonight|today|on (?:my|this|the) shift)`)}(?! yet)${notAgain}(?!.*\bstill\b)`,
  S`(?:supervision question|question for supervision|for my own (?:learning|knowledge|understanding))`,
  // A drill done (not "disappeared during the fire drill").
  S`${alt('did', 'do', 'doing', 'had', 'have', 'having', 'ran', 'run', 'running', 'practised', 'practiced', 'planning')} (?:a |the |our |another |tonights |todays )?fire ${alt('drill', 'practice', 'escape practice', 'evacuation practice', 'evacuation drill')}`,
  S`${alt('pharmacist', 'doctor', 'gp', 'nurse', '111', S`poisons? (?:line|centre)`, 'toxbase')} (?:said|says|told us|confirmed) ` +
    S`(?:it was|its|it is|that was|shes|hes|she was|he was|she is|he is|they were|theyre) ${alt('fine', 'ok', 'okay', 'nothing', 'harmless', 'safe', 'not harmful')}\b${notAgain}`,
  S`just curious`,
  // A handover passed on with nothing to do: "discharged sunday with a safety plan, carer aware. for info only".
  S`${alt('for info only', 'for information only', 'fyi only', 'no action needed', 'no action required')}`,
  // Told at training about someone else: "in our preparation training they told us about a boy who set fire to his foster home".
  S`(?:in|at|on) (?:our|the|my|a) (?:\w+ )?(?:training|course) (?:they|we|the trainer) (?:told|talked|learned|learnt|heard|were told|discussed)`,
  // An explanation planned for a child: "how do i explain to a 7 year old why she cant go home".
  S`how (?:do|should|can|would) (?:i|we) explain (?:to|it to|this to|that to)`,
  S`${alt('supervision', 'revalidation')} reflection`,
  S`reflective ${alt('question', 'log', 'account', 'piece', 'practice')}`,
  S`(?:just )?checking for (?:the|our) ${alt('policy', 'protocol', 'procedure', 'handbook')}`,
  // A plan made in calm, for later: "putting together a safety plan for a 15yo who says she'll kill herself when...".
  S`${alt('putting together', 'writing', 'drawing up', 'reviewing', 'updating')} (?:a|her|his|their|the) safety plan`,
  S`asking for (?:the|our|a) ${alt('policy', 'protocol', 'procedure', 'handbook', 'training', 'flowchart', 'guidance')}`,
  S`reviewing (?:our|the) (?:\w+ ){0,2}${alt('policy', 'protocol', 'procedure', 'guidance')}`,
  S`in (?:our|the) (?:\w+ )?${alt('policy', 'protocol', 'procedure', 'guidance')}(?: we| it)? (?:say|says)`,
  S`our ${alt('policy', 'protocol', 'procedure')} says`,
  // "for our volunteers safeguarding training: if someone suspects..."
  S`(?<!\b(?:thank you|thanks|thank u|thankyou|thank you so much) )for (?:our|the|a) (?:\S+ ){0,3}training\b`,
  S`in the (?:case )?file`,
  S`training for (?:new |our |the |all )?\w+`,
  S`our (?:\w+ )?${alt('policy', 'protocol', 'procedure')} ${alt('mentions', 'uses the (?:word|phrase|term)')}`,
  // (Not "not sure what counts as urgent": the teller asking whether this is one.)
  S`what (?:counts|is classed|is classified) as(?! ${alt('urgent', 'an emergency', 'emergency', 'urgent enough')}\b)`,
  // Or asked of a thing: "is smacking classed as abuse in the uk now".
  S`(?:is|are) \w+(?: \w+)? (?:classed|classified|counted|considered) as`,
  // Words sung or written for school: "keeps singing 'im gonna jump off a bridge', its from some tiktok song", "he sings 'im on the edge
  // of glory' around the house", "childs poem for english says 'i drowned in the river of my thoughts'".
  S`(?:its|it is|thats) (?:just )?(?:from|a line from|the words (?:of|from)) (?:a |some |the |her |his )?(?:\w+ )?${alt('song', 'songs', 'film', 'show', 'game', 'meme', 'video', 'lyrics')}`,
  S`${alt('sings', 'singing', 'keeps singing')}\b(?=.*\b${alt('constantly', 'around the house', 'on repeat', 'all day', 'fan')}\b)`,
  S`${alt('poem', 'story', 'essay', 'poetry')} for ${alt('english', 'class', 'school', 'homework', 'her english', 'his english', 'creative writing')}`,
  // A record prepared for court: "the young persons old statement says 'they took me in the boot of a car'. im doing the court bundle".
  S`${alt('court bundle', S`how (?:do|should|can) (?:i|we) redact`, S`(?:her|his|their|the) old statement`)}`,
  // Said to be a story: "wrote a goodbye letter as part of a story for english, we talked, it was fiction".
  S`(?:it was|its|it is) (?:just |all )?${alt('fiction', 'made up', 'a story', 'from a story')}`,
  // The signs asked for: "what are the signs a child is being held somewhere against their will".
  S`what (?:are|r) the (?:\w+ )?${alt('signs', 'indicators', 'red flags')}(?: that| of| a| an)`,
  // A disclosure planned for: "if a child tells me they once thought about jumping off a bridge, what do i ask".
  // (Not asked of the child in front of the teller: "is it an emergency if a child in care says she wants to kill herself and has walked out".)
  S`(?<!\bis (?:it|this) (?:an? )?(?:emergency|urgent|999) )if (?:a|an|the|your) ${alt('child', 'kid', 'yp', 'young person', 'teenager', 'pupil')} (?:\w+ ){0,2}${alt('tells', 'says', 'discloses', 'mentions', 'talks about')}`,
  // Written for a plan or a record: "how long is too long for a seizure before calling an ambulance? for my care plan",
  // "case note for file: went missing 14:00 to 19:30, returned by police unharmed".
  S`for (?:my|the|her|his|their|our) (?:\w+ )?${alt('care plan', 'risk assessment', 'health plan', 'seizure plan', 'support plan', 'behaviour plan')}`,
  S`case notes? (?:for|on) (?:the )?file`,
  // Practice or a record, said so: "in a role play for training: a foster carer rings edt...", "recording question. after an
  // incident where a yp tied a ligature last week...".
  // (Not a nursery's corner: "found with a plastic bag over her head in the role play corner".)
  S`role ?play(?! ${alt('corner', 'area', 'kitchen', 'shop', 'house')}\b)`,
  // What teaching said: "my mums foster carer training says 'behaviour is communication' even when a kid is smashing the house up".
  // (Not a child at sports training: "our 12yo at training says shes been drinking vodka".)
  S`(?<!\b(?:at|from|after|before|in) )(?:training|course|handbook|policy|guidance) (?:says|said|told us|tells us)`,
  'recording question',
  // Guidance being written, a record's rules, a course: "writing our out of hours guidance", "for recording purposes",
  // "cpd question", "what's the protocol?", "for our safety plan".
  S`writing (?:our|the|a|my) (?:\w+ ){0,3}${alt('guidance', 'policy', 'protocol', 'procedure', 'handbook')}`,
  'for recording purposes',
  'cpd question',
  // Asked for study, a plan or a record: "research question: how common is...", "teaching case for nurses", "planning question",
  // "looking for the protocol", "summary of ligature incidents last quarter", "do we still have to record it".
  'research question',
  'teaching case',
  'planning question',
  S`looking for (?:the|a|our) ${alt('protocol', 'policy', 'procedure', 'guidance', 'flowchart')}`,
  S`${alt('summary', 'summaries', 'numbers?', 'data', 'figures', 'stats', 'statistics')} (?:of|on) (?:\w+ ){0,3}incidents`,
  S`do (?:we|i) (?:still )?(?:have|need) to ${alt('record', 'report', 'log', 'write up')} (?:it|this|that)`,
  // Material made for others: "can someone draft a one pager for carers on why...", "can we make a short video".
  S`(?:can|could) (?:someone|somebody|you|we|i) (?:\w+ )?${alt('draft', 'write', 'make', 'put together', 'create', 'design')} (?:a|an|some) (?:\w+ ){0,2}` +
    alt('one pager', 'leaflet', 'factsheet', 'fact sheet', 'guide', 'poster', 'video', 'briefing', 'handout', 'infographic'),
  // A book or a film's plot: "in english theyre reading a novel where the main character takes an overdose".
  S`${alt('novel', 'book', 'film', 'movie', 'play', 'scene', 'episode', 'drama', 'poem', 'soap')} (?:where|in which) (?:the |a |one )?(?:main )?${alt('character', 'characters', 'protagonist', 'hero', 'heroine')}`,
  // Asked at a job interview or for a degree: "at interview i was asked what id do if a child took an overdose", "research for my
  // thesis: are children who go missing more at risk".
  S`at (?:an |my |the |a )?(?:job )?interview`,
  'interview question',
  // A definition asked: "whats the difference between imminent risk and high risk on a crisis call".
  S`(?:whats|what is) the difference between`,
  // A term asked about: "when the police use the word high risk for a missing child does that change what edt does".
  S`(?:use|uses|using|say|says|mean|means|by) the (?:word|words|term|phrase)`,
  // A noise explained, and all well: "heard screaming, it was a fox outside. all kids asleep".
  S`it was (?:a |an |the |just a |just the |only a )?${alt('fox', 'foxes', 'cat', 'cats', 'dog', 'dogs', 'bird', 'birds', 'seagulls?', 'telly', 'tv', 'wind', 'next door', 'neighbours')}`,
  // An incident headed as yesterdays, told as over: "yesterdays incident - she tried to jump out of the car, all ok now".
  S`^(?:re )?(?:yesterdays|last nights|the weekends|saturdays|sundays|fridays) incident`,
  S`(?:research )?for (?:my|a|our|her|his) ${alt('thesis', 'dissertation', 'essay', 'assignment', 'masters', 'degree', 'module')}`,
  S`what(?:s| is) the (?:\w+ )?${alt('protocol', 'procedure')}$`,
  S`for (?:our|the|her|his|their) safety plan`,
  // A record written after the event, an audit, a quality finding, a talk planned: "writing up a chronology entry for a missing episode
  // from last week", "writing the reg 40 notification for last friday", "for our audit: what should a carer do when...", "our qa
  // team found several cases where staff called the police", "we want a session on knife crime".
  S`(?:writing|write|writing up|completing|doing) (?:up )?(?:a |the |an |my )?(?:chronology|reg(?:ulation)? ?\d+|notification|body map)`,
  S`^for (?:our|the|an|my) (?:\w+ )?audit`,
  S`(?:qa|quality assurance|audit) (?:team )?(?:found|review(?:ed)?)`,
  S`several cases where`,
  S`(?:want|wanted|planning|run|running|deliver|delivering|organise|organising) a (?:talk|session|workshop|training session) (?:on|about)`,
  // "not for an emergency right now, just the general steps"
  S`(?<!\b(?:maybe|probably|prob|perhaps|possibly|hopefully) )not (?:for |about )?an? emergency(?: right now| now| at the moment)?(?! as such)(?!.*\bbut\b)`,
)}\b${NOTHING_TOLD_NOW}`;
