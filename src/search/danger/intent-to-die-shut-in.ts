/**
 * Despair, shut away: wanting to die behind a door, or shut in with the means, or gone silent.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { medicine } from './fragments-means';
import { barricaded, unreachable } from './fragments-reach';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const intentToDieShutInSituations: Situation[] = [
  // "keeps saying he wants to be dead and wont open the door"
  {
    name: 'despair-shut-in',
    when: b(
      [
        S`(?:wants? to|wanna) (?:die|be dead|kill (?:her|him|them)self)${gap(10)} ${barricaded}`,
        // Or to hurt themselves if anyone comes in: "barricaded in a flat, says hell cut himself if officers go in".
        S`${barricaded}${gap(14)} (?:hang|kill|end|cut|hurt|harm|stab|burn) (?:her|him|them)sel(?:f|ves)`,
        S`${barricaded}${gap(10)} (?:wants? to|wanna) (?:die|be dead)`,
        // Psychotic and keeping everyone out: "16yo acutely psychotic, refusing to let anyone in, carers outside".
        S`(?:psychotic|psychosis|hallucinating|hearing voices)${gap(8)} (?:refusing|refuses|wont|will not) (?:to )?let (?:anyone|anybody|us|staff|carers|me|them|police) in`,
        S`${barricaded}${gap(10)} (?:no point (?:in )?living|doesnt want to live|better off dead)`,
        // Despair, then shut away: "said hed had enough of everything and now the door wont open".
        S`(?:had enough|cant go on|cant do this|done with everything|no point)${gap(14)} ${barricaded}`,
        // Locked in, not answering, after despair told: "resident locked in his room, we can hear him but he wont answer. told staff
        // earlier hed had enough".
        S`locked in (?:his|her|their) (?:bed|bath)?room${gap(10)} ${unreachable}${gap(14)} (?:had enough|cant go on|cant do this|done with everything|no point|wants? to die|better off)`,
        // Shut away, then silence: "locked herself in the bathroom, heard the cabinet open, now its silent".
        S`${barricaded}${gap(16)} (?:(?:its|now|gone|all) silent|silence)`,
        // Shut in with the means: "locked himself in the bathroom with my meds"
        S`${barricaded}${gap(4)} with (?:the |my |her |his |their |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blade|razor|rope|bleach|chemicals)`,
        // In the bath with the means, in the child's words: "im in the bath with my blade, i just wanted someone to know".
        S`(?:im|i am|shes|hes|theyre|she is|he is|they are) in (?:the|her|his|their|my) (?:bath|shower|bathroom|toilet|loo)${gap(2)} with (?:the |my |her |his |their |a |some )?(?:blades?|razors?|knife|knives|pills|tablets|rope|belt|${medicine})`,
        // Told the other way round: "drinking neat vodka with tablets in her room and wont let me in".
        S`with (?:the |my |her |his |their |some |all (?:the |my |her |his )?)?(?:${medicine}|knife|knives|blades?|razors?|rope|bleach|chemicals)${gap(6)} ${barricaded}`,
        // In the bathroom, a word that it is done, and silence: "in the bathroom 40 mins, said shed sorted it, now isnt answering"
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|toilet|loo|shower)${gap(8)} (?:sorted it|done it|dealt with it|taken care of it|its done)${gap(4)} ${unreachable}`,
        // In the bath a long while, the means gone, and no answer: "in the bath for ages and theres a razor missing and shes not answering".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower|toilet|loo)${gap(12)} (?:razors?|blades?|knife|knives|pills|tablets|meds|belt|cord|rope) ` +
          S`(?:is |are |s )?(?:missing|gone)${gap(6)} ${unreachable}`,
        // Out of sight on a call, then a sound of falling: "walked off screen, i heard her say im going now and then a bang".
        // (Not the fridge door, nor a crash of pans while making tea.)
        S`(?:walked|went|gone|moved|ran) (?:off|out of) (?:the )?(?:screen|camera|shot|view|frame)(?! to (?:get|fetch|make|grab|answer))${gap(14)} ` +
          S`(?:heard|hear|then|and) (?:a |an )?(?:loud |big |massive |horrible )?(?:bang|thud|crash|thump|scream)\b(?! of| from)(?!.*\b(?:kitchen|cooking|making (?:tea|dinner|food)|dropped)\b)`,
        // Shut in, no answer, and the means gone from the house: "the doors wedged shut and hes not answering, theres a belt missing".
        S`${barricaded}${gap(8)} ${unreachable}${gap(10)} (?:razors?|blades?|knife|knives|pills|tablets|meds|belts?|cords?|ropes?|scarf|lead) ` +
          S`(?:is |are |s )?(?:missing|gone)`,
        // In the bath behind a locked door, and no answer: "in the bath over an hour, door locked, no answer".
        S`(?:in|into) (?:the|her|his|their) (?:bath|bathroom|shower)${gap(10)} (?:(?:the )?door (?:is |s |was |still )?locked|locked (?:the )?door|locked (?:her|him|them)sel(?:f|ves) in)${gap(4)} ` +
          S`(?:no answer|not answering|isnt answering|wont answer|no reply|silent|silence|not responding|no response)`,
      ].join('|'),
    ),
    // Wanting to die, then in the bathroom and not answering, with nothing told as history: "she said earlier she wants to die and shes
    // been in the bathroom 40 minutes and isnt answering when i knock".
    toldNow: b(
      S`(?:wants? to|wanna) (?:die|be dead|kill (?:her|him|them)self)${gap(6)} (?:in|into) (?:the|her|his|their) (?:bath|bathroom|toilet|loo|shower)${gap(6)} ${unreachable}`,
    ),
    // Said to be fine, or a stuck lock.
    unless:
      /\b(?:(?:is|hes|shes|theyre|seems) (?:fine|ok|okay|alright|asleep)|turned out (?:she|he|they) (?:was|were)|lock (?:stuck|is broken|broke|jammed)|handle (?:is )?broken)\b/,
  },
  // "its gone very quiet and the doors jammed. hes done a ligature before": shut in, silent, and a risk the teller already knows of.
  // The risk is the danger whenever it was told, so its date does not make this calm; a door that was stuck, or a quiet that had been, does.
  {
    name: 'shut-in-quiet-at-risk',
    when: b(
      S`^(?=.*\b(?:ligatur\w*|hanged|hanging (?:him|her|them)sel(?:f|ves)|overdos\w*|suicid\w*|self ?harm\w*|tried to (?:kill|hang|end))\b)` +
        S`(?=.*\b(?:doors? (?:is |s )?(?:jammed|wedged|blocked|barricaded|locked)|(?:jammed|wedged|blocked|barricaded|locked) (?:the|her|his|their) (?:bedroom |bathroom )?door|${barricaded})\b)` +
        S`(?=.*\b(?:gone (?:very |really |so |dead |all )?quiet|(?:very|really|so|dead|all) (?:quiet|silent)|no (?:noise|sound|answer|response)|${unreachable})\b).*`,
    ),
    unless:
      /\b(?:was|were|had been) (?:jammed|wedged|blocked|barricaded|locked)\b|\bhad gone quiet\b|\bwhat (?:to do|should (?:we|i) do|do (?:we|i) do) if\b|\b(?:shes|hes|theyre|is|are) (?:asleep|fine|ok|okay|safe)\b|\bno (?:\w+ )?(?:self ?harm|overdose|ligature|suicid\w*) history\b|\bno history of\b/,
  },
  // "now saying shell finish the job once discharged": the act promised for the hour they leave care's watch.
  {
    name: 'finish-it-once-out',
    when: b(
      S`(?:saying|says|said|threatening|telling (?:us|staff|everyone|me))${gap(3)} (?:(?:she|he|they|i) (?:will|is going to|are going to|am going to)|shell|hell|theyll|ill|(?:shes|hes|theyre|im) (?:going to|gonna)) ` +
        S`(?:finish (?:the job|it|it off|what (?:she|he|they|i) started)|do it (?:again|properly)|try again|end it)${gap(2)} (?:once|when|as soon as|the minute|the second|after) ` +
        S`(?:(?:shes|hes|theyre|she is|he is|they are|im|i am|she gets|he gets|they get|i get) )?(?:discharged|out|home|released|let out|back)`,
    ),
  },
  // "fresh burns from a lighter last night and says she has 'a better plan' for tonight": a harm, and a worse one promised for tonight
  // (not the clinic's plan: "the burns unit said they have a better plan for today with her dressings").
  {
    name: 'worse-plan-tonight',
    when: b(
      S`^(?!.*\b(?:unit|ward|dressings?|treatment|clinic|physio|appointment)\b)(?=.*\b(?:burn\w*|cut\w*|overdos\w*|od|ligatur\w*|self ?harm\w*|suicid\w*|tablets|pills)\b).*\b(?:says|said|told (?:me|us|staff|her \S+|his \S+)|saying|texted)${gap(3)} ` +
        S`(?:has|have|got|s got|ve got|has got) (?:a )?(?:better|new|proper|real|bigger|final|different) plan${gap(2)} (?:for )?(?:tonight|today|later|this evening|this weekend)`,
    ),
  },
  // "saying goodbye to people because tomorrow wont matter": a farewell, and no tomorrow to mind.
  {
    name: 'farewell-for-tomorrow',
    when: b(
      S`(?:saying|said|says|say) (?:bye|goodbye|goodbyes)${gap(6)} (?:because|cos|coz|as|since)${gap(2)} (?:tomorrow|after tonight|after today|soon) (?:it |nothing )?(?:wont|will not|doesnt|does not|isnt going to|aint gonna|is not going to) matter(?! (?:what|which|how|if|who|whether)\b)`,
    ),
  },
];
