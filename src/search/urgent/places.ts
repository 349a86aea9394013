/**
 * Places of danger: a height, water, a road or the traffic.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { hangingOver } from './falling';
import { alt, anyOf, b, eitherSide, past, S, saidByChildrenInGeneral, saidInJest, upTo, type Rule } from './fragments';
import { at, height, storey, ledge, roofKind, ordinaryPlace, littleOne, pleasant, outing, travels } from './places-words';

/** Standing at the edge of a height, whatever outing it is: "standing on the wall on the edge of the multistorey car park". */
const onTheEdge = S`(?:standing|stood|balancing) on the ${alt('wall', 'ledge', 'railings?', 'barrier')} on the edge`;

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const placesRules: Rule[] = [
  // "shes on the bridge", "hes climbed onto the roof", "walking into the traffic"
  {
    name: 'place',
    when: anyOf(
      // At the railway to jump: "dont tell anyone but im at the station to jump".
      S`\b(?:at|on|by) the ${alt('station', 'train station', 'platform', 'tracks', 'train tracks', 'railway', 'railway line', 'level crossing')}\b(?: \w+){0,2} ${alt('to', 'gonna', 'going to', 'ready to', 'about to', 'waiting to')} ${alt('jump', 'end it', 'do it', S`throw (?:my|her|him|them)sel(?:f|ves)`, 'step (?:out|off|in front)')}\b`,
      // On a fire escape, shouting or going: "shes on the fire escape of the hospital shouting 'im going, im going'".
      S`\bon the fire escape\b.*\b${alt('im going', 'going over', 'jump', 'jumping', 'edge', 'railings', 'over the side')}\b`,
      // High up, and going over if nobody answers: "the balcony at me mates flat is 11 floors up, if he doesnt reply im going over".
      S`\b${alt('balcony', 'roof', 'rooftop', 'ledge', 'bridge', 'window ?sill', 'multi ?storey', 'floors up', 'storeys up')}\b.*\b(?:im|i am|i m) ${alt('going over', 'going off', 'gonna jump', 'going to jump')}(?! ${alt('to', 'there', 'at', 'for', 'later', 'tomorrow', 'tmrw', 'the', 'my', 'his', 'her', 'tonight', 'after', 'it', 'them')}\b)`,
      // On a high block, going over: "im on the landing of the high rise and im going over".
      S`\b${alt('landing', 'top', 'roof', 'balcony', 'ledge', 'edge', 'stairwell')} of (?:the |a )?${alt('high ?rise', 'tower block', 'flats', 'multi ?storey', 'car park')}\b.*\b(?:${alt('im', 'i am', 'shes', 'hes', 'theyre')} )?${alt('going over', 'going to jump', 'gonna jump', 'about to jump', 'jumping')}\b`,
      // Believing he can fly, with a height near: "hasnt slept, smashing stuff, says he can fly, tried to go out the window".
      S`\b${alt('says', 'said', 'saying', 'thinks', 'believes', 'convinced')} (?:that )?(?:he|she|they|hes|shes|theyre) can fly\b` +
        eitherSide(alt('window', 'roof', 'balcony', 'ledge', 'bridge', 'top floor')),
      // A road's number between: "one of ours is on the m58 bridge".
      S`\b${at} (?:a |the |her |his )?(?:[am]\d{1,4} )?${height}\b`,
      // Caught in something that moves: "child stuck in escalator, screaming", "his arm is trapped in the train doors".
      S`\b(?:stuck|trapped|caught|jammed) in (?:the |an |a )?${alt('escalator', 'escalator steps', 'train doors?', 'tram doors?', 'machinery', 'revolving doors?', 'lift doors')}\b`,
      // Getting onto the railway from a platform: "autistic boy in meltdown on the merseyrail platform trying to get down onto the line".
      S`\b${alt('trying', 'tried', 'tryin', 'about')} to ${alt('get', 'climb', 'jump')} (?:down (?:onto|on to|on)|onto|on to) the ${alt('line', 'lines', 'tracks?', 'railway', 'rails')}\b`,
      // Shut in a lift and failing in it: "trapped in the lift at the flats, panic attack, cant breathe, says he wants to die in there".
      S`\b(?:stuck|trapped) in (?:the |a )?lift\b.*\b${alt('cant breathe', 'cannot breathe', 'can hardly breathe', 'can barely breathe', 'struggling to breathe', 'wants to die', 'passed out', 'fainted', 'going blue', 'unconscious', 'not responding')}\b`,
      // Back at the same one, named again: "discharged from the 136 suite, now back on the same bridge 2 hours later".
      S`\bback ${at} (?:the |that )?${alt('same', 'very same', 'usual')} ${height}\b`,
      // The "to" dropped, as typed in a hurry: "lad gone bridge", "shes gone the bridge".
      S`\b${alt('gone', 'went', 'heading')} (?:the )?${height}\b`,
      // "sat on the upstairs windowsill": which floor, named between.
      S`\b${at} (?:a |the |her |his |their )?${storey} ${height}\b`,
      // Or the floor of it: "on the top floor of the multi storey at liverpool one".
      S`\b${at} (?:a |the )?${storey} of (?:a |the |that )?${height}\b`,
      // Out on the railings of a named one: "on the runcorn bridge railings", "sat on the tyne bridge ledge".
      S`\b${alt('on', 'onto', 'up on', 'over')} the (?:\w+ )?${alt('bridge', 'viaduct', 'flyover')} ${alt('railings', 'ledge', 'edge', 'wall', 'barrier', 'parapet')}\b`,
      // Or told the other way: "sat on the wall of the flyover".
      S`\b${alt('on', 'onto', 'up on', 'over')} the ${alt('railings', 'ledge', 'edge', 'wall', 'barrier', 'parapet')} of (?:the |a )?(?:\w+ )?${alt('bridge', 'viaduct', 'flyover', 'overpass', 'multi ?storey', 'car park', 'roof', 'balcony', 'cliff')}\b`,
      S`\bwindow ${alt('ledge', 'sill')}\b`,
      // Sat out over the drop: "on the windowsill with his legs dangling out" (not on the sofa or a wall).
      S`\b${ledge}\b${upTo(8)} ${alt('legs', 'feet')} ${alt('dangling', 'hanging', 'swinging')} ${alt('out', 'over', 'off', 'outside')}\b`,
      // Someone up on a named roof: "climbed out the window onto the flat roof" (not a ball on the garage roof).
      // Or out through a door onto it: "went out the fire exit onto the flat roof".
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'climbed', 'climbing', 'clambered', 'scrambled', 'got out', 'gone up', 'went up', 'got up', 'went out', 'gone out', 'sitting', 'sat', 'standing', 'stood', 'walking', 'lying')}` +
        S`${upTo(3)} ${alt('onto', 'on to', 'up on', 'up onto', 'on', 'out onto')} (?:a |the |her |his )?${roofKind} ${alt('roof', 'rooftop', 'roofs')}\b`,
      // Sat at the edge up high: "onto the roof and is sitting on the edge" (not the edge of her bed).
      // At the water's edge too: "at the albert dock sat on the edge with her legs over".
      // Or up there and near it: "on the flat roof, wandering near the edge laughing and crying".
      S`\b${alt('roof', 'rooftop', 'window', 'ledge', 'balcony', 'bridge', 'multi ?storey', 'car park', 'cliff', 'docks?', 'quay', 'quayside', 'harbour', 'pier', 'jetty')}\b${upTo(10)} ` +
        S`${alt('sitting', 'sat', 'standing', 'stood', 'dangling', 'leaning', 'hanging', 'wandering', 'walking', 'pacing', 'balancing', 'dancing')} ${alt('on', 'over', 'off', 'near', 'along', 'at')} the edge\b` +
        S`(?! of (?:the |her |his |their |my )?${alt('bed', 'sofa', 'chair', 'seat', 'bath', 'pool', 'table', 'desk', 'stage')})`,
      // A little one in still water: "toddler in the pond", "the 3 year old has fallen into the lake".
      S`\b${littleOne}(?: ${alt('is', 's', 'has', 'just', 'gone', 'fell', 'fallen', 'got', 'went', 'wandered', 'slipped', 'climbed', 'face down', 'now')})* ` +
        S`${alt('in', 'into', 'under')} the (?:garden |fish |duck )?${alt('pond', 'lake', 'reservoir', 'quarry', 'water butt')}\b`,
      // Through the ice, or swept off: "fell through the ice on the park lake", "gone through the ice on the canal".
      S`\b${alt('fell', 'fallen', 'falling', 'gone', 'went', 'going', 'slipped', 'broke', 'broken')} ${alt('through', 'thru', 'into')} the ice\b`,
      S`\b${alt('swept', 'dragged', 'pulled')} ${alt('away', 'under', 'out')} ${alt('by', 'in', 'into')} the ${alt('river', 'current', 'waves?', 'sea', 'tide', 'water')}\b`,
      S`\bwalk into the sea\b`,
      // Told short, where and now: "swept out at formby beach now".
      S`\b${alt('swept', 'dragged', 'pulled')} ${alt('away', 'under', 'out')}(?: \w+){0,4} ${alt('now', 'right now', 'rn', 'just now')}\b` +
        S`(?<=\b${alt('beach', 'sea', 'river', 'tide', 'water', 'current', 'waves?', 'canal', 'mersey', 'pier', 'estuary', 'sandbank', 'shore')}\b.*)`,
      // Over the edge, from a photo or a place: "sent a pic of her feet dangling over water", "wrong side of the rail on the fire escape".
      S`\b${alt('feet', 'legs')} ${alt('dangling', 'dangled', 'hanging')} ${alt('over', 'off')} (?:the )?${alt('water', 'edge', 'river', 'canal', 'side', 'bridge', 'drop', 'ledge')}\b`,
      S`\bwrong side of (?:the )?${alt('rail', 'rails', 'railing', 'railings', 'barrier', 'fence')}\b`,
      // Or outside it, up high: "currently on the outside of the bridge parapet, police in attendance".
      S`\boutside of (?:the |a )?(?:\w+ )?${alt('bridge', 'balcony', 'roof', 'flyover', 'viaduct', 'multi ?storey', 'car park')} ${alt('rail', 'rails', 'railing', 'railings', 'barrier', 'fence', 'parapet', 'wall')}\b`,
      // Or the motorway's own traffic: "hes run off in to the m58 traffic" (the number read as the motorway).
      S`\binto (?:the )?(?:${alt('motorway', 'main road', 'busy road', 'dual carriageway')} )?${alt('traffic', 'road', 'river', 'canal', 'sea', 'motorway')}\b`,
      S`\bin to (?:the )?(?:motorway )?traffic\b`,
      S`\b(?:has )?jumped ${alt('off', 'from', 'out')}\b`,
      // Up high and refusing to come down: "top of the multi storey car park, on the phone to me, wont come down".
      S`\b${height}\b${upTo(8)} ${alt('wont', 'will not', 'refusing to', 'refuses to', 'not coming')} come down\b`,
      // The whole message, a cry: "omg shes jumped".
      S`^(?:${alt('omg', 'oh my god', 'oh god', 'help', 'please help', 'quick')} )+${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have')} (?:just )?jumped(?: ${alt('help', 'please', 'pls', 'help me')})*$`,
      // Or back in, from a window or a ledge: "sat on the windowsill and wont come in" (not the sea on a hot day).
      S`\b${ledge}\b${upTo(10)} ${alt('wont', 'will not', 'refusing to', 'refuses to', 'not coming')} come ${alt('in', 'inside', 'back in', 'off')}\b`,
      // Hanging out of a window, or saying they will let go (./falling.ts).
      ...hangingOver,
    ),
    // A roof over her head, a school trip, walking over the bridge, or history.
    // Or over: taken from the bridge to a place of safety last night.
    unless: anyOf(
      // Things, not a child, in the water: "bin bags in the canal - report?".
      S`\b${alt('bin bags?', 'rubbish', 'litter', 'trolleys?', 'shopping trolleys?', 'tyres?', 'bikes?', 'scooters?')} in the ${alt('canal', 'river', 'docks?', 'lake', 'pond')}\b`,
      // (Unless a wish to fall or jump is said there: "wont come down from the top of the climbing frame, says he wants to fall".)
      // (Nor where he stands on the edge of a height, whatever outing it is: "standing on the wall on the edge of the multistorey car
      // park, the school trip is waiting".)
      S`\b${ordinaryPlace}\b(?<!\b${onTheEdge}\b.*)` +
        S`(?!.*\b${alt('wants? to (?:fall|jump|die)', 'going to (?:fall|jump)', 'gonna (?:fall|jump)', S`let ${alt('go', 'himself fall', 'herself fall')}`, onTheEdge)}\b)`,
      S`\b${travels}\b${upTo(3)} ${alt('over', 'across')} the bridge\b`,
      past.source,
      // (Not while still trying: "police asking for a place of safety for a 12-year-old under s136 ... hes still trying to run into the road".)
      S`\b${alt('place of safety', 'last night')}\b(?!.*\b(?:still trying to|one leg over|not yet agreed|lost (?:him|her|them))\b)`,
      // Down again and well, a habit asked about: "sometimes does daft things like climbing on the garage roof for a dare. hes down, hes fine".
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} (?:back )?down (?:now )?(?:and )?${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} ${alt('fine', 'ok', 'okay', 'safe', 'alright')}\b`,
      // On top of a role or a load, not a roof: "designated teacher on top of being year 6 lead".
      // (Not a dose: "taken some of her lithium on top of her normal dose".)
      S`\bon top of (?:${alt('being', 'that', 'this', 'it all', 'everything', 'all (?:this|that)', 'work', 'school')}|(?:her|his|their) ${alt('care history', 'history', 'grief', 'trauma', 'needs', 'exams', 'issues', 'problems', 'diagnosis', 'job', 'work')})\b`,
      // Someone else, on a screen: "my foster son show me a video of a boy jumping from a bridge into the water, they do it for fun".
      S`\b${alt('video', 'clip', 'tiktok', 'reel', 'vid')} of (?:a |some |the )?${alt('boy', 'girl', 'lad', 'lads', 'kid', 'kids', 'man', 'woman', 'people', 'person', 'teenagers?')}\b(?!.*\b(?:right now|just now)\b)`,
      // Told after: "said the police took him to hospital after being found on the motorway bridge".
      S`\bafter being ${alt('found', 'brought back', 'picked up', 'talked down', 'taken')}\b`,
      // Or detained since: "theyve put my nephew on a section 2 after he was found on the railway line".
      S`\bon a section \d\b.*\bafter (?:he|she|they) (?:was|were) ${alt('found', 'brought back', 'picked up', 'talked down', 'taken')}\b`,
      // Kept off it, nobody hurt: "how do i stop the kids climbing on the garage roof? nobodys hurt".
      S`\bhow (?:do|can|should) (?:i|we) stop (?:\w+ ){0,3}${alt('climbing', 'going', 'getting', 'playing')}\b|\bnobody(?:s| is| was| got) hurt\b`,
      // On a screen: "she watches videos about people who jumped off buildings, like documentaries".
      S`\b${alt('videos? about', 'documentar\\w*', 'films? about', 'programmes? about')}\b`,
      // Watched, not sent: "he watches videos of people doing dangerous stunts on the train tracks".
      S`\b${alt('watch', 'watches', 'watching', 'watched')} (?:\w+ )?${alt('videos?', 'clips?', 'tiktoks?', 'reels?')} of\b`,
      // A day out told, or a swim wanted for the summer: "we had a lovely day at the bridge in southport", "he wants to go swimming in
      // the canal with his mates in summer, how do i explain the danger".
      S`\b${alt('had', 'spent')} a ${alt(pleasant, 'family')} ${outing}\b`,
      S`^(?:a |what a |such a )?${pleasant} ${outing}\b`,
      S`\bwants? to go ${alt('swimming', 'paddling', 'fishing')}\b(?=.*\b${alt('summer', 'holidays', 'explain', 'dangers?', 'allowed')}\b)`,
      // Said as a joke, of a lesson: "jokingly said shed 'jump off a cliff' if she had to go to maths again, laughing with her mates".
      S`\b${saidInJest}\b`,
      // Said by pupils in general: "pupils who say theyll jump off a cliff if they have to do another test".
      S`\b${saidByChildrenInGeneral}\b`,
      // A score that rose: "a 14yos sdq has jumped from 12 to 24 in a year".
      S`\bjumped (?:up )?from (?:\d+|a|an|level \d) (?:\w+ )?to (?:\d+|a|an|level \d)\b`,
      // Clinging on at the school gate: "at the school gate he clings onto the railings and screams".
      S`\b${alt('clings', 'cling', 'clinging', 'clung', 'holds', 'holding', 'hangs', 'hanging')} (?:on )?(?:on)?to the ${alt('railings', 'gate', 'fence')}\b`,
      // A habit asked about, with nothing told as now: "sits on the railway bridge wall a lot, just sitting, is that something to report",
      // "the kids from the home are always at the river, is it safe for them".
      S`\b${alt('always', 'a lot', 'often', 'every day', 'most days', 'regularly', 'usually')}\b(?=.*\b${alt('is (?:it|that) safe', 'is that something to report', S`should (?:i|we) ${alt('report', 'be worried', 'worry', 'tell')}`, 'is that normal')}\b)` +
        S`(?!.*\b${alt('right now', 'just now', 'come down', 'jumped', 'climbing over', 'crying', 'screaming', 'tonight')}\b)`,
      // A hazard found, to report: "found a rope swing over the river near the home, should i report it to the council".
      S`\b${alt('rope swing', 'tyre swing', 'tree swing')}\b(?=.*\breport\b)`,
      // In hospital since, the law asked: "found him distressed on a bridge and took him to hospital under a section, what was that section".
      S`\bto hospital under (?:a )?section\b`,
      // Or to a "safe place" since, the plain name for a place of safety (read above): "the police took her to a 'safe place' from the
      // bridge and she doesnt know what that was".
      S`\b(?:took|taken|brought) (?:her|him|them) to (?:a |the )?safe place\b`,
      // Support falling away, in a saying: "does he just drop off a cliff at 18".
      S`\bdrop(?:s|ping)? off a cliff\b(?=.*\b${alt('services?', 'support', 'adult', '18', 'eighteen', 'transition', 'funding', 'team')}\b)|\b${alt('services?', 'support', 'adult', '18', 'eighteen', 'transition', 'funding', 'team')}\b.*\bdrop(?:s|ping)? off a cliff\b`,
      // Parked there: "were parked on the top floor of the multi storey".
      S`\b${alt('parked', 'parking', 'park up')}\b(?! to\b)`,
      // Over, or asked about: "shes back now and asking what a 136 means", "what happens after a young person is found on a bridge".
      S`\b(?:shes|hes|theyre) back now\b|\bwhat happens (?:after|when|if)\b`,
      // Talk of some day, laughed off: "a comment about jumping off the multi-storey one day".
      S`\b${alt('one day', 'some day', 'someday', 'laughed it off', 'made a comment')}\b`,
      // An age for going out alone asked, a job done up there, a plan's wording, the news: "what age can they go out to the pier head on
      // their own", "stood on the windowsill to put fairy lights up, told her off, shes fine", "why does the risk assessment say he
      // shouldnt be near traffic", "the girl who jumped off the bridge in the news" (not one of ours).
      S`\bwhat age (?:can|should|do|does|is)\b`,
      // The waterfront named as a place to go, or a topic studied: "can i let her go to the fireworks at the pier head on her own",
      // "doin a school project on drownin at sea and the titanic".
      S`\b(?:can (?:i|we) let|is (?:she|he|it) (?:ok|okay|safe|allowed) to go|allowed to go)\b(?: \w+){0,8} pier ?head\b(?!.*\b(?:jump\w*|edge|railings|water|over the|wont come|go(?:in|ing|nna) in|done|finish|end it)\b)`,
      S`\b(?:school |class |history |science )?${alt('project', 'homework', 'essay', 'assignment')} (?:on|about)\b`,
      // Asked of any child found there: "do the police still take kids to a cell if theyre found on a bridge".
      S`\bif ${alt('theyre', 'they are', 'a child is', 'a kid is', 'kids are', 'children are', 'a young person is', 'young people are', 'someone is')} found\b`,
      // The law asked, or a water activity planned: "would it be assault if i held a childs arm to stop them running into the road",
      // "planning a canoe trip on the canal".
      S`\bwould it be (?:assault|illegal|allowed|legal|ok|okay)\b`,
      S`\b${alt('canoe', 'canoeing', 'kayak', 'kayaking', 'boat', 'sailing', 'paddleboard\\w*', 'rowing')} (?:trip|session|club|lesson|day)s?\b`,
      // Others, seen over the years: "ive seen it all: kids whove jumped off bridges" ("whove" is spelled "whole" by then). A feeling never acted on: "says she feels like
      // walking into the sea ... shes never tried".
      S`\b${alt('kids', 'children', 'young people', 'lads', 'girls')} (?:who(?:ve| have| had)?|whole) (?:jumped|been)\b`,
      S`\b(?:shes|hes|theyve|she has|he has|they have) never (?:tried|acted on it|done it)\b`,
      S`\bto (?:put|hang|fix|take down|get down|reach)(?: \w+){0,2} ${alt('fairy lights', 'lights', 'curtains?', 'decorations', 'blinds?', 'posters?', 'bunting')}\b(?=.*\b(?:shes|hes|theyre) fine\b)`,
      S`\b${alt('risk assessment', 'care plan', 'safety plan', 'placement plan')} (?:say|says|said)\b`,
      // (Not the telly: "screaming that the people in the telly are coming for her ... trying to run out into the road".)
      S`\b(?:in|on) the ${alt('news', 'echo', 'paper', 'papers')}\b(?!.*\b(?:our|my|its|thats) (?:girl|boy|lad|yp|kid|child|son|daughter|own)\b)`,
    ),
  },
  // "hes lying in the middle of the road"
  {
    name: 'road',
    when: anyOf(
      // Driving off drunk or high with children in the car: "her 16 year old has taken her car keys and driven off drunk with two younger kids in the car".
      S`\b${alt('driven', 'drove', 'driving', 'gone', 'went', 'speeding')} off (?:\S+ ){0,2}${alt('drunk', 'high', 'stoned', S`off (?:his|her|their) face`, 'wasted', 'smashed')}\b(?: \S+){0,6} ${alt('kids', 'children', 'baby', 'younger', 'little ones', 'siblings', 'brother', 'sister')}\b`,
      // "shes thrown herself in front of a bus"
      S`\b${alt('thrown', 'threw', 'throwing', 'chucked')} (?:her|him|them|my)sel(?:f|ves) ${alt('at', 'in front of', 'under', 'into')} (?:a |the )?${alt('bus', 'car', 'cars', 'train', 'lorry', 'van', 'traffic', 'road')}\b`,
      S`\b${alt('lying', 'lay', 'laying', 'sitting', 'sat', 'standing', 'stood')} (?:down )?in (?:the middle of )?the road\b`,
      S`\bmiddle of the road\b`,
      // Or a road by name, or the cars said: "walking down the middle of queens drive, cars beeping".
      S`\b(?:down|in|along) the middle of (?:the )?(?:\w+ )?${alt('road', 'rd', 'drive', 'lane', 'street', 'avenue', 'motorway', 'dual carriageway', 'bypass', 'flyover')}\b`,
      // Over a fence onto a fast road: "hes climbing the school fence onto the dual carriageway and staff cant keep up".
      S`\b${alt('climbing', 'climbed', 'climbs', 'jumped', 'jumping', 'running', 'ran', 'run', 'got out', 'getting out')}\b(?: \w+){0,4} ${alt('onto', 'on to', 'into')} (?:the )?` +
        S`${alt('dual carriageway', 'motorway', 'bypass', 'busy road', 'main road', 'railway', 'train tracks', 'railway line', 'tracks')}\b(?!.*\b${alt('yesterday', 'last week', 'ago', 'used to')}\b)`,
      // In and out of it: "running through traffic on the dock road", "dodging cars on the bypass".
      S`\b${alt('running', 'walking', 'weaving', 'dodging', 'darting', 'wandering', 'dancing', 'stepping')} ${alt('through', 'between', 'in and out of', 'into', 'across')} (?:the |moving )?${alt('traffic', 'cars', 'lorries', 'buses')}\b`,
      S`\bdodging ${alt('cars', 'traffic', 'lorries', 'buses')}\b`,
      // Trying to get to it, and no one able to stop them: "she keep trying to run out to the main road, the staff say they cannot hold her".
      S`\b${alt('trying', 'try', 'tries')} to ${alt('run', 'get', 'go', 'walk', 'throw (?:her|him|them)sel(?:f|ves)')} (?:out )?(?:in)?to (?:the )?(?:main |busy )?${alt('road', 'traffic', 'motorway', 'dual carriageway')}\b` +
        S`.*\b${alt('cant', 'cannot', 'can not', 'unable to', 'struggling to')} ${alt('hold', 'stop', 'keep', 'restrain', 'contain')} ${alt('her', 'him', 'them')}\b`,
      // A crash just now, or a phone's alert of one: "my lads phone has just registered a crash alert", "shes just been in a car crash".
      S`\b${alt('crash alerts?', 'crash detected', 'detected a crash', 'crash notification')}\b(?<!\b${alt('turn off', 'switch off', 'set up', 'settings for', 'stop getting')}\b.*)`,
      S`\b(?:just|has just|have just) (?:been )?in (?:a |the )?(?:car |road |bike |moped )?${alt('crash', 'accident', 'rta', 'rtc', 'collision')}\b`,
    ),
    // Teaching a child about roads is not a child in the road now.
    // Nor one told afterwards, home again: "was dodging cars on the bypass, now at home with us".
    unless: anyOf(
      b(alt('road safety', 'green cross code', 'crossing the road safely', S`now (?:at )?home`, 'home now', 'back home', 'back with us'))
        .source,
      past.source,
    ),
  },
];
