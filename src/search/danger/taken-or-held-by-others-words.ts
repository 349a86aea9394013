/** The words of ./taken-or-held-by-others.ts: strangers, exploiters and the signs of a child taken or held. */

import { alt, gap, S } from './fragments';
import { historyPhrases } from './fragments-history';
import { collectSoon, exploiter, letOut, snatching, thingsKept } from './taken-or-held-words';
import { heldToldShort } from './taken-or-held-told-short';

/** Taken, held, or kept from leaving. */
export const held = alt(
  heldToldShort,
  // Someone not theirs coming to take a child who is afraid to go: "her dads friend is coming to get her at 6 like he did last week
  // and she doesnt want to go" (not a parent, a carer or a taxi: contact a child is reluctant about).
  S`(?:friend|man|bloke|boyfriend|stranger|lads?|men|someone|somebody)${gap(1)} (?:is |are )?(?:coming|gonna come|going to come) (?:round )?to (?:get|collect|pick up|take) (?:her|him|them)` +
    S`${gap(14)} (?:doesnt|does not|dont|do not|wont|will not) want to go`,
  // Called to them now by those who exploit them: "gone out saying the traffickers rang and he has to go to them now".
  S`(?:traffickers?|exploiters?|dealers?|(?:the|his|her|their) olders|(?:the|his|her|their) elders|the gang)${gap(6)} (?:rang|called|phoned|messaged|texted|want|wants|told)${gap(6)} (?:has|have|got|needs?) to (?:go|get|meet|see) (?:to )?(?:them|him|her)${gap(2)} (?:now|right now|tonight)`,
  // Drugged and shut in a room with lads who keep her friends out: "someone drugged her at the party, her mates say shes asleep in a
  // bedroom with some lads and they wont let them in".
  S`(?:drugged|spiked|passed out|unconscious|out of it|out cold)${gap(16)} (?:lads|men|boys|blokes|guys)${gap(4)} (?:wont|will not|refus\w* to) let (?:them|us|me|anyone|her \w+|his \w+) in`,
  // A threat to silence the child, and the one who made it keeps the door: "the grandfather whispered to the kid hell kill her mum if
  // she says anything, and now hes refusing to leave and blocking the door".
  S`(?:kill|hurt|stab|batter|get)${gap(12)} (?:refusing|refuses|wont|will not) (?:to )?leave${gap(2)} (?:and )?(?:is )?(?:blocking|standing in|stood in|in front of) (?:the )?(?:door|doorway|exit|way out)`,
  // "wont give our girl back", "on a train to london with a man she met online"
  S`(?:man|men|guy|bloke|adult|stranger)${gap(2)} (?:wont|will not|refusing to|refuses to) (?:give|bring|hand) (?:our|the|my|her|him|them)(?: \S+)? back`,
  S`with (?:a|the|an older) (?:man|guy|bloke|adult) (?:she|he|they) met online`,
  // "taken to a flat in blackpool by dealers", "they wont let me go home"
  S`taken (?:him |her |them )?to a (?:flat|house|hotel|trap house)${gap(4)} by (?:dealers|men|a gang|older \S+|some \S+)`,
  // Moved away by those who exploit them: "county lines lot took him to blackpool", "the dealers have taken her to a flat".
  S`(?:county lines?|dealers?|gang|the line|the olders)${gap(2)} (?:took|taken|have taken|has taken|moved|trafficked|driven|drove) (?:him|her|them) (?:to|out to|up to|down to|over to)`,
  S`(?:they|he|she|them|men)${gap(1)} (?:wont|will not) let (?:me|her|him|them) (?:go|leave)`,
  // About to be collected by one who exploits them: "the man she calls her boyfriend is picking her up in 20 minutes to take her to a
  // party" (not "her boyfriend picks her up from college").
  S`${exploiter}${gap(4)} (?:is |are |s )?(?:picking (?:her|him|them) up|collecting (?:her|him|them)|coming (?:to (?:get|collect|pick up|take) |for )(?:her|him|them)|sending (?:a )?(?:car|taxi|uber) for (?:her|him|them))${gap(10)} ${collectSoon}`,
  // "unknown adult collected our yp from school pretending to be family"
  S`(?:unknown|strange|unfamiliar) (?:adult|man|woman|person|bloke|car)${gap(2)} (?:collected|picked up|took|has taken)`,
  S`pretending to be (?:family|her \S+|his \S+|their \S+|mum|dad)`,
  // "got in a car with 2 grown men", "pulled a 7yo into a taxi outside school"
  S`(?:got|getting|gone) (?:in|into) (?:a|the|his|their) (?:car|van|taxi) with (?:\d+ |two |three |some |an? )?(?:older |grown |adult )?(?:men|man|guys?|blokes?|adults?|strangers?)`,
  // Seen getting in: "someone saw her get into a taxi with two older men".
  S`(?:saw|seen|watched|spotted) (?:her|him|them) get (?:in|into) (?:a|the|his|their) (?:car|van|taxi) with (?:\d+ |two |three |some |an? )?(?:older |grown |adult )?(?:men|man|guys?|blokes?|adults?|strangers?)`,
  // Gone off with a grown man: "13yo went off at break with a man in his twenties".
  S`(?:went|gone|walked|wandered) off${gap(4)} with (?:a|an|some|two|three|\d+) (?:older |grown |adult )?(?:man|men|bloke|blokes|guy|guys|adults?)` +
    S`(?: in (?:his|their) (?:20s|twenties|30s|thirties|40s|forties|50s)| (?:she|he|they) (?:doesnt|dont) know| weve never seen)`,
  // Waiting outside to take a child kept from them by order: "mums boyfriend is parked outside waiting to take her, theres a no contact order".
  S`(?:parked|waiting|sat|sitting|outside)${gap(4)} to (?:take|grab|get|collect|snatch) (?:her|him|them)${gap(12)} (?:no contact|not allowed|non molestation|court order|isnt allowed|shouldnt)`,
  S`(?:no contact|not allowed|non molestation|court order)${gap(12)} (?:parked|waiting|sat|sitting) (?:outside|at the gates?)${gap(4)} to (?:take|grab|get|collect|snatch) (?:her|him|them)`,
  // "just watched a man drag one of our girls into a car", as it happens or told after.
  S`(?:woman|women|man|men)${gap(3)} ${snatching} (?:a |an |our |the |one of (?:our|the|my) )?\S+${gap(4)} into (?:a|the|his|her|their) (?:car|van|taxi)`,
  S`(?:older|grown) (?:guy|man|bloke)${gap(2)} picked (?:her|him|them) up${gap(10)} (?:never seen|dont know|stranger|\d+ mins? ago)`,
  S`with (?:the|a|some) (?:man|guy|bloke|adult) (?:from|she met|he met) online${gap(3)} (?:now|right now|tonight|in a hotel)`,
  S`(?:dragged|bundled|pulled|forced|pushed)(?: (?:her|him|them|our \S+|the \S+|\S+))?${gap(2)} ` +
    S`(?:into|in) (?:a|his|their|the) (?:car|van|taxi)`,
  // "shes been taken by a man in a black audi", "picked up by an older man", "put in a car by the men who run the line"
  S`(?:been|was|got|just been) (?:taken|grabbed|snatched|dragged|bundled|pulled|picked up|put in (?:a|the|his|their) (?:car|van)) (?:away |off )?by (?:a|an|some|two|three|the|these) (?:older |grown )?(?:man|men|adults?|strangers?|blokes)`,
  // "a man in a white van just pulled one of our girls in"
  S`(?:man|men|adult|stranger|bloke)${gap(6)} ${snatching} (?:her|him|them|one of (?:our|the|my) \S+|our \S+|my \S+)${gap(2)} (?:in|into)`,
  // Taken by whoever was in a car: "car pulled up and took our 13yo".
  S`(?:car|van|taxi|motorbike|moped)${gap(2)} (?:pulled up|pulled over|pulled alongside|stopped|drove up|screeched up)${gap(4)} (?:and )?` +
    S`(?:took|taken|grabbed|snatched|bundled|dragged|pulled|picked up) (?:our|my|the|a|her|him|them|one)`,
  // The number plate taken down after: "took our 13yo, staff got the reg".
  S`(?:took|taken|grabbed|snatched|bundled|dragged) (?:her|him|them|(?:our|my|the|a|one of (?:our|the|my)) \S+)${gap(8)} ` +
    S`(?:got|have|has|took|noted|wrote down|taken|getting) (?:the |a |its |their |part of the )?(?:reg|registration|number plate|plate)`,
  // Laid hands on a child as it happens: "bloke in the park has been following our kids and just grabbed one by the arm".
  S`(?:man|men|woman|adult|stranger|bloke|guy|someone|somebody)${gap(10)} (?:just|has just|now|is) (?:grabbed|grabbing|snatched|seized|got hold of) ` +
    S`(?:one|her|him|them|(?:one of )?(?:our|the|my) \S+)${gap(2)} by (?:the|her|his|their) (?:arm|wrist|hand|hair|hood|coat|collar|neck)`,
  // Or holding on and not letting go: "an adult at the bus stop has got hold of her arm and wont let go".
  S`(?:man|men|woman|adult|stranger|bloke|guy|someone|somebody)${gap(6)} (?:has |s |just |has just |is |now )?(?:got hold of|grabbed|grabbing|holding|gripping|seized) ` +
    S`(?:her|him|them|(?:her|his|their) (?:arm|wrist|hand|hair|hood|coat|collar|neck))${gap(4)} (?:and )?(?:wont|will not|refus\w* to) let (?:go|(?:her|him|them) go)`,
  // Shut in a car boot: "yp says theyre in the boot of a car", "shes locked in the boot", "they put him in the boot"
  // (not the wellies: "theyre in the boot of the car").
  S`(?:says|said|saying|texted|texting|messaged|messaging|rang|ringing|phoned|calling|screaming|whispering)${gap(2)} ` +
    S`(?:im|shes|hes|theyre|i am|she is|he is|they are) (?:locked |stuck |trapped |tied up )?in (?:the|a) (?:car |van )?boot`,
  S`(?:im|shes|hes|theyre|i am|she is|he is|they are) (?:locked|stuck|trapped|tied up) in (?:the|a) (?:car |van )?boot`,
  S`(?:put|locked|shut|stuffed|threw|thrown|bundled|forced|tied) (?:her|him|them|me|(?:our|my|the) \S+)(?: up)? in(?:to)? (?:the|a) (?:car )?boot`,
  S`(?:grabbed|snatched|took|taken) (?:her|him|them)${gap(3)} (?:and )?(?:driven|drove|ran|run) off`,
  S`driven off with (?:her|him|them)`,
  // (Not a child who clings to the carer at bedtime: "screams for hours and wont let the carer leave the room".)
  S`wont let (?!(?:the|her|his|their) carers? )(?:me|her|him|them|us|our \S+|my \S+|the \S+) (?:${letOut}|leave|go(?! to (?:sleep|bed))|come home|come back)`,
  // Not things kept in the house: "adhd meds kept in the house".
  // "locked in a hotel room", "locked in the back room"
  S`(?:locked|kept|held|trapped)(?<!\b${thingsKept} \w+) in (?:a|the|his|their) (?:back |hotel |dark |box |side )?(?:room|bedroom|flat|house|car|van|cellar|shed)`,
  // Someone has shut the child in: "her boyfriend has locked her in a room" (not the teller: "we locked him in his room").
  S`(?<!\b(?:we|i|ive|weve|staff|carers?) (?:have |had )?)(?:locked|kept|shut|trapped) (?:her|him|them|me) in (?:a|the|his|their) (?:room|bedroom|flat|house|car|van|cellar|shed|cupboard|bathroom|garage|loft|attic|basement)`,
  S`(?:being|been) kept in`,
  // Shut in by others: "theyve locked him in and are making him bag up", "the doors been locked from outside by her boyfriend".
  S`(?:theyve|they have|theyre|they|men have|hes|shes) locked (?:her|him|them|me) in\b`,
  S`(?:door|doors)${gap(3)} (?:been |is |s |was )?(?:locked|bolted|padlocked) (?:from (?:the )?outside|on the outside)${gap(12)} (?:terrified|scared|crying|help|cant get out|wont let|boyfriend|back later|begging|screaming|banging|let (?:her|him|them|me) out)`,
  // In the boot: "texted in the boot of a car help".
  S`(?:im|shes|hes|theyre|locked|shut|stuffed|put (?:her|him|them|me)|texted|messaged|rang) in (?:the|a) (?:car )?boot|boot of (?:a|the|his|their) (?:\S+ )?car${gap(2)} help`,
  // In a vehicle with strangers, or not knowing where: "in a van on the motorway with men she doesnt know",
  // "in the back of a van and doesnt know where theyre going, the men took her phone".
  S`(?:shes|hes|theyre|im|she is|he is|they are|i am) in (?:the back of )?(?:a|the|his|their|some) (?:\S+ )?(?:car|van|taxi|lorry)${gap(10)} ` +
    S`(?:(?:men|man|people|lads|guys|adults)(?: (?:she|he|they|i))? (?:doesnt|dont|does not|do not) know|(?:took|taken) (?:her|his|their|my) phone|wont let (?:her|him|them|me) out)`,
  // Beaten and kept in: "rang from a flat, says they beat him and hes not allowed out".
  S`(?:beat|beaten|battered|hurt|hit|threatened|beating)${gap(6)} (?:not allowed|cant|wont let (?:me|her|him|them)) (?:out|to leave|to go|leave|go)\b`,
  // Locked in and stripped of the means to leave: "rung me from a flat, men have locked the door and taken her shoes".
  S`(?:locked|blocked) (?:the )?doors?${gap(4)} (?:and )?(?:taken|took|got) (?:her|his|their|my) (?:shoes|phone|keys|clothes|coat|money|passport)`,
  // Moved by others and cut off: "dropped in a flat over the water and someones took his phone".
  S`(?:dropped|taken|left|moved)${gap(2)} (?:in|at|to) (?:a|some) (?:flat|house|trap house)${gap(10)} (?:took|taken|has|have got) (?:his|her|their) phone`,
  // A debt, and a threat: "a pic of our yp tied to a chair saying pay what he owes or else".
  S`(?:pay|send) (?:what (?:he|she|they) owes?|the money|up)${gap(2)} or (?:else|well|theyll|hell|youll)`,
  // Made to go with them: "told get in the car or theyd hurt her little sister".
  S`get in(?:to)? (?:the|a|his|their) (?:car|van|taxi)${gap(2)} or (?:they|theyd|theyll|he|hed|hell|she|shed|shell)${gap(1)} (?:hurt|kill|stab|batter|beat|hit|harm|do|get)`,
  // Transport paid by a stranger: "picked up by a taxi paid for by someone she met online".
  S`(?:taxi|uber|car|train|tickets?|coach)${gap(2)} (?:paid for|booked|sent|ordered) by (?:someone|a man|an adult|an older|a stranger|some)${gap(4)} (?:met online|online|never met|(?:doesnt|dont) know)`,
  // At the airport with a man: "i think shes being trafficked, shes at the airport right now with an older man".
  S`(?:at|in) (?:the )?(?:airport|departures|ferry port)${gap(6)} with (?:an |a |some )?(?:older )?(?:man|men|adult|bloke|stranger)`,
  // Tied up in the house while the one who does it is out: "his sister has been 'grounded' in the loft and tied to a radiator when
  // their stepdads out, hes out now".
  S`(?:shes|hes|theyre|she is|he is|they are|been|being|gets|getting|kept) (?:\S+ ){0,10}(?:tied|chained|handcuffed|cuffed|taped|strapped) (?:up )?to (?:a|the|her|his|their) (?:radiator|chair|bed|bedpost|pipe|post|table|railings)(?! legs?\b)`,
  // Shown tied up: "her mum sent me a picture of her tied to a chair with 'this is what happens when you go to the police'".
  S`(?:pic|pics|picture|photo|video|snap|selfie)s? of (?:her|him|them|our \S+|the \S+|my \S+) (?:tied|taped|chained|gagged|bound|tied up)\b`,
  // Collected by a stranger who lied: "picked up by an unknown woman who said she was his aunty. he has no aunty. 15 minutes ago".
  S`(?:picked up|collected|taken)${gap(3)} by (?:an? |some )?(?:unknown|strange|unfamiliar) (?:woman|women|man|men|adult|adults|person|people|lady|bloke)\b(?!.*\b(?:turned out|its fine|all fine)\b)`,
  // In the car of one who exploits them now: "collected from school by her 'cousin' who we now know is a trafficker, shes in his car".
  S`(?:exploiter|groomer|trafficker|pimp|dealer)s?${gap(10)} (?:shes|hes|theyre|she is|he is|they are) (?:now |still )?in (?:his|their|the|her) (?:car|van)`,
  // Going back out to work for them now: "just come back with 300 quid and a bag and says hes going back out to finish the job for the olders".
  S`(?:going|heading|goes|gone) (?:back )?out${gap(8)} for the (?:olders|olders lot|dealers?|gang|line|elders)`,
  // Taken by one who exploits them: "his brother whos a known exploiter took him".
  S`(?:exploiter|groomer|trafficker|pimp)s?${gap(4)} (?:took|taken|picked up|collected|has) (?:her|him|them)\b`,
  S`taken (?:her|him|them) to (?:a|his|their) (?:house|flat)`,
  S`got (?:me|her|him|them) in (?:the|his|their|a) (?:car|van)`,
  S`got in(?:to)? (?:his|their) (?:\S+ )?(?:car|van)`,
  S`got in(?:to)? (?:a|the) (?:\S+ )?(?:car|van) with (?:a man|men|an adult|older|strangers?|some \S+)`,
  S`(?:taken|snatched|grabbed|abducted|kidnapped)${gap(7)} (?:in|into) (?:a|his|their|the) (?:\S+ )?(?:car|van)`,
  S`(?:has been|been|was|just been) (?:abducted|kidnapped|snatched)`,
  S`(?:coming|going) to (?:get|take|grab) (?:her|him|them)${gap(6)} (?:tonight|now|today|terrified|scared)`,
  // "says hes coming tonight to get her and hurt us"
  S`(?:coming|going) (?:tonight|now|today|round|over) to (?:get|take|grab) (?:her|him|them)${gap(2)} (?:and )?(?:hurt|kill|batter|stab|beat|attack)`,
  // "unknown men just took our girl from outside the home"
  S`(?:men|women|adults|strangers)${gap(3)} (?:took|taken|grabbed|snatched|dragged|bundled) (?:our|my|her|his|the|a) (?:\S+ )?(?:girl|boy|lad|kid|child|yp|son|daughter|baby|toddler)`,
  // Or the child named by pronoun, and where from: "men took her from the park 10 mins ago".
  S`(?:men|man|women|adults?|strangers?|blokes?|gang)${gap(3)} (?:took|taken|grabbed|snatched|dragged|bundled) (?:her|him|them) (?:away )?(?:from|off the (?:street|road|bus)|outside)`,
  // "picked up from the school gate by older men, shes in their car now" (not a pattern: "is being picked up at the gates by
  // an older man in a car, has a new phone", a worry to share with her social worker).
  S`(?<!\b(?:is|are|keeps|keep|been|regularly|often) (?:being |getting )?)(?:picked up|collected|taken|grabbed|snatched)${gap(5)} by (?:an? |some |two |three |\d+ )?(?:older |grown |unknown )?(?:men|man|adults?|strangers?|blokes?)${gap(6)} (?:in (?:their|his|a|the) (?:car|van)|now|screaming)`,
  // Not "cant get out of the house" for anxiety, or "out of his own head", or out of the car at school; nor out of a flashback:
  // "when someone shouts im back there and i cant get out of it".
  // Nor asked why, of a child in care: "what do i say when she asks why she cant go home".
  // Nor told by the court or the social worker: "a child whos just been told they cant go home to mum".
  S`(?<!\b(?:why|wy|y|how come) (?:she|he|they|i|you) )(?<!\btold (?:that )?(?:she|he|they|i|you) )cant (?:get out|leave|go home|escape|get away)(?! of it\b(?<=\b(?:back there|flashbacks?|nightmares?|memor(?:y|ies)|in my head)\b.*))` +
    S`(?! of it\b.*\b(?:flashbacks?|nightmares?|memor(?:y|ies))\b)(?! (?:of )?(?:the house|home|bed|(?:her|his|their|my) (?:own )?(?:head|room|bed)|the car (?:at|outside|for|on the school run)))` +
    // Nor a placement ending: "i cant go home, my carer says theyre giving notice".
    S`(?!.*\b(?:giving|given|gave|served|handed in) (?:(?:her|him|them|us|me) )?notice\b)`,
  // Not things kept safe: "keeps the bleach locked in the cupboard".
  S`(?:locked|trapped|shut)(?<!\b${thingsKept}(?: (?:is|are|gets?|stays?|kept|always|safely))? \w+) in (?:a|the|his|their) (?:cupboard|bathroom|toilet|garage|loft|attic|basement)`,
  // Not one the police took them from: "got arrested in a trap house in Southport"; nor one sung of: "a 'trap house' their lad
  // keeps mentioning in songs, is it just lyrics".
  S`(?<!\b(?:arrested|raided|recovered|rescued)(?: \S+){0,3} )trap house(?!.*\b(?:in (?:his |her |their |the )?(?:songs?|lyrics|raps?|tracks?)|just (?:lyrics|a song|music))\b)`,
  S`owe them${gap(6)} (?:cant|come get|help|scared|wont let|phones? (?:is |are )?(?:now )?off|not answering)`,
  // (Not what the teller took: "messages off someone older on tiktok, ive took the phone off her".)
  S`(?:adult|man|woman|stranger|someone|somebody|people)${gap(5)} (?<!\b(?:i|ive|we|weve|i have|we have|i had|we had) )(?:has |have )?(?:taken|took|snatched|grabbed|dragged) (?:our|my|her|his|the|a) \S+`,
  S`(?:trying to|tried to|keeps trying to) (?:open|get out of|jump out of) (?:the )?(?:car|van|taxi)(?: door)?`,
  S`(?:has |have |just )?(?:snatched|abducted|kidnapped) (?:the|a|our|my|her|his|their) \S+`,
  S`put (?:her|him|them) in (?:a|his|their|the) (?:taxi|car|van)`,
  // Trafficked, threatened, and about to be let go with nowhere to go: "suspected trafficked, says theyll kill his family, being
  // released to the street tonight, no placement arranged".
  S`(?:trafficked|exploited|threat\w*|kill)${gap(20)} (?:being )?(?:released|discharged|let out|bailed)${gap(6)} (?:tonight|today|now)${gap(6)} no (?:placement|bed|address|accommodation|where to go)`,
  // "our 12 year old got in a strangers car outside the park"
  S`(?:got|get|getting|gone|went|climbed) (?:in|into) (?:a |the )?(?:strangers?|strange (?:mans?|womans?)|unknown|random (?:mans?|blokes?|lads?)) (?:car|van)`,
  S`wont (?:hand|give) (?:her|him|them|the \S+) back`,
  S`tried to (?:get|pull|drag) (?:her|him|them) (?:in|into)`,
  S`pulled (?:her|him|them) (?:in|into)`,
  // "holding him til he pays the debt"
  S`(?:keeping|holding) (?:her|him|them) (?:at|in|(?:till|til|until) (?:he|she|they) (?:pays?|gives?|hands?|brings?))`,
  S`(?:taken|took|snatched|grabbed) (?:the|a|our) (?:baby|toddler|child|kid|little one)`,
  S`come (?:and )?get me`,
  S`(?:man|woman|adult|stranger|someone|somebody|bloke)${gap(6)} trying to (?:collect|take|pick up|get|grab)${gap(6)} (?:child|her|him|them|our|my|the)`,
  // "her dad has just taken her from contact, hes not allowed her, hes driving off"
  S`(?:taken|took|collected|picked up|snatched) (?:her|him|them) (?:from|out of) (?:school|contact|placement|nursery|the home|the unit|college)${gap(8)} ` +
    S`(?:without permission|not answering|isnt answering|not safe|police|unsupervised|court order|no contact order|` +
    S`not allowed (?:to have |to see |near )?(?:her|him|them)(?! (?:overnight|overnights|to stay|for (?:the )?(?:weekend|night))))`,
  // "older bloke keeps turning up at the home, hes outside now trying to get in"
  // A stranger trying the doors: "a man in a van keeps circling the home and has just got out and is trying the door".
  S`(?:man|men|bloke|guy|adult|stranger|someone|somebody|van|car)${gap(12)} (?:is|s|now|just|keeps|outside) (?:trying|tried|rattling|rattled|testing|pulling at) ` +
    S`(?:the |our |all the )?(?:front |back )?(?:doors?|door handles?|handles?|windows?)(?! (?:on|for|in)\b)`,
  S`(?:man|men|bloke|guy|adult|stranger|someone|somebody)${gap(10)} outside${gap(2)} trying to (?:get|break|force (?:his|their|her) way) in`,
  // Kept in by a locked door: "dad has locked the door and wont let the supervisor or the boy out"
  S`(?:locked|blocked|blocking|barricaded) (?:the |all the |both )?(?:front |back )?(?:doors?|exits?)${gap(6)} (?:wont|will not|isnt|not|refusing to|refuses to) let${gap(4)} ` +
    S`(?:me|her|him|them|us|anyone|anybody|staff|supervisor|worker|carer|boy|girl|kids?|children|child|baby|lad|yp) (?:${letOut}|leave|go)`,
  S`(?:owes?|owed) (?:money|them|him|her)${gap(8)} (?:has|have|theyve|hes|shes|theyre|s)? ?got (?:him|her|them)`,
  S`(?:has|have|theyve|hes|shes) got (?:him|her|them)${gap(10)} (?:video|photo|pic|picture|bruised|beaten|ransom|wont let)`,
  // "dealers are holding him, theyve sent us a video" (not holding him back, or to account)
  S`(?:dealers?|gangs?|the olders|older (?:men|lads|boys)|men|county lines?|the line)${gap(2)} (?:are |is |have been |been |s )?(?:holding|keeping|kidnapped) (?:her|him|them)` +
    S`(?! (?:back|down|up|close|tight|accountable|responsible|to account|supplied|busy|sweet|quiet|on side|in line)\b)`,
  // Threatened, and coming back: "just threatened our yp, says hes coming back for him".
  S`(?:threatened|threatening|threats?)${gap(8)} (?:hes|shes|theyre|theyll|hell|shell|is|are)? ?(?:coming back|coming|come back) for (?:her|him|them|you|us)\b(?! (?:stuff|things|bags?|coat|phone|keys|clothes|money|school|room)\b)`,
  // Snatched from school or contact by someone in no state: "dad took her from the school gate, hes drunk".
  S`(?<!\b(?:i|we|ive|weve|staff|carers?|taxi|escort|driver) )(?:took|taken|grabbed|snatched|dragged) (?:her|him|them) (?:from|out of) (?:the )?` +
    S`(?:school|contact|nursery|college|placement)(?: (?:gates?|centre))?${gap(8)} (?:drunk|high|off (?:his|her|their) face|screaming|kicking and screaming)`,
);
/**
 * History, but not what someone "has done before": "wont let her out of the flat and has taken her phone off her before"
 * tells why she is at risk now, not this told as over.
 */
export const pastNotPriorDeed = new RegExp(
  S`\b(?<!\blike (?:he|she|they) (?:did|done) (?:it )?)${alt(...historyPhrases.map((p) => (p.includes('before') ? S`(?<!\b(?:has|have|hes|shes|theyve|hasnt|havent)(?: \S+){1,6} )${p}` : p)))}\b`,
);
