/**
 * A child missing or gone, and a reason it is a risk now.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { historyPhrases } from './fragments-history';
import { dropOrWater, unreachable } from './fragments-reach';
import { away, awayInThePast } from './missing-words';
import { awayRisk, notYetBack } from './missing-at-risk-words';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const missingAtRiskSituations: Situation[] = [
  // "missing since 6, last thing on her insta was no one will miss me"
  {
    name: 'missing-at-risk',
    when: b(
      [
        S`${away}${gap(20)} ${awayRisk}`,
        // Gone with a gun: "my grandson gone. he say to his friend he go to the woods with his dad gun".
        // (Not a sport: "gone shooting with his dads gun at the range".)
        S`(?:gone(?! (?:shooting|hunting))|missing|run off|ran off)${gap(14)} (?:with (?:a |his |her |their |the )?(?:\S+ )?|(?:took|taken|has|got) (?:his|her|their) (?:dads?|uncles?|brothers?) )` +
          S`(?:gun|rifle|shotgun)\b(?!.*\b(?:range|clay|gun club|shooting club|licen[cs]e)\b)`,
        // Leaving now, known to be at high risk: "yp on informal admission trying to leave right now, high suicide risk".
        S`(?:trying to|about to|wants to|going to) (?:leave|abscond|walk out|get out)${gap(4)} (?:right )?now${gap(6)} (?:high|very high|serious) (?:suicide |self harm )?risk`,
        // Or saying what she will do once out: "admitted after an od is trying to walk off the ward now ... says shell finish it once shes out".
        S`(?:trying to|about to) (?:leave|abscond|walk out|walk off|get out|run off)${gap(6)} (?:right )?now${gap(10)} (?:finish it|end it|kill (?:her|him|them)sel(?:f|ves)|end (?:her|his|their) life)`,
        // A little one gone from the setting, the way out open: "age 3, isnt in the building or garden. gate was open".
        S`(?:isnt|is not|not|cant be found|cant find (?:her|him|them)) (?:in )?(?:the )?(?:building|garden|house|nursery|setting|classroom|playground|hall)(?: or (?:the )?\w+)?${gap(3)} ` +
          S`(?:the )?(?:gate|door|fire door|front door|back door|window) (?:was |is |s |been |has been |left )?(?:open|unlocked|left open|wide open)`,
        S`${awayRisk}${gap(12)} ${away}`,
        // Somewhere a fall or the water can kill, and out of reach: "on the runcorn bridge walking along it, wont answer phone"
        // (not where someone works or lives, a day out, nor asked as "if she wont answer").
        // Or on the way there: "walking towards the train tracks and wont answer me".
        S`(?<!\b(?:works?|lives?|living) )(?:on|at|along|by|under|off|near|towards|toward|down to) (?:the |a )?(?:\S+ )?${dropOrWater}(?!.*\b(?:if (?:she|he|they)|school trip|day out|holiday|fishing)\b)${gap(10)} ${unreachable}`,
        S`(?<!\bif (?:she|he|they) )${unreachable}${gap(10)} (?:on|at|along|by|under|off|near) (?:the |a )?(?:\S+ )?${dropOrWater}`,
        // Gone, saying where a fall or the water can kill: "left the ward 20 minutes ago, last thing she said was she was going to the mersey".
        S`(?:left|walked out|walked off|ran off|run off|absconded|gone from|went off)${gap(12)} (?:said|saying|says|told (?:me|us|staff|her|him))(?: \S+){0,2} ` +
          S`(?:that )?(?:she|he|they|shes|hes|theyre) (?:was |were |is |are )?(?:going|heading|off|walking) (?:to|down to|towards|over to) (?:the |a )?(?:\S+ )?${dropOrWater}`,
        // Gone, and a message that she is ending it: "a looked after pupil has walked off and texted a friend that shes 'ending it' at the river".
        S`(?:left|walked off|walked out|ran off|run off|gone off|absconded|gone missing|went missing)${gap(12)} (?:said|saying|says|texted|messaged|told)(?: \S+){0,3} ` +
          S`(?:that )?(?:shes|hes|theyre|she is|he is|im|i am) (?:ending it|going to end it|gonna end it|finishing it|killing (?:her|him|my)self)(?! (?:with|off)\b)`,
        // Missing, and a message saying where: "chloe has gone missing, shes 12 ... she texted her friend 'im going to the railway line'".
        S`(?:gone missing|went missing|missing|not come (?:home|back)|run off|ran off)${gap(14)} (?:said|saying|says|texted|messaged|told|posted)(?: \S+){0,3} ` +
          S`(?:that )?(?:im|i am|shes|hes|theyre|she is|he is|she was|he was) (?:going|heading|off|walking|gonna go) (?:to|down to|towards|over to) (?:the |a )?(?:\S+ )?${dropOrWater}`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("missing overnight twice"); but not when the teller sets this
    // time apart from the pattern ("hes done this before and always comes back, but this time...").
    // Nor when the child is missing tonight: "mispers tonite, with a man arrested for grooming last year".
    // And not missing at all when the child is with the teller ("its 11pm, shes sat with me"), or is back
    // ("stormed out after a row, shes back now"), or the question is for next time.
    unless: new RegExp(
      S`\b(?:sat|sitting|here|safe|home|in bed|asleep|with me|with us) (?:with (?:me|us)|in the (?:lounge|kitchen|living room|front room))\b|` +
        // A dream for when grown: "sayin he wants to run away to his nans in wales when hes 18, just daydreamin".
        S`\bwhen (?:hes|shes|theyre|he is|she is|they are|im|i am|hes old enough|shes old enough) (?:16|17|18|19|older|grown up|an adult)\b|\bdaydream\w*\b|` +
        // A pattern told with its trigger: "every time his dad cancels contact ... says hell run away to find him".
        S`\b(?:every time|whenever|each time)\b(?!.*\b(?:now|tonight|right now|gone|missing)\b)|` +
        // Off in play: "then scored and ran off celebrating".
        S`\b(?:ran|run|running|runs) off ${alt('celebrating', 'cheering', 'laughing', 'giggling', 'to celebrate', 'to play')}\b|` +
        // Where they are is known: "shes 9 and at her mates".
        S`\b(?:shes|hes|theyre|and) (?:safe )?at (?:her|his|their) (?:mates|friends|nans|grans|dads|mums|aunties)\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never|way) )\b(?:back|home|found|safe) (?:now|safe|and well)\b|\bnext time\b|` +
        // Back already: "came back from missing at 3am, safe in bed now", "back after missing 2 days", "back after 6 hours missing",
        // "shes back and says nothing happened".
        S`\b(?:came|come|coming|been|got) back from (?:being )?missing\b|\bback after (?:being |\S+ hours? |a night )?missing\b|\bsafe in bed\b|` +
        // A thing gone, not a child: "comes home every day with something missing or broken".
        S`\b(?:something|things|stuff|money|belongings|items?|bits) (?:is |are |goes |go |went |keeps going )?missing\b|` +
        // Or a thing named, found again: "kitchen knife went missing a week ago and turned up in the dishwasher, panic over".
        S`\b(?:knife|knives|scissors|keys?|phone|wallet|purse|laptop|tablet|remote|bike)s? (?:has |had |have )?(?:gone |went |go |goes )?missing\b(?=.*\b(?:turned up|found it|found them|panic over)\b)|` +
        // Lists and data asked for: "can the council send us the weekly list of children assessed at high risk of cse".
        S`\b(?:weekly |monthly |daily )?(?:lists?|register|data|figures|numbers|spreadsheet) of (?:children|young people|kids|cases|missing episodes)\b|` +
        // Or how many: "are there figures on how many children in care go missing and how often its linked to exploitation".
        S`\b(?:figures|statistics|stats|data|numbers|research|evidence) (?:on|about|for) how (?:many|often)\b|` +
        // Said not to be missing: "being sexually exploited by older males, shes not missing right now but self harms after every episode".
        S`\b(?:(?:shes|hes|theyre|she is|he is|they are) not|isnt|arent|is not|are not|hasnt been|has not been|havent been|never been|never gone) missing\b(?! ${alt('long', 'for long', 'yet', 'her', 'him', 'them', 'school')}\b)|` +
        // The talk after a child comes back: "what goes in a return home interview" (not "but one of ours has gone again tonight").
        S`\breturn (?:home )?${alt('interviews?', 'conversations?', 'talks?', 'chats?')}\b(?!.*\b${notYetBack}\b)(?<!\b${notYetBack}\b.*)|` +
        // Feared as what raising it might bring: "im scared if i bring it up shell do it more or run away".
        S`\b${alt('scared', 'worried', 'afraid', 'frightened', 'nervous', 'anxious', 'fear')}\b(?: \w+){0,3} if (?:i|we) ${alt('bring it up', 'say something', 'say anything', 'mention it', 'ask', 'confront', 'challenge', 'talk to')}\b|` +
        S`\b(?:shes|hes|theyre) back(?! (?:on|at|in|out|to|online|there|again|with|up|down|near|by)\b)|` +
        // (Nor gone just now, with a risk told as past: "has gone missing on a school trip, he has no phone and self harmed last week".)
        S`^(?!.*\bbut this time\b)(?!.*\b(?:has|have|hes|shes|theyve) (?:just )?gone (?:missing|awol)\b(?! (?:\S+ ){0,3}(?:twice|times|x ?\d|before|lots|a lot|loads|often|regularly|most|every|several|again and again)\b))(?!.*\b${away} (?:\S+ ){0,2}(?:tonight|tonite|2nite|right now|today|at lunch(?:time)?|this (?:morning|afternoon|evening)|(?:for )?\d+ ?(?:hrs?|hours?|mins?|minutes?))\b).*` +
        b(
          [
            awayInThePast(2),
            // Or in shorthand: "mfh x3 this month".
            S`${away}${gap(3)} (?:twice|(?:three|four|five|six|several|many|\d+) times|x ?\d+|again and again|repeatedly|every weekend|most weekends)`,
            S`keeps (?:going |running )?(?:missing|off|away)`,
            S`repeat(?:ed(?:ly)?)? (?:missing|misper|mfh|episodes?)`,
            S`(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time`,
            S`always (?:comes?|came) back`,
            S`(?:going|goes|keeps going) (?:missing|missin|mising|misssing)`,
            S`missing episodes?|number of|each time`,
            S`since then`,
            ...historyPhrases,
          ].join('|'),
        ).source,
    ),
  },
];
