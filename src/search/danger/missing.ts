/**
 * A child missing or gone, and a reason it is a risk now.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { historyPhrases } from './fragments-history';
import { dropOrWater, unreachable } from './fragments-reach';

/** Away from home, or out of reach. */
const away = alt(
  S`(?:missing|missin|mising|misssing)(?! (?:her|his|their|my|school|lessons|classes|appointments|out|mum|dad|family|friends|home|contact|college|work|sessions|therapy|education|meals))`,
  'still out',
  S`cant find (?:her|him|them|our|my|the)`,
  S`lost (?:him|her|them) (?:in|at|on)`,
  S`absent from (?:placement|home|the home|the unit|school)`,
  S`cant see (?:her|him|them)(?! (?:a|the) )`,
  S`(?:heading|headed|ran|running|bolted|legged it) (?:off )?(?:for|to|towards|toward) (?:the )?(?:docks|river|canal|bridge|beach|sea|pier|motorway|railway|station|tracks)`,
  S`(?:nobody|no one|noone) (?:has |have )?(?:seen|heard from)`,
  'not (?:back|in) yet',
  'out all night',
  // "not come home", "hasnt come back", "didnt come home, last message was im done"
  S`(?:not|hasnt|didnt) come (?:home|back)`,
  // Out through a door or a gate: "got out the front door and theres a main road at the end".
  S`(?<!\b(?:dog|dogs|cat|cats|puppy|kitten|rabbit|hamster|pet) )got out (?:of )?(?:the )?(?:front |back |garden |side )?(?:door|gate|house|garden|window)`,
  // Left in the night: "left at 1am with a bag of her tablets".
  S`(?:left|went out|gone out|walked out|snuck out|sneaked out) (?:at|around|about) \d{1,2}(?: ?(?:am|pm|oclock))?`,
  // Packed and gone: "bags packed, left letters".
  S`(?:bags? packed|packed (?:a |her |his |their )?bags?)(?! (?:for|ready for|to go to)\b)`,
  'not home',
  'gone again',
  'run off',
  'ran off',
  'run away',
  'ran away',
  'absconded',
  'not answering',
  'no one knows where',
  'gone out',
  'left the house',
  'walked out',
  // Gone in anger: "ran out after a row 10 hours ago", "stormed out after an argument".
  S`(?:ran|run|stormed|storms|stomped|walked|went|gone) out${gap(2)} (?:after|following|during|in the middle of) (?:a|an|the) (?:row|argument|fight|falling out|bust up|blow up)`,
  'not back',
  'wandered off',
  // Out of a place, not out of something ("ran out of insulin").
  S`(?:ran|run) out (?:of )?(?:the |her |his |their )?(?:house|home|school|door|front door|back door|class|classroom|room|building|unit|placement|shop|hospital|ward|contact|car|centre|a e|a and e|ae|emergency department)`,
  'report (?:her|him|them) missing',
  'wont be back',
  'not on snap ?map',
  'mfh',
  // Police shorthand for a missing person: "mispers tonite".
  'mispers?',
  'awol',
  'not returned',
  S`heading (?:for|to|towards) (?:the )?(?:train line|railway line|train tracks|level crossing|motorway)`,
  // "been gone since 3", "gone since lunch"
  S`(?:been |now )?gone since (?:\d+|\S+day|this \S+|last night|lunch\w*|school|tea ?time|breakfast|dinner)`,
  // Out of sight: "ran from school towards the canal and weve lost sight of him".
  S`lost sight of (?:her|him|them)`,
  // Not told as a count: "ran from school once".
  S`(?:ran|run|bolted|legged it|took off) (?:off |away )?from (?:school|the house|home|the home|contact|class|the unit|the car|the park|the shop)` +
    S`(?! (?:once|twice|\S+ times|before|again|a lot|sometimes|often)\b)`,
  // "been gone 6 hrs"
  S`(?:been |now )?gone (?:for )?(?:over |about |nearly |almost )?(?:\d+|an|two|three|four|five|six|several|a few) (?:hours?|hrs?)`,
  'gone off with',
  // "gone to meet a man she met online"
  S`(?:gone|went|going) to meet (?:a|an|some|this|the) (?:older )?(?:man|men|guy|bloke|adult|stranger|person)`,
  S`gone from (?:the|her|his|their) (?:home|house|unit|placement|resi)`,
  S`(?:its|it is) (?:now )?(?:gone )?\d+ ?(?:am|pm|oclock|at night|in the morning)`,
);
/** Being away told as history: "went missing last year", "ran off before" (n words between). */
const awayInThePast = (n: number) =>
  S`${away}${gap(n)} (?:last (?:year|month|week|summer)|(?<!\b(?:said|says|saying|told (?:me|us|staff)|mentioned|threatened) )before|previously|(?:years|months|weeks) ago)`;
/** Why being away is an immediate risk. */
const awayRisk = alt(
  'goodbye',
  'bye',
  'miss me',
  'bridge',
  'dealers?',
  'older (?:man|men|lads?|guy)',
  'a man',
  'an adult',
  // Someone older with them, not the child's own age ("our 16 yo").
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:year|yr) old`,
  S`(?:1[89]|[2-9]\d) ?(?:year|yr) old`,
  'groom\\w*',
  '(?:known )?sex offenders?',
  'paedophiles?',
  'scared',
  'freezing',
  'never done this',
  'knife',
  'suicid\\w*',
  'kill',
  'die',
  'end it',
  'drunk',
  'high',
  'car',
  'van',
  'battered',
  'location',
  'phone off',
  'cant do this',
  'cant go on',
  'had enough',
  'cant cope',
  'no phone',
  'no coat',
  'pitch black',
  'snowing',
  'docks',
  S`(?:with|by) (?:a |an |this |some )?(?:older )?\d{2} ?(?:yo|yos)`,
  S`(?:1[89]|[2-9]\d) ?(?:yo|yos)`,
  S`wont see (?:me|her|him|us|them) again`,
  S`last (?:snap|message|text|post|insta|msg)`,
  'beach',
  'swimming',
  'pier',
  // "last seen heading for the train tracks"
  'train tracks',
  'railway(?: line)?',
  'level crossing',
  'viaduct',
  'dual carriageway',
  // A child who cannot say where they live: "non verbal lad with ld walked out".
  'non ?verbal',
  'learning disabilit(?:y|ies)',
  'ld',
  // "at a party with men who give her drugs"
  S`(?:party|flat|house) with (?:\S+ )?(?:men|adults|blokes)`,
  S`(?:give|giving|gives|gave) (?:her|him|them) (?:drugs|alcohol|vodka|weed|pills)`,
  'sea',
  'snow',
  'river',
  'canal',
  'pond',
  'lake',
  S`(?:main|busy) road`,
  // Someone much older: "gone to meet her man from instagram who is 35".
  S`(?:who is|whos|he is|hes|aged) (?:1[89]|[2-9]\d)\b(?! (?:mins?|minutes|miles))`,
  // Words of a last message: "youll all be better off".
  'better off',
  'dark',
  'minus',
  'tide',
  'autistic',
  'roads',
  'diabetic',
  'insulin',
  'epilep\\w*',
  'inhaler',
  'done with everything',
  'no point',
  'not worth it',
  'sorry for everything',
  'met online',
  'online',
  'note',
  'using',
  'od',
  'overdose',
  'find me',
  'last night on earth',
  'county lines?',
  // Where she is known to be at risk: "her snap map shows her at the address police warned us about".
  S`(?:address|house|flat|place)${gap(3)} (?:the )?(?:police|social worker|sw|exploitation team) (?:have |had |has )?(?:warned|flagged|told)`,
  S`(?:known|flagged|risky|unsafe|dangerous) (?:address|house|flat)`,
  // Told the other way round: "a house known for cse", "a house we know is used for parties with adults and drugs".
  S`(?:address|house|flat|place)${gap(2)} (?:known (?:for|to (?:police|us))|(?:we|police|everyone) knows? (?:is|about)|used for)`,
  S`part(?:y|ies) with (?:\S+ )?(?:men|adults|blokes)`,
  S`autis\w*`,
  S`cuckoo\w*`,
  // Exploitation: "in a hotel with the guy from the exploitation meeting", "at a party with grown men".
  'hotel',
  'exploit\\w*',
  'grown (?:men|man|ups?)',
  S`gave (?:her|him|them) something`,
  S`dont (?:bother )?look(?:ing)? for`,
  'meds',
  'tablets',
  'train to',
  S`${alt('\\d', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve')} ?(?:yr|year|yo)s? old`,
);
/** A risk to life the teller already knows of, whenever it was told: "was suicidal last week". */
const knownRisk = alt(
  S`suicid\w*`,
  S`self ?harm\w*`,
  S`overdos\w*`,
  S`(?:wants?|wanted|wanting) to die`,
  S`kill(?:ing)? (?:her|him|them)sel(?:f|ves)`,
  S`end(?:ing)? (?:it all|it|(?:her|his|their) life)`,
);

/** Gone again now, told beside the talk after a return: "but one of ours has gone again tonight". */
const notYetBack = alt('tonight', 'right now', 'gone again', 'but also');

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const missingSituations: Situation[] = [
  // "missing since 6, last thing on her insta was no one will miss me"
  {
    name: 'missing-at-risk',
    when: b(
      [
        S`${away}${gap(20)} ${awayRisk}`,
        S`${awayRisk}${gap(12)} ${away}`,
        // Somewhere a fall or the water can kill, and out of reach: "on the runcorn bridge walking along it, wont answer phone"
        // (not where someone works or lives, a day out, nor asked as "if she wont answer").
        // Or on the way there: "walking towards the train tracks and wont answer me".
        S`(?<!\b(?:works?|lives?|living) )(?:on|at|along|by|under|off|near|towards|toward|down to) (?:the |a )?(?:\S+ )?${dropOrWater}(?!.*\b(?:if (?:she|he|they)|school trip|day out|holiday|fishing)\b)${gap(10)} ${unreachable}`,
        S`(?<!\bif (?:she|he|they) )${unreachable}${gap(10)} (?:on|at|along|by|under|off|near) (?:the |a )?(?:\S+ )?${dropOrWater}`,
      ].join('|'),
    ),
    // History, or a pattern to plan for ("missing overnight twice"); but not when the teller sets this
    // time apart from the pattern ("hes done this before and always comes back, but this time...").
    // Nor when the child is missing tonight: "mispers tonite, with a man arrested for grooming last year".
    // And not missing at all when the child is with the teller ("its 11pm, shes sat with me"), or is back
    // ("stormed out after a row, shes back now"), or the question is for next time.
    unless: new RegExp(
      S`\b(?:sat|sitting|here|safe|home|in bed|asleep|with me|with us) (?:with (?:me|us)|in the (?:lounge|kitchen|living room|front room))\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never|way) )\b(?:back|home|found|safe) (?:now|safe|and well)\b|\bnext time\b|` +
        // Back already: "came back from missing at 3am, safe in bed now", "back after missing 2 days", "back after 6 hours missing",
        // "shes back and says nothing happened".
        S`\b(?:came|come|coming|been|got) back from (?:being )?missing\b|\bback after (?:being |\S+ hours? |a night )?missing\b|\bsafe in bed\b|` +
        // The talk after a child comes back: "what goes in a return home interview" (not "but one of ours has gone again tonight").
        S`\breturn (?:home )?interviews?\b(?!.*\b${notYetBack}\b)(?<!\b${notYetBack}\b.*)|` +
        S`\b(?:shes|hes|theyre) back(?! (?:on|at|in|out|to|online|there|again|with|up|down|near|by)\b)|` +
        S`^(?!.*\bbut this time\b)(?!.*\b${away} (?:\S+ ){0,2}(?:tonight|tonite|2nite|right now)\b).*` +
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
  // "our lads not back, last seen with the group who stabbed someone last week": the company is the
  // danger, whenever its violence was, so history about them does not make this calm.
  {
    name: 'missing-with-violent',
    when: b(
      S`(?:${away}|last seen|seen|gone off|went off|left)${gap(10)} with${gap(5)} (?:who|that|which)${gap(3)} ` +
        S`(?:stabbed|shot|attacked|beat up|battered|robbed|raped|groomed|carry knives|carries (?:a )?knife|has a knife|have knives|deal|deals)`,
    ),
    unless: new RegExp(S`\b${awayInThePast(2)}\b|\bkeeps (?:going )?missing\b`),
  },
  // "walked out of his review, was suicidal last week and wont pick up": gone, out of reach, and a
  // risk known to the teller. The risk is the danger whenever it was told, so its date does not make this calm.
  {
    name: 'gone-unreachable-at-risk',
    when: b(
      [
        S`${away}${gap(14)} ${knownRisk}${gap(10)} ${unreachable}`,
        S`${away}${gap(10)} ${unreachable}${gap(14)} ${knownRisk}`,
        S`${knownRisk}${gap(14)} ${away}${gap(10)} ${unreachable}`,
      ].join('|'),
    ),
    // The going told as history or a pattern, or over: "went missing last year", "home now" (not "not home now").
    unless: new RegExp(
      S`\b${awayInThePast(5)}\b|` +
        S`\b(?:keeps (?:going missing|running off|running away|walking out|absconding)|always (?:comes? back|goes missing|runs off))\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never) )\b(?:back|home|found|safe) (?:now|safe|and well)\b`,
    ),
  },
];
