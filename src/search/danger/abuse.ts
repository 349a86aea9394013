/**
 * Abuse happening now, and an adult with a child who should not be.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { now, nowNotSafe } from './fragments-now';
import {
  adult,
  distressNow,
  sentWhere,
  man,
  child,
  abusedChild,
  littleChild,
  abuseToldNow,
  abuserComing,
  abuseNotHistory,
  hallucinatedVisitor,
  sexualAct,
  stillThere,
  abuserNamed,
  arrangedNow,
} from './abuse-words';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const abuseSituations: Situation[] = [
  // "a visitor is in her room touching her and wont leave"
  {
    name: 'abuse-now',
    when: b(
      [
        S`(?:in|into) (?:her|his|their) (?:room|bed|bedroom)${gap(3)} touching`,
        // Or told from hiding: "someone at the party is making her drink and touching her, shes texting me from the toilet".
        S`(?:touching|assaulting|abusing|raping) (?:her|him|them)${gap(8)} (?:wont (?:leave|stop|go)|${arrangedNow}${nowNotSafe}|(?:texting|messaging|ringing|calling) (?:me|us)|whisper\w*|hiding)`,
        // An adult in a child's room doing what they should not: "a member of night staff is in a young persons room doing something he shouldnt right now".
        S`(?:staff|carer|worker|man|adult|bloke|guy|uncle|step ?dad|dad|boyfriend|teacher|partner|fella)${gap(4)} (?:in|into) (?:a |the |her |his |their )?(?:\S+ ){0,2}(?:bed)?room${gap(3)} ` +
          S`doing (?:something|things|stuff) (?:he|she|they) (?:shouldnt|should not|mustnt)${gap(4)} (?:${now}|(?:the )?door (?:is |s )?locked|locked (?:the )?door)`,
        S`(?:man|adult)${gap(2)} shouting${gap(3)} (?:her|him) screaming`,
        S`(?:making|forcing|getting) (?:her|him|them) (?:to )?do (?:things|stuff|sexual)${gap(6)} (?:camera|video|live|webcam|scared|crying)`,
        S`(?:(?:a|an|some) (?:strange |random |unknown |older )?(?:man|adult|stranger|bloke|lad|guy)|someone|somebody) (?:is |s )?in (?:her|his|their|my) (?:room|bed|bedroom|flat)${gap(8)} (?:wont (?:leave|go|get out)|whisper\w*|scared|hiding|locked)`,
        // Told by a sibling as it happens, the act unnamed: "my little sisters dad is doing that thing to her again in the bedroom, im in the hall".
        S`(?:doing|does) (?:that|the|it|stuff|things)(?: thing)? to (?:her|him|them|me) (?:again )?(?:now |right now )?(?:in (?:the|her|his|their|my|our) (?:bed)?room|upstairs|in the bathroom)${gap(6)} (?:im|i am|what do i do|help|now)`,
        // Exploited as it happens: "shes at a party where men are giving girls drugs".
        S`(?:shes|hes|theyre|she is|he is|they are|im) (?:at|in) (?:a|some|the|this|his|their) (?:\S+ )?(?:party|flat|house|hotel)${gap(2)} (?:where|with)${gap(2)} ` +
          S`(?:men|adults|older \S+|grown \S+|blokes|guys)${gap(3)} (?:giving|plying|handing out|supplying|selling)`,
        // Seen as it happens: "walked in on an older resident assaulting a younger one".
        S`walked in on${gap(6)} (?:sexually )?(?:assaulting|abusing|raping|hurting|touching|attacking|hitting|beating|strangling|having sex with)`,
        // "theres a man in the room touching her", "a man has been touching him and is waiting outside"
        S`(?:a|an|some|the) (?:older |grown )?(?:man|adult|stranger|bloke)${gap(3)} (?:is |s |has been |been )?(?:touching|groping|feeling) (?:her|him|them|me)`,
        // "hes making me do stuff, im at his flat, help", "filming her being made to do stuff"
        // "older lads are making her do stuff in a car outside the shop, its happening now"
        S`(?:making|forcing) (?:me|her|him|them) (?:to )?do (?:stuff|things|sexual \S+)${gap(6)} ` +
          S`(?:help|please come|come (?:and )?get me|(?:at|in) (?:his|their|a|the) (?:flat|house|place|car|van)|toilets?|party|filming|scared|crying|now|happening|${sentWhere})`,
        // Taken off somewhere out of sight at a party or a flat: "her friend says men are taking her upstairs".
        // Or forced there: "some older lads are trying to force her into a bedroom".
        S`${man}${gap(3)} (?:are |is |s |have |has )?(?:taking|taken|took|dragging|dragged|carrying|carried|leading|led|pulling|pulled|(?:trying to )?(?:force|forcing|push|pushing)) (?:her|him|them) ` +
          S`(?:upstairs|into (?:a |the )?(?:bed)?room|(?:in)?to (?:a |the |their |his )?(?:bed)?room)(?!.*\b(?:paramedics?|nurses?|doctors?|ambulance|bed ?time|to bed|bath|carpets?|furniture|boxes|removals?|repairs?)\b)`,
        // Done to a child as it happens: "her stepdad is at the house right now doing things to her sister".
        S`${nowNotSafe}${gap(2)} doing (?:things|stuff|sexual \S+) to ${abusedChild}`,
        S`doing (?:things|stuff|sexual \S+) to ${abusedChild}${gap(6)} ${nowNotSafe}`,
        // An older child with a little one: "older kid doing something to the 5 year old in the bath".
        S`(?:older|bigger) (?:kid|child|boy|girl|lad|one|brother|sister|cousin|resident|yp)${gap(3)} (?:doing (?:something|things|stuff|sexual \S+) to|touching) ${littleChild}`,
        S`being (?:made|forced) to do (?:stuff|things|sexual \S+)`,
        // The abuser after the child now: "saw her abuser in the waiting room and hes now following her into the toilets".
        S`${abuserNamed}${gap(16)} (?:is |s |hes |he is |theyre |they are )?(?:now )?(?:following|chasing|cornering|going after|waiting for) (?:her|him|them)`,
        // A sexual act told just now by the child, the other still there: "just came out of the toilets and said a big boy put his willy in
        // his mouth, the other boy is still in there".
        S`${sexualAct}${gap(16)} ${stillThere}`,
        S`${stillThere}${gap(16)} ${sexualAct}`,
        // Or "been made to", with a word that it is now: "shes been made to do stuff in a car right now".
        S`been (?:made|forced) to do (?:stuff|things|sexual \S+)${gap(8)} ${nowNotSafe}`,
        // "texted an address, says shes being sexually assaulted at a party"
        S`(?:shes|hes|theyre|she is|he is|they are|im) being (?:sexually )?(?:assaulted|raped)(?! (?:in the past|before|as a child))`,
        // "shes being sexually assaulted at a party, shes texting me from the bathroom"
        S`being (?:sexually )?(?:assaulted|abused|raped)${gap(6)} (?:texting|messaging|ringing|calling|now|right now|tonight)`,
        S`being (?:forced|made) to${gap(6)} (?:right now|now|tonight)`,
        // "men in the flat with her and she says theyre making her do things"
        S`(?:men|man|adults?|blokes?|guys?)${gap(10)} (?:making|forcing) (?:her|him|them|me) (?:to )?(?:do (?:stuff|things)|have sex|sleep with)`,
        // Told it will happen again tonight: "her boyfriends outside and theyre going to make her do stuff again tonight".
        S`(?:going to|gonna|will|theyll|hell|about to|trying to|want to|wanna) (?:make|force) (?:her|him|them|me) (?:to )?` +
          S`(?:do (?:stuff|things|sexual \S+)(?! (?:around|round|in|about) the (?:house|home|garden)| like (?:homework|chores|tidying))|have sex|sleep with)${gap(4)} (?:again|tonight|tonite|now|later)`,
        S`doing sexual (?:stuff|things) to${gap(6)} (?:now|right now|in the)`,
        // "in a car with an older man and hes pulling her top off"
        S`(?:older )?(?:man|men|adult|bloke|guy|boyfriend)${gap(10)} pulling her (?:top|clothes|trousers|knickers|pants|skirt|shorts|bra) (?:off|down|up)`,
        // Abuse told of just now, and the abuser coming to the child: "says step dad raped her last night, hes booked to visit at 2",
        // "she was raped last night and the men have said theyll come to the home for her" (not the police coming to take a statement).
        S`(?:raped|rape|sexually assaulted|sexual assault|abused|assaulted)${gap(6)} (?:last night|yesterday|this morning|earlier|overnight|at the weekend)${gap(14)} ` +
          S`(?:he|hes|he is|they|theyre|they are|the men|the man|the lads|(?:step ?)?dad|uncle|boyfriend|bf)(?: have| has)?(?: said| says| saying)?${gap(1)} ${abuserComing}`,
        // Hand marks told by the child, and collected by the one who may have made them today: "finger-shaped bruises on her neck, says
        // 'he squeezed me cos I was naughty'. Carer collects at 3."
        S`(?:finger ?(?:shaped|tip|mark)s? bruis\w*|bruis\w* (?:on|round|around) (?:her|his|their) neck|hand ?prints?|grab marks)${gap(14)} ` +
          S`(?:collects?|collecting|picks? (?:her|him|them) up|picking (?:her|him|them) up|goes home|going home)${gap(2)} (?:at \d+|today|tonight|later|after school)`,
        // Raped at contact, and contact with him again today: "a relative raped her at contact on saturday, and contact with him is
        // again today at 4pm".
        S`(?:raped|rape|sexually assaulted|abused|assaulted|touched)${gap(8)} (?:at|during|after) contact${gap(14)} contact${gap(3)} (?:is |again |is again )?(?:today|tonight|this (?:afternoon|evening)|at \d+|in an? (?:hour|hr))`,
        ...abuseToldNow,
      ].join('|'),
    ),
    toldNow: b(abuseNotHistory.join('|')),
    unless: hallucinatedVisitor,
  },
  // "a man she met online is in the flat with her and shes scared", "her stepdad is in her bedroom with her little sister right now"
  {
    name: 'adult-with-child-now',
    when: b(
      [
        S`${adult}${gap(5)} (?:is |s )?(?:in|inside) (?:the|her|his|their|my|our) (?:room|bedroom|flat|house|bed|car|bathroom)${gap(8)} ${distressNow}`,
        // Behind a shut door with a child in distress: "one of the staff is in a girls bedroom with the door shut and shes crying".
        S`(?:${adult}|staff|staff member|member of staff|worker|carer|(?:the |her |his )?(?:\S+s )?(?:son|husband|partner|boyfriend|uncle|lodger))${gap(3)} (?:is|s) in (?:a |the |her |his |their )?(?:\S+s )?(?:bed)?room with the door (?:shut|closed|locked)${gap(6)} ${distressNow}`,
        // "an older man is in her bedroom at the home and staff cant get him out"
        S`${adult}${gap(3)} (?:is|s) in (?:her|his|their|the (?:girls|boys|kids|childs)) (?:bed)?room${gap(8)} (?:cant|wont|refus\w*) (?:get (?:him|her|them) (?:out|to leave)|leave|go)`,
        S`${adult}${gap(3)} (?:is |s )?in (?:the|her|his|their) (?:bed)?room with (?:her|him|them|his|their)(?: (?:little|younger|baby) \S+)?${gap(2)} (?:now|right now)`,
        // With the one accused, now: "weve been told the child is with the alleged perpetrator right now and hes made threats".
        S`(?<!\b(?:not|no longer|never|isnt|arent|wasnt) )with (?:the |her |his |their )?(?:alleged |suspected )?(?:perpetrator|abuser|offender|perp|attacker|rapist)${gap(4)} (?:right now|now|tonight|at the moment|as we speak)\b(?! that)`,
        // Found where children are exploited, with adults and unsafe: "yp located at address known for cce, adult males present,
        // yp intoxicated and refusing to leave".
        S`(?:address|house|flat|property|place)s? (?:known|linked|flagged|used) (?:for|to|as|by)${gap(3)} (?:cce|cse|exploitation|county lines|drugs|dealing|dealers|cuckooing|a trap house)${gap(14)} ` +
          S`(?:(?:adult|older) (?:males|men|man|male)|intoxicated|drunk|off (?:her|his|their) face|refus\w* to (?:leave|come)|wont (?:leave|come))`,
        // An older man with a child who is not herself, and not who he says: "14 year old looked after girl with older guy in the chapel,
        // shes unsteady, he says hes her cousin, he isnt".
        S`(?:older|grown|adult) (?:guys?|man|men|males?|blokes?|fellas?)${gap(8)} (?:shes|hes|theyre|she is|he is|they are|she seems|he seems|she looks|he looks|looks|looking) (?:very |really |quite )?` +
          S`(?:unsteady|drunk|wasted|out of it|off (?:her|his|their) face|stumbling|slurring|falling about|drowsy|spaced out)`,
        // A man not known, refusing to go, and the child looks drugged: "came home with a man i dont know whos refusing to leave and she
        // looks drugged".
        S`(?:man|men|guy|bloke|fella|male|adult)${gap(10)} (?:refus\w* to (?:leave|go)|(?:wont|will not) (?:leave|go))${gap(10)} ` +
          S`(?:she|he|they) (?:looks?|seems?|is|s) (?:really |very )?(?:drugged|out of it|off (?:her|his|their) face|spaced out|wasted|unsteady|drowsy)`,
        S`(?:says|said|claims|claiming) (?:hes|he is|shes|she is) (?:her|his|their) (?:cousin|uncle|brother|dad|boyfriend|carer)${gap(1)} (?:he|she) (?:isnt|is not)`,
        // Taken tonight to a house where other men will be: "her boyfriend, who is 30, is coming to take her to a house this evening
        // where she says other men will be".
        S`(?:take|taking|takes|bring|bringing|drive|driving) (?:her|him|them) to (?:a|an|his|their|some|this|the) (?:\S+ )?(?:house|flat|party|hotel|address|place)${gap(3)} ` +
          S`(?:this evening|tonight|tonite|later|today|after school|at \d+\S*)${gap(3)} (?:where|with)${gap(4)} (?:other |older |grown |some |lots of |loads of )?(?:men|blokes|adults|males)`,
        // Waiting for the child, who has been told she will be killed: "her dad is in the car park waiting and he said hed finish her
        // if she told".
        S`(?:in the car park|outside|at the (?:gate|door|front)|downstairs|waiting)${gap(10)} (?:said|says|told her|told him|threatened) ` +
          S`(?:(?:hed|he would|hell|he will|theyd|theyll|they will) |(?:hes|theyre) (?:going to|gonna) |to )(?:finish|kill|end|do in|stab) (?:her|him|them)\b`,
        // Waiting outside, older, and the child going out to him: "her boyfriend (30s) is parked outside with stuff and shes going out to him".
        S`(?:boyfriend|bf|man|guy|bloke|fella)${gap(3)} (?:\d0s|in his \d0s|\d{2} ?(?:yo|year old|years old)|older|grown)${gap(2)} (?:is |s )?(?:parked|waiting|sat|sitting) (?:up )?(?:outside|downstairs|in the car park|at the (?:gate|door|front))${gap(8)} ` +
          S`(?:shes|hes|she is|he is) (?:going|getting ready to go|about to go|trying to (?:go|get)|putting (?:her|his) (?:shoes|coat|trainers) on|heading)`,
        // Made to sleep with the men collecting her, and they are here now: "15yo here for her depo says men are picking her up after to
        // 'work' and she has to sleep with them, theyre in our car park".
        S`(?:has|have|got) to (?:sleep with|have sex with|do (?:stuff|things|sexual \S+) (?:for|with|to)) (?:them|him|the men|those men|his mates|their mates)${gap(4)} ` +
          S`(?:theyre|they are|hes|he is|they re|the men are|hes already)${gap(1)} (?:in (?:the|our|your) car ?park|outside|waiting|here|downstairs|at the (?:gate|door|front)|in reception)`,
        // An adult "boyfriend" parked outside to take her away overnight: "year 8 girl says her boyfriend (22) is taking her to a party
        // in manchester straight after school and she has to stay over. hes parked outside".
        S`(?:boyfriend|bf|man|guy|bloke|fella) (?:(?:1[89]|[2-9]\d)|aged (?:1[89]|[2-9]\d)|in his \d0s|(?:1[89]|[2-9]\d) ?(?:yo|year old|years old)|whos (?:1[89]|[2-9]\d)|older)${gap(2)} (?:is |s )?(?:taking|picking up|collecting|driving) (?:her|him|them)${gap(14)} ` +
          S`(?:hes|he is|theyre|they are|him|his car|he s)${gap(1)} (?:parked|waiting|sat|sitting|outside)`,
        // Told by the child as it goes on: "girl in the shop saying a man is following her and she cant go back to the house".
        S`(?:saying|says|said|told (?:me|us|staff)|telling (?:me|us)|crying) (?:that )?(?:a|an|some|this|these|two|the) (?:older )?(?:man|men|bloke|blokes|guy|guys|stranger|strangers|lads)${gap(2)} ` +
          S`(?:is|are|s|has been|have been|keeps?) (?:following|followin|chasing|stalking) (?:her|him|them|me)\b(?! (?:on|online|on (?:insta\S*|tiktok|snap\S*|social media)))`,
        // With a grown man who calls himself her boyfriend: "found a 13 year old in care sleeping in the church porch with a man who
        // says hes her boyfriend, he must be 35".
        S`with (?:a|an|this|some|the) (?:older |grown )?(?:man|bloke|guy|fella)${gap(3)} (?:who )?(?:says|said|claims|calls himself|reckons) (?:hes|he is) (?:her|his) (?:boyfriend|bf|partner)`,
        // Men waiting for the child nearby: "turned up with a new phone and no shoes, says men are waiting round the corner for her".
        S`(?:men|older (?:men|males|lads|guys)|adults|some (?:men|blokes|guys))${gap(2)} (?:are |s )?waiting (?:round the corner|outside|down the road|at the end of the road|in a car|nearby|up the road) for (?:her|him|them|me)`,
        // Made to pay with her body tonight: "new bf says I have to go with his friends tonight to pay for the hotel".
        S`(?:have|has|got) to (?:go|sleep|be|stay) with (?:his|her|their|the|some) (?:friends|mates|mate|friend|men|lads|blokes)${gap(3)} (?:tonight|now|today)${gap(3)} ` +
          S`to (?:pay|pay off|pay back|settle) (?:for )?(?:the |a |his |her )?(?:hotel|room|debt|drugs|rent|\S+)`,
        // Told from hiding: "child texting me from under her bed saying her uncle is in her room right now".
        S`(?:hiding|whisper\w*|(?:texting|messaging|ringing|calling) me from|under (?:her|his|their|the) (?:bed|duvet|covers)|in (?:her|his|their|the) wardrobe|` +
          S`(?:shes|hes|theyre|is|are) (?:really |so )?(?:scared|terrified)(?! of))${gap(8)} ` +
          S`${adult}${gap(3)} (?:is |s )?(?:in|inside) (?:the|her|his|their|my|our) (?:room|bedroom|flat|house|bed|car|bathroom)(?: (?:right )?now)?\b`,
        // Where no one is watching: "her uncle is in her room right now at an unsupervised contact".
        S`${adult}${gap(3)} (?:is |s )?in (?:her|his|their|my) (?:bed)?room (?:right )?now${gap(6)} (?:(?:at|on|during) (?:an |a |the )?(?:unsupervised|not supervised)|${distressNow})`,
        // Messaging that he is outside now, with a hold over her: "a man messaging her saying hes outside the home now and has pics of her"
        // (not her uncle outside to take her to football).
        // Or a birth parent, who a child in care may be kept from, to the child by age, with a threat: "birth father messaging the
        // 13 yo saying hes outside her window tonight and will make her pay".
        S`(?:${adult}|birth (?:father|dad|mum|mother|parents?))${gap(5)} (?:messaging|texting|snapchatting|dming|ringing|calling|messaged|texted|rang) (?:her|him|them|${child})${gap(3)} (?:hes|he is|theyre|im) ` +
          S`(?:outside|at the (?:door|gate|window)|waiting (?:outside|for (?:her|him|them)))${gap(8)} ` +
          S`(?:pics?|pictures?|photos?|videos?|nudes|scared|terrified|crying|threat\w*|groom\w*|wont (?:go|leave)|met online|never met|make (?:her|him|them) pay|(?:hurt|get|kill) (?:her|him|them))`,
        // Followed, and still there: "a mans followed her home and is waiting at the end of the road, shes terrified".
        // "a man in a car keeps following the girl home and hes outside the house now"
        S`${man}s?${gap(5)} (?:followed|following|followin) ${child} (?:home|back|from|off|down|along|all the way|to)${gap(10)} ` +
          S`(?:is |s |now |still |hes )?(?:waiting|outside|hanging (?:about|around)|parked (?:up|outside)|standing (?:outside|there)|lurking)`,
        // Watching the home, and a threat for now: "man in a van keeps circling the home and just shouted hell get her tonight".
        S`${man}${gap(5)} (?:circling|driving (?:round|past)|hanging (?:about|around)|parked (?:up )?outside|waiting outside|watching|lurking (?:round|around|outside)) ` +
          S`(?:outside |near |by |round )?(?:the |our |her |his |their )?(?:home|house|unit|school|placement|flat)${gap(8)} (?:shouted|shouting|said|saying|says|texted|texting|yelled|yelling|threatened|threatening)${gap(3)} ` +
          S`(?:(?:hell|hes going to|hes gonna|theyll|theyre going to|theyre gonna) )?(?:get|take|grab|have|hurt|kill|snatch) ${child}(?: \S+)? (?:tonight|now|later|today|when (?:she|he|they) (?:comes?|gets?|leaves?))`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("in the house a lot").
    unless: new RegExp(S`${past.source}|\b(?:a lot|at weekends|every|always|often|sometimes)\b|${hallucinatedVisitor.source}`),
  },
];
