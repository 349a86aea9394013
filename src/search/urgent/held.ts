/**
 * Abuse and a child taken: held somewhere, raped (a message asking for help is ./help-message.ts).
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, eitherSide, past, S, them, tryingToGetIn, upTo, type Rule } from './fragments';
import { pastUnlessToldAs } from '../danger/fragments-history';
import { heldOrdinary, thereNow, comingNow, hidingAway, abuseToldOf } from './held-words';
import { seenNow, takenAgainstTheOrderJustNow } from './held-seen-now';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const heldRules: Rule[] = [
  // "a man has her in his car", "shes being held somewhere"
  {
    name: 'held',
    when: anyOf(
      // Carried into a place by men, seen on a camera just now: "two men carrying a girl in our school uniform into the flat above".
      S`\b${alt('men', 'man', 'adults', 'lads', 'someone', 'people')} (?:\w+ )?${alt('carrying', 'carried', 'dragging', 'dragged', 'bundling', 'bundled')} (?:a |the |our |her |his )?(?:\w+ )?${alt('girl', 'boy', 'child', 'kid', 'yp', 'young person', 'teenager')}\b(?: \S+){0,8} ${alt('into', 'in to', 'inside')}\b(?!.*\b${alt('film', 'drama', 'play', 'game', 'ambulance', 'paramedics', 'hospital', 'last year', 'ago')}\b)`,
      // Come now or a picture is shared: "come to the park now ill be by the swings, dont tell your carer or ill share it".
      S`^(?!.*\b${alt('lol', 'haha', 'joke', 'joking', 'dancing', 'banter')}\b).*\bcome to (?:the |my |our )?(?:\w+ )?${alt('now', 'tonight', 'right now')}\b.*\bor ${alt('ill', 'i will', 'im gonna', 'im going to', 'we will', 'well')} ${alt('share', 'post', 'send', 'show', 'leak')}\b`,
      // Taken by someone nobody knows: "taken from school at lunchtime by an unknown woman claiming to be her aunt".
      S`\b(?:taken|collected|picked up) from ${alt('school', 'nursery', 'the park', 'placement', 'the home', 'contact', 'the centre')}(?: \S+){0,3} by (?:an? )?${alt('unknown', 'strange', 'unidentified')} ${alt('woman', 'man', 'adult', 'person', 'people', 'men', 'women')}\b`,
      S`\bby (?:an? )?(?:\S+ )?${alt('woman', 'man', 'adult', 'person')} claiming to be (?:her|his|their) ${alt('aunt', 'auntie', 'uncle', 'mum', 'dad', 'gran', 'nan', 'grandad', 'sister', 'brother', 'cousin', 'carer', 'social worker')}\b`,
      // Going to meet the man police warned of: "arranging to meet t at the bus station in ten minutes ... t is the man police told us about".
      S`^(?=.*\b${alt('meet', 'meeting', 'going with', 'go with', 'getting in', 'get in')}\b)(?=.*\b${alt('now', 'tonight', S`in (?:\d+|ten|five|fifteen|twenty|thirty|a few) ${alt('mins?', 'minutes')}`)}\b).*\b${alt('man', 'men', 'adult', 'bloke', 'guy')} (?:the )?police (?:have )?${alt('told', 'warned')} (?:us|me|them|her|him) about\b`,
      // Taken abroad or away to be cut (female genital mutilation): "her aunt is taking her 'on holiday to be cut' on a flight this weekend".
      S`\b${alt('taking', 'take', 'takes', 'sending', 'send', 'flying')} (?:me|her) (?:\S+ ){0,3}(?:to be|to get) cut\b`,
      // Driven off by a man's booking, crying and unwilling: "taxi ... booked by an adult man ... the girl is crying in the back saying she
      // doesnt want to go".
      S`^(?=.*\b${alt('taxi', 'cab', 'car', 'van', 'driver')}\b)(?=.*\b${alt('man', 'men', 'adult', 'uncle', 'stranger')}\b).*\b${alt('crying', 'screaming', 'begging', 'scared', 'terrified')}\b(?: \S+){0,6} ${alt('saying', 'says', 'said')} (?:she|he|they) ${alt('doesnt', 'does not', 'dont', 'do not')} want to go\b`,
      // A message that trades the child back, or says they are gone for good: "if you want to see her again youll pay what her mam owes",
      // "sent a picture of him in a car saying your never getting him back".
      S`\bif (?:you|u) (?:ever )?(?:want|wanna) (?:to )?see ${alt('her', 'him', 'them', 'the (?:kid|kids|baby|girl|boy)')} (?:again|alive)\b`,
      S`\b${alt('your', 'youre', 'you are', 'ur', 'you')} (?:never|not) ${alt('getting', 'gonna get', 'going to get', 'ever getting', 'seeing', 'gonna see', 'going to see', 'ever seeing')} ${alt('him', 'her', 'them', 'the (?:kid|kids|baby)')} ${alt('back', 'again')}\b(?!.*\b${alt('court', 'hearing', 'judge', 'proceedings', 'care order', 'solicitor', 'barrister')}\b)`,
      // Sold for sex online: "someones posted her on an escort site".
      S`\b${alt('posted', 'advertised', 'advertising', 'listed', 'selling', 'sold', 'put')} (?:${alt('her', 'him', 'them')} |(?:pics|pictures|photos) of (?:her|him|them) )(?:up )?on (?:an? )?${alt('escort', 'adult', 'sex', 'vivastreet', 'adultwork', 'onlyfans', 'punting')}\b`,
      // Adults plying a child with drink or drugs now, somewhere of theirs: "adults pouring her vodka in a flat, shes 12".
      S`\b${alt('men', 'adults', 'older (?:men|lads|boys|males)', 'blokes', 'grown men')} (?:are |keep |keeps )?${alt('pouring', 'giving', 'feeding', 'plying')} (?:her|him|them) (?:with )?${alt('vodka', 'alcohol', 'drink', 'spirits', 'drugs', 'pills', 'ket', 'booze', 'shots')}\b(?=.*\b${alt('in a flat', 'at a flat', 'at a house', 'in a house', 'in a car', 'at a party', 'now', 'tonight', 'right now', S`(?:shes|hes|she is|he is|aged|only) (?:1[0-3]|[7-9])`)}\b)(?!.*\b${alt('safe', 'found (?:her|him|them)', 'last night', 'yesterday', 'handover', 'was', 'were', 'been')}\b)`,
      // Taken tonight to be cut (female genital mutilation), in the child's words: "my mums taking me to a lady tonight to get cut, its tradition".
      S`\b${alt('taking', 'take', 'takes', 'took')} (?:me|her) to (?:a |the |an )?${alt('lady', 'woman', 'auntie', 'aunty', 'aunt', 'elder', 'nurse')}\b.*\bto (?:get |be )?cut\b`,
      // Tied down at home: "the child is tied to the chair with a belt. parents say its for his own safety".
      S`\b${alt('tied', 'chained', 'taped')} (?:up )?(?:to|onto) (?:the|a|his|her|their) ${alt('chair', 'bed', 'radiator', 'cot', 'table', 'pipe')}\b(?!.*\b${alt('lap belt', 'harness', 'straps?', 'wheelchair', 'bus', 'splints?', 'game', 'prank', 'drama', 'play', 'legs')}\b)`,
      // Held down in a bedroom, or touched in public, as it happens: "found one of our girls (ld) in the lads bedroom being held down", "on the
      // bus a mans got his hand up her skirt".
      S`\b${alt('bedroom', 'room', 'toilets', 'bathroom', 'lads', 'boys', 'men', 'man')}\b.*\bbeing held down\b(?!.*\b${alt('bloods?', 'injections?', 'jabs?', 'vaccines?', 'restraint', 'restrained', 'nurse', 'dentist', 'doctor')}\b)`,
      S`\bhand ${alt('up', 'down', 'inside')} (?:her|his) ${alt('skirt', 'top', 'trousers', 'pants', 'knickers', 'shorts', 'dress')}\b`,
      // Carried off by a neighbour or a stranger: "shes nonverbal and the neighbours just carried her into his house, shes 11".
      S`\b${alt('neighbour', 'neighbours', 'man', 'stranger', 'someone', 'lad', 'bloke')}(?: has| is|s)? (?:just )?${alt('carried', 'taken', 'took', 'pulled', 'dragged', 'led')} (?:her|him|them) ${alt('into', 'in')} (?:his|their|a) ${alt('house', 'flat', 'car', 'van', 'shed')}\b`,
      // In a taxi with lads, sending for help: "faith is in the back of a taxi with some lads who said theyd pay her. she keeps sending me 'help'".
      S`\bin the back of (?:a |the |some )?${alt('taxi', 'car', 'van', 'cab')}\b(?=.*\b${alt('lads', 'men', 'guys', 'older')}\b)(?=.*\b${alt('pay (?:her|him)', 'help', 'the reg', 'registration', 'number plate')}\b)`,
      // The one who trafficked them close now: "the trafficker is in the same hostel as my young person, saw him at breakfast".
      S`\b${alt('trafficker', 'traffickers', 'exploiter', 'pimp', S`the ${alt('man', 'men', 'woman')} who ${alt('trafficked', 'sold', 'brought')} (?:her|him|them)`)}\b.*\b${alt(S`same ${alt('hostel', 'hotel', 'house', 'building', 'placement', 'school', 'college', 'street')}`, 'outside', 'at the door', 'found (?:her|him|them)', 'turned up', 'saw (?:him|her|them)')}\b`,
      // Owing for drugs and going with him to pay it off, now: "her 'boyfriend' is outside and has told her she owes him for the drugs and
      // has to go with him to pay it off, shes going now".
      S`\bowes? (?:him|them|her|his mates)\b.*\b${alt('go with (?:him|them)', 'pay (?:it |this )?off', 'work (?:it )?off')}\b.*\b${alt('going now', 'gone now', 'leaving now', 'outside', 'on her way', 'on his way', 'tonight', 'right now')}\b`,
      // Many men to a hotel room: "men keep coming to the room, hotel".
      S`\bmen (?:keep )?(?:coming|come|came) ${alt('to', 'into', 'in')} (?:the|her|my|his) (?:hotel )?room\b(?=.*\b${alt('hotel', 'airbnb', 'b and b', 'bnb', 'flat')}\b)`,
      // With the one who hurts them, told to hide it: "hes in the room with me now, he told me to delete this, please come".
      S`\b${alt('hes', 'he is', 'shes', 'she is', 'theyre', 'they are')} in the room with me\b.*\b${alt('delete this', 'told me to delete', 'please come', 'come now', 'help me')}\b`,
      // Kept somewhere and made to work for them, in the child's words: "they are keeping me in the house in anfield, they take my passport,
      // i have to sell for them".
      S`\b${alt('keeping', 'keep', 'kept', 'holding', 'hold')} me (?:in|at) (?:the |a |this |their |his |some )?(?:\w+ )?${alt('house', 'flat', 'room', 'place', 'basement', 'shed')}\b.*\b(?:passport|(?:have|got|make|makes|made|making) (?:me )?to ${alt('sell', 'deal', 'work', 'run', 'cook')})\b`,
      // Fetched and driven off, told by the child on the way: "my brothers come for me, hes driving me to birmingham", "me real mum picked
      // me up from school and said were going to ireland, were at the ferry now" (not a carer's lift, nor a holiday).
      S`^(?!.*\b${alt('carers?', 'foster', 'social worker', 'sw', 'taxi', 'escort', 'staff', 'teacher', 'holiday', 'trip')}\b)` +
        S`.*\b${alt('come for me', 'came for me', 'turned up for me', 'picked me up', 'took me', 'taken me')}\b.*\b(?:${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} ${alt('driving', 'taking')} me ${alt('to', 'away')}|${alt('were', 'we are', 'im', 'i am')} (?:now )?${alt('at', 'on')} (?:the )?${alt('ferry', 'airport', 'port', 'plane', 'boat', 'coach station')})\b`,
      // Made to do things, in the child's words as it happens: "theres 3 older lads here and they keep making me do stuff, i said no".
      S`^(?=.*\b${alt('lads', 'men', 'boys', 'guys', 'older', 'man', 'adults', 'they')}\b).*\b${alt('making', 'make', 'made')} me do ${alt('stuff', 'things', 'sexual stuff', 'sex stuff')}\b.*\b${alt('i said no', 'i dont want to', 'i told them no', 'wont stop', 'make them stop', 'help me')}\b`,
      // Filmed against their will, as it goes on: "theyre filming me, i dont want to, they wont stop".
      S`\b${alt('theyre', 'they are', 'hes', 'he is', 'shes', 'she is')} ${alt('filming', 'recording', 'videoing')} me\b(?!.*\b${alt('play', 'stage', 'show', 'tiktok', 'youtube', 'project', 'drama', 'lol', 'dance', 'match')}\b).*\b${alt('i dont want', 'i said no', 'wont stop', 'make them stop', 'make him stop', 'help me')}\b`,
      // Made to hide drugs in the body: "theyre making me keep it up inside me for the train, it hurts so bad".
      S`\b${alt('making', 'make', 'made')} me ${alt('keep', 'put', 'hide', 'carry', 'plug')} (?:it|them|drugs|the \w+|a \w+) (?:up )?inside me\b`,
      // Told to come tonight or be shown: "said i have to go his house tonight or hell show people the vid".
      S`\b(?:have|got|need) to ${alt('go', 'come', 'meet')}\b.*\bor ${alt('hell', 'he will', 'shell', 'she will', 'theyll', 'they will', 'hes gonna', 'hes going to', 'theyre gonna')} ${alt('show', 'send', 'post', 'share', 'put')}\b.*\b${alt('vid', 'video', 'vids', 'videos', 'pics', 'pictures', 'photos', 'nudes')}\b(?!${eitherSide(alt('lol', 'haha', 'baby photos'))})`,
      // A debt paid with the body, the men there now: "i have to pay back the trainers by sleeping with his mates, theyre here now".
      S`\b${alt('sleeping', 'sleep', 'have sex', 'having sex', 'do stuff', 'doing stuff')} with (?:his|their|her|the|some) (?:\w+ )?${alt('mates', 'friends', 'boys', 'lads', 'men', 'mate', 'friend')}\b(?=.*\b${alt('here now', 'theyre here', 'they are here', 'hes here', 'tonight', 'right now', 'outside now', 'on their way', 'on his way')}\b)`,
      S`\b${alt('man', 'men', 'adult', 'adults', 'stranger', 'strangers', 'someone', S`older ${alt('man', 'men', 'boys')}`)} ${alt(
        'has',
        'have',
        'got',
      )} ${alt('her', 'him', 'them')} in ${alt('his', 'their', 'a', 'the')} ${alt('car', 'van', 'flat', 'house')}\b`,
      S`\bbeing held ${alt('somewhere', 'against', 'captive', S`by ${alt('a', 'an', 'some', 'older')}`)}\b`,
      // At a house, by a 'boyfriend': "girl in care being held at a house by her 'boyfriend', she managed to text her sw asking for help".
      S`\bbeing held (?:at|in) (?:a|an|the|his|their|some) (?:\w+ )?${alt('house', 'flat', 'hotel', 'address', 'place', 'room')}\b`,
      // Someone shut in by the child, told as now: "hes locked his carer in the bathroom" (not things kept locked away).
      S`\b${alt('hes', 'shes', 'theyve', 'he has', 'she has', 'they have', 'yp has', 'has just', 'just')} (?:just )?locked ${alt('his', 'her', 'their', 'the', 'a', 'my', 'our')} ${alt('carer', 'foster carer', 'mum', 'mam', 'dad', 'nan', 'sister', 'brother', 'little sister', 'little brother', 'baby', 'staff', 'staff member', 'teacher', 'key worker', 'friend')} in\b`,
      // "being held by dealers till he pays", "held by the gang"
      S`\b(?:being )?held by (?:the |some |these |those )?${alt('dealers?', 'gangs?', 'men', 'lads', 'them', 'his', 'her')}\b`,
      // Told bare, as it happens: "shes been taken", "someones took him" (not taken into care, to hospital, or to school).
      S`^(?:\S+ ){0,2}${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have', 'my kid has', 'our yp has')} (?:just )?been ${alt('taken', 'snatched', 'kidnapped', 'abducted', 'grabbed')}(?: ${alt('help', 'please help', 'by (?:a|some|two|three) \\w+', S`${alt('from', 'outside', 'off')} (?:the )?\w+`)})*$`,
      // Lured into a car: "car pulled up offered her a lift she got in", "man in a van told him to get in and he did".
      S`\b${alt('car', 'van', 'man', 'men', 'bloke', 'stranger', 'someone')}\b.*\b${alt('offered', 'told', 'asked')} ${alt('her', 'him', 'them')} (?:a )?${alt('lift', 'to get in', 'a ride')}\b.*\b${alt('she', 'he', 'they')} ${alt('got in', 'went with', 'went off with', 'did')}\b(?!.*\b${alt('dad', 'mum', 'nan', 'grandad', 'aunt', 'uncle', 'carer', 'teacher', 'taxi', 'escort', 'social worker')}\b)`,
      // Got into a car as it pulled up: "man pulled up and shes getting in his car", "hes just pulled up and shes got in" (not family or a taxi).
      S`^(?!.*\b${alt('dad', 'mum', 'nan', 'grandad', 'aunt', 'uncle', 'carer', 'teacher', 'taxi', 'escort', 'social worker', 'bus', 'lift home')}\b)` +
        S`.*\b${alt('pulled up', 'pulls up', 'drove up', 'stopped next to (?:her|him|them)', 'circling')}\b.*\b${alt('shes', 'hes', 'she', 'he', 'theyre', 'they')} (?:just )?${alt('getting', 'got', 'gone', 'jumped', 'climbed', 'climbing')} in\b`,
      // Grabbed and driven off: "dad snatched him from the contact centre and drove off", "one of them just got our girl in".
      S`\b${alt('grabbed', 'snatched', 'bundled', 'dragged', 'pulled', 'got')} ${alt('her', 'him', 'them', S`(?:our|the|my) \w+`)}(?: \w+){0,5} ${alt('drove off', 'driven off', 'sped off', 'ran off', 'gone', 'in the car', 'in the van', 'into (?:a|the|his|their) (?:car|van)', 'in')}$`,
      // Someone trying to get in to them now: "someones trying to get in my window its the man who used to hurt me".
      S`\b${alt('someones', 'someone is', 'somebodys', 'a man is', 'men are', 'a man', 'strangers are')} ${tryingToGetIn}\b`,
      // Held somewhere by others, not by the police: "has been held in the back of a car by some older lads for the past hour".
      S`\bheld in (?:the back of )?${alt('a', 'the', 'his', 'their', 'some')} (?:\w+ )?${alt('car', 'van', 'flat', 'house')} by (?!${alt('police', 'the police', 'officers', 'staff', 'security')}\b)`,
      S`\bin the boot of (?:a|the|his|their|some) (?:\w+ )?${alt('car', 'van', 'motor')}\b`,
      // Said bare, as it happens: "grooming gang have her now", "someone's taken our girl", "taken by older lads".
      S`\b${alt('grooming gang', 'gang', 'groomers', 'traffickers', 'dealers', 'older men', 'older lads', 'the men', 'those men')} ${alt('have', 'has', 'have got', 'has got', 'got', 'took', 'have taken', 'has taken')} ${alt('her', 'him', 'them')}(?: ${alt('now', 'right now', 'again', 'there')})?$`,
      S`\b${alt('someones', 'someone has', 'somebodys', 'somebody has', 'a man has', 'men have', 'some men have', 'a stranger has')} (?:just )?(?:taken|took|snatched|grabbed) ${alt('our', 'my')} ${alt('girl', 'boy', 'daughter', 'son', 'child', 'kid', 'baby', 'lad', 'yp', 'foster child', 'foster son', 'foster daughter', 'grandson', 'granddaughter')}\b(?! ${alt('bike', 'phone', 'bag', 'coat', 'place', 'seat', 'spot', 'photo', 'picture')}\b)`,
      // Someone not known to be who they say, taking a child now: "a man claiming to be dad is trying to take our baby off the ward",
      // "someones turned up at the door saying theyre her dad and trying to take her".
      S`\b${alt('a man', 'a woman', 'someone', 'somebody', 'a stranger', 'some man', 'a bloke', 'some bloke', S`claiming to be (?:her |his |their |the )?\w+`, S`saying (?:hes|shes|he is|she is|theyre|they are) (?:her|his|their|the) \w+`)} ` +
        S`(?:and )?(?:is |s )?${alt('trying', 'tryin', 'attempting')} to ${alt('take', 'snatch', 'grab', 'remove')} ${alt('her', 'him', 'them', S`${alt('our', 'my', 'the')} ${alt('girl', 'boy', 'daughter', 'son', 'child', 'kid', 'baby', 'lad', 'yp', 'foster child', 'grandson', 'granddaughter', 'little one')}`)}\b` +
        S`(?! ${alt('to', 'for', 'swimming', 'shopping', 'home', 'out', 'bike', 'phone', 'bag', 'coat', 'place', 'seat', 'spot', 'photo', 'picture')}\b)`,
      S`^(?:\S+ ){0,3}(?:been |was |just )?taken by (?:some |a |two |three )?${alt('older lads', 'older men', 'older boys', 'men', 'a gang', 'the gang', 'dealers', 'strangers', 'a stranger', 'groomers')}(?: ${alt('now', 'just now', 'help', 'in a car', 'in a van')})*$`,
      S`\bheld ${alt(S`against ${alt('her', 'his', 'their')} will`, 'somewhere', 'captive')}\b`,
      // Said by the child, as it happens: "he says hes being held, theyve taken his phone"
      // (not held back a year, held in custody, or held down in a restraint).
      S`\b${alt('hes', 'shes', 'theyre', 'im', 'he is', 'she is', 'they are', 'i am')} being held\b(?! ${heldOrdinary}\b)`,
      // A stranger in their room, said by the child now: "she says theres a man in her room" (not a workman).
      S`\b${alt('says', 'saying', 'said', 'texted', 'messaged', 'rang', 'screaming', 'crying', 'whispering', 'whispered')} (?:that )?${alt('theres', 'there is', 'there s')} ` +
        S`(?:a |an |some )?(?:strange |random |older )?${alt('man', 'men', 'bloke', 'stranger', 'someone', 'somebody', 'guy')} in ${alt('her', 'his', 'their', 'my')} ${alt('room', 'bedroom', 'bed')}\b` +
        S`(?!.*\b${alt('fixing', 'fix', S`repair\w*`, 'plumber', 'electrician', 'workman', 'builder', 'painting', 'decorating', 'dream', 'dreams', 'nightmare', 'nightmares', 'at night', 'every night', 'voices?', 'who tells', 'seeing things', S`hallucinat\w*`)}\b)`,
      // Touched as it happens: "the driver keeps putting his hand on her knee, were still driving".
      S`\b${alt('keeps', 'keep', 'is', 'hes', 'keeps on', 'started', 'now')} ${alt('putting', 'touching', 'rubbing', 'stroking', 'grabbing')} (?:his |her |their )?(?:hands? on )?${alt('her', 'his', 'their')} ` +
        S`${alt('knee', 'knees', 'leg', 'legs', 'thigh', 'thighs', 'bum', 'bottom', 'chest', 'breasts?', 'privates', 'private parts', 'crotch')}\b` +
        S`(?!.*\b${alt('to calm', 'to comfort', 'to reassure', 'to settle', 'is that ok', 'is it ok', 'appropriate', 'first aid')}\b)`,
      // Taken against a court's or the police's order, now: "dad has unhooked the drip and is carrying his son, whos under police
      // protection, towards the lifts", "dads at the airport with her about to board, theres a prohibited steps order".
      S`^(?=.*\b${alt('police protection', 'emergency protection order', 'epo', 'care order', 'interim care order', 'prohibited steps order', 'pso', 'no contact order', 'not allowed contact', 'isnt allowed contact', 'non molestation order', 'on a section', S`on section \d+(?! leave)`, 'sectioned', 'detained under', 'wasnt supervised', 'was not supervised', 'not supervised', 'unsupervised', 'supervised contact')}\b)` +
        S`(?!.*\b${alt('as per', 'as agreed', 'as planned', 'agreed by', 'in line with')}\b)` +
        S`(?=.*\b${alt('carrying', S`${alt('walking', 'walked', 'driving', 'running', 'ran')} away with (?:her|him|them)`, S`trying to take (?:her|him|them) ${alt('out', 'off the ward', 'home', 'away')}(?! ${alt('for', 'on leave')})`, S`towards the ${alt('lifts?', 'exit', 'doors?', 'car park', 'stairs')}`, 'about to board', 'boarding', 'at the airport', 'at the port', 'at the ferry', S`${alt('drove', 'driving', 'driven', 'walked', 'walking', 'ran', 'running')} off with`, S`${alt('leaving', 'left', 'trying to leave')} with (?:her|him|them)`, 'unhooked', S`left in (?:a|the) ${alt('taxi', 'car', 'cab', 'van')}`, S`just ${alt('removed', 'taken', 'took', 'snatched', 'grabbed')} (?:the|her|his) ${alt('child', 'baby', 'son', 'daughter', 'kid', 'boy', 'girl')}`)}\b)`,
      // The one who abuses her there now, and the child hiding: "her uncles in her room every night and hes there now, shes hiding in the
      // loo texting me"; or seen coming: "she can see him coming up the path, the man from the car, shes hiding under the bed".
      S`\b${thereNow}\b.*\bhiding\b|\bhiding\b.*\b${thereNow}\b|\b${comingNow}\b.*\b${hidingAway}|\b${hidingAway}.*\b${comingNow}\b`,
      // Abuse told, and the one who did it due with the child again: "saying the driver did things to her on the way in and the same
      // driver is due to take her home".
      S`\b${abuseToldOf}\b.*\b${alt('is', 'are')} ${alt('due', 'going', 'coming', 'meant', 'supposed', 'booked')} to ${alt('take', 'pick up', 'collect', 'drive', 'see', 'have', 'be with')} ${alt('him', 'her', 'them', 'me')}\b`,
      // Those who held her coming back for her: "back after being missing two days with bruises, says the men are coming back for
      // her tonight".
      S`\b${alt('the men', 'the man', 'the lads', 'the olders', 'dealers', 'the gang', 'they')} ${alt('are', 'is', 'were')} coming back ${alt('for', 'to get')} ${alt('her', 'him', 'them')}\b(?=.*\b${alt('tonight', 'today', 'later', 'now')}\b)`,
      // Kept from coming back by a parent, and out of reach: "left for contact with mum 4 hours ago, not arrived, phone off, mum says
      // shes never coming back".
      S`^(?=.*\b${alt('not arrived', 'never arrived', 'didnt arrive', 'not turned up', 'phone off', 'phones off', 'cant reach')}\b)` +
        S`(?=.*\b${alt('mum', 'mam', 'dad', 'her mum', 'his mum', 'her dad', 'his dad')} (?:\w+ ){0,2}${alt('says', 'said', 'texted', 'messaged')} (?:that )?${alt('shes', 'hes', 'theyre', 'she is', 'he is')} ${alt('never', 'not')} coming back\b)`,
      // Moved away tonight by a "boyfriend" to "work": "told me shes being moved to manchester tonight by her boyfriend to work".
      S`\bbeing ${alt('moved', 'taken', 'driven', 'sent', 'trafficked')} to (?:\w+ ){1,2}${alt('tonight', 'today', 'now', 'later', 'this weekend')} by (?:her |his |their |a |an |some |the )?(?:older )?${alt('boyfriend', 'man', 'men', 'bloke', 'guy', 'friend', 'mate', 'people', 'lads')}\b`,
      // Found by exploiters, and waiting: "texts from a county line number saying they know where he is, theres a car circling the school".
      S`\b${alt('know where (?:he|she|they) (?:is|are|lives?|stays?)', 'county lines?', 'dealers?', 'the gang')}\b.*\b${alt('circling', 'waiting outside', 'parked outside', 'sat outside')}\b`,
      // Abuse told, and sent back there now: "the man at the shop does stuff to him and hes meant to go there now to work".
      S`\b${abuseToldOf}\b.*\b${alt('meant', 'supposed', 'got', 'has', 'have', 'told', 'going', 'gotta', 'needs')} to go ${alt('there', 'back', 'round', 'over')}(?: \w+){0,2} ${alt('now', 'tonight', 'today')}\b`,
      // Forced in somewhere: "reports of a young female being forced into a property".
      S`\bbeing ${alt('forced', 'pushed', 'dragged', 'bundled', 'shoved')} ${alt('into', 'in')} (?:a |the |an )?(?:\w+ )?${alt('property', 'house', 'flat', 'car', 'van', 'taxi', 'building', 'boot')}\b`,
      // Held for money: "someone is holding our yp and ringing us demanding money".
      S`\b${alt('holding', 'keeping', 'kidnapped', 'snatched', 'taken')} ${alt(them, S`${alt('our', 'my', 'the', 'his', 'her', 'their')} \w+`)}\b.*` +
        S`\b${alt(S`demanding ${alt('money', 'cash', 'payment', 'a ransom', S`\d+`)}`, 'ransom')}\b`,
      // Kept there, in the child's own words, while missing or exploited: "14f missing 6 hrs, cse concerns, last call to staff she
      // was crying saying theyre making me stay" (not kept in after school, or grounded at home).
      S`^(?=.*\b${alt('missing', 'cse', 'cce', 'exploit\\w*', 'older (?:men|males|lads)', 'county lines', 'dealers?', 'gang', 'trafficked')}\b)` +
        S`.*\b${alt('saying', 'said', 'says', 'texted', 'messaged', 'crying', 'screaming', 'whispering', 'rang')}\b${upTo(4)} ` +
        S`${alt('theyre making me stay', 'they are making me stay', 'hes making me stay', 'they wont let me (?:leave|go)', 'he wont let me (?:leave|go)', 'they will not let me (?:leave|go)')}\b(?! ${alt('in', 'behind', 'after', 'up', 'for tea')}\b)`,
      // On the way to meet someone who has groomed them online: "being groomed online and is meeting the man tonight at 8 at
      // southport station" (not a worry asked about in general, nor a meeting that is over).
      S`\b${alt('groomed', 'grooming', 'met online', 'online', 'on snapchat', 'on snap', 'on instagram', 'on tiktok', 'on the internet', 'on a game')}\b.*` +
        S`\b${alt('meeting', 'going to meet', 'gonna meet', 'off to meet', 'on (?:her|his|their) way to meet', 'arranged to meet')} (?:up with )?` +
        S`${alt('him', 'the man', 'a man', 'this man', 'the guy', 'a guy', 'an adult', 'the adult', 'them', 'this bloke', 'the bloke', 'an older man', 'the older man')}\b.*` +
        S`\b${alt('tonight', 'today', 'now', 'right now', S`at \d`, 'this evening', S`in an? (?:hour|few)`)}\b`,
      // A meeting arranged online with someone unknown, today: "a stranger on roblox has arranged to meet our 11yo pupil at the park
      // after school today".
      S`\b${alt('stranger', 'a man', 'an adult', 'someone', 'somebody', 'a guy', 'older man', 'older lad')}\b(?: \w+){0,4} ${alt('has arranged', 'arranged', 'is arranging', 'has set up', 'set up', 'is planning', 'planned', 'wants')} to meet ` +
        // (Not the time of a denial: "shes not in danger tonight but im worried, whats the process".)
        S`(?:up with )?(?:\w+ ){0,4}${alt('her', 'him', 'them', 'our', 'my', 'the')}\b.*\b(?<!\b(?:not|isnt|arent) in (?:any )?danger )${alt('today', 'tonight', 'after school', 'this evening', 'now', 'later', S`at \d`)}\b`,
      // Fresh injuries that speak of sexual abuse, with the one who may have done it there now: "fresh bruising to inner thighs
      // noticed at wash, carers boyfriend visiting now and wont leave the bay".
      S`\b${alt('fresh', 'new')} ${alt('bruising', 'bruises', 'marks', 'injuries', 'bleeding')} ${alt('to', 'on', 'around')} (?:her |his |their |the )?${alt('inner thighs?', 'genitals', 'genital area', 'private parts', 'bottom', 'groin')}\b.*` +
        S`\b${alt('visiting now', 'here now', 'on the ward now', 'wont leave', 'will not leave', 'refusing to leave', 'still here', 'in the bay', 'at the bedside')}\b`,
      // Carried or dragged away by someone kept from the child: "child with care order being carried off ward by auntie who isnt allowed
      // contact", "being dragged out of a and e by a woman not on the contact list".
      S`\bbeing ${alt('carried', 'dragged', 'pulled', 'bundled', 'marched', 'taken', 'snatched', 'led')} ${alt('off', 'out of', 'out', 'away from', 'away', 'from')}\b${upTo(6)} by\b${upTo(6)} ` +
        S`${alt('(?:isnt|is not|not|arent) allowed', 'not (?:on|in) the (?:contact )?list', 'no contact', 'not (?:meant|supposed) to', 'we dont know', 'nobody knows', 'a stranger', 'not known to')}\b`,
      // Taken by an older boyfriend, which is how exploitation is often told: "was taken by her older 'boyfriend' from outside school".
      S`\b(?:been|got|was|were) (?:took|taken|grabbed|snatched|dragged|bundled|picked up) (?:off |away )?by (?:her |his |their |an |a )?(?:much )?older ${alt('boyfriend', 'bf', 'partner', 'male', 'man', 'friend', 'mate', 'lad', 'guy', 'bloke')}\b`,
      // Taken by a group, in any English: "he has been took by some men on bikes, they said they will teach him a lesson".
      S`\b(?:been|got|was|were) (?:took|taken|grabbed|snatched|dragged|bundled) (?:off |away )?by (?:some |a |two |three |these |those |the |a gang of |a group of )?(?:older )?` +
        S`${alt('men', 'man', 'lads', 'olders', 'gang', 'boys', 'guys', 'blokes', 'strangers')}\b(?! (?:from|at) (?:the )?(?:youth club|football|boxing|church|school)\b)`,
      // Taken away to be married: "she is being taken abroad next week to be married and her relatives are collecting her today".
      S`\b(?:being|be|getting|is getting) ${alt('taken', 'sent', 'flown', 'shipped')} ${alt('abroad', 'overseas', 'back home', S`(?:back )?to \w+`)}${upTo(4)} to ${alt('be married', 'get married', 'marry', 'be wed')}\b`,
      // Locked in by someone, and there now: "he locks me in when he goes out, shes calling from there now". Written "lock(?:s|ed|ing)"
      // so a typed "lockd" is still read as "locked" (../danger-spelling.ts reads the words of these patterns).
      S`\b${alt('he', 'she', 'they', 'hes', 'shes', 'theyve', 'someone', 'the man', 'the men', 'he keeps', 'she keeps', 'they keep', 'carer', 'foster carer', 'mum', 'dad', 'stepdad', 'uncle')} ${alt('lock(?:s|ed|ing)', 'has locked', 'have locked')} ${alt('me', 'her', 'him', 'them')} in\b` +
        S`(?=.*\b${alt('now', 'right now', 'from there', 'still there', 'cant get out', 'cannot get out', S`been (?:in )?there since`, 'since yesterday', 'since last night')}\b)`,
      // Shut in somewhere by someone, and still there: "the older lad had shut the 11 year old in the cellar, hes been down there
      // hours, this is still going on, he wont let me past" (not the past: "locked in a cupboard as a child").
      S`\b${alt('shut', 'locked', 'trapped', 'shoved', 'pushed')} (?:the |a |his |her |their )?(?:\w+ ){0,3}in (?:the |a )?` +
        S`${alt('cellar', 'basement', 'shed', 'cupboard', 'loft', 'attic', 'garage', 'boot', 'wardrobe', 'freezer', 'store ?room', 'boiler room')}\b` +
        S`(?=.*\b${alt('still going on', 'still down there', 'still in there', S`${alt('wont', 'will not', 'wouldnt')} let me ${alt('past', 'in', 'get to', 'through')}`, S`cant get (?:him|her|them) out`, S`(?:down|in) there (?:for )?${alt('hours', 'ages')}`, S`${alt('cant', 'cannot', 'can not')} open (?:it|the door)`, S`${alt('shes', 'hes', 'she is', 'he is', 'theyre', 'they are')} ${alt('crying', 'screaming', 'banging')}`)}\b)`,
      // Locked in her room by one of the family, and kept so now: "shes been locked in her room by her brother for a day now".
      S`\b(?:been|is|s|hes|shes|theyve) locked in (?:her|his|their|the) (?:bed)?room by (?:her|his|their|the) \w+(?: \w+)?\b` +
        S`(?=.*\b${alt('now', 'still', 'not allowed in', S`wont let (?:me|us|anyone) in`, S`cant get (?:in|to (?:her|him|them))`)}\b)`,
      // "someones holding him against his will", "keeping her against her will"
      S`\b${alt('holding', 'keeping', 'kept', 'locked')} ${alt('her', 'him', 'them')} against ${alt('her', 'his', 'their')} will\b`,
      // Or the one who did it near her now: "said she was raped at a house party last night and the lad is sitting in her next lesson".
      // (Not dated long since: "she was raped a year ago and there was a court case, now she wont sleep with the light off".)
      S`\b${alt('raped', 'sexually assaulted')}\b(?! (?:\w+ ){0,2}(?:ago|last year|as a child)\b).*\b${alt('now', S`still ${alt('there', 'with')}`, 'is with', 'tonight', 'just', S`(?:sitting|sat) in (?:her|his|their) (?:next )?(?:lesson|class)`, S`(?:is|s) ${alt('downstairs', 'upstairs', S`in (?:our|the|my) ${alt('house', 'home', 'kitchen', 'lounge', 'front room', 'living room')}`, 'at the door')}`)}\b`,
      // As it happens: "being raped help" (not feared, nor over: "scared of being raped", "was being abused for years").
      S`\bbeing(?<!\b${alt('of', 'about', 'from', 'risk', 'fear', 'afraid', 'worried', 'scared', 'after', 'was', 'were', 'had been', 'while', 'when')} being) ` +
        S`${alt('raped', 'sexually assaulted', 'sexually abused')}\b(?!.*\b${alt('for years', 'as a child', 'when (?:she|he|they) (?:was|were)')}\b)`,
      // Groomed with gifts, and going to meet the man today: "a man keeps asking him to meet, offered him 50 and trainers, hes agreed to go
      // tonight after group, the man is picking him up from the corner".
      S`^(?=.*\b(?:a|an|some|this|the|older) (?:older |grown )?${alt('man', 'men', 'bloke', 'guy', 'adult')}\b)` +
        S`(?=.*\b${alt('offered', 'offering', 'giving', 'gave', 'given', 'bought', 'buying', 'sent')} (?:him|her|them) (?:${alt('money', 'cash', 'trainers', 'a phone', 'gifts?', 'presents?', 'vapes?', 'weed', 'clothes', 'a coat', 'designer')}|\d+)\b)` +
        S`(?=.*\b${alt(S`(?:picking|pick|picks) (?:him|her|them) up`, 'meet him', 'meet them', 'meeting him', 'meeting them', 'agreed to (?:go|meet)', S`going to (?:meet|see) (?:him|them)`)}\b)` +
        S`(?=.*\b${alt('tonight', 'today', 'this afternoon', 'this evening', S`after ${alt('group', 'school', 'club', 'football', 'training', 'youth club', 'the session')}`, 'now', S`in (?:an|\d+) (?:hour|hours|mins?|minutes)`)}\b)`,
      // A man waiting now to take a child away: "says a man is waiting at the chippy to take her 'to meet his mates' after school, shes
      // 13" (not a parent: "her dad is waiting outside to take her home" names no man).
      S`\b(?:a|an|some|this|that|the|older) (?:older |grown )?${alt('man', 'men', 'bloke', 'guy', 'adult', 'stranger')} (?:is |s |are )?` +
        S`${alt('waiting', 'parked', 'hanging about', 'hanging around')}\b${upTo(6)} to ${alt('take', 'pick up', 'collect', 'drive')} (?:her|him|them)\b` +
        S`(?=.*\b${alt('after school', 'tonight', 'today', 'now', 'later', 'cash', 'money', 'new phone', 'mates', 'party')}\b)` +
        S`(?!.*\b${alt('uncle', 'dad', 'grandad', 'taxi', 'escort', 'driver', 'carer', 'social worker', 'coach')}\b)`,
      // Called away now by someone unnamed: "on the phone to someone for hours, now shes said theyre coming to get her and she has to go".
      S`\b${alt('theyre', 'they are', 'hes', 'he is', 'shes', 'she is', 'someones', 'someone is', 'somebody is')} coming to ${alt('get', 'collect', 'pick up', 'take')} (?:her|him|them)\b${upTo(4)} ` +
        S`(?:and )?(?:she|he|they) (?:has|have|s got|ve got|got|needs?) to go\b`,
      // Fled from where she was kept, and followed now: "girl says she ran from a house where she was kept 3 days, begging me not to take
      // her back, a cars been following us".
      S`^(?=.*\b${alt('ran from', 'ran away from', 'escaped from', 'got out of')} (?:a|the) ${alt('house', 'flat', 'place', 'car', 'van')}\b)` +
        S`(?=.*\b${alt('car', 'van', 'man', 'men', 'bloke')}s?(?: has| is)? (?:been )?following (?:us|me|her|him|them)\b)`,
      // Injuries that speak of abuse, and the adult leaving with another child: "4yo with unexplained bilateral retinal haemorrhages and
      // a subdural. the carer who brought him is trying to leave with his sibling".
      S`^(?=.*\b${alt('subdural', 'retinal (?:ha?emorrhages?|bleeds?)', 'non ?accidental', 'nai', S`unexplained (?:\w+ )?${alt('fractures?', 'bruis\\w*', 'injur\\w*', 'burns?', 'bleeds?')}`)}\b)` +
        S`(?=.*\b${alt('trying to leave', 'about to leave', 'wants to leave', 'leaving with', 'trying to take', S`taking (?:his|her|their|the) (?:sibling|brother|sister|baby|other)`)}\b)`,
      // A parent taking the child away tonight, unknown to anyone: "covered in bruises and said his dad is taking him back to ireland tonight
      // without telling anyone".
      S`\b${alt('dad', 'mum', 'father', 'mother', 'stepdad', 'uncle', 'aunt', 'nan', 'grandad', 'parents?')}\b(?: \w+){0,6} (?:is |s |are )?(?:taking|take|fly|flying) ${alt('him', 'her', 'them')} (?:back )?(?:to \w+|abroad|away|out of the country)(?: \w+){0,2} ` +
        S`${alt('tonight', 'today', 'now', 'this evening')}\b(?=.*\b${alt('without telling', 'not telling', 'nobody knows', 'no one knows', 'secret', 'bruises', 'scared', 'doesnt want to go', 'court order', 'not allowed')}\b)`,
      // Sold to men, and being collected: "year 11 says shes been sold to some older lads for the weekend and theyre picking her up at 3".
      S`\b${alt('shes', 'hes', 'theyre', 'she', 'he', 'they', 'im', 'ive', 'i')} (?:has |have |had |is |are )?(?:just )?${alt('been', 'being', 'was', 'were', 'getting')} ${alt('sold', 'pimped out', 'passed round', 'passed around', 'traded')} to ${alt('some', 'older', 'a', 'an', 'these', 'those', 'the')} (?:\w+ )?` +
        S`${alt('men', 'lads', 'man', 'males', 'blokes', 'guys', 'olders', 'dealers', 'gang')}\b(?=.*\b${alt(S`(?:picking|pick|picks) (?:her|him|them) up`, 'collecting', 'tonight', 'today', 'this weekend', 'for the weekend', S`at \d`, 'now')}\b)`,
      // Being trafficked, told from where it is happening: "the girl in the back of my taxi is being trafficked, theres an adult with her
      // who isnt on the booking and she looks terrified, were at the services".
      S`^(?=.*\bbeing trafficked\b)(?=.*\b${alt(
        S`${alt('were', 'we are', 'im', 'i am', 'shes', 'she is', 'hes', 'he is')} (?:at|in) (?:the |a )?${alt('services', 'station', 'airport', 'port', 'hotel', 'motorway', 'petrol station', 'garage', 'ferry terminal')}`,
        'right now',
        'as we speak',
        S`in (?:the back of )?my ${alt('taxi', 'cab', 'car')}`,
      )}\b)`,
      ...seenNow,
      // Bound by others: "theyve taped his hands", "someone has tied her wrists" (not tape on a boxers hands).
      S`\b${alt('theyve', 'they have', 'they', 'someone', 'someones', 'somebody', 'men', 'lads', 'the men', 'the lads', 'a man')}(?: ${alt('has', 'have', 'just', 'now')})? ` +
        S`${alt('taped', 'tied', 'tied up', 'cable tied', 'zip tied', 'bound', 'gaffa taped', 'duct taped')} ${alt('his', 'her', 'their', 'my')} ${alt('hands', 'wrists', 'arms', 'feet', 'ankles', 'legs', 'mouth')}\b` +
        S`(?!.*\b${alt('boxing', 'gloves', 'race', 'game', 'games', 'play', 'playing', 'costume', 'fancy dress', 'sports day')}\b)`,
    ),
    // At an age, not a place ("raped at 13", not "raped at a house party last night").
    // Asked about any child: "what should i do if a child says hes being raped". Or a term's meaning in a document: "what 'held
    // against their will' means in the missing protocol".
    // History, unless the one who did it is here now: "says the lad who raped her last month is downstairs in our house".
    unless: new RegExp(
      S`${pastUnlessToldAs(S`who (?:raped|sexually assaulted|abused|attacked) (?:her|him|them)\b.*\b(?:is|s) (?:downstairs|upstairs|in (?:our|the|my) (?:house|home)|at the door)|${takenAgainstTheOrderJustNow}`, past).source}|\braped (?:at (?:\d|age)|when|as a)\b|\bwho (?:was|were|had been|has been) held (?:captive|against)\b|\bwhat (?:should|do|would|can) (?:i|we) do if (?:a|an|any) \w+` +
        S`|\bmeans? in (?:the |a |our )?(?:\w+ ){0,2}${alt('protocol', 'policy', 'guidance', 'procedure', 'law', 'act')}\b`,
    ),
  },
];
