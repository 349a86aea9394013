/**
 * Wanting to die, with a time that is soon or a place to do it.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { intent, now } from './fragments-now';
import { dropOrWater, goneQuiet, unreachable } from './fragments-reach';
import { askedWhenSaidNotNow, dangerPlace, lovedOnes, meansAtHand, wishDeniedForNow } from './intent-to-die-words';

/** A child, or whoever is with them. */
const who = alt(
  'she',
  'he',
  'they',
  'shes',
  'hes',
  'theyve',
  'yp',
  'cyp',
  'child',
  'kid',
  'lad',
  'girl',
  'boy',
  'i',
  'we',
  'her',
  'him',
  'them',
  'me',
  'my',
  'im',
  'ill',
  'ive',
  'imma',
  // "says shell do it once everyones asleep"
  'shell',
  'hell',
  'theyll',
);
/** The moment no one is watching: "when i leave the room", "as soon as staff go". */
const unwatched = S`(?:as soon as|when|once|the (?:moment|minute|second)) (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|out|asleep)`;
/** Soon enough to act on now, for a threat to die: "not gonna be here tomorrow", "doing it friday". */
const soon = alt(
  now,
  'tomorrow',
  'later',
  'this weekend',
  'on (?:my|her|his) birthday',
  S`(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
  // The moment no one is watching: "will do it as soon as i leave".
  S`as soon as (?:i|you|u|we|staff|everyone|everyones|mum|dad|she|he|they)(?: \S+)? (?:leave|leaves|go|goes|gone|left|asleep|out)`,
);
/** Said as "it": only with a time that is now ("doing it when everyones asleep"). */
const vagueIntent = alt('doing it', 'do it', 'use it', 'using it', 'take them', 'taking them');
/** Afraid of dying, not wanting to: "i think im going to die", "feels like hes going to die". */
const fearOfDying = S`(?:think|thinks|thought|feel|feels|felt|feeling|scared|convinced)(?: like)? (?:im|shes|hes|theyre|i am|she is|he is|they are|i was|she was|he was) (?:going to|gonna|about to) die`;
/** A panic: "heart starts racing", "panicky", "chest goes tight". */
const panicSign = S`(?:heart (?:\S+ )?(?:racing|races|race|pounding|pounds|thumping|going mad|beating fast)|panic\w*|chest (?:\S+ )?tight)`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const intentToDiePlansSituations: Situation[] = [
  // "im doing it when everyones asleep", "hes using it tonight"
  {
    name: 'intent-soon',
    when: b(
      [
        // A parent's pills ready for them both: "his mum told him to come to her flat and she has the pills ready 'for both of us'".
        S`(?:pills|tablets|rope)${gap(3)} (?:ready|waiting|sorted)${gap(3)} for (?:both of us|the two of us|us both)(?!.*\b(?:hay ?fever|vitamins?|antibiotics|travel sickness|holiday)\b)`,
        // Going out "with a bang", at school or gone: "vanished with a laptop and says online hes going to 'go out with a bang' at school
        // tomorrow" (not a leavers party or a last day).
        S`(?:going to|gonna|will|ll) go out with a bang(?!.*\b(?:party|leavers|prom|fireworks|retire\w*|last day|birthday|gig|show|performance)\b)`,
        // A parent's end planned for the child too: "mum said at contact shes going to take the baby and 'end it for both of us' then left".
        S`(?:end|finish) it (?:all )?(?:for|with) (?:both of us|the two of us|us both|both of them|the two of them|all of us|me and (?:her|him|the baby))`,
        // A carer, with the children, about to do something and the children better off without her: "carer phoned crying, shes going to do
        // something stupid and the kids are better off without her, shes at home with 3 children".
        S`(?:going to|gonna) do something (?:stupid|silly)${gap(8)} better off without (?:her|him|me|them)`,
        // Driving to crash, now: "he going to drive the car fast into wall, he is driving now, i am in the car with him".
        S`(?:drive|driving|crash|smash) (?:the |his |her |their |a )?car${gap(3)} (?:into|in to|off) (?:a |the )?(?:wall|tree|bridge|lorry|river|sea|cliff)` +
          S`${gap(10)} (?:driving now|is driving|hes driving|shes driving|in the car)`,
        S`better off without (?:her|him|me|them)${gap(8)} (?:going to|gonna) do something (?:stupid|silly)`,
        // Going into the water with a farewell, or at a height with legs over: "goin in the water at waterloo. tides in. tell them it
        // wasnt their fault", "im on my mates balcony, legs over".
        S`(?:going|goin|gonna go) (?:in|into) the (?:water|sea|river|mersey|canal)${gap(10)} (?:tell (?:them|mum|her|him|everyone)|(?:wasnt|not) (?:their|your|anyones) fault|goodbye|bye|sorry|love you)`,
        S`(?:on|at) (?:my |a |the |her |his )?(?:\w+s )?(?:balcony|roof|ledge|bridge)${gap(2)} legs (?:over|dangling)`,
        // Told short, at the water: "near the mersey saying jumping in", "bath running says drowning self".
        S`(?:mersey|river|canal|docks?|sea|beach|lake|reservoir|bridge|pier|marina|quay)${gap(3)} (?:saying|says|said|screaming|shouting) (?:shes |hes |theyre |im )?(?:jumping|getting) in`,
        S`(?:saying|says|said) (?:shes |hes |theyre |im )?(?:drowning|going to drown|gonna drown) (?:her|him|them|my)?sel(?:f|ves)`,
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${intent}${gap(6)} ${soon}`,
        S`${who}(?: (?:is|are|am|m))?(?: (?:going to|gonna|will|ll))?${gap(2)} ${vagueIntent}${gap(6)} ${now}`,
        S`(?:killing ${who}self|doing it|using it)${gap(4)} ${now}`,
        // All of her pills, and when: "told me shell take all her pills when she gets in because she cant live with it".
        S`(?:shell|hell|theyll|she will|he will|they will|(?:is|s|are) going to|(?:is|s|are) gonna) (?:take|swallow|neck|down|have) (?:all|the lot|all of) (?:her|his|their|the) (?:pills|tablets|meds|medication|medicine)${gap(3)} ` +
          S`(?:when (?:she|he|they) (?:gets?|get) (?:in|home|back)|tonight|later|after school|when (?:shes|hes|theyre|she is|he is|they are) home)`,
        // The means at hand and a time in the school day: "ive got the tablets with me and im doing it at lunch".
        S`(?:tablets|pills|rope|knife|blade|noose)${gap(10)} ${vagueIntent} (?:at (?:lunch|lunchtime|break|breaktime|home time|bedtime)|after school)`,
        // Said as "it", and up high: "going to do it this time, hes at the open window".
        S`(?:going to|gonna|about to|will|ll) (?:do it|jump(?! at the chance))${gap(6)} (?:at|on|by|near|out of|leaning out of|hanging out of|sat in|sitting in|standing in) (?:the |an |a |her |his |their )?` +
          S`(?:open window|window ledge|window ?sill|ledge|roof|balcony|edge|railings)`,
        // "i think hes going to do it this time", "messaged ive done it this time and now isnt answering"
        S`(?:hes|shes|theyre|im|he is|she is|they are|i am) (?:going to|gonna|about to) (?:do it|go through with it) this time(?! (?:round|properly|right|next)\b)(?!.*\b(?:test|exams?|driving|revised|interview|audition)\b)`,
        S`(?:ive|shes|hes|theyve|i have|she has|he has) (?:done it|gone and done it) this time${gap(6)} ${unreachable}`,
        // How many it takes, looked up tonight: "tonight it is different ... she has been looking up how many tablets it takes. shes upstairs".
        S`(?:looking up|looked up|googling|googled|searching|searched)${gap(3)} how many (?:tablets|pills|paracetamol)${gap(4)} (?:it takes|to die|would kill|kill you)` +
          S`(?=.*\b(?:tonight|upstairs|different)\b)`,
        // Voices naming the time, the means at hand: "the voices say tonights the night, walking the landing with a bag of her tablets".
        S`voices? (?:say|says|saying|said|telling (?:her|him|them)|tell (?:her|him|them))${gap(2)} (?:tonights the night|tonight|its time|to do it)` +
          S`(?=.*\b(?:tablets|pills|meds|knife|blade|rope|cord|belt|bridge|train)\b)`,
        // Or with a farewell: "texted me 'ive done it this time, sorry for being a burden'".
        S`(?:ive|i have) (?:done it|gone and done it) this time${gap(3)} ${alt('sorry', 'burden', 'goodbye', 'bye', 'love you', 'forgive me')}`,
        // The rest of a medicine, to be taken at a time named: "told her friend shes taking the rest of her mums pills after school".
        S`(?:shes|hes|theyre|she is|he is|they are|im|i am)(?: going to| gonna)? (?:taking|take) (?:(?:the rest of |all of |the whole of |all )(?:her|his|their|my|the|mums|dads|nans)|(?:her |his |their )?(?:mums|dads|nans|someone elses)) (?:\S+ )?(?:pills|tablets|meds|medication|medicine)` +
          S` (?:after school|tonight|later|today|at lunch|when (?:she|he|they|i) gets? home|once everyone is asleep)`,
        // Or "already", then gone quiet or alone: "she said ive already done it then hung up, carer is out, shes home alone".
        S`(?:ive|i have) (?:already |just )?(?:done it|gone and done it)\b(?! (?:before|again|twice|loads|for|at|in)\b)${gap(6)} (?:${goneQuiet}|home alone|on (?:her|his|their) own|` +
          // Or too late, and where unknown: "'ive already done it, its too late' - shes 15, with a friend, i dont know where".
          S`(?:its|it is) too late|(?:dont|do not) know where (?:(?:she|he|they) (?:is|are)|shes|hes|theyre)\b|(?:dont|do not) know where$)`,
        // A plan written down and dated for now: "showed me a plan in her notes app, the date is today" (not a care plan or a
        // meal plan; not "the plan for today").
        S`(?<!\b(?:care|meal|safety|support|behaviour|lesson|pathway|discharge|transition|pep|education|health|birth|travel|exit|business|revision) )plan` +
          S`${gap(10)} (?:the date (?:is|says|on it is)|dated|its dated) (?:today|tonight)\b`,
        // "has a plan and the means", "has a plan and the stuff to do it"
        S`plan (?:and )?means (?:and )?(?:date|time|timing)|(?:has|got) (?:a |the )?plan and (?:the )?(?:means|(?:stuff|things|kit) to do it)`,
        S`(?:got|have|bought|taking|took|packed) (?:the |a |some |my |her |his )?(?:rope|noose|ligature)(?! (?:cutters?|knife|knives|kit|scissors)\b)(?!.*\b(?:swing|climbing|camping|scouts|den|tent|tug of war)\b)${gap(8)} ${soon}`,
        S`tell ${lovedOnes} (?:im sorry|i love)`,
        S`(?:saving|saved|hoarding|stockpiling) (?:up )?(?:my|her|his|their)? ?(?:tablets|pills|meds)${gap(6)} (?:doing it|do it|take them|${soon})`,
        S`(?:goodbye|letters? to (?:each|all|every(?:one|body)?))${gap(14)} (?:pills|tablets|rope|knife|blade|paracetamol|bleach)`,
        S`(?:pills|tablets|rope|knife|blade|paracetamol)${gap(14)} (?:goodbye|letters? to (?:each|all|every(?:one|body)?))`,
        // The means in hand, to be used once alone: "holding his mums old pills, says hes going to take them when i leave the room".
        // Or if anyone comes near: "in the shower with the belt from her jeans and says if we come in shell do it".
        S`${meansAtHand}${gap(12)} (?:${vagueIntent} ${unwatched}|(?:if|when|once) (?:we|i|you|u|staff|anyone|anybody|someone|mum|dad) ` +
          S`(?:come|comes|try|tries|go|goes|open|opens|get|gets|step|steps)${gap(2)} (?:shell|hell|theyll|ill|she will|he will|they will|i will|(?:shes|hes|theyre|im) (?:going to|gonna)) ${vagueIntent})`,
      ].join('|'),
    ),
    // "wants to die her hair blue" is dye, misspelt.
    // "i dont know why i do it" is a child explaining an outburst; "said months ago she wanted to die" is history.
    // Denied by the teller: "not saying she wants to die", "hasnt got a plan".
    unless: new RegExp(
      [
        S`\bdie (?:her|his|their|my) hair\b`,
        wishDeniedForNow,
        askedWhenSaidNotNow,
        // Tiredness: "ill be dead on my feet by friday".
        S`\bdead on (?:my|her|his|their|our) feet\b`,
        // Someone else's cruelty, told: "a boy at school told her to kill herself, and now she keeps repeating it" (unless she says she will).
        S`\b(?:told|telling|tells|said to) (?:her|him|them) to (?:go )?kill (?:her|him|them)sel(?:f|ves)\b(?!.*\b(?:(?:going to|gonna|will) (?:do it|try|kill)|(?:says|said) (?:she|he|they) (?:will|is going to|is gonna))\b)`,
        S`\bwhy (?:i|she|he|they|we) (?:do|does|did) it\b`,
        S`\bsafe (?:right )?now\b`,
        S`\b(?:isnt|not) (?:going to|gonna) do anything\b`,
        // Said to have stopped for now: "shows me old scars, says shes not doing it at the moment".
        S`\b(?:not|isnt|arent|stopped) doing (?:it|that|anything)(?: (?:at the moment|atm|now|right now|currently|anymore|any more))?\b`,
        // "i dont remember doing it, everything just went white": an outburst told after.
        S`\b(?:dont|doesnt|didnt|cant|cannot) (?:remember|recall) (?:doing|saying) it\b`,
        S`\bnot (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes|theyre)? ?(?:wants?|wanted|is going|s going|will)\b`,
        S`\b(?:hasnt|havent|not|no|without) (?:got |made |any )?(?:a )?plans?\b`,
        // A panic relayed: a fear of dying in a racing heart, not a wish to ("when i lie down my heart starts racing and i think im
        // going to die, happening most nights"); not when she speaks of killing herself too.
        S`^(?=.*\b${fearOfDying}\b)(?=.*\b${panicSign}\b)(?!.*\b(?:kill|end it|ending it|overdose|jump|hang|tablets|pills)\w*)`,
        past.source,
      ].join('|'),
    ),
  },
  // "gone down the river to do it properly", "said he wants to kill himself and walked off towards the beach"
  {
    name: 'gone-to-do-it',
    when: b(
      [
        S`(?:gone|going|went|heading|headed|walked|walking|run|ran|on (?:her|his|their) way)(?: off| out)?${gap(2)} (?:to|towards|down|up|for|along) (?:the )?(?:\S+ )?${dangerPlace}` +
          S`${gap(8)} (?:to )?(?:do it|end it|kill|die|jump|for good|not coming back)`,
        // Gone where the means are kept: "our 11yo said she wants to die and has gone into the garage where the weedkiller is".
        S`(?:wants? to die|kill (?:her|him|them)sel(?:f|ves)|end it)${gap(6)} (?:has |s )?(?:gone|went|run|ran) (?:into|in|to) (?:the )?(?:garage|shed|kitchen|bathroom|loft|cellar)${gap(2)} ` +
          S`(?:where|with) (?:(?:we|they|i|you|mum|dad|the carers?) (?:keep|store|have|put|kept)s? )?(?:the |her |his |my |all the |our |all our |all my )?(?:weedkiller|weed killer|bleach|tablets|pills|knives|rope|medicines?|meds|poison|chemicals|antifreeze)`,
        S`(?:kill (?:her|him|them)sel(?:f|ves)|end it|die|do it)${gap(8)} (?:walked|walking|gone|went|heading|headed|run|ran|stormed)(?: off| out)?${gap(2)} ` +
          S`(?:to|towards|down|for|along) (?:the )?(?:\S+ )?${dangerPlace}`,
        S`(?:end|edge) of the (?:pier|jetty|harbour wall|cliff|quay)${gap(10)} (?:jump|going in|go in|water|wont come back|wont move)`,
        S`(?:says|saying|said|threatening|going to|gonna)${gap(4)} (?:going|go|get|jump|walk|wade) (?:in|into|off) (?:the )?(?:water|sea|river|canal|pier)`,
        // At the water or a drop, saying theyre going in: "rang from the docks says hes going in the mersey"
        S`(?:from|at|on|by) (?:the )?${dropOrWater}${gap(4)} (?:going|go|jump|jumping|get|getting) (?:in|off)(?! (?:to|for|a|an|now and then)\b)`,
      ].join('|'),
    ),
    // History; a swim, a lesson or a day out.
    unless: new RegExp(S`${past.source}|\b(?:swim\w*|paddl\w*|pool|lessons?|fishing|day out|holiday|trip)\b`),
  },
];
