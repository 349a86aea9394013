/**
 * A child taken, snatched or held: by strangers, by those who exploit them, or by anyone.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { harmlessExcess } from './fragments-means';
import { held, pastNotPriorDeed } from './taken-or-held-by-others-words';

/** Told plainly, in few words or a second language's grammar. */
const heldPlainly = [
  // "young person say she is in back of lorry with other people, no air, they driving long time"
  S`(?:in|inside) (?:the )?back of (?:a |the )?(?:lorry|truck|van|container)${gap(8)} (?:no air|cant breathe|cannot breathe|no water|locked in|driving)`,
  // "she was trafficked from vietnam, the boss is coming back to take her from my house now"
  S`(?:trafficked|trafficker|the boss|pimp)${gap(10)} (?:is |s )?coming (?:back )?to (?:take|get|collect) (?:her|him|them)${gap(6)} now`,
  // "mother girlfriend lock the children in flat and go out since two days, kids only 4 and 6, they alone now"
  S`lock(?:ed|s)? (?:the |her |his |their )?(?:children|kids|baby|babies|child)${gap(3)} in (?:the |a )?(?:flat|house|room|home)${gap(14)} (?:alone|on their own|by themselves)`,
  // "they tie him on chair in a garage, he manage text me one word 'help'"
  S`(?:they|he|she|someone|men) (?:tie|tied|have tied|has tied) (?:him|her|them) (?:up )?(?:on|to|onto) (?:a |the )?(?:chair|radiator|bed|pipe)`,
  // "the woman who take the girl for 'job' is here in the house now, she say girl must go with her, the girl is hiding under the bed"
  S`(?:here|in the house|at the door|outside) now${gap(10)} (?:must|has to|have to|got to) go with (?:her|him|them)${gap(8)} (?:hiding|hides|scared|terrified|crying)`,
  // "the grandmother not giving back the child after contact, she lock the door and say the child stay with her"
  S`not (?:giving|give|bringing|bring|handing|hand) (?:back )?(?:the |my |our )?(?:child|baby|boy|girl|him|her|them)(?: back)?${gap(12)} ` +
    S`(?:lock|locked|wont open|refuse|refusing|come (?:and )?take)`,
  // "auntie and cousins came and carry the girl out of house, she crying ... they still in car outside"
  S`(?:carry|carried|drag|dragged|pull|pulled) (?:the |my |our )?(?:girl|boy|child|baby|her|him|them) (?:out of|from) (?:the )?(?:house|home|flat|school)${gap(14)} ` +
    S`(?:(?:still )?in (?:the |a )?car|outside|crying|screaming)(?!.*\b(?:joy|birthday|surprise|laughing|lol)\b)`,
  // "the child of my sister is close in cupboard by the father from the morning ... i hear her cry in there now"
  S`(?:child|children|kids?|baby|girl|boy|she|he|they) (?:\w+ ){0,3}(?:is|are|been) (?:close|closed|shut|lock|locked) in (?:the |a )?` +
    S`(?:cupboard|shed|cellar|basement|boot|garage|loft|wardrobe)`,
  // Brought somewhere, phones taken: "the woman who said she was my auntie has brought me to a house and theres loads of other girls and they
  // took our phones".
  S`(?<!\b(?:we|i) )(?:brought|taken|took) (?:me|her|him|them|us) to (?:a|the|this|some) (?:house|flat|hotel|address)${gap(14)} (?:took|taken|take|have) (?:our|my|her|his|their|all our|all the) phones`,
  // Followed and told to get in: "being followed by a man in a car and he keeps pulling up beside me and telling me to get in".
  S`(?:followed|following)(?: (?:me|her|him|them)| by)${gap(16)} (?:telling|asking|trying to get|wants|wanting) (?:me|her|him|them) to get in\b`,
  // Hours in his car, kept from ringing: "ive been in his car for hours and im not allowed to ring anyone".
  S`(?:in|inside) (?:his|their|a mans|a strangers|the mans) (?:car|van)${gap(16)} (?:not allowed to|wont let (?:me|her|him|them)|cant) (?:ring|call|phone|text|contact|leave|get out)\b(?!(?: \S+){0,2} while (?:hes|shes|theyre|he is|she is) driving)`,
  // Grabbed and locked in with him: "grabbed yp by the arm and locked her and himself in the back room".
  S`(?:grabbed|dragged|pulled)${gap(6)} (?:and )?locked (?:her|him|them)(?: and (?:him|her|them)sel(?:f|ves))? in\b`,
  // At the door to take her, and she hides: "the man who bring him to uk is here. at my door. he say boy must come with him, boy hiding".
  S`(?:is here|at (?:my|the|our) door|outside)${gap(8)} (?:must|has to|have to|got to|should) (?:come|go) with (?:her|him|them|me|us)${gap(8)} (?:hiding|hides|scared|terrified|crying)`,
  // Put in a car, scared, and driven off now: "he take the boy into car, the boy look at me like he is scared, they drive now".
  S`(?:take|took|taken|put|pull|pulled|drag|dragged) (?:the |our |my )?(?:boy|girl|child|kid|him|her|them) (?:in|into) (?:the |a |his |their )?car${gap(12)} (?:scared|crying|frightened|terrified)${gap(6)} (?:drive|driving|drove|driven|gone)\b`,
  // Someone got in who should not have: "my foster sisters dad is in our room, the mans got in".
  S`^(?=.*\b(?:room|bedroom|house|home|unit|flat)\b).*\b(?:mans|man has|men have|someones|someone has|somebody has|strangers|stranger has) got in\b(?! (?:touch|contact|trouble|the car|a car|a taxi|bed|the bath|the shower|late|early|the pool))`,
  // Held for money: "a man has phoned saying hes got one of our young people and wants money or she wont come home".
  S`(?:saying|says|said|claims|claiming|texted|messaged) (?:hes|he has|theyve|they have|shes|she has|ive|i have|weve|we have) got (?:(?:her|him|them)(?! (?:a|an|some|the|new|his|her|their|\d+)\b)|one of (?:our|your|the)|your \S+|our \S+)${gap(12)} ` +
    S`(?:wants?|demanding|asking for) (?:money|cash|a ransom|\d+)`,
  S`(?:or|otherwise|else) (?:she|he|they|shes|hes) (?:wont|will not|will never|never) (?:come|be coming|get|go) (?:home|back)\b(?=.*\b(?:money|cash|ransom|got (?:her|him|them))\b)`,
  // Collected by someone who claimed to be family and is not: "collected at 3pm by a woman saying she was her aunt, there isnt an aunt on the list".
  S`(?:collected|picked up|taken|fetched)${gap(4)} by (?:a |an |some )?(?:woman|man|lady|bloke|someone|somebody|people|adult|stranger)${gap(2)} (?:saying|claiming|who (?:said|says|claimed))${gap(3)} ` +
    S`(?:aunt|auntie|uncle|mum|dad|cousin|nan|grandad|sister|brother|family|relative)${gap(12)} (?:(?:isnt|is not|wasnt|no|not)${gap(3)} on (?:the|her|his|their) (?:\S+ )?list|no (?:child|sign of (?:her|him|them))|not (?:her|his|their) (?:aunt|auntie|uncle|mum|dad|cousin|nan|grandad|sister|brother))`,
  // Taken again by the same people: "trafficked last year. just had a call that hes been picked up by the same people outside school".
  S`(?:picked up|taken|collected|snatched|grabbed|driven off) by (?:the same|those same) (?:people|men|man|lads|gang|group|adults?|ones?)`,
  // Sent to a stranger's house and unable to leave: "shes at a strangers house in crosby, been 'sent there' by her boyfriend and she doesnt know
  // how to leave".
  S`(?:sent|taken|dropped off|brought) (?:her |him |them |me )?there${gap(12)} (?:doesnt|dont|does not|do not) know how to (?:leave|get out|get home|get away)|` +
    S`(?:a |some )?(?:strangers|strange mans|mans|old mans|older mans) (?:house|flat)${gap(14)} (?:doesnt know how to|dont know how to|cant|not allowed to) (?:leave|get out|get home|get away)`,
  // Her phone used by someone else, who says not to look: "a text from leahs number but not her writing style: 'shes fine dont look for her'".
  S`(?:not (?:her|his) (?:writing |texting )?style|doesnt (?:sound|write|text) like (?:her|him)|not how (?:she|he) (?:writes|texts|talks))${gap(12)} ` +
    S`(?:dont|do not|stop|no need to) look(?:ing)? for (?:her|him|them|me)|` +
    S`(?:dont|do not|stop|no need to) look(?:ing)? for (?:her|him|them|me)${gap(12)} (?:not (?:her|his) (?:writing |texting )?style|doesnt (?:sound|write|text) like (?:her|him))`,
  // "man is in the house who should not be, he push me and now he going upstairs to children room"
  S`(?:man|men|stranger) (?:is |are |s )?in (?:the|my|our) (?:house|home|flat) (?:who|that) (?:should not|shouldnt|is not allowed|isnt allowed|not allowed|must not)${gap(14)} ` +
    S`(?<!\b(?:gone|left|away|out|fine|safe|ok|okay) )now`,
];

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenOrHeldByOthersSituations: Situation[] = [
  // "a man has dragged our 13yo into his car"
  // A ward keeping a patient is the Mental Health Act's question, not an abduction.
  // Nor the taxi firm's driver taking a child to school as arranged.
  {
    name: 'held-or-taken',
    when: b(alt(held, ...heldPlainly)),
    unless:
      // History too: "got into a car with a stranger last year, how do we do safety work".
      // Nor a house rule asked about ("a deprivation of liberty?"), or someone locked out or calling to read the meter.
      // What the one holding her "has done before" is why she is at risk now, not history.
      new RegExp(
        // (But not when the escort keeps the child in: "the taxi escort has locked the child in the cab and wont let her out".)
        S`\b(?:ward|unit|hospital|informal|voluntar(?:ily|y)|inpatient|sectioned|section|taxi (?:firm|company)|school transport|escort|as (?:agreed|planned|arranged))\b(?!.*\bwont let (?:her|him|them) out\b)|` +
          // Clinging at bedtime, not held: "every night at bedtime he screams and wont let me leave the room".
          S`\b(?:bedtimes?|bed times?|at night|every night|goes to bed|clings?|clingy|clinging)\b.*\b(?:wont|will not|doesnt|does not) let (?:me|her|him|us|them) leave the room\b|` +
          // A young child's clinging: "clingy all the time wont let me out of site", "wont let me go to the toilet on my own".
          S`\bwont let me (?:go )?out of (?:(?:her|his|their|my) )?(?:sight|site)\b|\bwont let me go to the (?:toilet|loo|bathroom|shops?)(?: on my own| alone| without (?:her|him|them))?\b|` +
          // A scam or a story read, nothing happened to ours: "a scam where people ring pretending theyve kidnapped a grandchild", "she
          // read about a girl being taken in a car on the motorway. nothings happened to her one".
          S`\b(?:scam|pretending (?:theyve|they have|to have))\b|\bread about (?:a|an|some) \w+ (?:being|who was|who got)\b|` +
          // A game that swallows a child, in jest: "carer joked the 13yo has been kidnapped by fortnite".
          S`\b(?:kidnapped|abducted|taken hostage|held hostage|held captive) by (?:the |his |her |their )?${alt(...harmlessExcess, 'minecraft', 'roblox', 'xbox', 'playstation', 'ps5', 'switch', 'phone', 'ipad', 'tablet', 'bed', 'sofa', 'duvet')}\b|` +
          // A friends' surprise, in jest: "shes been 'kidnapped' by her friends for a surprise birthday - hahaha".
          S`\bkidnapped by (?:her|his|their) (?:friends|mates)\b(?=.*\b(?:surprise|birthday|haha\w*|lol|with permission)\b)|` +
          // Her history told for life story work: "she says she was kidnapped, is that how we describe it".
          S`\blife ?story\b|\bin the (?:play|school play|film|drama)\b|` +
          // A child's wish for a parent: "he keeps telling me 'mums going to come and get me' even though contact has stopped".
          S`\b(?:says|keeps? (?:telling|saying))(?: \w+){0,2} (?:my )?(?:mums|dads|mummys|daddys|mum is|dad is|nans) (?:going to|gonna) come and get (?:me|him|her)\b|` +
          // Said of the carers, as an accusation: "mother post on facebook that we kidnapped her son. it is not true".
          S`\b(?:we|i|the carers?|social services|the council|you) (?:have |has )?(?:kidnapped|abducted|stole|stolen)\b|` +
          // Minding siblings, joked about: "trapped in the house with me little sisters, send help - shes babysitting".
          // Or fine, asking for a lift: "can you come and get me from laurens at 9, im sound, just knackered".
          S`\b(?:babysitting|im sound|i am sound|just knackered)\b|` +
          // A thing snatched, not a child: "how do i report that my grandsons phone was snatched in town".
          S`\b(?:phone|bag|handbag|bike|wallet|purse|scooter|money) (?:was |got |been |has been )?(?:snatched|grabbed|nicked|stolen)\b(?!.*\b(?:dragged|pulled|bundled|into (?:a|the) (?:car|van))\b)|` +
          // Clinging: "clingy, wont let me go".
          S`\bclingy\b.*\bwont let me go\b|\bwont let me go\b.*\bclingy\b|` +
          // A feeling named, not a deed: "he said it felt like he was 'kidnapped' out of his school".
          S`\b(?:felt|feels|feel|feeling) like (?:(?:he|she|they|i|we) (?:was|were|had been|is|are|am|been) )?(?:being )?(?:kidnapped|abducted|taken hostage|held hostage|held captive|a prisoner)\b|` +
          // Clinging, not held: "clingy, cant leave the room without him screaming".
          S`\bcant leave (?:the room|the house|him|her|them)(?: \w+){0,2} without (?:him|her|them) (?:screaming|crying|kicking off|panicking|following)\b|` +
          // Told of a childhood: "locked in a cupboard for years by birth family".
          S`\bby (?:her |his |their )?birth (?:family|parents?|mum|dad|mother|father)\b|` +
          // Or in the years before care: "locked in a bedroom with no food for days as a toddler".
          S`\bas a (?:baby|toddler|little one|young child|small child|little boy|little girl)\b|` +
          // Or over, the one who held her arrested: "what happens to the man who took her now hes been arrested".
          // Or told at the interview after she came back: "she said she was locked in a room, how do we do the return interview".
          S`\b(?:been arrested|been charged|in custody|go to court|give evidence|the trial|return (?:home )?interviews?)\b|` +
          S`\b(?:deprivation of liberty|dols|curfew|meter|locked (?:him|her|them)sel(?:f|ves) out|forgot (?:his|her|their) keys?)\b|${pastNotPriorDeed.source}`,
      ),
  },
];
