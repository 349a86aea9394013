/**
 * Harm told plainly, often by a carer in their second language or in a few words typed in a hurry: pay or be hurt, a child armed
 * and sent to hurt someone, shut in a machine that is running, shut out in the cold, sent to carry drugs right now, a locked door and blood, a jump into the water, "hes gonna do it".
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { weapon } from './violence-words';

/** Where a child can be carried or jump into water and drown. */
const openWater = alt('docks', 'dock', 'river', 'mersey', 'canal', 'sea', 'lake', 'reservoir', 'marina', 'quarry', 'pond');

/** What a child can be shut inside and not get out of. */
const machine = alt('washing machine', 'tumble dryer', 'dryer', 'chest freezer', 'freezer', 'fridge', 'car boot', 'suitcase', 'trunk');

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const harmToldPlainlySituations: Situation[] = [
  // "theyre sayin pay or they cut his finger off"
  {
    name: 'pay-or-be-hurt',
    when: b(
      S`pay(?: up| it| them| us| him| back| what (?:he|she|they) owes?)?(?: \S+){0,3} or (?:they|theyll|hell|he|she|shell|we|well|ill|the \S+)(?: will| are going to| gonna| going to| are gonna|ll)? ` +
        S`(?:cut|chop|stab|kill|hurt|batter|shoot|break|burn|do|smash) (?:his|her|their|him|them|you|your)\b`,
    ),
    unless: past,
  },
  // "they give him a knife and say today he must 'do the job' on someone"
  {
    name: 'armed-and-sent',
    when: b(
      S`(?:give|gave|given|giving|handed|hand) (?:him|her|them) (?:a |the |an )?(?:\S+ )?${weapon}${gap(8)} ` +
        S`(?:do the job|do (?:someone|somebody|a job|him|a lad|the lad)|stab|use it|sort (?:someone|somebody|him)|get (?:someone|somebody)|on someone|hurt (?:someone|somebody))|` +
        // Made to hold it for them: "the big lads made me keep the gun in me kecks, im on the bus with it now".
        S`(?:made|making|forced|forcing) (?:me|him|her|them) (?:to )?(?:keep|hold|carry|hide|take|stash) (?:the |a |their |his |an )?(?:\S+ )?${weapon}`,
    ),
    unless: new RegExp(S`${past.source}|\b(?:story|film|movie|game|book|play|novel|episode)\b`),
  },
  // "boy text 'theyre here' and then phone off, he was scared of the boys ... they say they slash him"
  {
    name: 'they-are-here',
    when: b(
      S`(?:texted|text|texts|messaged|message|rang|said|says|saying|snapped|sent) (?:me |us )?(?:that )?(?:theyre|they are|hes|he is|there) (?:here|outside|coming in)${gap(4)} ` +
        S`(?:(?:phone|battery) (?:is |s |has |went |gone )?(?:off|dead|died|went dead|switched off|turned off)|not answering|no answer|line went dead|cant get (?:through|hold of (?:him|her|them)))`,
    ),
    unless: past,
  },
  // "live on tiktok harmin herself ppl sendin me it"
  {
    name: 'harming-on-live',
    when: b(
      [
        S`live on ${alt('tiktok', 'insta', 'instagram', 'snap', 'snapchat', 'youtube', 'twitch', 'facebook', 'fb')}${gap(3)} ${alt('harming', 'cutting', 'hurting', 'burning')}(?: (?:her|him|them)sel(?:f|ves)|$)`,
        S`${alt('harming', 'cutting', 'hurting', 'burning')} (?:her|him|them)sel(?:f|ves)${gap(3)} (?:on )?(?:a )?live\b(?! (?:with|at|in|on) )`,
      ].join('|'),
    ),
    unless: past,
  },
  // "just walked in on the older foster child (11) doing sexual things to the 4 year old"
  {
    name: 'walked-in-on-abuse',
    when: b(
      S`(?:walked in on|caught|found|just saw|seen)${gap(8)} (?:(?:doing (?:sexual|sex) (?:things|stuff)|having sex|doing (?:stuff|things) sexually) (?:to|with)|touching|sexually (?:touching|abusing)|abusing) ` +
        S`(?:the |a |his |her |our |my |their )?(?:\S+ )?(?:\d+ ?(?:year old|yr old|yo)|baby|toddler|little one|younger \S+|sister|brother|little (?:girl|boy))`,
    ),
    unless: past,
  },
  // "at lunch she showed me a bag of pills she says shes going to take tonight", "in the a and e car park with a bottle of pills saying
  // they wont see her so shell do it herself"
  {
    name: 'pills-and-a-plan',
    when: b(
      // Or pills kept back, and the hiding place found empty: "collecting pills in a sock. i find the sock, it is empty now".
      S`(?:collecting|saving|stockpiling|hoarding|stashing|collected|saved|stashed|hoarded) (?:up )?(?:her |his |their )?(?:pills|tablets|meds|paracetamol)${gap(12)} ` +
        S`(?:(?:is |are |its |it is |now )?(?:empty|gone) now|now (?:empty|gone))|` +
        S`(?:bag|bottle|packet|box|handful|load|stash|strip) of (?:her |his |their |mums |nans )?(?:pills|tablets|paracetamol|meds)${gap(8)} ` +
        S`(?:(?:shell|hell|theyll|ill|she will|he will|i will|(?:shes|hes|im) going to|(?:shes|hes|im) gonna) (?:do it|take them|take it|end it|kill)|(?:going to|gonna) take (?:them |it )?(?:tonight|today|later|now|when))`,
    ),
    unless: past,
  },
  // "if i go back to that house tonight ill be dead - she says shes being hurt there"
  {
    name: 'going-back-to-harm',
    when: b(
      S`if (?:i|she|he|they) (?:go|goes|went|have to go) back${gap(6)} (?:tonight|today|later|now)${gap(2)} (?:ill|shell|hell|theyll|i will|she will|he will) be (?:dead|killed|hurt|battered)`,
    ),
    unless: past,
  },
  // "her carer locked her in her room all weekend with no food and she wont go back, carer coming at 3"
  {
    name: 'locked-in-and-coming',
    when: b(
      S`locked (?:her|him|them|me) in${gap(6)} (?:no food|without food|all weekend|for days|all night)${gap(12)} (?:coming|picking (?:her|him|them) up|collecting (?:her|him|them)) (?:at \d|in \d+|soon|now|later|tonight|today)`,
    ),
    unless: past,
  },
  // "hes just turned up in the hall with his mates and theyre pulling her out to the car"
  {
    name: 'being-taken-now',
    when: b(
      [
        S`(?:pulling|dragging|forcing|pushing|bundling|carrying) (?:her|him|them) (?:out )?(?:to|into|in) (?:the|a|his|their) (?:car|van|taxi)\b`,
        // Gone with a stranger on a lie: "a classmate says she went with a man who said he was her dad, her dad is in prison".
        S`(?:went|gone|left|got in a car) (?:off )?with (?:a|an|some) (?:older )?(?:man|woman|stranger|bloke|lad) who (?:said|says|claimed|told)`,
        // About to go with a man who has been grooming: "the man on the bench gives him sweets and hes going to go to his flat now".
        S`(?:man|men|bloke|stranger)${gap(16)} (?:going|gonna|about) to go (?:back )?(?:to|in) (?:his|their|the mans) (?:flat|house|car|van|place)${gap(2)} (?:now|right now|tonight)`,
        // The one who arranged abuse, coming now: "he was made to sleep with men at a party, the man who organised it is driving here
        // to pick him up".
        S`(?:made|forced|paid) to (?:sleep with|have sex with|do stuff with)${gap(16)} (?:is |are )?(?:coming|driving|on (?:his|her|their) way|turning up)${gap(3)} (?:here|to pick|to collect|now|round)`,
      ].join('|'),
    ),
    // (Not those whose job it is, nor a routine: "the police are carrying him into the car", "pushing him in the taxi every morning".)
    unless: new RegExp(
      // (Staff pushed past are no carriers: "hes pushed past staff and grabbed her and is carrying her to a van".)
      S`${past.source}|\b(?:police|officers?|(?<!\bpast )staff|paramedics|ambulance|crew|escorts?|every (?:morning|day|time|night))\b`,
    ),
  },
  // "she says they r takin her to london tonite"
  {
    name: 'taken-away-tonight',
    when: b(
      S`(?:says|said|saying|texted|messaged|told me)${gap(2)} (?:they|the men|men|them|the lads|older lads|some lads|his mates|her boyfriends mates) (?:are |r |is )?(?:taking|driving|sending|moving) (?:her|him|them|me) ` +
        S`(?:to|up to|down to) (?:${alt('london', 'manchester', 'birmingham', 'leeds', 'blackpool', 'glasgow', 'newcastle', 'a hotel', 'a flat', 'a trap house', 'another city', 'a party in another city')})${gap(2)} (?:tonight|now|today|later|in an hour)`,
    ),
    unless: new RegExp(
      S`${past.source}|\b(?:school|trip|holiday|carers?|family|nan|mum|dad|social worker|contact|hospital|concert|match|gig|uni|college|residential)\b`,
    ),
  },
  // "he got in the washing machine and close door and its started i cannot open"
  {
    name: 'shut-in-a-machine',
    when: b(
      S`(?:in|inside|into) (?:the |a )?${machine}${gap(8)} ` +
        S`(?:started|running|spinning|turned on|switched on|(?:it is|its|it s) on|(?:close|closed|shut) (?:it|the door)|(?:cant|cannot|can t|couldnt) (?:open|get (?:him|her|them|it) (?:out|open))|door (?:is )?(?:shut|locked|stuck|wont open)|cant breathe)|` +
        // Said stuck inside one: "the older child just said the younger one is 'stuck in the washing machine'".
        S`stuck (?:in|inside) (?:the |a )?${machine}`,
    ),
    unless: new RegExp(
      S`${past.source}|\b(?:cat|kitten|dog|puppy|hamster|rabbit|toy|teddy|doll|clothes|washing(?! machine)|laundry|towels|sheets|duvet|phone|keys)\b`,
    ),
  },
  // "me step mums holding me arm on the cooker ring"
  {
    name: 'burned-by-someone',
    when: b(
      S`(?:holding|held|pushing|pushed|pressing|pressed|forcing|forced) (?:me|my|me|her|his|their) (?:\S+ )?(?:arm|arms|hand|hands|face|leg|fingers?) (?:on|onto|against|over|in|near) (?:the |a )?(?:\S+ )?${alt('cooker', 'hob', 'ring', 'cooker ring', 'iron', 'oven', 'fire', 'radiator', 'kettle', 'boiling water', 'hot water', 'hot tap')}\b`,
    ),
    unless: new RegExp(S`${past.source}|\bhow (?:do|can|should|would) (?:i|we)\b`),
  },
  // "locked the kids out in the cold no clothes"
  {
    name: 'shut-out-in-the-cold',
    when: b(
      [
        S`locked (?:the |her |his |their |my |our )?(?:kids|children|child|baby|toddler|little ones?|boy|girl|lad|\d+ ?yo)${gap(2)} out${gap(4)} ` +
          S`(?:in the (?:cold|rain|snow|freezing|dark)|no (?:clothes|coat|shoes)|naked|in (?:her|his|their) (?:pyjamas|pjs|nappy|nappies|underwear))`,
        // Shut out and kept out now: "staff has shut a child out in the garden in the rain with no shoes and wont let her back in".
        S`(?:shut|locked|put|left) (?:a |the |her |his |their |my |our )?(?:kids|children|child|baby|toddler|little ones?|boy|girl|lad|\d+ ?yo|her|him|them) out${gap(12)} ` +
          S`(?:wont|will not|refusing to|refuses to|not letting) (?:let )?(?:her|him|them) (?:back )?in`,
        // A little one out alone at night: "the little lad from over the road is wandering the street on his own at midnight in a nappy".
        S`^(?!.*\b(?:keeps|keep|every night|most nights|often|always|sometimes)\b).*\b(?:wandering|roaming)${gap(4)} (?:on (?:his|her|their) own|alone|by (?:him|her|them)sel(?:f|ves))${gap(3)} (?:at (?:midnight|[1-4] ?am)|in the middle of the night)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "shes being sent to deliver for county lines right now in blackpool"
  {
    name: 'sent-to-deliver',
    when: b(
      [
        S`(?:sent|being sent|made|forced|told) to (?:deliver|run|sell|drop|carry)${gap(6)} (?:county lines|drugs|packages?|parcels?|gear|for (?:them|a gang|dealers|the gang))${gap(6)} (?:right now|now|tonight|today|as we speak)`,
        // Told short: "carrying drugs to blackpool now", "told me hes being made to sell".
        S`(?:carrying|taking|running|moving|delivering) (?:drugs|gear|a package|packages|parcels?|a parcel)${gap(4)} (?:now|tonight|right now|rn|as we speak)`,
        // Back out to make a drop: "has bruises and cash and says he has to go back out at midnight to do a drop".
        // (Not a day's work: "the driver says he has to go back out to do a drop at the depot".)
        S`^(?!.*\b(?:driver|courier|postman|postie|depot|van|foodbank|food bank|volunteer|delivery round|shift)\b).*\b(?:he|she|they|hes|shes|theyve)${gap(2)} (?:has|have|got|gotta|needs?) to go (?:back )?out(?: again)?${gap(4)} to (?:do|make) (?:a |another )?drop`,
        // (Only told bare: "is being made to hold drugs ... what support" is a worry to plan for, not a danger now.)
        S`^(?:\w+ ){0,4}(?:being|is being|getting) (?:made|forced) to (?:sell|deal|carry|run drugs|deliver|have sex|sleep with|hold)(?: \w+){0,2}$`,
      ].join('|'),
    ),
    // Back and safe, told after: "came back from missing last night and disclosed being made to carry drugs, she is safe now".
    unless: new RegExp(S`${past.source}|\b(?:(?:safe|back|home) now|is safe|came back|returned)\b`),
  },
  // "bathroom door locked blood"
  {
    name: 'locked-in-and-blood',
    when: b(
      S`^(?:\S+ ){0,2}(?:bathroom|toilet|bedroom|room|door) (?:door )?(?:is |s )?locked(?: and)?(?: theres| there is)? (?:\S+ )?blood(?: everywhere| all over| under (?:the )?door)?$`,
    ),
  },
  // "jumped in the docks", "walked into the mersey at otterspool, its cold but im going further out"
  {
    name: 'in-open-water',
    when: b(
      S`(?:walked|waded|wading|gone|went|swum|swam|swimming|im|hes|shes|in) (?:out )?(?:in|into)? ?(?:the )?(?:\S+ )?${openWater}${gap(10)} ${alt('going further out', 'further out', S`(?:cant|can t|cannot) touch the bottom`, S`out of (?:my|his|her|their) depth`, 'going under')}|` +
        S`^(?:\S+ ){0,2}(?:(?:hes|shes|theyve|theyre|has|have|just) )*(?:jumped|jumping|fallen|fell|gone) (?:in|into|off) (?:the )?(?:\S+ )?${openWater}(?: ${alt('now', 'help', 'pls', 'please', 'just now', 'rn', 'cant see (?:him|her|them)')})*$|` +
        // Weighed down at the water: "shes wading out at formby beach with stones in her pockets".
        S`${alt('wading', 'waded', 'walking', 'walked', 'gone', 'going', 'went', 'heading')}(?: out)?${gap(6)} ${alt(openWater, 'beach', 'shore', 'sands', 'tide', 'waves')}${gap(8)} ${alt('stones', 'rocks', 'bricks', 'weights')} in (?:her|his|their|my) pockets`,
    ),
    unless: past,
  },
  // "hes gonna do it", the whole message
  {
    name: 'going-to-do-it',
    when: b(
      S`^(?:\S+ )?(?:hes|shes|theyre|im|he is|she is|they are|i am) (?:gonna|going to|about to|really going to) do it(?: ${alt('now', 'tonight', 'help', 'pls', 'please', 'for real', 'this time', 'i think', 'i know')})*$`,
    ),
  },
];
