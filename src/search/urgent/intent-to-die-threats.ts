/**
 * Suicide threatened, wished for now, said to be now, or attempted.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { askedWhenSaidNotNow, wishDeniedForNow } from '../danger/intent-to-die-words';
import { saidOfEverything } from '../danger/fragments-now';
import { alt, anyOf, b, now, S, saidByChildrenInGeneral, saidInJest, saidWhen, self, toldOver, upTo, type Rule } from './fragments';
import { willSoon, threatened, askedWhatIf, notSafeSelf, notSafeCue, upHigh } from './intent-to-die-threats-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const intentToDieThreatsRules: Rule[] = [
  // "hes threatening to jump", "says shell kill her foster carer"
  {
    name: 'threat',
    when: anyOf(
      // (Not denied: "she says it 'helps' and shes 'not going to kill herself'".)
      S`\b(?<!\b(?:not|never) )${willSoon}\b${upTo(2)} ${threatened}\b`,
      // An attempt to be finished: "when they discharge him he will finish what he started".
      S`\b(?<!\b(?:not|never) )${alt('will', 'going to', 'gonna', 'wants to', 'll', 'is going to')} finish what (?:he|she|they|i) started\b(?! ${alt('with', 'on', 'in', 'at', 'for', 'by', 'before')}\b)`,
      // Not safe from herself now: "keeps saying 'im not safe with me right now', her plan involves the train".
      S`\b${alt('not safe with', 'not safe from', 'cant keep')} ${notSafeSelf}(?: safe)?\b.*\b${notSafeCue}\b`,
      S`\b${notSafeCue}\b.*\b${alt('not safe with', 'not safe from')} ${notSafeSelf}\b`,
      // Gone, and would rather be dead than go back: "hes ran off after the police came, he said hed rather be dead than go back to the unit".
      S`^(?=.*\b${alt('ran off', 'run off', 'ran away', 'run away', 'gone missing', 'absconded', 'done a runner', 'legged it', 'walked out', 'has left')}\b)` +
        S`.*\b${alt('hed', 'shed', 'theyd', 'he would', 'she would', 'they would')} rather be dead\b`,
      // At the railway, ready for a train: "texted her ta saying shes at the train station and 'ready to go under the next one'".
      S`^(?=.*\b${alt('train station', 'railway station', 'station', 'platform', 'train tracks', 'railway line', 'railway', 'level crossing', 'tracks', 'tram stop', 'tram', 'tram line')}\b)` +
        S`.*\b${alt('go', 'going', 'get', 'step', 'stepping', 'jump', 'jumping', 'throw (?:her|him|them|my)sel(?:f|ves)')} (?:${alt('under', 'in front of')} (?:the |a )?(?:next )?${alt('one', 'train', 'express', 'fast one', 'tram')}|out when the next ${alt('one', 'train', 'tram')} ${alt('comes', 'is coming', 'arrives', 'comes in')})\b`,
      // At the edge, waiting for a train: "we are on the train platform. he keep going to the edge and saying next train".
      S`^(?=.*\b${alt('platform', 'station', 'tracks', 'tram stop')}\b).*\b${alt('keeps? going', 'going', 'walking', 'walked', 'stood', 'standing', 'leaning', 'goes')}(?: \w+){0,2} ${alt('to', 'at', 'on', 'over', 'near', 'up to')} the ${alt('edge', 'yellow line')}\b` +
        S`.*\b${alt('saying', 'says', 'said', 'shell', 'hell', 'going to', 'gonna')}\b(?: \w+){0,4} next ${alt('train', 'one', 'tram')}\b`,
      // Tied to being left now: "he said if i leave the room hell do it".
      S`\bif (?:i|we|you|staff) ${alt('leave', 'go', 'walk out', 'step out', 'go out')}\b(?: \w+){0,3} ${alt('hell', 'shell', 'theyll', 'ill', 'he will', 'she will', 'they will')} do it\b`,
      // Threatened for when they got out, and now out: "informal on the ward and has just walked off, told the nurse hed kill
      // himself as soon as he got out".
      S`^(?=.*\b${alt('walked off', 'walked out', 'absconded', 'ran off', 'run off', 'awol', 'gone missing', 'is missing', 'has left', 'just left')}\b)` +
        S`.*\b${alt('hed', 'shed', 'theyd', 'he would', 'she would', 'they would', 'hell', 'shell', 'theyll')} ${threatened}\b${upTo(2)} ` +
        S`${alt('as soon as', 'the minute', 'the moment', 'once', 'when')} ${alt('he', 'she', 'they')} ${alt('got out', 'gets out', 'left', 'leaves', 'was out', 'is out', 'got home', 'was discharged', 'is discharged')}\b`,
    ),
    // "what if she says she'll kill herself" asks about a threat, it does not report one.
    // Told as over: "last month a teenager was threatening to jump from the window, shes safe now".
    unless: anyOf(
      toldOver.source,
      b(
        alt(
          // "planning a session for carers on what to do if a child runs off threatening to kill themselves"
          askedWhatIf,
          // Words weighed, not a danger told: "keeps saying 'im going to kill him' about a naughty child, is this appropriate
          // language", "says 'ill kill myself' after losing a game of pool, how seriously should we take it in general".
          S`is (?:this|that|it) appropriate (?:language|to say)`,
          S`how seriously should (?:i|we) take (?:it|this|that)(?: \w+){0,2} in general`,
          // Or a caller, asked about: "what does samaritans do if someone rings saying theyre going to kill themselves".
          S`if ${alt('someone', 'somebody', 'anyone', 'a caller', 'a child', 'a yp', 'a young person', 'a kid')} ${alt('rings', 'calls', 'phones', 'texts', 'messages')}(?: up| them| us| you| in)? ${alt('saying', 'to say', 'and says')}`,
          S`if ${alt('she', 'he', 'they', 'a yp', 'a child', 'a young person', 'a kid', 'kids', 'a teenager', 'a teen', 'a pupil', 'a student', 'someone', 'anyone', 'children', 'young people', 'a caller', 'the caller', 'callers', 'somebody', 'a person')} ${alt('says', 'said', 'threatens', 'say', 'tells (?:them|you|staff|someone|a \\w+|the \\w+)', 'told (?:them|you|staff|someone)')}`,
          // "she will jump at the chance"
          S`jump at`,
          // A dive at the baths: "im going to jump into the pool off the top board tomorrow".
          S`${alt('top board', 'diving board', 'high board', 'springboard', 'swimming lesson', 'leisure centre', 'swimming baths')}`,
          // Said to be a figure of speech: "his dad 'will kill him' if he doesnt get good marks, i think its a figure of speech".
          S`(?:a|just a) (?:figure|turn) of speech`,
          // Or explained as something else: "said shes 'gonna kill him' - meaning slag him off on insta".
          S`meaning (?:\w+ ){0,2}${alt('slag', 'slagging', 'diss', 'dissing', 'embarrass', 'unfollow', 'block', 'ignore', 'roast', 'tell on', 'grass')}`,
          // Or doubted: "says her dad will 'kill her'. i dont think he literally would".
          S`(?:dont|do not) think (?:he|she|they) (?:literally|really|actually) would`,
          // Daily this week, and no crisis tonight: "threatening to kill himself daily this week ... no crisis tonight but it feels like its escalating".
          S`no crisis (?:tonight|today|right now|now|at the moment)`,
          // Let off steam over a trifle, said so: "yp said 'ill kill him' about his brother who ate the last biscuit, just venting".
          S`(?:just|only|was|is|hes|shes) venting`,
          // A trifle, every time: "keeps saying ill kill him about her little brother whenever he nicks her charger".
          S`whenever (?:he|she|they) ${alt('nicks', 'takes', 'touches', 'borrows', 'eats', 'wins', 'beats', 'annoys', 'teases', 'winds')}`,
          // Said by pupils in general, of a test: "pupils who say theyll jump off a cliff if they have to do another test".
          saidByChildrenInGeneral,
          S`if (?:they|he|she|i) (?:have|has) to (?:do|sit|go to|take) (?:another|one more) ${alt('test', 'exam', 'lesson', 'maths', 'mock')}`,
          // Said in every temper, and taken back: "says hes going to kill himself whenever hes angry ... says he didnt mean it".
          S`whenever (?:hes|shes|theyre|he is|she is|they are|he gets|she gets|they get) ${alt('angry', 'cross', 'upset', 'mad', 'told off', 'in a mood', 'in a temper', 'frustrated', 'wound up')}`,
          // Said in anger by one never violent: "keeps saying 'ill kill him' about the boy who bullied her, but its said in anger".
          // Or a remark so made, to be written up: "how should i word a childs 'ill kill myself' comment made in anger a year ago".
          S`(?:said|says it|saying it|made) in (?:anger|(?:a )?temper)`,
          S`(?:shes|hes|theyve|she has|he has|they have) never been violent`,
          // Said over days as a threat to get something, with nothing done: a worry to plan for.
          S`(?:said|says|saying) it (?:a few|a couple of|several|many|\d+|lots of) times`,
          S`no attempts?`,
          // Kept as a record, or said of everything: "keep a log of all the times he threatens to kill himself, whats a good format",
          // "keeps saying hes going to stab people but hes seven and says it about everything including his sandwich".
          S`(?:keep|keeping|kept) (?:a )?(?:log|record|diary|note|notes|tally) of`,
          saidOfEverything,
          // A parent's threat, sent again and again to pull a child home: "her mum texts her at night saying shell kill herself if she
          // doesnt come home".
          S`${alt('texts', 'messages', 'rings', 'phones', 'calls', 'snapchats')} ${alt('her', 'him', 'them')} ${alt('at night', 'every night', 'all the time', 'constantly', 'every day', 'most nights')} saying`,
          // A threat that led to what followed: "detained on a 136 after threatening to jump, now released".
          S`(?:after|following) (?:threatening|threats?)`,
          // "how to respond when a child threatens to kill himself whenever hes told no"
          S`how (?:to|do i|do we|should i|should we) (?:respond|react|handle|deal with)`,
          // Said each time a want is refused, and asked about: "tells his carer hell kill himself whenever hes told no to the xbox,
          // carer doesnt know whether to take it seriously".
          S`whenever (?:hes|shes|theyre|he is|she is|they are|i am|im) told no`,
          S`(?:whether|if) to take (?:it|this|that|him|her|them|these) seriously`,
          // Said as a joke, or on the same day each week, and asked about: "kids say 'ill kill myself' as a joke, when
          // should we actually worry", "every sunday night: 'if you make me go back to school ill kill myself'".
          saidInJest,
          S`when (?:should|do) (?:i|we) (?:actually |really )?worry`,
          S`every ${alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')}`,
          // A pattern asked about, the child well now: "always threatening to kill himself but never does, hes fine right now".
          S`(?:but )?never ${alt('does', 'do', 'did', 'follows through', 'goes through with it')}`,
          S`${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} ${alt('fine', 'ok', 'okay', 'settled', 'calm', 'asleep')} (?:right )?now(?!.*\b${alt('but', 'tonight', 'later', 'when')}\b)`,
        ),
      ).source,
    ),
  },
  // "she wants to die right now"
  {
    name: 'wants-to-die-now',
    when: anyOf(
      S`\b${alt('wants? to', 'want to', 'wanting to', 'going to', 'trying to')} ${alt('die', S`kill ${self}`, 'end it')}\b.*\b${now}\b`,
      S`\b${now}\b.*\b${alt('wants? to', 'trying to')} ${alt('die', S`kill ${self}`)}\b`,
      // A fall to die from a height now: "refusing to come down from the top of the climbing frame saying she wants to fall on her head and die".
      S`^(?=.*\b${upHigh}\b).*\b${alt('wants? to', 'wanting to', 'going to', 'gonna')} ${alt('fall', 'jump', S`throw ${self}`)}\b(?: \w+){0,6} (?:and )?die\b`,
      // Found at a height and still saying it, while the police decide: "police have found our lad on a bridge, theyre asking if we want
      // to collect him or use 136, hes still saying he wants to do it".
      S`^(?!.*\b${alt('how do', 'how does', 'how should', 'when should', 'what if', 'whether', 'if (?:a|any) \\w+')}\b).*\b(?:on|at|up) (?:a |the )?${alt('bridge', 'roof', 'ledge', 'railway', 'tracks', 'cliff', 'cliffs', 'flyover', 'multi storey', 'car park roof')}\b.*\bstill ${alt('saying', 'says', 'talking about', 'telling (?:us|them|police|staff)')}(?: that)? ` +
        S`(?:${alt('she', 'he', 'they', 'shes', 'hes', 'theyre')} )?${alt('wants? to do it', 'wants? to die', 'wants? to jump', 'going to do it', 'going to jump', 'will do it', 'wants? to end it', 'gonna do it', 'gonna jump')}\b`,
      // Or to throw themselves off it, head first: "wont come down off the climbing frame, saying shes going to throw herself off head first",
      // "says hell throw himself off head first".
      S`^(?=.*\b${upHigh}\b).*\b${alt('wants? to', 'wanting to', 'going to', 'gonna', 'threatening to', 'hell', 'shell', 'theyll', 'will')} ` +
        S`${alt(S`throw ${self} (?:off|over|down)`, S`${alt('jump', 'dive', 'fall')}(?: off| down)? head ?first`)}`,
      // Saying it now, in the middle of it: "panic attack for 40 mins ... now saying shed rather be dead than feel like this" (not a
      // hyperbole about a place or a task: "rather be dead than go back to school").
      S`\b${alt('now', 'right now', 'tonight')} ${alt('saying', 'says', 'screaming', 'crying')} ${alt('shed', 'hed', 'theyd', 'id', 'she would', 'he would', 'they would', 'i would')} rather be dead\b` +
        S`(?! than ${alt('go', 'going', 'do', 'doing', 'eat', 'eating', 'wear', 'wearing', 'see', 'live with', 'move')}\b)`,
      // To join the dead, tonight: "keeps telling me she wants to see her nan in heaven tonight" (not a wish for one day).
      S`\b${alt('wants? to', 'want to', 'wanting to', 'going to', 'gonna', 'wanna')} ${alt('see', 'be with', 'join', 'go to', 'go and see', 'go up to')}(?: \w+){0,3} ${alt('in heaven', 'heaven', 'up in the sky', 'in the sky')}\b.*\b${now}\b`,
    ),
    // "wants to die her hair blue" is dye, misspelt; "not in danger right now" says so.
    // "i didnt want to die, i just wanted it to stop"; "she is safe now and with me" (ideation, told after).
    // Or the wish dated, or told as over: "a boy who said 'i want to kill myself' three months ago, what should follow up look like now".
    unless: anyOf(
      S`\bdie (?:her|his|their|my) hair\b|\b(?:isnt|is not|not) in (?:any )?(?:immediate )?danger\b|\bnow settled\b.*\bno plan\b|\bdidnt want to die\b|\b(?<!not )safe(?: with (?:her|him|them|me|us))? (?:right )?now\b`,
      S`\b(?:not|isnt|is not|hasnt|has not|wasnt|was not) (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes)? ?wants? to\b`,
      wishDeniedForNow,
      askedWhenSaidNotNow,
      // Said not to be doing anything now: "what do i do if she says she wants to kill herself but its not like shes doing anything right now".
      S`\bnot like (?:shes|hes|theyre|she is|he is|they are) (?:actually |really )?doing anything\b`,
      // Said at a game lost, asked if children say it: "he tells other kids he wants to die when he loses at games, hes 8".
      S`\bwants? to die (?:when|whenever|every time) (?:he|she|they) ${alt('loses', 'lose', 'gets told off', 'is told off', 'is told no', 'gets told no', 'doesnt get')}\b`,
      // Denied outright: "she says it helps her cope and shes not trying to die".
      S`\b${alt('not', 'isnt', 'never', 'wasnt')} (?:\w+ )?${alt('trying', 'wanting', 'wanted', 'going')} to ${alt('die', S`kill ${self}`, 'end it')}\b`,
      // (Not a wish now beside an attempt before: "wants to kill herself tonight, last year she tried".)
      S`\b${alt('die', S`kill ${self}`, 'end it')}(?: (?!${now}\b)\w+){0,3} ${saidWhen}\b`,
      toldOver.source,
      // Better now, told after: "forgive her for wanting to die when she was younger, she says shes in a better place now".
      S`\b(?:in a (?:much )?better place|much better|doing (?:much )?better) now\b`,
      // Dated after the telling: "what do i write in the log when shes said she wants to die, it was last week and shes calmer now".
      S`\b(?:it|that) was ${alt('last week', 'last month', 'last year', S`(?:a few |\d+ |two |three )?(?:days|weeks|months) ago`)}\b`,
      // A panic attack's fear of dying, not a wish: "wakes up breathing fast, saying hes going to die, shaking ... every night now".
      S`^(?=.*\bpanic)(?!.*\b(?:wants?|wanting|trying) to\b).*\b(?:going to|gonna) die\b`,
      // Panic told in the child's words, as a pattern: "my chest goes tight and I think I'm going to die ... it happens most mornings".
      S`\b(?:chest|heart)\b.*\bthink (?:im|i am|shes|hes|she is|he is) (?:going to|gonna) die\b.*\b(?:most|every) (?:mornings|days|nights|time)\b`,
    ),
  },
];
