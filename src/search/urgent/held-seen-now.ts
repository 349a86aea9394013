/**
 * Abuse and exploitation told as the teller saw or heard it, often in English written as a second language (./tense-reading.ts
 * reads its bare verbs): someone met online coming for the child, a man in through the window, men with the child in a hotel.
 * Part of the "held" rule (./held.ts).
 */

import { alt, S } from './fragments';
import { thereNow } from './held-words';

const byFamily = S`${alt('taken', 'snatched', 'grabbed')} by (?:her|his|their) ${alt('mum', 'mam', 'dad', 'father', 'mother', 'birth mum', 'birth dad', 'birth parents?', 'parents?', 'uncle', 'aunt', 'nan', 'grandad')}\b`;
const againstTheOrder = S`(?=.*\b${alt('despite the order', 'against the order', 'in breach', 'breaching', 'not allowed', 'isnt allowed', 'no contact', 'without permission', 'phone is off', 'phones off', 'phone off', 'sedate')}\b)`;
/** Taken by a parent against the court's order: "shes been taken by her mum from school gates despite the order". */
export const takenAgainstTheOrder = S`\b(?:been|was|got) ${byFamily}${againstTheOrder}`;
/**
 * The same told as just done, which a parent's history does not date ("mum has a history of overdosing"); a date does ("was
 * 'taken' by his mum for a weekend last year without permission").
 */
export const takenAgainstTheOrderJustNow = S`\b(?:been|got) ${byFamily}${againstTheOrder}(?!.*\b${alt('last (?:year|month|week|time)', 'years? ago', 'months? ago', 'weeks? ago', 'used to')}\b)`;

export const seenNow: string[] = [
  // Picked up now by someone met online: "man from internet is coming to pick her up now at the shop, she is 13", "saw messages on her
  // ipad, the man says he comes to pick her tonight at 11" (a man or someone unnamed coming, not family or a taxi; the teller may be
  // a carer).
  S`^(?!.*\b${alt('dad', 'mum', 'nan', 'grandad', 'aunt', 'taxi', 'escort')}\b)` +
    S`(?=.*\b${alt('from (?:the )?internet', 'met online', 'online', 'on snapchat', 'on snap', 'on instagram', 'on tiktok', 'on roblox', 'on a game', S`messages on (?:her|his|their) ${alt('ipad', 'phone', 'tablet', 'laptop', 'xbox')}`)}\b)` +
    S`.*\b${alt('man', 'men', 'guy', 'bloke', 'lad', 'he', 'hes', 'someone', 'somebody', 'stranger', 'adult')}\b(?: \w+){0,4} (?:is |s )?${alt('coming', 'comes', 'came', 'come')} (?:to )?${alt('pick (?:her|him|them)(?: up)?', 'get (?:her|him|them)', 'collect (?:her|him|them)')}\b` +
    S`(?=.*\b${alt('now', 'right now', 'tonight', 'today', S`at \d`, 'this evening', S`in \d+ ?(?:mins?|minutes)`)}\b)`,
  // Someone met online here now: "the man from online is here at the park. i thought he was 16. hes really old and says get in the car".
  S`\b${alt('man', 'guy', 'bloke', 'person', 'someone', 'he')} (?:she |he |i )?(?:met |knows |talks to |talked to )?${alt('from online', 'from the internet', 'online', 'off snapchat', 'from snapchat', 'off snap', 'from instagram', 'from insta', 'from tiktok', 'from roblox', 'from the game', 'off the game', 'on snapchat', 'on snap', 'on instagram', 'on insta', 'on tiktok', 'on roblox')}\b` +
    S`(?! ${alt('support', 'training', 'safety', 'course', 'team', 'shop', 'shopping', 'banking', 'learning')}\b)` +
    S`.*\b${alt('is here', 'hes here', 'is outside', 'hes outside', 'get in the car', 'get in his car', 'waiting for me', 'waiting for her', 'waiting for him')}\b`,
  // Told she must go with them now: "the man from the car says i have to go in the room with his friend now. i dont want to".
  S`\b${alt('says', 'said', 'told me', 'told her', 'told him', 'saying')} ${alt('i', 'she', 'he', 'we', 'they')} ${alt('have', 'has', 'got', 'gotta')} to go ${alt('in', 'into')} (?:the |a )?${alt('room', 'bedroom', 'flat', 'car', 'house', 'van')} with\b` +
    S`(?=.*\b${alt('now', 'right now', 'tonight', 'dont want to', 'do not want to', 'scared', 'help')}\b)`,
  // A debt to be worked off, and kept there: "a man has locked the door and says i owe him for the food and i have to work it off tonight".
  S`\b${alt('owe', 'owes', 'owed')} (?:him|them|the man|the men|the lads)\b.*\bwork (?:it|this|that) off\b(?=.*\b${alt('locked', 'tonight', 'now', 'wont let', 'cant leave', 'man', 'men')}\b)`,
  // Drugs carried inside the body, and made to or unwell now: "theyre making me hold the drugs in my body and i feel really really sick".
  S`\b${alt('hold', 'holding', 'keep', 'keeping', 'carry', 'carrying', 'plug', 'plugging', 'plugged', 'hide', 'hiding', 'stuff', 'stuffed', 'stuffing')} (?:the |some |a )?${alt('drugs', 'wraps', 'packages', 'packets', 'gear', 'stuff')} (?:up )?${alt('in', 'inside', 'up')} ${alt('my', 'her', 'his', 'their')} ${alt('body', 'bum', 'insides', 'inside', 'stomach', 'back passage')}\b` +
    S`(?=.*\b${alt('making', 'made', 'forced', 'feel', 'feels', 'sick', 'pain', 'now', 'tonight', 'swallowed')}\b)(?!.*\b${alt('signs', 'training', 'what is', 'whats', 'how do')}\b)`,
  // Filmed by several, wanting to go: "theyve been filming me. theres 3 of them. i want to go home".
  S`\b${alt('filming', 'recording', 'videoing')} ${alt('me', 'her', 'him', 'them', 'us')}\b(?=.*\b${alt(S`theres ${alt('\\d+', 'two', 'three', 'four', 'five', 'loads', 'lots')} of them`, 'wont let (?:me|us|her|him) (?:go|leave)', 'cant leave', 'locked')}\b)`,
  // Claimed and moved away now: "he says im his now and i have to go to leeds with him, were at lime street".
  S`\b${alt('says', 'said', 'saying', 'told me', 'told her')} ${alt('im', 'i am', 'shes', 'she is', 'hes', 'he is')} ${alt('his', 'theirs')} now\b(?=.*\b${alt('have to go', 'has to go', 'with him', 'station', 'lime street', 'tonight', 'car')}\b)`,
  // Kept by men, phones taken: "me and ellie r at a flat w some men, theyve took our phones, we want to go home but they said no".
  S`\b${alt('took', 'taken', 'take', 'have', 'got')} ${alt('our', 'my', 'her', 'his', 'their')} phones?\b.*\b${alt('want to go home', 'wanna go home', 'want to leave', 'let (?:us|me|her|him) go', 'let (?:us|me|her|him) leave')}\b.*\b${alt('said no', 'say no', 'wont let', 'not allowed', 'cant')}\b`,
  takenAgainstTheOrder,
  // Told without words, pointing at the one waiting to take her: "telling staff in makaton 'man touch' and pointing at the taxi driver who
  // is waiting to take her home".
  S`\bpointing (?:at|to) (?:the |her |his |their )?(?:\w+ )?${alt('driver', 'escort', 'man', 'carer', 'uncle', 'dad', 'stepdad', 'worker', 'brother')}\b` +
    S`(?<=\b${alt('touch', 'touched', 'touches', 'hurt', 'hurts', 'hit', 'hits')}\b.*)(?=.*\b${alt('waiting', 'here now', 'outside', 'to take (?:her|him|them)')}\b)`,
  // Fear told without words, and the one feared about to be alone with the child, or coming now: "uses eye gaze, keeps looking at
  // 'scared' and 'home' and then at the pe teacher, who is about to take her to the changing room alone", "points at the man with the
  // dog and signs 'no' 'scared' 'hurt' 'me', hes walking over to us now".
  S`^(?=.*\b${alt('eye gaze', 'signs?', 'signed', 'signing', 'makaton', 'pointed', 'pointing', 'points', 'looking at', 'looks at', 'communication device', 'talker', 'pecs', 'presses', 'pressed')}\b)` +
    S`(?=.*\b${alt('scared', 'hurt', 'help', 'frightened', 'touch')}\b)` +
    S`.*\b(?:${alt('about to', 'waiting to', 'going to', 'is going to')} take (?:her|him|them)\b.*\b${alt('alone', 'on (?:her|his|their) own', 'to the changing rooms?', 'to the toilets?', 'in (?:the|his|a) (?:car|van)')}` +
    S`|${alt('walking', 'coming', 'heading', 'running')} (?:over )?${alt('to', 'towards')} ${alt('us', 'her', 'him', 'them', 'me')}\b.*\bnow)\b`,
  // A lure named in signs, and the car or van there now: "using signs she told me 'man car sweets' and pointed to the white van parked by
  // the school gate every day this week, its there now and shes going out for break".
  S`^(?=.*\b${alt('man', 'men')}\b)(?=.*\b${alt('sweets', 'a lift', 'puppy', 'puppies', 'presents?')}\b)` +
    S`(?=.*\b${alt('its', 'it is', 'the van is', 'the car is', 'hes', 'he is')} (?:still )?${alt('there', 'outside', 'parked')} now\b).*\b${alt('van', 'car')}\b`,
  // Driven by a man to a house, a debt told or fear shown: "a man who picked her up at 8 is driving her to a house in manchester and
  // told her she owes him for the weed, shes crying, shes 14" (not a taxi, an escort or a parent).
  S`^(?!.*\b${alt('taxi', 'escort', 'dad', 'mum', 'social worker', 'foster carer')}\b)(?=.*\b${alt('man', 'men', 'bloke', 'guy', 'lads', 'older males?')}\b)` +
    S`.*\b(?:is |are |s )?${alt('driving', 'taking')} (?:her|him|them) to (?:a |some |an )?(?:\w+ )?${alt('house', 'flat', 'hotel', 'party', 'address')}\b` +
    S`(?=.*\b${alt('owes?', 'crying', 'scared', 'frightened', 'doesnt know (?:him|them|where)', 'wont let', 'weed', 'drugs', 'work it off')}\b)`,
  // Coming today against a court's order: "his dad is coming to the house tonight ... there is a non-molestation order, carer doesnt know".
  S`^(?=.*\b${alt('non molestation order', 'no contact order', 'restraining order', 'injunction', 'prohibited steps order', 'not allowed (?:near|contact)', 'isnt allowed (?:near|contact)')}\b)` +
    S`(?=.*\b${alt('dad', 'mum', 'father', 'mother', 'stepdad', 'uncle', 'he', 'she', 'ex')}\b(?: \w+){0,2} (?:is |s )?${alt('coming', 'turning up', 'on (?:his|her) way', 'going')} ${alt('to', 'round to', 'over to', 'round')} (?:the |our |her |his |their )?${alt('house', 'home', 'school', 'flat', 'placement', 'nursery')}\b(?: \w+){0,3} ${alt('tonight', 'today', 'now', 'later', 'this evening', 'this afternoon')}\b)`,
  // The one who abuses her there now, and the child whispering to tell it: "the uncle is in her room at night, he is there now, she
  // whispers on the phone".
  S`\b${thereNow}\b.*\bwhisper(?:s|ing|ed)?\b|\bwhisper(?:s|ing|ed)?\b.*\b${thereNow}\b`,
  // A man come in through the child's window: "an adult man in the bedroom of the 14 year old, i hear talking, he came through window".
  S`^(?=.*\b${alt('man', 'men', 'adult', 'stranger', 'bloke', 'someone', 'somebody')}\b)(?=.*\b(?:bed)?room\b)` +
    S`(?!.*\b${alt('fix', 'fixing', 'fitter', 'glazier', 'window cleaner', 'workman', 'builder', 'repair', 'dream', 'nightmare', 'film', 'story')}\b)` +
    S`.*\b${alt('came', 'comes', 'coming', 'climbed', 'climbing', 'got')} (?:in )?(?:through|thru) (?:the |her |his |their )?(?:bedroom )?window\b`,
  // Made to do things for drugs, and there now: "the men in the flat make her do things with them for the drugs, she there now".
  S`\b${alt('make', 'makes', 'made', 'making')} (?:her|him|them) do ${alt('things', 'stuff', 'sex stuff', 'sexual things', 'bad things')}\b` +
    S`(?=.*\b${alt('shes there', 'she is there', 'hes there', 'he is there', 'theyre there', 'she there', 'he there', 'there now', 'sent (?:her|his|their|me) location', 'sends location', 'right now')}\b)`,
  // Taken to a hotel by men, and there now: "the men took her to a hotel, she messaged me the room number".
  S`\b${alt('men', 'man', 'older men', 'older man', 'lads', 'olders', 'adults', 'strangers')} (?:have |has )?${alt('took', 'taken', 'take', 'takes', 'taking', 'brought')} (?:her|him|them) to (?:a |the )?hotel\b` +
    S`(?=.*\b${alt('room number', 'now', 'right now', 'tonight', 'messaged', 'texted', 'sent', 'location')}\b)`,
  // Assaulted, and the one suspected here now: "at a and e after assault, suspect is her boyfriend aged 24, hes in waiting room asking for her".
  S`^(?=.*\b${alt(S`assault\w*`, 'raped', S`(?<!panic )attack\w*`, 'abused', 'strangled', 'beaten', 'suspect', 'perpetrator', 'alleged')}\b)` +
    S`.*\b${alt('hes', 'he is', 'theyre', 'they are', 'suspect is', 'suspect')} (?:in|at) (?:the )?${alt('waiting room', 'waiting area', 'reception', 'front desk', 'corridor', 'department')}\b` +
    S`(?=.*\b${alt('asking for (?:her|him|them)', 'asking to see', 'wants to see', 'now', 'waiting for (?:her|him|them)', 'wont leave', 'refusing to leave')}\b)`,
];
