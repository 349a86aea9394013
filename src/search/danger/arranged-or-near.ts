/**
 * Harm set for a time that is almost here, or the one who harmed a child in sight of them now: an attack arranged for this
 * afternoon, the man who raped her waving her over, a man due tonight to take her out. The harm itself may be told as past
 * (it is why the danger now is real), so history alone does not silence these.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';

/** Soon, by the clock or the day: "at 4", "tonight", "after school", "in half an hour". */
const soon = alt(
  S`at \d{1,2}(?: ?(?:am|pm|oclock|\d{2}))?`,
  'tonight',
  'today',
  'after school',
  S`this (?:afternoon|evening)`,
  S`in (?:an|half an|\d+|a few|ten|twenty) (?:hours?|hrs?|mins?|minutes)`,
  'now',
  'later',
);
/** A gun or a blade, in drill's words. */
const armedSlang = alt('strap', 'straps', 'ting', 'shank', 'burner', 'skeng', 'nank', 'machete', 'rambo', 'zombie knife');
/** Going out to attack rivals, in drill's words. */
const ridingOut = alt(
  'riding out',
  'ride out',
  S`slid(?:e|ing) (?:on|up on|out on)`,
  S`going on a (?:ride|mission|drill|opp hunt)`,
  S`spin(?:ning)? (?:the|their|that) block`,
  S`(?:catch|catching|get|getting) (?:an |the )?opps?`,
);
/** A story, a game or a drama, not a plan: "there's going to be a stabbing scene in the school play". */
const madeUp = S`\b${alt('play', 'film', 'movie', 'scene', 'drama', 'story', 'novel', 'book', 'game', 'episode', 'series', 'soap', 'script', 'rehearsal')}\b`;
/** What was done to the child, named: "raped her", "abused him". */
const harmedThem = S`(?:raped|abused|assaulted|attacked|groomed|touched|molested|exploited|trafficked|hurt) (?:her|him|them)`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const arrangedOrNearSituations: Situation[] = [
  // "group chat says there's going to be a stabbing at the park at 4, one of ours is organising it, its 3 40"
  {
    name: 'attack-arranged',
    when: b(
      [
        S`(?:going to be|gonna be|planning|planned|arranged|arranging|organising|organised|organizing|organized|set up|setting up) (?:a |an )?(?:\S+ )?` +
          S`${alt('stabbing', 'shooting', 'shanking', 'ambush', 'revenge attack', 'attack on', 'jumping', 'fight with (?:knives|blades|weapons|machetes)')}${gap(12)} ${soon}\b`,
        // Armed, and saying when: "hes got his mates dads air rifle in his bag ... hes going to shoot him at home time".
        S`${alt('air rifle', 'rifle', 'gun', 'bb gun', 'pellet gun', 'knife', 'blade', 'machete', 'strap')}${gap(16)} (?:going to|gonna|will|ll) (?:shoot|stab|cut|slash|use it on) ` +
          S`(?:him|her|them|someone|somebody|a lad|the lad)${gap(3)} (?:${soon}|at ${alt('home time', 'hometime', 'break', 'lunch', 'dinner time', 'the end of (?:school|the day)')})\b`,
        // In drill's words, a gun or a blade and a raid on rivals: "bring the strap, were riding out on the croxteth lot at 9".
        S`${armedSlang}${gap(10)} ${ridingOut}|${ridingOut}${gap(10)} ${armedSlang}`,
      ].join('|'),
    ),
    unless: new RegExp(S`${past.source}|${madeUp}`),
  },
  // "the man on the touchline is the one who raped her last month and hes waving at her to come over"
  {
    name: 'abuser-in-sight',
    when: b(
      [
        // Pointed out where he stands now: "the man on the touchline is the one who raped her".
        S`(?:man|men|guy|bloke|fella|lad|person|woman) (?:on|in|at|outside|by|near|across) (?:the )?(?:\S+ ){1,2}(?:is|are) (?:the )?(?:one|ones|man|men|guy|bloke|person) (?:who|that) ${harmedThem}`,
        // The one who harmed them, here now: "the man who abused her is outside the school gates".
        S`(?:the (?:man|one|guy|bloke|fella|lad|person)|(?:her|his|their) (?:abuser|rapist|attacker)) (?:who |that )?${harmedThem}${gap(6)} ` +
          S`(?<!\b(?:was|were) (?:\S+ )?)(?:is |s |hes |he is )?(?:here|outside|at the (?:gates?|door|school|front|match|game|window)|on the touchline|in the (?:crowd|car park|building|shop|stand|park|waiting room)|waving|watching (?:her|him|them)|waiting for (?:her|him|them)|calling (?:her|him|them) over|coming over|walking over)\b`,
        // Where he is now, who she says harmed her, and what he is doing: "there is a man in the children home garden who the young person
        // says raped her last week, he is banging on her window".
        S`(?:man|men|guy|bloke|person) (?:in|at|outside|by) (?:the |our |her |his )?(?:\S+ ){0,3}(?:garden|house|home|door|window|yard|drive|street) (?:who|that) (?:\S+ ){0,5}${harmedThem}${gap(6)} ` +
          S`(?:is |s |hes |he is )?(?:banging|knocking|trying to get in|at (?:the|her|his) (?:window|door)|outside)`,
        // Named so, and here now: "bloke at the door is her abuser and hes here now".
        S`(?:is|s) (?:her|his|their) (?:abuser|rapist|attacker|groomer|pimp|exploiter)${gap(4)} (?:and )?(?:hes|he is|theyre|they are|shes|she is) (?:here|outside|at the door|downstairs|in the house|in reception)`,
        // The one who exploits her come for her: "her pimp has come to the hospital to take her and hes on the ward now".
        S`^(?!.*\b(?:last (?:week|month|year|time)|(?:years?|months?|weeks?) ago|used to|convicted|in prison|court)\b).*\b(?:her|his|their) (?:pimp|groomer|exploiter|abuser|trafficker|rapist)${gap(2)} (?:has |is |s |just )*(?:come|came|turned up|arrived|here|outside|coming)${gap(8)} ` +
          S`(?:to (?:take|get|collect|fetch|grab) (?:her|him|them)|on the ward|in reception|at the door|outside|downstairs|in the (?:building|car park|corridor))`,
        // Gone to him now: "the girl go out of the window and her phone show she is at the house of the man who was arrested for her last month".
        S`(?:is|s|are) (?:at|in) the (?:house|flat|home|place) of the (?:man|men|guy|bloke|person) who (?:was |got |has been |had been )?(?:arrested|charged|${harmedThem})`,
        // On his way for her, and she is terrified of him: "her uncle is on his way to get her from placement and shes terrified, he abused her before".
        S`(?:on (?:his|her|their) way|coming) to (?:get|collect|take|pick up) (?:her|him|them)${gap(12)} (?:terrified|scared|frightened)${gap(8)} ${harmedThem}`,
      ].join('|'),
    ),
    unless: new RegExp(madeUp),
  },
  // "the older girl said i have to go to a party with some men tonight to pay back the vapes she gave me"
  // "dads coming to get me tonight, he told me at contact not to tell. dad has previous abduction attempt"
  {
    name: 'made-to-go-tonight',
    when: b(
      [
        S`(?:have|has|got) to go (?:to (?:a|the) (?:party|flat|house|hotel) )?with (?:some |the |his |her |older |these )?(?:older )?(?:men|lads|blokes|guys|friends|mates)${gap(3)} (?:tonight|now|today|later)${gap(3)} to (?:pay|pay back|pay off|settle)`,
        S`coming to (?:get|take|collect|pick up) (?:me|her|him|them) (?:tonight|today|later|after school|now)${gap(12)} (?:not to tell|dont tell|abduct\w*|tried to (?:take|snatch))`,
        S`(?:not to tell|dont tell)${gap(10)} (?:coming to (?:get|take) (?:me|her|him|them) (?:tonight|today|later)|(?:at|in) (?:the )?(?:ferry|airport|port|terminal|services)${gap(3)} now)`,
        S`(?:at|in) (?:the )?(?:ferry|airport|port|terminal)${gap(3)} now${gap(10)} (?:not to tell|dont tell)`,
        S`(?:put|got|took) (?:me|him|her|them) in the car${gap(4)} (?:said|says|saying) (?:were|we are|were all) going to \S+${gap(2)} (?:and )?(?:not to tell|dont tell)`,
        // Collected soon, and told to keep it secret: "a man she met on roblox is picking her up from the school gates today and told her not to
        // tell", "mums 'friend' is picking her up in an hour to take her to a party at a hotel, shes not to tell anyone".
        // (Not a treat kept secret: "nan is collecting her tonight, told us not to tell her brother as its a treat".)
        S`(?:picking (?:her|him|them) up|collecting (?:her|him|them))${gap(6)} ${soon}${gap(16)} (?:not to tell|dont tell)(?!.*\b(?:surprise|treat|presents?|birthday|christmas)\b)`,
      ].join('|'),
    ),
    unless: new RegExp(madeUp),
  },
  // "14yos uncle collects her from school every day, she came to contact with a new phone and bruises, hes picking her up in 10 mins"
  {
    name: 'collecting-her-soon',
    when: b(
      S`^(?=.*\b${alt('new phone', 'bruises', 'bruised', 'gifts', 'cash', 'older', 'uncle', 'boyfriend', 'vapes?')}\b).*\b(?:hes|he is|theyre|they are|he s) ` +
        S`(?:picking (?:her|him|them) up|collecting (?:her|him|them)|coming for (?:her|him|them)) in (?:\d+|ten|five|twenty|a few) (?:mins?|minutes)|` +
        // Sent pictures to a man who is coming for her today: "been sending pictures to a man who says hes coming to the school at lunchtime to
        // collect her".
        S`(?:sending|sent|send) (?:him )?(?:pictures|pics|photos|nudes|images|videos)${gap(6)} (?:a |an |some |this )?(?:man|men|bloke|guy|adult|stranger|someone)${gap(6)} ` +
        S`(?:coming|picking (?:her|him|them) up|meeting (?:her|him|them)(?! (?:mum|dad|mam|carer|carers|nan|parents|foster))|collecting (?:her|him|them))${gap(8)} (?:today|tonight|at lunch|at lunchtime|after school|now|in an hour|later)`,
    ),
    unless: new RegExp(madeUp),
  },
  // "staff have been letting a man in at night who takes her out to his car, hes coming at 11 tonight"
  {
    name: 'coming-for-them-tonight',
    // Only with a sign that it is hidden or exploiting: at night, to parties, let in, older (not "a man from the church
    // takes her to the cinema, hes coming at 6 tonight").
    when: b(
      S`(?=.*\b${alt('at night', 'in the night', 'middle of the night', 'parties', 'party', S`sneak\w*`, S`letting (?:a man|him|them|men) in`, 'older', S`secret\w*`)}\b)` +
        S`(?:man|men|bloke|guy|fella|adult|older (?:lads?|man|men|boys?))${gap(10)} (?:takes|took|taking|picks|picked|picking|collects|collected|sneaks|sneaked|drives|drove) (?:her|him|them) ` +
        S`(?:out|off|up|away)${gap(10)} (?:hes|he is|theyre|they are|he s) (?:coming|coming back|coming round|picking (?:her|him|them) up|due|back) (?:again )?(?:at \d{1,2}(?: ?(?:am|pm))? )?(?:tonight|today|later|now|in an hour)|` +
        // Or following her now: "a man in a white van has been following the taxi since school and the girl says thats the one who takes her to parties".
        S`(?:man|men|bloke|guy|car|van)${gap(6)} (?:has been|is|s|been|are|have been) following (?:the (?:taxi|car|bus)|us|me|her|him|them)${gap(12)} ` +
        S`(?:the one|the man|the guy|the bloke|him) (?:who|that) (?:takes|took|picks|picked) (?:her|him|them) (?:up )?(?:to|for) (?:parties|party|his flat|flats|hotels?|a hotel)`,
    ),
  },
];
