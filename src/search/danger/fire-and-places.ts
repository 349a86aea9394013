/**
 * Dangers of place: traffic, fumes, heights, fire, and a child acting on voices.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { past, pastUnlessToldAs } from './fragments-history';
import { calmAndNoThreat } from './fragments-now';
import { stuckInTraffic, railGot, onTheLine, railNear, fuelUse, fireNow } from './fire-and-places-words';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const fireAndPlacesSituations: Situation[] = [
  // "running in and out of the traffic saying the voices told her to"
  {
    name: 'in-traffic',
    when: b(
      [
        // Getting out of a car as it moves: "keeps saying 'im not safe' and is trying to get out of the moving car".
        S`(?:trying to|tried to|about to|going to) (?:get|jump|climb|throw (?:her|him|them)sel(?:f|ves)) out of (?:the |a )?moving (?:car|vehicle|van|taxi)(?!.*\b(?:film|movie|game|tv|show|gta)\b)`,
        // Told short: "lying in middle of road".
        S`(?:lying|laying|lay|sat|sitting|standing|stood) in (?:the )?middle of (?:the |a )?(?:road|motorway|dual carriageway|street)`,
        // Or on a level crossing: "stood on the level crossing and the barriers are coming down", "just stepped onto the level crossing".
        S`(?:running|walking|standing|stood|lying|sitting|sat|wandering|dodging|stepping|stepped|jumping|weaving|cycling|darting)${gap(4)} (?:in|into|out into|in and out of|onto|on|across|along) (?:the )?(?:\S+ )?(?:traffic|motorway|train tracks|railway line|railway|tracks|dual carriageway|hard shoulder|level crossing)`,
        // In front of the traffic on purpose: "running out in front of cars on purpose on the main road" (not nearly, by accident).
        S`(?<!\bnearly )(?:running|run|ran|stepping|stepped|walking|walked|jumping|jumped|darting|throwing (?:her|him|them)sel(?:f|ves)) (?:out )?in front of (?:the |a )?(?:cars?|traffic|buses|bus|lorr(?:y|ies)|vans?|trains?)`,
        // A little one out on the road: "3 yr old got out the gate and is on the main road, cars are swerving".
        S`(?:toddler|baby|little one|\d ?(?:yo|yrs? old|years? old))${gap(8)} (?:is|s|are|now|gone|got|went|ran|run|wandered)(?: out)? (?:on|onto|in|into|in the middle of) the (?:main |busy )road`,
        // On the phone at the platform, waiting for the train, wanting company till it comes: "wants me to stay on till it comes".
        S`waiting for (?:a |the |the next )?train${gap(10)} (?:wants|asked|asking|begging|wanted) (?:me|us|you) to (?:stay on|stay with (?:her|him|them))(?: the phone)? (?:till|until) (?:it|the train|one) (?:comes|arrives|gets here)`,
        // Still on a track, said as "the track": "standing on the track at hall road" (not a running track).
        S`(?:standing|stood|lying|laying|lay|sitting|sat|kneeling|waiting) (?:on|across|in the middle of) (?:the )?(?:(?:train |railway |tram )?(?:track|rails)|(?:train|railway|tram) line)` +
          S`(?!.*\b(?:running|athletics|sports|race|relay|pe|stadium|field|bmx|go ?karts?|laps?|phone|hold)\b)`,
        // Got down onto the line, by a station or with trains about: "jumped the fence onto the tracks at the station, trains still
        // running", "hes on the line and the trains are still coming" (not a running track, nor the line of a phone).
        S`(?:${railGot})${gap(4)} ${onTheLine}${gap(12)} ${railNear}`,
        S`${railNear}${gap(10)} (?:${railGot})${gap(4)} ${onTheLine}\b`,
        // Waiting for a train where it kills: "hes at the level crossing waiting for a train".
        // Not waiting at the barrier for one to pass, in the car.
        S`(?:level crossing|train tracks|railway line|railway|tracks)${gap(4)} (?:waiting|wait|waits) for (?:a |the |the next )?train(?! to (?:pass|go|come|clear))` +
          S`(?<!${stuckInTraffic}.*)(?!.*${stuckInTraffic})`,
        // "walking down the middle of the dual carriageway", "playing chicken on the slip road"
        S`middle of the (?:\S+ )?(?:road|dual carriageway|carriageway|motorway)`,
        S`playing chicken`,
        // At the platform edge as trains come: "keeps stepping over the yellow line as trains come in".
        S`(?:stepping|stepped|steps|standing|stood|leaning|walking|going|hanging|jumping) (?:over|past|across|beyond) the (?:yellow|white|safety) line`,
        S`(?:platform edge|edge of the platform)${gap(6)} (?:trains?|tracks?)`,
        // And will not step back: "teen on platform edge, school tie is a sefton school, refusing to move back".
        S`(?:platform edge|edge of the platform)${gap(12)} (?:refusing|refuses|wont|will not) (?:to )?(?:move|come|step|get) (?:back|away)`,
        // Getting out of a moving car: "opened the door on the motorway trying to jump out".
        S`(?:motorway|dual carriageway|moving car|moving van|while (?:im|were|i am|we are|i was|we were) driving|car (?:is|was) moving)${gap(12)} ` +
          S`(?:trying to|tried to|about to|going to|gonna|threatening to) (?:jump|throw (?:her|him|them)sel(?:f|ves)|climb|fall) out`,
        S`(?:trying to|tried to|about to|going to|gonna|threatening to) (?:jump|throw (?:her|him|them)sel(?:f|ves)|climb) out${gap(8)} (?:motorway|dual carriageway|moving|while (?:im|were|i am|we are|i was|we were) driving)`,
        // A little one out alone towards traffic: "wandered out the garden gate towards the main road".
        S`(?:wandered|toddled)${gap(5)} (?:towards|to|onto|into|on) the (?:main|busy) road`,
        // Or gone quiet out there: "shes waded out and gone quiet".
        S`(?:swimming|swam|wading|waded|walking|walked) (?:out|into the sea|in the sea|into the river|in the river|into the water)${gap(10)} ` +
          S`(?:drunk|at night|in the dark|cant see|tide|high|gone (?:quiet|under|silent)|went under|disappeared)`,
        // Cut off by the sea: "the tide is coming in and shes sat on the sandbank refusing to move".
        S`tide (?:is |s )?(?:coming|come|comes) in${gap(8)} (?:sat|sitting|standing|stood|stuck|refusing|wont (?:come|move)|cut off)`,
        S`(?:sat|sitting|standing|stood|stuck|refusing|wont move)${gap(8)} tide (?:is |s )?(?:coming|come|comes) in`,
      ].join('|'),
    ),
    // History, caught and brought back, or a lesson on roads.
    unless: new RegExp(
      S`${past.source}|\b(?:(?:caught|grabbed|stopped) (?:him|her|them)|got (?:him|her|them) back|road safety|green cross code)\b|` +
        // Thought of and turned from: "thought about jumping in front of a train but decided not to".
        S`\b(?:decided not to|changed (?:her|his|their|my) mind|didnt go through with it|didnt do it)\b|` +
        // A thought that comes, said not to be acted on: "sometimes i think about jumping in front of a car but i wouldnt actually".
        S`\bsometimes (?:i |she |he |they )?(?:think|thinks|thought) about\b(?=.*\b(?:wouldnt|would not|wont|will not|never would)\b)`,
    ),
  },
  // "locked herself in the car in the garage with the engine running"
  {
    name: 'fumes',
    when: b(
      [
        // The gas on, and why: "gas on full says wants to die".
        S`gas (?:is |s )?(?:on|turned on|left on|hob on)${gap(4)} (?:wants? to die|kill (?:her|him|them|my)sel(?:f|ves)|end it|die|be dead)`,
        // Head in the oven and the gas on: "she say she going to put her head in the oven and she turn the gas on, i smell it".
        S`head in (?:the |a )?oven(?! (?:cleaning|to clean|scrubbing))${gap(8)} gas (?:on|is on)|(?:turn|turned|turns|turning|put|putting) (?:the )?gas on${gap(6)} head in (?:the |a )?oven`,
        S`(?:engine|car) (?:is |was |still )?running${gap(8)} (?:garage|locked|shut|hose|pipe)`,
        S`(?:garage|locked|shut|hose|pipe)${gap(8)} (?:engine|car) (?:is |was |still )?running`,
        S`(?:hose|hosepipe|pipe) (?:from|on|into|in) (?:the )?exhaust`,
        // Shut in the car and the engine started: "she locked herself in car and started the engine in the garage".
        S`(?:locked|shut) (?:her|him|them)sel(?:f|ves) in (?:the |a |her |his |their )?car${gap(8)} (?:started|starting|starts|turned on|switched on) (?:the )?(?:engine|car)(?!${gap(4)} (?:drove|drive|driving|went|headed|set off))`,
        S`(?:bbq|barbecue|barbeque|disposable bbq|heater|generator|camping stove)${gap(4)} (?:inside|in) (?:the |a |her |his |their )?(?:tent|caravan|bedroom|room|car|van)`,
        // Or a flame threatened to it: "gas on all 4 rings no flame and she says shell strike a match".
        S`(?:gas|oven|hobs?|rings) (?:is |was |are )?(?:on|turned on|left on)${gap(6)} (?:locked|shut|head in|not lit|no flame|unlit)`,
        S`(?:gas|hobs?|rings|oven)${gap(12)} (?:strike|light|lighting|striking|flick|flicking) (?:a |the |her |his |their )?(?:match|matches|lighter)`,
        S`(?:locked|shut)${gap(6)} (?:the )?(?:gas|oven) (?:is |was )?(?:on|turned on|left on)`,
        // The gas turned on and staying with it: "kid says hes turned the gas on at home and hes not leaving".
        S`(?:turned|put|switched|left) (?:the |all the )?(?:gas|gas taps|gas hob|gas rings) on(?! (?:for|to cook|to heat))${gap(8)} ` +
          S`(?:(?:hes|shes|theyre|im|he is|she is|they are|i am) not (?:leaving|coming out|getting out|going anywhere)|(?:wont|will not) (?:leave|come out|get out))`,
        // "smell of gas in his room, hes locked the door and stuffed towels under it"
        S`smell(?:s|ing)? (?:of )?gas${gap(12)} (?:locked|shut|towels?|stuffed|wants to die|kill|end it|wont come out|wont open|(?:turned|put|switched) (?:on )?(?:all )?(?:the )?(?:hobs?|gas|oven|rings))`,
        // The gas on, and a threat to blow up: "smell of gas and hes got the hob on saying hell blow the place up".
        S`(?:gas|hobs?|oven|cooker)${gap(10)} (?:blow|blowing) (?:up )?(?:the (?:place|house|flat|home|building|kitchen)|us|us all|everyone|it|(?:her|him|them|my)sel(?:f|ves))(?: all)?(?: up)?`,
        // "put the hob on with no flame", "turned all the hobs on and is sitting in the kitchen"
        S`(?:turned|put|switched|left) (?:on )?(?:all )?(?:the |every )?(?:gas )?(?:hobs?|rings?|oven|cooker)${gap(2)}(?: on)?${gap(8)} (?:no flame|not lit|unlit|without lighting|locked the|(?:locked|shut) (?:her|him|them)sel(?:f|ves)|wants to die|kill|end it)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "thinks were demons and is trying to climb out the window", "the voices are telling her to jump, shes heading for the bus stop"
  {
    name: 'psychosis-acting',
    when: b(
      [
        // Told he must kill someone, or herself: "psychotic episode, yp says he needs to kill his carer to save the world", "says the tv is
        // talking to her and she has to kill herself to stop it".
        S`(?:voices?|devil|demons?|spirits?|psychotic|psychosis|possessed|hallucinating|(?:tv|telly|radio) (?:is |s )?(?:(?:talking|speaking) to|sending (?:her |him |them |me )?messages))${gap(10)} ` +
          S`(?:needs? to|has to|have to|must|got to) (?:(?:kill|stab|hurt) (?:his|her|their|the|my|our) \S+|(?:kill|hurt|cut|hang|drown|burn) (?:her|him|them|my)sel(?:f|ves))|` +
          S`(?:voices?|devil|demons?|spirits?|psychotic|possessed|hallucinating)${gap(14)} (?:trying to|tried to|about to|started to) ` +
          S`(?:climb|jump|cut|stab|burn|hurt|kill|drown|hang)`,
        // Frightened by what is not there, and hurting whoever comes near: "hiding under the table screaming theres people in the walls
        // coming to get him and he bit me when i went near".
        S`(?:people|men|monsters|someone|voices|things) (?:in|behind|inside) the walls?${gap(4)} (?:coming to get|after|going to (?:get|kill|hurt)|watching)${gap(10)} ` +
          S`(?:bit|hit|kicked|punched|scratched|attacked|lashed out at|went for) (?:me|us|staff|her|him|them)`,
        // Told to harm someone, and near them: "the devil wants him to hurt his baby sister, hes stood over her cot"
        S`(?:voices?|devil|demons?|spirits?|god)${gap(2)} (?:wants?|telling|told|tells|says) (?:him|her|them|me) to (?:hurt|kill|stab|harm|drown|smother)${gap(10)} ` +
          S`(?:stood over|standing over|leaning over|next to|holding|(?:picked|picking) (?:\S+ )?up|grabbed|got hold of|carrying)`,
        // Hearing them tell him to kill the teller, as it happens: "hes hearing them tell him to kill me, hes staring at me".
        S`(?:is|s|hes|shes|theyre) (?:hearing|listening to) (?:them|voices?|the voices?|things)${gap(2)} (?:tell|telling|saying) (?:him|her|them) to (?:kill|hurt|stab|attack) (?:me|us)`,
        // Told by voices to jump, said plainly: "proper not right, says voices telling him jump".
        S`^(?!.*\b(?:what|whats|hallucinations|used to)\b).*\bvoices?${gap(1)} (?:are |is )?(?:telling|tell|tells|saying|says) (?:her|him|them|me) (?:to )?jump(?! (?:rope|on the trampoline))`,
        // At an edge, and told by voices to jump: "stood right at the edge of the platform at the station, hes saying voices are telling him to jump".
        S`(?:edge of|on|at) the (?:platform|bridge|roof|cliff|tracks|ledge|balcony|railings?)${gap(12)} voices? (?:are |is )?(?:telling|told|tell|saying) (?:her|him|them|me) to (?:jump|step|go|walk)`,
        // Told by voices to step onto the railway or into traffic: "were at lime street and a boy says the voices are telling him to step onto the tracks".
        S`voices? (?:are |is )?(?:telling|tell) (?:her|him|them|me) to (?:step|jump|walk|run|go) (?:onto|on to|on|in front of|off|into) (?:the |a )?` +
          S`(?:tracks|line|railway|road|train|bridge|roof|platform edge|water|river|canal|motorway|traffic|cars?|lorry|bus)`,
        // Seeing someone dead who wants her with them: "says she can see her dead brother in the room and he wants her to join him".
        S`(?:can see|sees|seeing|hearing|hears|talking to) (?:her|his|their|my) (?:dead|late) \S+${gap(6)} (?:wants?|telling|told|tells|says|asking) (?:her|him|them|me) to ` +
          S`(?:join|be with|come with|go with) (?:him|her|them)|` +
          S`voices? (?:are |is )?(?:telling|told|tell|saying) (?:her|him|them|me) to (?:jump|cut|hurt|kill|die|walk|run|step|drown|burn|hang)${gap(12)} ` +
          S`(?:heading|gone|walking|on (?:her|his|their) way|now|right now|trying)`,
      ].join('|'),
    ),
    // History, or voices heard as a pattern to support ("most days").
    // Or calm now, said so.
    // Or a story told: "she wrote a poem about seeing her dead brother who wants her to join him".
    unless: new RegExp(
      S`${past.source}|\b(?:most days|all the time|sometimes|often|every (?:day|night))\b|\b${calmAndNoThreat}\b|\b(?:poem|story|essay|song|lyrics|film|book|play|dream|dreamt|dreamed) (?:about|where|that)\b`,
    ),
  },
  // "climbed up the scaffolding next door and is swaying", "trying to get out of the upstairs window"
  {
    name: 'climbing-high',
    when: b(
      [
        S`(?:climb\w*|up on|on top of|halfway up|sat on|sitting on|standing on|stood on|balancing on|hanging off) (?:up |onto |on |to the top of )?(?:the |a )?(?:\S+ )?` +
          S`(?:scaffold\w*|crane|pylon|chimney|water tower|telegraph pole|lamp ?post)`,
        S`(?:climb\w*|getting|get|got|jump\w*|hanging) out (?:of )?(?:the |her |his |their |a )?(?:upstairs|top floor|loft|attic|(?:first|second|third|\d+(?:st|nd|rd|th)) floor) window`,
        // Said she will jump from the window, and it is open: "she jump from the ward window when nurse leave, window is open".
        S`jump (?:from|out of|off) (?:the )?(?:\S+ )?window${gap(8)} (?:window (?:is )?open|is open|open now)(?!.*\b(?:fire alarm|fire drill|for (?:some )?air)\b)`,
        S`(?:trying to|about to|going to) (?:climb|get|jump) out (?:of )?(?:the |her |his |their |a )?(?:\S+ )?window`,
        // A way down from up high: "tying bedsheets together at the 3rd floor window"
        S`(?:tying|tied|knotting|knotted) (?:the |her |his |their )?(?:bed ?sheets?|sheets|duvet covers?|curtains)${gap(2)} together${gap(6)} (?:window|balcony|roof)`,
      ].join('|'),
    ),
    // History, or a worry about what might happen.
    unless: new RegExp(S`${past.source}|\b(?:might|in case|worried (?:he|she|they)(?:ll| will| might))\b`),
  },
  // "smoke coming from under her door", "she set it alight"
  {
    name: 'smoke-or-flames',
    when: b(
      [
        // Or through the ceiling: "playing with matches in the loft, smoke coming down through the hatch".
        S`(?:smoke|flames?|fire) (?:is |are )?(?:coming|pouring|billowing|coming out|seeping)(?: down| up| out)? (?:from (?:under )?|out of |under |through )(?:her|his|their|the|a) (?:\S+ )?` +
          S`(?:door|room|bedroom|window|flat|bathroom|hatch|ceiling|floor|floorboards|loft|roof|vent)`,
        // "kids set the wheelie bins alight by the house": a word may name which.
        S`(?:set|setting) (?:it|the|her|his|their|our|some) (?:(?:wheelie |recycling |kitchen |bathroom |bedroom |garden |big )?(?:bed|bedding|room|bedroom|curtains|mattress|house|flat|duvet|sofa|bins?|shed|fence|car|hedge|garage) )?(?:alight|on fire|ablaze)`,
        // "fire in the kids bedroom, he set it", "smoke everywhere"
        S`fire in (?:the|her|his|their|my|our) (?:\S+ )?(?:bedroom|room|house|flat|kitchen|lounge|bathroom|hallway)${gap(4)} (?:set it|started it|lit it|spreading|smoke|cant get)`,
        S`smoke everywhere`,
        // Someone not out: "fire alarm going and one child missing from the headcount"
        S`fire alarm${gap(4)} (?:child|kid|yp|one|someone|lad|girl|boy)${gap(2)} (?:missing|unaccounted|not accounted for)`,
        // Fuel poured where people live: "pouring lighter fluid on her bed", "on the bins by the house" (not a bonfire's).
        S`(?:pouring|poured|spraying|sprayed|splashing|splashed|dousing|doused|soaking|soaked)(?<!${fuelUse}.*)(?!.*${fuelUse})${gap(2)} (?:petrol|lighter fluid|accelerant|white spirit|paraffin|lighter gas)${gap(2)} ` +
          S`(?:on|over|onto|round|all over|across) (?:(?:her|him|them|my)sel(?:f|ves)|(?:her|his|their|the|my|our) (?:wheelie )?(?:bed|bedding|mattress|duvet|carpet|curtains|sofa|room|bedroom|clothes|hair|floor|stairs|door|shed|garage|car|van|house|flat|caravan|fence|front door|back door|bins?))`,
        // Fuel and a flame, together in hand: "shes sat in the garage with petrol and a lighter" (not lighting the bbq, nor kept locked away).
        S`(?:petrol|lighter fluid|accelerant|white spirit|paraffin|diesel|jerry can|petrol can|fuel can)(?<!${fuelUse}.*)(?!.*${fuelUse})(?!.*\b(?:stor\w*|lock\w* (?:away|up)|safely)\b) ` +
          S`(?:and|with|plus|\S+ and) (?:a |some |the |her |his |their )?(?:lighter|matches|a match|zippo)`,
        // Fuel poured anywhere, and a flame at hand: "hes pouring petrol in the garden with a lighter" (not lighting the bbq).
        S`(?:pouring|poured|spraying|sprayed|splashing|splashed|dousing|doused)(?<!${fuelUse}.*)(?!.*${fuelUse})${gap(2)} ` +
          S`(?:petrol|lighter fluid|accelerant|white spirit|paraffin|diesel)${gap(6)} (?:lighter|matches|a match|light it|set (?:it|fire)|flick\w*)`,
        ...fireNow,
      ].join('|'),
    ),
    // History, unless the telling turns to now: "her last placement broke down after she set fires, now shes set her duvet alight".
    unless: pastUnlessToldAs(S`now (?:shes|hes|theyve|theyre|she has|he has|they have) (?:just )?(?:set|setting|lit|started)`),
  },
  // Metal or fingers in a live socket: "the young person has her fingers in the plug socket with a fork".
  {
    name: 'live-socket',
    when: b(
      S`(?:fingers?|hand|fork|knife|key|pin|paper ?clip|scissors|screwdriver|wire|metal \S+)${gap(6)} (?:in|into) (?:the |a )?(?:plug |electric |electrical |wall |mains )?sockets?`,
    ),
    // History, a habit or a question of prevention, or the socket made safe.
    unless: new RegExp(
      S`${past.source}|\b(?:covers?|guards?|protectors?|safety plugs?|childproof|child ?proof|prevent|stop (?:her|him|them)|keeps|always|every time|used to)\b`,
    ),
  },
];
