/**
 * The words of ./told-short.ts: a danger told in eight words or fewer, typed one-handed ("kidnapped", "gun. at the door.",
 * "seizure over 5 mins"). Each list is a line of alternatives a clinician can read; the situation decides how they combine.
 */

import { alt, gap, S } from './fragments';

/** Up to eight words: a longer message says more, and the other situations read it. */
export const SHORT = S`(?=(?:\S+ ){0,7}\S+$)`;

/** Someone there, or a cry for help: what makes a grave word a telling, not a topic ("knife crime" is a topic). */
export const someone = alt(
  S`she|he|they|shes|hes|theyre|her|him|them|kid|kids|baby|yp|staff|mum|dad|boy|girl|lad|lads|child|brother|sister|men|man|ex|family`,
  S`parents|foster (?:mum|dad)|carer|now|rn|help|sos|asap|ambulance|999|tonight|door|here`,
  // ("the younger one"; "other kid" is named by kid above.)
  S`(?:younger|little|older|other) one|resident|toddler|sibling`,
);

/** Signs it is happening now, for the dangers that are also everyday topics ("cutting her arms", "hitting his sister"). */
export const nowSign = alt(
  S`now|rn|right now|help|sos|asap|urgent|ambulance|999|wont stop|cant stop|(?:shes|hes) down|at the door|screaming|scared|terrified`,
  S`(?:hes|shes|theyre) at the (?:house|door|flat|school|unit|home)|got (?:him|her)|locked out|bleeding|stuck in \w+`,
  // A night hour typed as the time of writing: "2am shes cutting again".
  S`[1-5] ?am|midnight`,
  // Refusing to stop, threatening, or the body giving way: "wont drop blade", "knife under pillow, threatening", "laxatives, collapsing".
  S`wont (?:drop|put down|let go of|give (?:it|me) (?:up|back))|threatening|collapsing|collapsed|still (?:kicking off|going|attacking|at it|hitting|kicking)`,
  // The door locked on them: "cutting in the loo, lock on".
  S`lock on|door locked|locked in`,
);

/** Grave on their own, whoever is named: a body in trouble. */
export const unwellAlone = alt(
  // Fragments told with full stops between, a third author's: "sleeping and wont rouse", "hes turning grey", "17yo in labour bathroom",
  // "shaken baby limp", "heart stopped cpr going", "anorexic heart racing faint", "chest pain and pills", "prone gone quiet help",
  // "pills at party overheating", "acid attack his face", "pepper spray in eyes screaming", "gasping asthma no inhaler"
  S`(?:sleeping|asleep)${gap(2)} (?:wont|cant|not) (?:rouse|wake(?! (?:up )?(?:for|in time|early|on time)))|(?:turning|gone|going) grey|in labour${gap(2)} (?:bathroom|toilet|alone|bedroom)|\d+ ?yo in labour`,
  S`shaken baby|baby${gap(2)} limp|heart stopped|cpr (?:going|started|now|ongoing|in progress)|doing cpr|heart racing${gap(2)} faint`,
  S`chest pain${gap(2)} (?:pills|tablets|od|overdose)|(?:pills|tablets)${gap(2)} chest pain|prone${gap(2)} (?:gone quiet|not moving|not breathing|silent)`,
  S`(?:pills|tablets|mdma|ecstasy)${gap(3)} overheating|acid attack|pepper spray${gap(2)} eyes|gasping${gap(2)} asthma`,
  // "shes blacked out after ket", "hes gone purple", "dunno if hes breathing", "ambulance ambulance not waking" (an emoji read as its word)
  S`blacked out${gap(2)} (?:after|from|on) (?:the |some )?(?:ket|drink|vodka|pills|tablets|drugs|xans|xanax|bars|spice|pens?|mdma|gas|nos|balloons)`,
  S`(?:gone|going|turned|turning) purple(?! with (?:rage|anger|laughing|laughter|embarrassment))`,
  S`(?:dunno|dont know|not sure|cant tell|can t tell) if (?:hes|shes|theyre|he is|she is|they are|the baby is|baby is|babys) (?:still )?breathing`,
  S`(?:ambulance|999)${gap(2)} not waking|not waking${gap(2)} (?:ambulance|999)`,
  S`seizure (?:over|for|lasting|wont stop|not stopping)|frothing|foaming|unconscious|unresponsive|not breathing|eyes roll(?:ed|ing)`,
  S`gasping(?! for (?:a |some )?(?:brew|drink|tea|coffee|cuppa|milk|fag|ciggie|water))|hypothermic|turning blue|gone blue|going blue`,
  S`bleach (?:on|in) (?:her|his|their) (?:skin|eyes?|face)`,
  // "seizure 10 mins now", "cold and blue help", "purple face", "went limp", "hes blue round mouth", "bleeding from neck"
  S`choking (?:and )?(?:cant|cannot) (?:talk|breathe|speak|cough)|seizure (?:\d+|five|ten) ?(?:mins?|minutes)|cold and blue|blue and cold|purple (?:in the )?face(?! (?:from|with|after) (?:laughing|crying|running|shouting|screaming|coughing|the cold|cold|paint|face paint))|face (?:gone |going |turning |is )?purple`,
  S`(?:went|gone|going) limp|blue (?:a)?round (?:the |her |his )?mouth|bleeding from (?:her |his |their |the )?(?:neck|throat)`,
  // "plastic bag over head", "engine on in garage"
  // "found needle in her arm", "throat swelling after pills", "pulse weak, eyes closed", "tablets crushed in her drink"
  S`needle in (?:her|his|their) arm|throat swelling${gap(2)} (?:after|from)|pulse (?:weak|faint|barely)${gap(2)} (?:eyes|lips|not|cant|wont|cold|blue|grey|breathing)|(?:tablets|pills) crushed in (?:her|his|their) drink`,
  S`plastic bag (?:over|on|round) (?:her |his |their |the )?(?:head|face)|engine (?:on|running)${gap(3)} garage|garage${gap(3)} engine (?:on|running)`,
  // "locked himself in car exhaust running", "convulsing after the pen", "bleeding through towels"
  S`(?:locked|sat|sitting|shut) (?:\w+ )?in (?:the |a |his |her |their )?car${gap(2)} (?:exhaust|engine) (?:running|on)`,
  S`convulsing(?! with laughter)|bleeding (?:through|thru) (?:the |a |her |his |their )?(?:towels?|bandages?|dressings?|tea towels?|clothes|top|jumper)`,
  // "heard a bang from her room silence", "lad kicked in the head still down"
  S`(?:bang|thud|crash)${gap(4)} (?:silence|silent|no answer|not answering|no response|gone quiet|not responding)`,
  // "shes put her hand in the fire"
  S`(?:put|putting|held|holding|stuck) (?:her|his|their) (?:hand|arm|fingers?) (?:in|on|into) (?:the )?(?:fire|flames?|hob|oven)`,
  S`(?:kicked|punched|hit|stamped on|knocked|booted) (?:\w+ )?(?:in|on) the head${gap(3)} (?:still down|not moving|wont get up|not getting up|knocked out|out cold|not waking)`,
);

/** Harm to others: weapons and blows named with someone, or told as the event itself ("stabbed"). */
export const violence = alt(
  // Hurt by someone named, not by a sore knee: "foster dads hurting her she says" (not "her knee is hurting her").
  S`(?<!\b(?:knee|back|leg|arm|head|tooth|teeth|ear|tummy|stomach|belly|foot|feet|hand|wrist|ankle|neck|eyes?|throat|braces|shoes|it|this|that|cast|jab|stitches|scar) (?:is |are |s |keeps )?)hurting (?:her|him|me|them)(?! (?:feelings|sel(?:f|ves)))`,
  S`knife|knives|machete|gun|shotgun|rifle|axe|cleaver|sword|shank|stabbed|shot(?! by (?:a )?(?:paintball|nerf|water))|strangling|throwing bricks|bricks`,
  // "threatening school shooting now in class" (not a sport, a photo or a film, nor "shooting up", read as drugs)
  S`shooting(?! (?:stars?|range|practice|hoops|baskets?|goals?|pains?|photos?|pictures|a (?:video|film|scene)|up))`,
  S`throwing (?:furniture|chairs?|plates|glass|bottles) at`,
  S`(?:punching|hitting|kicking|biting|battering|attacking|stamping on) (?:the )?(?:night |day |other |new )?(?:baby|staff|foster \w+|carer|mum|nan|her|him)(?! (?:self|about))`,
  S`armed(?! (?:forces|services|with (?:a |the )?(?:list|pen|coffee|tea|questions|cake|snacks)))|crossbow`,
  S`beating (?:him|her|them) up|jumping (?:him|her|them)|stalker (?:at|outside)|choking (?:the |a |his |her |other |another )?(?:\w+ )?(?:resident|kid|child|boy|girl|baby|brother|sister|carer|staff|her|him)`,
);
export const violenceAlone = alt(
  // "gun in his hoody", "weapon under pillow planning tonight", "hunting him with bats", "gang on estate hes cornered", "just assaulted shes
  // w me", "sibling choking other sibling", "hes holding her under", "fire setting kids inside", "petrol threats lighter out", "shes threatening
  // baby", "smashing windows staff hurt", "they'll kill me he says"
  S`(?:gun|knife|blade|machete)${gap(1)} in (?:his|her|their) (?:hoody|hoodie|bag|pocket|waistband|coat)|weapon under (?:his |her |the )?pillow${gap(2)} planning`,
  S`hunting (?:him|her|them) with|(?:hes|shes|theyre) cornered|just assaulted|choking (?:the )?(?:other|younger|little|her|his) (?:sibling|brother|sister|one)`,
  S`holding (?:her|him|them) under|fire setting${gap(2)} (?:kids|children|people|someone) inside|lighter out|shes threatening (?:the )?baby|smashing windows${gap(1)} staff hurt`,
  S`(?:theyll|they will|hell|he will|theyre gonna|theyre going to) kill me`,
  // "bomb threat hes making a petrol thing"
  S`petrol (?:bomb|thing)|molotov|making (?:a )?(?:bomb|pipe bomb)`,
  S`driving (?:a )?stolen car at|throwing (?:bricks|stones|rocks) at|leaning out (?:of )?(?:the |a )?window${gap(2)} threatening`,
  // A weapon named and nothing else: "knife!!"
  S`^(?:a )?(?:knife|gun|machete)$|petrol (?:in|on|over|round|through) (?:the )?(?:hall|hallway|house|stairs|door|letterbox|bed|her|him)`,
  // "has dads shotgun", "pouring petrol in garden", "boys outside w balaclavas"
  S`(?:has|got|holding|took|taken|with) (?:a |the |his |her |\w+s )?(?:shotgun|gun|rifle|pistol|firearm)(?! (?:licen[cs]e|safety|course|club))`,
  // "screwdriver thru the door, were behind it", "crossbow in the garden, aiming at us"
  S`(?:screwdriver|knife|hammer|axe|bat|crowbar|machete) through (?:the |our )?(?:door|window)|aiming (?:it |a \w+ |the \w+ )?at (?:us|me|her|him|them|the (?:kids|house|window|staff))`,
  // "smashed bottle pointing at carer", "gun in his hand in the alley", "hes shooting at the house"
  S`(?:(?:bottle|knife|gun|blade|glass|machete) pointing|pointing (?:a |the )?(?:knife|gun|bottle|blade|glass)) at ` +
    S`(?:carers?|staff|her|him|them|me|us|the (?:carers?|staff|kids|baby|other \w+|younger \w+)|(?:his|her|their) \w+)|gun in (?:his|her|their) hand`,
  S`(?:hes|shes|theyre|someone|they are|he is|she is|someone is) shooting at`,
  // "on his way to do him in", "theyre coming to the home to get him"
  S`(?:on (?:his|her|their) way|gone|heading) (?:round |over )?to (?:do (?:him|her|them) in|(?:batter|stab|kill|shank|knife) (?:him|her|them))`,
  S`(?:theyre|they are|gang|men|lads|olders) coming (?:round |over )?to (?:the )?(?:home|house|flat|unit|school)${gap(1)} (?:to )?(?:get|grab|batter|stab|do|kill|jump) (?:him|her|them|us|me)`,
  S`pouring petrol(?! (?:in|into) (?:the |a )?(?:mower|lawnmower|car|tank|generator|strimmer|can))`,
  S`(?:(?:balaclavas?|masked (?:men|lads|boys))${gap(3)} (?:outside|at the door|in the garden)|(?:outside|at the door)${gap(3)} balaclavas?)` +
    S`(?!.*\b(?:snow\w*|cold|freezing|ski\w*|halloween|fancy dress|costumes?)\b)`,
);
/** Weapons and blows that are also everyday words: only with a sign of now ("hammer, staff locked out"). */
export const violenceNow = alt(
  S`hammer|screwdriver|bat|blade|hitting|kicking(?! off)|punching(?! (?:walls?|doors?))|hurt|assaulted|assaulting`,
);

/** Held, taken, abused or exploited. */
export const held = alt(
  S`kidnapped|abducted|snatched|grabbed (?:her|him|them) (?:and|into|in)|hostage|locked in|locking (?:her|him|them) in|bundled|driving off`,
  S`taking (?:her|him|them) to (?:the )?airport|plugging|sextortion|pimped out|being touched|raped|raping|locked (?:him|her|them) in|pimping (?:her|him|them) out`,
);
export const heldAlone = alt(
  // "taxi took her strangers", "bundled into car", "airport family taking her", "passport gone uncle driving", "fgm tonight cousins house",
  // "theyre cutting me sunday", "chained in shed", "starved locked in", "groomer here outside school", "grooming shes in his house",
  // "exploitation held at flat", "ransom text they have him"
  S`taxi took (?:her|him|them)${gap(1)} strangers|bundled into (?:a |the )?(?:car|van)|airport${gap(1)} family taking (?:her|him|them)|passport gone${gap(1)} (?:uncle|dad|mum|family|brother) driving`,
  S`fgm${gap(2)} (?:tonight|today|tomorrow|this weekend|cousins|aunties)|cutting me (?:on )?(?:sunday|saturday|tonight|today|tomorrow)|chained${gap(1)} in (?:the )?shed|starved${gap(1)} locked in`,
  S`groomer (?:is )?(?:here|outside)|grooming${gap(1)} (?:shes|hes) in his (?:house|flat|car)|held at (?:a |the |his )?flat|ransom|they have (?:him|her|them)$`,
  // "shes been moved to another city tonight", "uncles took her to the airport", "kid says hes back in me room", "men keep coming to
  // the room, hotel"
  S`(?:been|being) moved to (?:another|a different|a new) (?:city|town|country)${gap(1)} (?:tonight|now|rn)`,
  S`(?:uncle|auntie|aunt|dad|mum|family|cousin|brother|grandad|nan)s? (?:has |have |s )?(?:took|taken|taking) (?:her|him|them) to (?:the )?airport`,
  S`(?:hes|he is|hes come) back in (?:me|my) (?:room|bedroom|bed)`,
  S`men (?:keep )?(?:coming|came|come) (?:to|into|in) (?:the|her|my|his) room`,
  S`locked in (?:a |the )?(?:shed|car|boot|cupboard|room|garage|cellar|basement|van|loft)|grabbed off (?:the )?street`,
  S`(?:men|lads|older \w+)\b.*\bin (?:their|his) (?:flat|house|car|van)|snatched (?:from|off|at|outside)`,
  // "groomer picking her up in 10", "being driven to birmingham against will", "'help me' then a mans voice"
  S`(?:groomer|pimp|trafficker|dealer|olders?) (?:is |s )?(?:picking (?:her|him|them) up|collecting (?:her|him|them)|coming for (?:her|him|them))|against (?:her |his |their )?will`,
  S`help me${gap(3)} (?:a )?(?:mans|man s|mens|strange) voice`,
  // "men giving her drink in park", "adults giving drugs", "trafficked? lorry", "sold, texting from van"
  S`(?:men|older (?:men|lads|boys)|adults|grown ups) (?:giving|plying|feeding) (?:her |him |them )?(?:drink|alcohol|drugs|vodka|weed|pills)`,
  S`trafficked${gap(3)} (?:lorry|van|container|boat)|sold${gap(3)} (?:van|lorry|boot|container)`,
  // "'im in a house in bootle, scared", "'hes here' 2am, scared", "'theyre coming 4 me' hiding in bin"
  S`(?:im|i am) (?:in|at) (?:a|some) (?:\w+ )?(?:house|flat|car|van)${gap(3)} (?:scared|terrified|help)`,
  // "shes with the 40yr old now, hotel", "kid in my taxi says man following", "stranger lured her into car", "nonce in the park approaching lads"
  S`with (?:the |a |an )?(?:\d{2} ?(?:yr|year|yo)s? old|older (?:man|men|guy|bloke))${gap(3)} (?:hotel|flat|car|now)|(?:man|men|stranger|car|van) (?:is |are |s )?following(?: (?:us|her|him|them|me|the (?:car|taxi|bus)))?$`,
  S`lured (?:her|him|them) (?:into|in) (?:a |the |his )?(?:car|van|flat|house)|(?:nonce|paedo|pedo|paedophile|sex offender)${gap(6)} (?:approaching|talking to|following|grooming|touching)`,
  S`^(?:\w+ ){0,3}(?:dads|mums|dad is|mum is) taking (?:her|him|them)(?: now| rn)$`,
  // "man keeps her in the van", "gang made him get in car", "being sold, she said, in a flat", "stranger in the garden at her window"
  S`(?:man|men) keeps? (?:her|him|them) in (?:the |a |his )?(?:van|car|flat|room|house)|(?:gang|men|lads|they) made (?:him|her|them) get in (?:the |a |their )?(?:car|van)`,
  S`(?:being|been) sold${gap(4)} (?:flat|house|hotel)|stranger (?:in|at) (?:the )?(?:garden|house|door|window)(?! (?:centre|center|party|show))`,
  S`(?:man|someone|stranger) followed (?:her|him|them) home${gap(3)} (?:at the door|outside)`,
  S`(?:stepdad|step dad|abuser|perpetrator|mums boyfriend)\b.*\bback (?:at|in)\b.*\b(?:alone|on (?:her|his|their) own)`,
  S`(?:hes|theyre) here${gap(2)} (?:scared|terrified|hiding)|(?:theyre|hes) coming (?:for|4) (?:me|her|him|us)${gap(2)} hiding`,
  // "gang waiting outside school for him", "county lines lads picked him up", "sex offender at her door"
  S`(?:gang|dealers?|olders|county lines (?:lads|men|boys)|groomers?|traffickers?) (?:are |is )?(?:waiting|parked|sat) (?:outside|for|at)`,
  S`(?:county lines|gang|dealers?|olders|groomers?)(?: lads| men| boys)? (?:picked|picking|took|taken|collected|collecting|grabbed) (?:him|her|them)`,
  S`(?:nonce|paedo|pedo|paedophile|sex offender|groomer|abuser|perpetrator)${gap(2)} (?:at|outside) (?:her|his|their|the|our) (?:door|window|house|flat|school|home|gate)`,
  // "lads making her do things for drugs", "family taking her abroad tonight marry", "she rang from a strangers house drugged"
  S`(?:lads|men|boys|older \w+|dealers?|they) (?:are )?making (?:her|him|them) do (?:things|stuff|sexual \w+|sex stuff) (?:for|with)`,
  S`(?:taking|sending|flying) (?:her|him|them) (?:abroad|overseas|out of the country)\b.*\b(?:marr\w*|wedding|tonight|today|now)`,
  S`(?:drugged|spiked)\b.*\bstrangers?|strangers?\b.*\b(?:drugged|spiked)`,
  // "bloke in the park wiv our kid now", "theyve took her passport, flyin out today"
  S`(?:bloke|man|stranger|older (?:man|lad|bloke)|men)${gap(3)} (?:with|wiv|wi) (?:our|my) (?:kid|girl|boy|lad|little one|daughter|son|yp)(?: \w+)? now`,
  S`(?:theyve|they|they have|family|dad|mum|uncle) (?:took|taken|takin|have taken|has taken) (?:her|his|their) passports?${gap(4)} (?:flying|flyin|fly|airport|abroad|tonight|today)`,
  // "teacher saw bruises mum waiting outside"
  S`bruis\w*\b.*\b(?:mum|dad|stepdad|step dad|boyfriend|partner|uncle)(?: is| s)? (?:waiting|outside|at the (?:gate|door|school)|here to collect|collecting)`,
);
/** Held or made to carry, with a sign of now: "older lad making him carry now". */
export const heldNow = alt(
  S`county lines|trafficked|touched`,
  // "boys making her, in the park now"
  S`(?:boys|men|lads|older \w+) (?:are )?making (?:her|him|them)(?: do (?:stuff|things|it|sexual \w+))?(?= in | now| rn|$)`,
  // (Not a chore: "making him carry the shopping now".)
  S`making (?:him|her|them) (?:carry|deal|sell|hold (?:it|drugs))(?! (?:the |his |her |their |a |some |my )?(?:shopping|bags?|box(?:es)?|plates?|tray|stuff|books?|washing|bins?|logs?|water|chairs?|table))`,
);

/** The event in a word or two, with nothing else said: "stabbed"; "kidnapped" ("SOS" alone is a cry for help, cryAlone below). */
export const violenceEvent = alt(S`stabbed|shot`);
export const heldEvent = alt(S`kidnapped|abducted|snatched|hostage|held hostage|raped`);

/** A rope and where it hangs from: "rope. loft. lad. help." */
export const ligatureAlone = alt(
  S`(?:(?<!\b(?:skipping|tow|climbing|jump) )rope${gap(2)} (?:loft|banister|bannister|stairs|tree|beam|hook)|(?:loft|banister|bannister|beam)${gap(2)} rope)` +
    S`(?!.*\b(?:swing|hammock|tent|den|ladder|climbing|pulley)\b)(?<!\b(?:swing|hammock|tent|den|ladder|climbing|pulley)\b.*)|noose`,
);
export const ligature = alt(S`hanging(?! (?:out|up|around|about|round|baskets?|on|with|off))|ligature`);
export const selfHarmNow = alt(S`cutting|cut|hurting`);
/** Self-harm named with now, not help ("self harm help" asks for the entry): "URGENT self harm now". */
export const selfHarmAlone = alt(
  S`self ?harm(?:ing)? (?:happening )?(?:right )?(?:now|rn)$`,
  // A head banged till it bleeds: "pulled hair out. banging head bloody", "head banging, split open".
  S`(?:banging|bashing|smashing|hitting) (?:(?:his|her|their|own) )?head${gap(3)} (?:bloody|blood|bleeding|split|cut open)|head ?banging${gap(2)} (?:bloody|blood|bleeding|split)`,
);
export const swallowedNow = alt(S`tablets|pills|overdose|od|in agony|laxatives|whole (?:pack|packet|box|bottle)`);
/** Swallowed what poisons, or the signs after, with nothing else said. */
export const swallowedAlone = alt(
  // "overdose 20 mins ago", "swallowed packages pain", "drugs up his bum sick", "glass swallowed blood", "12yo on my methadone",
  // "promethazine loads seeing things", "codeine 40 vomiting"
  S`(?:overdose|od)${gap(1)} (?:\d+|ten|twenty|thirty) ?(?:mins?|minutes|hours?|hrs?) ago|swallowed (?:the )?packages|packages swallowed|drugs up (?:his|her) (?:bum|bottom)`,
  S`glass${gap(1)} swallowed|swallowed glass|on my methadone|(?:took|drank|had) (?:my|her|his|the) methadone|promethazine (?:loads|lots|\d+)|codeine \d{2,}`,
  // "bleach. swallowed. 3yo", "xanax bars whole strip"
  S`(?:bleach|rat poison|weed ?killer|antifreeze|dishwasher (?:tabs?|tablets?|pods?)|washing (?:pods?|tabs?|capsules?)|batter(?:y|ies)|magnets?)${gap(1)} (?:swallowed|drank|drunk|eaten|ate|licked)`,
  S`(?:xanax|xans|bars|pills|tablets|meds|paracetamol|co ?codamol|sertraline|fluoxetine)${gap(2)} whole (?:strip|pack|packet|box|bottle|sheet)`,
  // "toddler ate nicotine pouch", "licked rat poison", "eyes pinned after pills", "xanax bars slumped".
  S`(?:ate|eaten|eating|swallowed|drank|drunk|drinking|licked|chewed|chewing) (?:a |an |the |some |his |her |my )?` +
    S`(?:nicotine pouch(?:es)?|dishwasher (?:tabs?|tablets?|pods?|fluid|liquid|salt)|washing (?:pods?|tabs?|capsules?)|washing up liquid|bleach|rat poison|weed ?killer|antifreeze|vape liquid|e ?liquid|white spirit|screen ?wash)`,
  S`(?:eyes pinned|pinned pupils)${gap(2)} (?:after|from|on) (?:pills|tablets|drugs|xans|xanax|bars)|(?:xanax|xans|bars|pills|tablets) (?:\S+ )?(?:slumped|wont wake|cant wake)`,
  // "took od", told bare
  S`^(?:\w+ )?(?:took|taken|has taken|done|did|had) (?:an? )?(?:od|overdose)$`,
  // "pills. floor. cold."
  S`(?:pills|tablets)${gap(2)} (?:on the )?floor${gap(2)} (?:cold|blue|grey|floppy|not moving)`,
  // "breathing funny after pills"
  S`breathing (?:funny|weird|strange|slow|shallow|odd|wrong)${gap(2)} (?:after|from|on) (?:pills|tablets|drugs|xans|xanax|bars|vape|pens?)`,
);
export const intentAlone = alt(
  // "messaged goodbye cant reach", "bye everyone posted", "last message she says", "live streaming cutting", "razor wrists deep", "ligature
  // point shes tying", "tying sheets window"
  S`(?:messaged|texted|sent|posted) goodbye${gap(1)} (?:cant reach|not answering|phone off)|bye everyone|last message(?! (?:from|to|on|in|about|was|of|for))|live ?streaming${gap(1)} cutting|razor${gap(1)} wrists`,
  S`(?:shes|hes|theyre) tying|tying sheets${gap(1)} window`,
  // "shes thrown herself at a bus", "pls pls shes jumping", "voices telling him jump", "hearin voices says kill her sister"
  S`(?:thrown|threw|throwing|chucked) (?:her|him|them|my)sel(?:f|ves) (?:at|in front of|under|into) (?:a |the )?(?:bus|car|cars|train|lorry|van|traffic|road)`,
  S`^(?:(?:pls|please|plz|help|omg) )+(?:shes|hes|theyre|she is|he is) jumping$`,
  S`voices?${gap(1)} (?:telling|tell|tells|told|saying|says|say)(?: (?:her|him|them|me))?(?: to)? (?:jump|kill|hurt|stab|die|end)`,
  S`(?:tonight is the night|tonights the night|bye forever|goodbye (?:videos?|messages?|posts?) now|posting goodbye \w+ now)`,
  S`(?:killing|kill|end(?:ing)?) (?:(?:her|him|them|my) ?)?sel(?:f|ves) (?:tonight|now|rn)`,
  // "says gonna jump at lime st station", "'done' he said then locked bathroom"
  S`(?:gonna|going to|about to|wants to|threatening to) jump(?: \w+){0,3} (?:station|bridge|train|trains|roof|car park|flyover|tracks|cliff|pier|building|balcony|motorway)`,
  S`done${gap(4)} locked (?:in )?(?:the )?(?:bathroom|toilet|bedroom)`,
  // "hes jumped", told bare (not "jumped the queue")
  S`^(?:\w+ )?(?:hes|shes|theyve|he has|she has) jumped$`,
  // "she said 'its done, goodbye'"
  S`(?:its|it s) done${gap(1)} (?:goodbye|bye)$|(?:goodbye|bye)${gap(2)} (?:its|it s) done$`,
  // "'gonna drown myself' at beach now", "wants to die. has the tablets", "barricaded in, went quiet"
  S`(?:gonna|going to|about to) (?:drown|hang|kill|shoot|stab|burn) (?:my|her|him|them)sel(?:f|ves)${gap(4)} (?:now|rn|tonight|beach|river|bridge|station|docks|pier)`,
  S`wants? to die${gap(3)} (?:has|got|holding|with) (?:the |her |his |some |a )?(?:tablets|pills|knife|rope|blade|razor)`,
  S`barricaded${gap(3)} (?:gone|went|going) (?:quiet|silent)|(?:gone|went) (?:quiet|silent)${gap(3)} barricaded`,
);
export const water = alt(S`in the (?:mersey|river|canal|sea|docks?)`);
/** Roads: "ran into dual carriageway", "walking on the motorway". */
export const roadAlone = alt(
  // "lying in the bus lane, cars coming"
  S`(?:lying|lay|laid|sat|sitting|standing|stood) (?:down )?(?:in|on) (?:the )?(?:middle of the )?(?:road|bus lane|motorway|dual carriageway|railway|tracks|train tracks)${gap(3)} (?:cars?|traffic|lorr(?:y|ies)|buses|bus|trains?) (?:coming|going past|flying past)`,
  S`(?:ran|run|running|walked|walking|wandered|wandering|jumped) (?:in|into|onto|on|out (?:into|onto|on)) (?:the |a )?(?:middle of the )?(?:dual carriageway|motorway|traffic|busy road|main road|m\d+)` +
    // (Not a place on it: "walked into the main road cafe".)
    S`(?!(?: \w+)? (?:cafe|caff|shops?|chippy|pub|store|centre|garage|surgery|crossing))`,
);
/** Water and heights that need no one named: "fallen through ice at sefton park", "cut off by tide formby", "up the crane in town". */
export const waterAlone = alt(
  // "m57 hard shoulder walking", "at beach pockets full stones", "bath head under", "runcorn bridge hes there", "albert dock edge drunk",
  // "southport pier railings climbing"
  S`hard shoulder${gap(1)} walking|walking (?:on|along) (?:the )?hard shoulder|pockets full (?:of )?stones|bath${gap(1)} head under`,
  S`bridge${gap(1)} (?:hes|shes|theyre) (?:there|on it)|dock edge${gap(1)} drunk|pier railings${gap(1)} climbing`,
  // "otterspool prom in the water", "tied sheets to the window"
  S`(?:prom|promenade|docks?|pier|beach|marina|quay|otterspool|crosby|formby|seacombe|new brighton)${gap(3)} in the water(?!.*\b(?:dogs?|paddl\w*|swim\w*|ducks?|boats?|seals?)\b)`,
  S`tied (?:the |her |his |their )?(?:bed ?)?sheets (?:together|to the window|out (?:of )?the window)`,
  S`(?:fallen|fell|gone) through (?:the )?ice|cut off by (?:the )?tide|(?<!\bfeel\w* )swept (?:out|away)(?! by)|up (?:the|a) crane`,
  // "in the mersey", told bare
  S`^(?:\w+ )?in the (?:mersey|river|canal|docks?)$`,
  // "refuses to come out of the sea", "shes gone under"
  S`(?:refuses|refusing|wont come) (?:to come )?out of the (?:sea|river|water|canal|docks?)(?! (?:park|slide|fight|pistol|gun|balloons?))|(?:hes|shes|theyve|she has|he has) gone under(?:$| (?:the )?water)`,
  // "on the ferry rail, seacombe"
  S`on the ferry (?:rail|railings?|side|edge)|(?:climbed|climbing|over|sat on|standing on) the (?:rail|railings?) (?:on|of) the ferry`,
  // "walked into the mersey", "swimming out at formby dark", "she says the trains coming"
  S`(?:walked|walking|waded|wading|jumped|jumping) (?:in|into|out into) the (?:mersey|river|canal|docks?|marine lake)`,
  S`(?:swimming|swam|wading|waded) out${gap(3)} (?:dark|night|midnight|[1-5] ?am)`,
  S`(?<!\bon )the trains? (?:is |s )?coming(?! (?:home|back|in|at|soon|into|to|\d))`,
);
export const missingAlone = alt(
  // "missing from home crying on phone", "dont know where i am", "location unknown help me"
  S`missing from (?:home|care)${gap(1)} crying|dont know where i am|location unknown${gap(1)} help`,
  S`(?:gone|missing|run off|ran off|disappeared)\b.*\bleft (?:a )?note|left (?:a )?note\b.*\b(?:gone|missing)|insulin left`,
  // "8yo vanished from park"
  S`(?:\d+ ?yo|\d+ ?year old|toddler|little one|child|kid|baby) (?:has )?(?:vanished|disappeared|gone missing) (?:from|at|in|off)`,
  // "cant find him, police?"
  S`(?:cant|cannot|can not) find (?:him|her|them)(?: anywhere)?${gap(1)} (?:police|999)(?! (?:station|report|officer|number|address))`,
  // "missing age 11 since school no sign", "missing cuttin vids on story", "hasnt come back said its the end"
  S`missing\b.*\bno sign|(?<!\bgoing )missing (?:age |aged )(?:[1-9]|1[0-2])\b`,
  S`missing\b.*\b(?:cutting|cuttin|self ?harm\w*|blood\w*|goodbye|suicid\w*|overdose|tablets|pills)`,
  S`(?:hasnt|has not|not) (?:come|came|been) (?:back|home)\b.*\b(?:its the end|goodbye|bye forever|sorry for everything|end it)`,
  // "11yr old out alone at 2am in town", "shes got nowhere and its 2am raining"
  S`(?:out|wandering|walking|roaming) (?:alone|on (?:his|her|their) own)${gap(3)} (?:[1-5] ?am|midnight)`,
  S`(?:got nowhere|nowhere to (?:go|sleep|stay))${gap(4)} (?:[1-5] ?am|midnight|raining|freezing)`,
);

/**
 * A cry for help in so many words, no danger named: "need ambulance", "999 called hes bad", "code red", "sos from jess". Not "help" or
 * "urgent help" alone: those open the help card and the emergency card already.
 */
export const cryAlone = alt(
  S`need (?:an )?ambulance|ambulance needed|999 called|called 999|ringing 999|emergency at (?:the )?\w+|code red|p(?:ls|lease|lz) come(?: now| quick| asap| im scared)?$`,
  S`ring me now urgent|sos`,
  // "wont let ambulance in", "'help' then map pin"
  S`(?:wont|not|isnt) let(?:ting)? (?:the )?(?:ambulance|paramedics|police) in|help (?:then |and )?(?:a )?(?:map pin|dropped pin|location pin|live location)`,
);
