/**
 * What silences the urgent detectors (../urgent.ts): a message framed outright as no emergency (CALM_FRAME), and
 * danger denied by the teller (dangerDenied), which silences only talk of dying, never something done.
 */

import { historicAsked } from './danger/fragments-history';
import { alt, S } from './urgent/fragments';

/**
 * What a heading's calm frame needs after it: nothing told as happening now ("hypothetical no more, he has a knife to her throat
 * right now", "reading the file when she rang to say she has just taken 20 paracetamol", "for our induction pack: she has a
 * ligature round her neck now").
 */
const NOTHING_TOLD_NOW =
  S`(?!.*\b(?:right now|as we speak|as i (?:write|type|speak)|(?:has|have) (?:just )?(?:rung|rang|called|phoned|texted) to say|not any more|no more|just(?! (?:the|a|to|wondering|asking|checking|curious|so|in case|general|preparing|planning|thinking|want|wanted|wanting|banter|joking|messing|a joke))|is happening|happening now|wont stop|` +
  S`(?:she|he|they|shes|hes|theyve|theyre) (?:has |have |is |are )?(?:got|taken|took|cut|swallowed|drunk|drank|necked|downed|overdosed|collapsed|on|in|at|missing|gone)|` +
  S`(?:she|he|they) (?:has|have) (?:a|an|the|some)|(?<!\b(?:fine|ok|okay|safe|settled|asleep|calm|well|better|home|back|procedure|policy|protocol|plan|handbook|pack|guidance|uk|england|law|days) )now$)\b)`;

/**
 * Said outright not to be real, with nothing told as now; no quoted telling undoes it: "'carer reports 14yo has taken 12
 * paracetamol' ... not a real call" (but not "this is not a real case drill, wait, she has just taken 20 paracetamol").
 */
export const SAID_NOT_REAL = new RegExp(
  S`\bnot a real ${alt('call', 'case', 'child', 'kid', 'yp', 'young person', 'incident', 'emergency', 'situation')}\b${NOTHING_TOLD_NOW}`,
);

/**
 * Said outright to be no emergency: a hypothetical, a policy question or a debrief; material for teaching; a story
 * from the news about someone else; a reflection; or a risk worded for a plan. Nothing else silences every
 * detector, so each way is told narrowly.
 */
export const CALM_FRAME = new RegExp(
  [
    // Asked for some day: "if a kid ever threatened to burn the house down", "if our lad was ever arrested for carrying a blade".
    S`\bif (?:a|an|any|our|my|the|one of (?:our|the|my)) (?:\w+ ){1,2}ever\b${NOTHING_TOLD_NOW}`,
    // Or the teller's own some day: "if i ever found a note, like a suicide note, what would i do", "a helpline i can ring if im ever scared a child is being abused".
    S`\bif (?:i|we|im|i am|were|we are) ever\b${NOTHING_TOLD_NOW}`,
    // What a service would do, asked: "what would the police do if i rang them because my granddaughter was threatening to kill herself".
    S`\bwhat would (?:the )?${alt('police', 'ambulance', 'paramedics', 'hospital', 'a and e', 'camhs', 'crisis team', 'social services')} do if\b${NOTHING_TOLD_NOW}`,
    // A flowchart or a poster being made: "our team is creating a flowchart for carers: child not breathing goes straight to 999".
    S`\b${alt('creating', 'making', 'writing', 'drawing up', 'designing', 'updating')} (?:a |the |our )?(?:\w+ )?${alt('flowchart', 'flow chart', 'poster', 'checklist')}\b${NOTHING_TOLD_NOW}`,
    // A story for a lesson: "one of my year 7s wrote a story in english about a boy who drowns in the sea".
    S`\b${alt('wrote', 'written', 'writing')} a ${alt('story', 'poem', 'play', 'script')} (?:in|for) ${alt('english', 'drama', 'creative writing', 'class', 'homework')}\b${NOTHING_TOLD_NOW}`,
    // Or asked what to do: "she asked me what to do if her friend ever took too many tablets", "asked what shed do if her grandson
    // ever came home with a stab wound".
    S`\bwhat (?:to|should (?:i|we|she|he)|would (?:i|we|you|she|he|they)|shed|hed|theyd|wed) do if (?:\w+ ){1,3}ever\b${NOTHING_TOLD_NOW}`,
    // Talked through at a meeting: "in our team meeting were discussing what to do if a child is found unresponsive".
    S`\b(?:in|at|for) (?:our|the|a|tomorrows|next weeks) (?:\w+ )?(?:team|staff|carers|group) meeting (?:\w+ ){0,2}${alt('discussing', 'talking about', 'going through', 'looking at', 'covering')}\b${NOTHING_TOLD_NOW}`,
    // A trend seen across children, or counted: "im seeing some young people go missing when theyre very low", "monthly stats: 4 mfh,
    // 1 self harm, is that high", "law on locking the front door at night".
    S`\b(?:im|i am|were|we are) (?:seeing|noticing) (?:some|more|a lot of|lots of|many|several) (?:of (?:our|the) )?${alt('young people', 'children', 'kids', 'yps', 'teenagers', 'girls', 'boys', 'pupils')}\b${NOTHING_TOLD_NOW}`,
    S`\b${alt('monthly', 'weekly', 'quarterly', 'annual', 'yearly', 'termly')} ${alt('stats', 'statistics', 'figures', 'returns?', 'data')}\b${NOTHING_TOLD_NOW}`,
    S`^(?:whats |what is )?(?:the )?${alt('law', 'legislation', 'regulations?', 'regs')} (?:on|about|around)\b${NOTHING_TOLD_NOW}`,
    // Imagined, or written up for a pack: "imagine a child is missing and their phone shows them near the river", "our edt induction
    // pack needs a section on responding to a child who is fitting after taking something".
    S`^(?:just )?imagine (?:a|an|if|that)\b${NOTHING_TOLD_NOW}`,
    S`\bneeds? a (?:new )?section (?:on|about)\b${NOTHING_TOLD_NOW}`,
    // Or "just a what-if for my own peace of mind" (cleaned, "a what if").
    S`\b(?:just )?a what if (?:for|question)\b${NOTHING_TOLD_NOW}`,
    S`\b${alt('hypothetically', 'theoretically', 'in theory', 'policy question', 'policy q', 'policy update', 'debrief', S`whats the (?:route|referral route) into`)}\b`,
    // Headed as a hypothetical: "hypothetical for supervision: a child threatens to stab his carer", "hypothetical: if a 12 year old ...".
    // Or headed bare: "hypothetical: a foster carer is threatened with a knife by the child".
    S`^(?:a )?hypothetical(?: ${alt('for', 'question', 'scenario', 'situation', 'case', 'if', 'what', 'say')})?\b${NOTHING_TOLD_NOW}`,
    // A history read from the file: "reading the file: he was found unconscious after drinking at 11" (not "reading the file when
    // she rang", nor anything just told).
    S`^${alt('reading', 'going through', 'looking through', 'picking up')} (?:the|his|her|their|a) (?:case )?files?\b(?! ${alt('when', 'and', 'as', 'while')}\b)` +
      NOTHING_TOLD_NOW,
    // Teaching material, headed or asked as such: "for the carers training scenario: a child is on the roof",
    // "carers handbook: how to respond if you find a ligature", "someone at training asked ... whats the answer for the handbook"
    // (not "handbook says call 999, shes not breathing").
    S`^(?:for (?:the |a |our )?)?(?:carers |staff |foster carers )?(?:training (?:scenario|exercise|question|pack)\b|` +
      S`(?:handbook|manual)(?: \w+){0,2} ${alt('how to', 'what to do', 'step by step', 'section', 'chapter', 'page', 'entry', 'wording')}\b)`,
    S`\b${alt(S`(?:someone|somebody|a carer|a colleague|a trainee) (?:at|on) (?:the |a |our )?training asked`, S`for the (?:carers |staff )?(?:handbook|manual)$`)}`,
    // The news, about someone else: "read in the echo about a lad who jumped off a bridge" (not when its our child).
    S`\b(?:read|saw|seen|heard|watched)(?: \w+){0,2} (?:in|on) the ${alt('news', 'echo', 'paper', 'papers', 'local paper', 'telly', 'tv', 'radio')}(?: \w+){0,2} about ` +
      S`(?:a|an|the|some|this) ${alt('lad', 'boy', 'girl', 'child', 'kid', 'teenager', 'teen', 'man', 'woman', 'young person')}\b(?!.*\b(?:its|thats|it is|that is) (?:our|ours|her|him|my)\b)`,
    // A reflection on what a case means for ours: "friends kid took an overdose at the weekend, shes fine now, made me wonder what
    // the pathway is for one of ours".
    S`\b(?:made|makes|got|gets) me (?:wonder|wondering|think|thinking) (?:what|how|whether|if|about)(?: \w+){0,4} ` +
      S`${alt('pathway', 'process', 'procedure', 'policy', 'one of ours', 'our own', 'our kids', 'our young people')}\b`,
    // Written up afterwards, or worded for a record (not when interrupted by something now: "writing up last week's restraint but just
    // interrupted, resident R is now hitting her head on the glass"): "writing up tuesdays incident when he set fire to the bin, what heading does it go
    // under", "need wording for 'previous attempted ligature 2022'", "does that go in the care plan or the chronology".
    S`\b${alt('writing', 'write', 'doing')} up (?:\w+s |the |an |last \w+s |yesterdays )?${alt('incident', 'notes', 'log', 'report', 'recording', 'chronology')}\b(?!.*\b(?:right now|as we speak|still|interrupted|(?:is|are) now(?! ${alt('settled', 'calm', 'fine', 'ok', 'okay', 'safe', 'asleep', 'home', 'back', 'well', 'better')}))\b)`,
    S`\b${alt(S`(?:need|want|looking for|help with) (?:the |some )?${alt('wording', 'phrasing', 'a heading')} for`, S`what ${alt('heading', 'section', 'category')} (?:does|should|do) (?:it|this|that) go under`)}\b`,
    S`\bdoes (?:that|it|this) go (?:in|on|into) (?:the|her|his|their) (?:new )?${alt('care plan', 'chronology', 'file', 'notes', 'report', 'risk assessment', 'log')}\b`,
    S`\bhow (?:do|should|would|can) (?:i|we) (?:write|word|phrase|record|log|put)\b.*\b${alt('neutral', 'neutrally', S`for the ${alt('file', 'log', 'report', 'notes', 'record', 'chronology')}`)}\b`,
    // Fiction seen together: "a character in a film we watched took an overdose and she asked loads of questions".
    S`\ba character in (?:a|the|this|that) (?:\w+ )?${alt('film', 'book', 'show', 'programme', 'program', 'soap', 'series', 'game', 'play', 'story', 'drama')}\b${NOTHING_TOLD_NOW}`,
    // Fiction staged or written, the character named so: "a drama piece where a character jumps off a bridge".
    S`\b${alt('drama', 'play', 'film', 'story', 'script', 'scene', 'novel', 'book', 'piece', 'production', 'show')} (?:\w+ ){0,2}${alt('where', 'in which', 'about', 'with')} (?:a|the|one|his|her|their|our) (?:main )?character\b${NOTHING_TOLD_NOW}`,
    // A set text taught or read: "my y10s are doing romeo and juliet and one kid asked if juliet overdosed".
    S`\b${alt('doing', 'reading', 'studying', 'teaching', 'covering', 'watching')} ${alt('romeo and juliet', 'macbeth', 'hamlet', 'othello', 'an inspector calls', 'of mice and men', 'blood brothers', 'a christmas carol', 'jekyll and hyde', 'lord of the flies', 'shakespeare', 'a set text', 'the set text', 'the play', 'the novel')}\b${NOTHING_TOLD_NOW}`,
    // Told fine, and only the record asked about: "took an overdose of her inhaler, actually just used it a lot, shes fine. does that need recording".
    S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} (?:totally |completely |absolutely )?${alt('fine', 'ok', 'okay', 'well')}\b.*\b${alt('does', 'do', 'should', 'would')} (?:this|that|it|i|we) (?:need|have to|be) (?:to be )?${alt('recording', 'recorded', 'logging', 'logged', 'written up', 'writing up')}\b${NOTHING_TOLD_NOW}`,
    // A scenario for induction: "scenario question from our iv induction: the child says someone is hurting them".
    S`\b${alt('scenario questions?', 'induction scenarios?', 'case scenarios?', S`scenario (?:from|for) (?:our|the|my|a) (?:\w+ )?(?:induction|training|course|session)`)}\b${NOTHING_TOLD_NOW}`,
    // A drill: "training scenario for new starters ...".
    S`\b${alt('training', 'practice', 'teaching')} scenarios?\b${NOTHING_TOLD_NOW}`,
    // Seen already: "got bitten by the dog, only a nip. already seen at the walk in, tetanus done. rebook?".
    S`\balready (?:been )?seen (?:at|by|in) (?:the )?${alt('walk ?in', 'walk ?in centre', 'a and e', 'gp', 'minor injuries', 'urgent care', 'hospital', '111', 'out of hours')}\b${NOTHING_TOLD_NOW}`,
    // Asked of a record: "historic question - a 12yo whose records show she was found 'not breathing' in her cot at 2 months".
    S`\b${historicAsked}\b${NOTHING_TOLD_NOW}`,
    // Told by the one who forwards it as a joke, a game or over, everyone fine: "'bro im gonna kill u for leaving me on read' - to his
    // best mate, theyre laughing about it now", "'im on the roof' - its his base in minecraft", "he's on warzone, just a bit of a sulk" (not a game named
    // alone, where grooming happens: "a stranger on roblox has arranged to meet our 11yo").
    S`\b${alt(
      S`(?:theyre|they are|were|we are|both|both \w+|everyone|everyones|everybody|everybodys|both of them|all of them)(?: both| all)? (?:(?:are|is|s) )?(?:fine|ok|okay|sound|laughing|giggling|in stitches)(?: about it)?(?: now)?`,
      // (Said by the teller, not by the child nor doubted: not "he says he was just messing about", "i think hes joking".)
      S`(?<!\b${alt('think', 'thinks', 'thought', 'hope', 'probably', 'maybe', 'says', 'said', 'saying', 'claims', 'claimed', 'reckons', 'insists')} )(?:shes|hes|theyre|she is|he is|they are|its|it is|its just) (?:only |just )?${alt('joking', 'messing about', 'messing around', 'having a laugh', 'banter', 'a joke', 'a game', 'a sulk', 'a bit of a sulk', 'a football thing', 'a gaming thing')}`,
      S`(?:theyre|they are|were|we are) always at it`,
      S`(?:his|her|their) base in ${alt('minecraft', 'fortnite', 'roblox')}`,
    )}\b${NOTHING_TOLD_NOW}`,
    // Came round, fine, and only the record asked about: "fainted in the heat, came round in seconds, fine. what should i record?".
    S`\b(?:came|come) round\b.*\bfine\b.*\b(?:what|how|where) (?:should|do|would|shall|can) (?:i|we) ${alt('record', 'log', 'write', 'note')}\b${NOTHING_TOLD_NOW}`,
    // Judged so by the one who saw them: "we chatted, no risk indicators. do i log it?".
    S`\bno (?:current |immediate |obvious )?risk ${alt('indicators', 'factors', 'concerns', 'identified')}\b${NOTHING_TOLD_NOW}`,
    // The teller's own aftermath: "had 3 serious incidents in 2 months, cant sleep after shifts, keep replaying the ligature one".
    S`\b(?:keep|keeps|kept|cant stop) ${alt('replaying', 'reliving', 'going over', 'seeing')} (?:the |that )?(?:\w+ ){0,2}${alt('one', 'incident', 'night', 'day', 'moment', 'shift', 'it', 'things', 'images?')}\b${NOTHING_TOLD_NOW}`,
    // Over since yesterday, nothing taken: "choked on a sweet at lunch yesterday, back blows and it came out. fine today. incident form?".
    S`^(?=.*\byesterday\b)(?!.*\b${alt('overdose', 'od', 'tablets', 'pills', 'paracetamol', 'meds', 'medication', 'swallowed', 'took', 'taken', 'head')}\b).*\b${alt('fine', 'ok', 'okay', 'well', 'back to normal', 'right as rain')} today\b${NOTHING_TOLD_NOW}`,
    // Fiction, for a lesson: "a pupil wrote a story about a boy who jumps off a bridge, its fiction for english".
    S`\b${alt('wrote', 'written', 'writing')} a ${alt('story', 'poem', 'play', 'script')}(?: (?:in|for) \w+)? about (?:a|an|the|some) ${alt('boy', 'girl', 'lad', 'child', 'character', 'man', 'woman', 'kid')}\b(?=.*\b${alt('fiction', 'for english', 'for drama', 'creative writing', 'homework', 'well written')}\b)`,
    // A line of a poem, quoted: "poem she wrote in english: 'i drown in the sea of their words'".
    S`\b${alt('poem', 'story', 'song', 'rap')} (?:she|he|they) (?:wrote|has written|had written) (?:in|for) ${alt('english', 'drama', 'class', 'homework', 'creative writing')}\b${NOTHING_TOLD_NOW}`,
    // A policy or a pathway asked, for a pack: "what is the local pathway for paracetamol od in under 16s? updating our training pack".
    S`\b${alt(S`(?:whats|what is) the (?:local )?${alt('policy', 'pathway', 'procedure', 'protocol')} (?:on|for)`, S`${alt('updating', 'rewriting', 'redrafting', 'reviewing')} (?:our|the|my) ${alt('training', 'policy', 'guidance', 'handbook', 'procedure', 'protocol')}`)}\b(?!.*\b(?:right now|as we speak)\b)`,
    // A term's definition asked, or a chronology written, or a notification asked after: "how is 'imminent risk' defined for police
    // missing grading", "writing the chronology: 2019 - od", "notes from yesterday ... does this need a reg 40".
    S`\bhow (?:is|are) (?:\w+ ){1,3}defined\b${NOTHING_TOLD_NOW}`,
    S`\bwriting (?:the|a|her|his|their|my) chronology\b${NOTHING_TOLD_NOW}`,
    S`\b(?:does|do|would|will) (?:this|that|it) (?:need|require) (?:a )?reg(?:ulation)? 40\b${NOTHING_TOLD_NOW}`,
    // Asked for teaching, said at the end: "overdose of paracetamol, why is it dangerous even if they feel ok? for training".
    S`\bfor ${alt('training', 'teaching', 'induction', 'a training session', 'our training', 'the training')}$`,
    // Teaching or a review, said so: "case study for our training day: a boy hearing voices telling him to hurt others",
    // "planning a session for carers on what to do if...", "checking our first aid training notes", "for a policy review".
    S`\b${alt(
      S`case study (?:for|about|on)`,
      S`(?:building|writing|preparing) a case study`,
      S`planning a (?:training )?session (?:for|on|about)`,
      // "doing a training session for pas next week on overdose", "asking for our lessons learned", "in the serious incident
      // notification i need to describe the levels of need".
      S`(?:doing|running|delivering|giving) a training (?:session|day|course) (?:for|on|about)`,
      S`(?:for|in) (?:our|the|my|a) lessons learned`,
      S`in the serious incident (?:notification|report|review)`,
      // A talk given: "our kinship carers support group is doing a talk on children who go missing and get exploited".
      S`(?:doing|giving|planning|preparing|running) a (?:\w+ )?${alt('talk', 'presentation', 'workshop')} (?:on|about|for)`,
      // A lesson planned: "planning a pshe lesson on vaping, including the risks of swallowing vape liquid".
      S`planning (?:a|an|the|our|my|next weeks) (?:\w+ ){0,2}${alt('lesson', 'lessons', 'assembly', 'workshop', 'scheme of work')} (?:for|on|about)`,
      S`checking (?:our|the|my) (?:\w+ ){0,2}training notes`,
      S`for (?:a|the|our) policy review`,
    )}\b`,
    // A course done, or reading about others ("news coverage about a teenager who was stabbed in the city centre"): "passed my first aid course, learnt what to do if someones bleeding badly", "read an
    // article about teens overdosing on paracetamol, how is it treated".
    S`\b${alt(
      S`(?:passed|did|done|finished|completed|doing|on) (?:my |a |the |our )?first aid (?:course|training|qualification|refresher)`,
      S`(?:news|media|press) (?:coverage|stories|reports?) (?:about|of) (?:a|an|the) (?:\w+ )?${alt('teenager', 'teen', 'boy', 'girl', 'lad', 'child', 'young person', 'man', 'woman')}`,
      S`(?:read|reading|saw|seen|watched) (?:an|a|this|that) ${alt('article', 'documentary', 'news story', 'report', 'post')} about ${alt('teens', 'teenagers', 'young people', 'kids', 'children', 'people', 'girls', 'boys', 'students')}`,
    )}\b${NOTHING_TOLD_NOW}`,
    // Said outright to be practice or a look back, headed so: "tabletop exercise: what should edt do if a young person is found on
    // the roof", "for first aid training, not a real case", "reflecting on last tuesday: we restrained...", "looking back at last
    // months incident", "for the missing protocol: if a young person posts a goodbye..." (never with something told as now).
    S`(?:\b${alt('tabletop exercise', 'table top exercise', S`not a real (?:case|situation|child|incident)`, S`scenario for (?:\w+ ){0,2}training`, S`(?:for|asking for) (?:the|our|a) (?:new )?(?:\w+ ){0,2}induction pack`, S`reviewing (?:an|the) incident from`)}\b|` +
      // Headed as a look back: "case review: autistic boy groomed online then went missing", "case audit: ...".
      S`^${alt('case review', 'case audit', 'audit', 'learning review', 'serious case review', 'post incident')}\b|` +
      // An incident logged from an earlier day, or teaching headed so: "incident log from saturday: ingested vape liquid, discharged
      // sunday", "housing officers training: signs a child is being locked in", "restraint recording: after restraining a child who
      // tried to strangle another" (not "at training and she rang", nor a role first: "coach. after training a girl collapsed").
      S`^incident ${alt('log', 'report', 'form')} (?:from|for) (?:last |the )?(?:\w+day|yesterday|last night|the weekend)\b|` +
      S`^(?:(?!${alt('at', 'in', 'on', 'from', 'after', 'im', 'i am', 'were', 'we are', 'left')}\b)\w+ ){0,2}${alt('training', 'recording')}\b(?! ${alt('and', 'when', 'while', 'but', 'today', 'tonight')}\b)|` +
      S`^${alt(S`reflecting on (?:last|yesterday|yesterdays|the|an|a|what)`, S`looking back (?:at|on)`, S`for (?:the|our) (?:\w+ ){0,2}${alt('protocol', 'procedure', 'policy', 'handbook')}`)}\b)` +
      NOTHING_TOLD_NOW,
    // Practice material or a record, said so anywhere in the message, with nothing told as now after it: "for a case study: 15yo found
    // unconscious after drinking", "scenario for our team meeting", "training question for our new carers", "what heading is that
    // under", "how do i word 'found with a ligature, removed' in the daily log", "how do i record that he keeps saying...",
    // "how long do i keep an incident form about an overdose", "reflecting in supervision on how i handled...". A danger told as
    // now outranks it all the same (./urgent/told-now.ts).
    S`\b${alt(
      'case study',
      'case scenario',
      S`scenario (?:for|about|on|involving|where)`,
      S`doing a scenario`,
      S`training ${alt('day', 'session', 'exercise', 'question', 'scenario')}`,
      S`running a (?:training )?session`,
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
      S`turned out (?:to be|it was|that it was) ${alt('nothing', 'fine', 'ok', 'okay', 'a joke', 'a wind ?up', 'a misunderstanding', 'a false alarm', 'name calling', 'not true', 'untrue', 'harmless', 'innocent')}`,
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
      // Said to be a story: "wrote a goodbye letter as part of a story for english, we talked, it was fiction".
      S`(?:it was|its|it is) (?:just |all )?${alt('fiction', 'made up', 'a story', 'from a story')}`,
      // The signs asked for: "what are the signs a child is being held somewhere against their will".
      S`what (?:are|r) the (?:\w+ )?${alt('signs', 'indicators', 'red flags')}(?: that| of| a| an)`,
      // A disclosure planned for: "if a child tells me they once thought about jumping off a bridge, what do i ask".
      S`if (?:a|an|the|your) ${alt('child', 'kid', 'yp', 'young person', 'teenager', 'pupil')} (?:\w+ ){0,2}${alt('tells', 'says', 'discloses', 'mentions', 'talks about')}`,
      // Written for a plan or a record: "how long is too long for a seizure before calling an ambulance? for my care plan",
      // "case note for file: went missing 14:00 to 19:30, returned by police unharmed".
      S`for (?:my|the|her|his|their|our) (?:\w+ )?${alt('care plan', 'risk assessment', 'health plan', 'seizure plan', 'support plan', 'behaviour plan')}`,
      S`case notes? (?:for|on) (?:the )?file`,
      // Practice or a record, said so: "in a role play for training: a foster carer rings edt...", "recording question. after an
      // incident where a yp tied a ligature last week...".
      S`role ?play`,
      // What teaching said: "my mums foster carer training says 'behaviour is communication' even when a kid is smashing the house up".
      S`(?:training|course|handbook|policy|guidance) (?:says|said|told us|tells us)`,
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
      // "not for an emergency right now, just the general steps"
      S`(?<!\b(?:maybe|probably|prob|perhaps|possibly|hopefully) )not (?:for |about )?an? emergency(?: right now| now| at the moment)?(?! as such)(?!.*\bbut\b)`,
    )}\b${NOTHING_TOLD_NOW}`,
    // Music, not a threat: "drill lyrics on her playlist mention shanking people, just music i think" (its own guard: "just music" is no telling).
    S`\b(?:drill|rap|grime) (?:lyrics|music|songs?|tracks?|videos?)\b(?!.*\b(?:right now|as we speak|tonight|outside|(?:has|got|carrying) (?:a )?(?:knife|blade|weapon))\b)`,
    // News seen, of a stranger: "he watched the news about the stabbing in town and now he wont go in on his own", "a kid at school who
    // got stabbed in manchester. it was on tiktok".
    S`\b(?:${alt('watched', 'saw', 'seen', 'heard', 'read')} (?:the |it on the )?${alt('news', 'echo', 'telly', 'tv', 'tiktok')} (?:about|of) (?:the|a|that) ${alt('stabbing', 'shooting', 'attack', 'murder', 'fire', 'crash', 'drowning', 'missing')}|it was (?:all )?(?:on|over) ${alt('tiktok', 'the news', 'the telly', 'tv', 'youtube', 'snapchat', 'instagram', 'facebook', 'twitter', 'x')})\b${NOTHING_TOLD_NOW}`,
    // A near miss reported: "nearly gave the wrong kid the wrong tabs but caught it, no harm done, how do i report it".
    S`\bnear miss\b.*\bno harm\b`,
    // A risk worded for a plan: "she tends to head to the bridge when shes upset, how do we word that in her risk assessment".
    S`\bhow (?:do|should|would|can) (?:i|we) (?:word|phrase|write|describe|put) (?:that|this|it)(?: \w+){0,3} (?:in|into|on) (?:her|his|their|the|a) ` +
      S`${alt('risk assessment', 'safety plan', 'care plan', 'plan', 'report', 'referral', 'notes')}\b(?!.*\b(?:right now|as we speak)\b)`,
  ].join('|'),
);

/** Nothing told after a denial that says it is happening all the same: "no intent she says, she has a plan ... tonight". */
const NOTHING_DONE_AFTER = S`(?!.*\b(?:tonight|ready|goodbye|phone off|has a plan|got a plan)\b)`;

/**
 * Danger denied by the teller ("not in danger now, hes calm"): believed about talk of dying, not
 * about anything done (DENIABLE below): an overdose can look well for a day while it harms
 * (paracetamol), so "took 16 paracetamol but not in danger" still gets the card. Not a denial:
 * the teller's own safety ("im not in danger but my sister is"), a denial followed by "but" ("not
 * in danger now but threatening to jump"), or danger said of someone else too ("the baby is in
 * danger, the others are not").
 */
const DENIAL = S`(?<!\b(?:im|i am|were|we are|ive been|weve been) )\b${alt(
  S`not hurting (?:her|him|them)sel(?:f|ves)`,
  S`(?:not|isnt|arent|no) (?:in )?(?:any )?(?:immediate )?danger(?: right now| now)?`,
  // "shes not in crisis right now"
  S`(?:not|isnt|arent) in (?:a )?crisis(?: right now| now| at the moment)?`,
  // "no plan", "no plan or intent", "says she wouldnt do it", "now asleep and safe"
  S`no (?:current )?(?:plan|plans|intent)(?: or (?:plan|plans|intent))?${NOTHING_DONE_AFTER}`,
  // Said earlier, calm now: "calm now but earlier she said she wants to die".
  S`(?:calm|settled) now but earlier`,
  // "found plasters in the bin, not urgent just worried"
  S`not urgent`,
  // Asked for some day: "if one day a child tell me he want to kill himself, what are the right words? nothing is happening now".
  S`nothing (?:is )?happening (?:right )?now`,
  // Taken back at once: "said 'im going to kill myself' after a row then laughed it off", "said she didnt mean it";
  // or over in minutes: "screamed 'i want to die' when i turned the ipad off, calmed in ten minutes".
  // (Not where a place or a time soon was named, or they have gone: "going to end it at the train station later, laughed it
  // off, has left now".)
  // Or said to be a joke: "said 'i want to die' after losing at football yesterday, clearly joking".
  S`(?:clearly|was|only|just|obviously) joking`,
  S`(?<!\b(?:later|tonight|after school|today|station|bridge|tracks|railway)\b.*)(?:laughed|laughing|laughs) it off(?!.*\b(?:has left|left now|gone out|walked out|tonight|later)\b)`,
  S`(?:says|said|saying) (?:she|he|they) (?:wouldnt|would never|wont|will not|would not) (?:do it|act on it|do anything)${NOTHING_DONE_AFTER}`,
  // "hes calm and says hes not doing anything now"
  S`(?:says|said|saying) (?:shes|hes|theyre|she is|he is|they are) not (?:going to )?(?:do|doing) anything(?: now| right now| tonight)?${NOTHING_DONE_AFTER}`,
  // Both only with nothing dangerous told after: not "said he didnt mean it, he wants to kill himself tonight and has the tablets
  // ready", nor "calmed down in a few minutes, now shes gone missing with a rope".
  S`(?:says|said|saying) (?:she|he|they) (?:didnt|did not|doesnt|does not) (?:really )?mean (?:it|that)(?=(?: \S+){0,6}$)(?!.*\b(?:tonight|today|now|ready|plan)\b)`,
  S`calmed (?:down )?(?:in|after|within) (?:a |about |\S+ )?(?:few )?minutes` +
    S`(?!.*\b(?:tonight|today|goodbye|phone off|now (?:shes|hes|theyre|she|he|they) (?:has|have|is|are|gone|got|on|in|at|took|taken))\b)`,
  S`(?:shes|hes|theyre|she is|he is|they are) (?:now )?(?:asleep and |settled and |calm and |home and |back and |at school and )?safe(?: now| today)?`,
  // In any English: "she say she want to die but she is ok now, not do anything".
  S`(?:shes|hes|theyre|she is|he is|they are) (?:ok|okay|fine|alright|all right) now,? (?:and )?not (?:do|doing|did|done) anything`,
)}\b`;
export const DANGER_DENIED = new RegExp(S`${DENIAL}(?!.*\bbut\b)`);
const EVERY_DENIAL = new RegExp(DENIAL, 'g');
const DANGER_SAID = /\b(?:in|at) (?:real |immediate |serious |grave )?danger\b/;

export function dangerDenied(cleaned: string): boolean {
  return DANGER_DENIED.test(cleaned) && !DANGER_SAID.test(cleaned.replace(EVERY_DENIAL, ' '));
}
/**
 * What a denial can silence: talk of wanting to die or of a plan, and the learned detector. Never
 * something done or happening (swallowed, a ligature, a height, a wound, violence, abuse, a child
 * taken or missing): the teller may not know how dangerous it is.
 */
export const DENIABLE = new Set([
  'threat',
  'wants-to-die-now',
  'plan',
  'goodbye',
  'suicidal-now',
  'danger-now',
  'warning-signs',
  'access-to-means',
  'broad:intent-soon',
  'broad:despair-shut-in',
  'broad:means-it',
  'broad:final-acts',
  'model',
]);

/**
 * A figure of speech the learned detector could read as danger ("she swallowed her pride and said sorry to her carer",
 * "bored to death"): read before the model only, so every rule still reads the message whole.
 */
export const FIGURE_OF_SPEECH = new RegExp(
  S`\b${alt(
    S`swallow(?:ed|ing|s)? (?:her|his|their|my|your|our) pride`,
    S`${alt('bored', 'scared', 'worried', 'frozen')} to death`,
    S`dying (?:to|for) ${alt('a', 'go', 'see', 'get', 'meet', 'know', 'tell', 'have')}`,
    S`dying of ${alt('boredom', 'embarrassment', 'laughter', 'shame', 'thirst', 'hunger')}`,
    // A machine threatened: "hes going to 'kill' his playstation if it freezes again".
    S`kill (?:his|her|their|my|the) ${alt('playstation', 'ps\\d', 'xbox', 'switch', 'console', 'controller', 'phone', 'laptop', 'ipad', 'tablet', 'telly', 'tv', 'wifi', 'router', 'printer', 'computer', 'pc')}`,
  )}\b`,
);
