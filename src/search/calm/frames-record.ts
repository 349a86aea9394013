/** Calm frames of a record, teaching or fiction (../urgent-calm.ts CALM_FRAME). */

import { alt, S } from '../urgent/fragments';
import { historicAsked } from '../danger/fragments-history';
import { NOTHING_TOLD_NOW } from './nothing-told-now';

/** Laughing, but not while hurting the one who tells it: "i cant breathe, theyve put a bag over my head, theyre laughing". */
const laughingNotAtHarm = S`(?<!\b${alt('cant breathe', 'cannot breathe', 'over my head', 'holding me down', 'hitting me', 'kicking me', 'punching me', 'filming me', 'on top of me')}\b.*)(?:laughing|giggling|in stitches)`;

/** Headed as a hypothetical, read from a record, fiction, teaching or a look back (../urgent-calm.ts CALM_FRAME). */
export const recordFrames: string[] = [
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
    S`(?:theyre|they are|were|we are|both|both \w+|everyone|everyones|everybody|everybodys|both of them|all of them)(?: both| all)? (?:(?:are|is|s) )?(?:fine|ok|okay|sound|${laughingNotAtHarm})(?: about it)?(?: now)?`,
    // (Said by the teller, not by the child nor doubted: not "he says he was just messing about", "i think hes joking".)
    S`(?<!\b${alt('think', 'thinks', 'thought', 'hope', 'probably', 'maybe', 'says', 'said', 'saying', 'claims', 'claimed', 'reckons', 'insists', 'not sure if', 'not sure whether', 'dont know if', 'dont know whether', 'unsure if', 'no idea if', 'wondering if')} )(?:shes|hes|theyre|she is|he is|they are|its|it is|its just) (?:only |just )?${alt('joking', 'messing about', 'messing around', 'having a laugh', 'banter', 'a joke', 'a game', 'a sulk', 'a bit of a sulk', 'a football thing', 'a gaming thing')}`,
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
];
