/**
 * The body failing, and danger said outright: breathing, and danger now.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, eitherSide, S, type Rule } from './fragments';
import { imminent, crisis, heartFeared, swallowedOrStuck } from './body-signs-words';
import { body } from './self-harm-words';

/** Why getting away from a ward or a department is dangerous now: something taken, or an end intended. */
const escapeCue = alt(
  'overdose',
  'od',
  'ketamine',
  'ket',
  'alcohol',
  'drunk',
  'intoxicated',
  'pills',
  'tablets',
  'spice',
  'mdma',
  'finish the job',
  S`finish what (?:she|he|they) started`,
  'suicidal',
  'kill (?:her|him|them)sel(?:f|ves)',
);

/** Told as a habit, not now: "headbutts walls when hes frustrated". */
const asAHabit = alt('when', 'whenever', 'if', 'every', 'at night', 'a lot', 'sometimes');

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const bodySignsBreathingRules: Rule[] = [
  // "she is in immediate danger", "its an emergency right now"
  {
    name: 'danger-now',
    when: anyOf(
      // Gone on to harm now, after what came before: "in meltdown cutting her hair and now scratching her face with scissors til it bleeds",
      // "keeps pulling her hair out in clumps and now scratching her face raw" (not less, instead, or when upset).
      S`\b(?:and |is |s |hes |shes )?now ${alt('cutting', 'hurting', 'harming', 'burning', 'scratching', 'slashing', 'stabbing', 'hitting', 'punching', 'biting')} ${body}\b(?!.*\b${alt('less', 'not as', 'than before', 'instead', 'anymore', 'any more', 'more often', 'when', 'whenever', 'if', 'every', 'sometimes', 'most', 'at night', 'at bedtime')}\b)`,
      // Cutting another child now, whatever was done to them before: "shes cutting her little brothers arm with a compass and saying its
      // what their dad used to do".
      S`\b${alt('shes', 'hes', 'theyre', 'is', 'are')} (?:\w+ )?${alt('cutting', 'stabbing', 'burning', 'slashing', 'strangling')} ${alt('her', 'his', 'their', 'the', 'a', 'our')} (?:little |baby |younger |big |older |foster )?${alt('brothers', 'sisters', 'siblings', 'cousins', 'friends', 'mates')} ${alt('arms?', 'legs?', 'hands?', 'face', 'neck', 'skin', 'wrists?', 'back', 'tummy', 'stomach')}\b(?!.*\b${alt('game', 'pretend', 'playing', 'film', 'doll', 'teddy')}\b)`,
      // Told through what the teller is looking at, a photo, a post or a screenshot (probe EE): a farewell to someone dead and gone from her
      // room ("join you tonight dad ... shes not in her room"); a note "to whoever finds me"; a post about ending up dead with a photo of a
      // rail crossing; blue lips with asthma and gasping; told to go back or a brother is hurt, and getting ready to leave.
      S`^(?=.*\bjoin (?:you|him|her|them) ${alt('tonight', 'today', 'now', 'soon')}\b)(?=.*\b${alt('died', 'dead', 'passed away', 'grave', 'heaven')}\b)(?=.*\b${alt('not in (?:her|his|their) room', 'missing', 'gone', 'cant find (?:her|him|them)', 'not answering')}\b)`,
      S`^(?!.*\b${alt('poem', 'song', 'lyrics', 'film', 'book', 'novel', 'homework', 'english', 'drama', 'bottle', 'time capsule', 'treasure', 'last year', 'years ago', 'months ago', 'training')}\b).*\bto ${alt('whoever', 'whomever', 'the person who', 'anyone who', 'whoever it is that')} finds ${alt('me', 'this', 'my body')}\b`,
      S`^(?=.*\b${alt('end up dead', 'be dead', 'want to die', 'end it', 'kill myself')}\b)(?=.*\b${alt('pic', 'photo', 'picture', 'posted', 'story', 'snap')}\b)(?=.*\b${alt('rail crossing', 'level crossing', 'train tracks?', 'tracks', 'railway', 'bridge', 'cliff', 'roof', 'multi ?storey', 'pier', 'motorway')}\b)(?!.*\b${alt('last year', 'years ago', 'months ago', 'film', 'song', 'lyrics')}\b)`,
      S`^(?!.*\b${alt('swim', 'swimming', 'cold water', 'lolly', 'slush', 'paint', 'last year', 'ago')}\b).*\blips\b(?: \S+){0,3} (?:are |re |s )?${alt('blue', 'purple', 'grey', 'gray')}\b(?=.*\b${alt('gasping', 'cant breathe', 'struggling to breathe', 'wheezing', 'inhaler', 'asthma')}\b)`,
      S`\bif (?:i|she|he|they) (?:dont|do not|doesnt|does not) ${alt('go', 'come', 'get')} back\b(?: \S+){0,2} ${alt('theyll', 'they will', 'hell', 'he will', 'shell', 'she will', 'theyre gonna', 'theyre going to')} ${alt('hurt', 'kill', 'batter', 'stab', 'get', 'do')} (?:my |her |his |their )?(?:\w+ )?${alt('brother', 'sister', 'mum', 'dad', 'nan', 'baby', 'family', 'carer', 'friend', 'him', 'her', 'them', 'me')}\b(?=.*\b${alt('getting ready', 'leaving', 'packing', 'packed', 'going now', 'shoes on', 'coat on', 'left')}\b)`,
      // In the water and not come up, whatever was told of before: "he jumped in, hes not come up ... hes had drink issues before".
      S`\b${alt('jumped', 'fell', 'fallen', 'gone', 'went', 'dived', 'dove', 'slipped')} in\b(?: \S+){0,8} ${alt('hes', 'shes', 'theyve', 'he', 'she', 'they', 'he has', 'she has', 'they have')} (?:still )?${alt('not come', 'not came', 'hasnt come', 'havent come', 'not come back', 'hasnt come back', 'not resurfaced', 'not surfaced')} up\b(?! ${alt('with', 'for air')}\b)`,
      // Fetched tonight by someone barred, and gone to them: "mum ... 'im coming to get you tonight, be ready at the back gate' ... caught
      // her climbing out the window just now and shes run off towards the back lane" (a history of abduction attempts told beside it).
      S`^(?=.*\b${alt('coming', 'come', 'gonna come', 'going to come')} to ${alt('get', 'take', 'collect', 'fetch')} ${alt('you', 'her', 'him', 'them')} tonight\b)(?=.*\b${alt('run off', 'ran off', 'climbing out', 'climbed out', 'snuck out', 'sneaked out', 'gone out the', 'out the window', 'gone missing')}\b)(?=.*\b${alt('just now', 'right now', 'now', 'tonight')}\b)`,
      // A big burn made today, however often before: "a really big burn on his arm he says he did with a lighter today and keeps doing again".
      S`\b${alt('big', 'bad', 'deep', 'huge', 'massive', 'nasty', 'blistered', 'blistering', 'weeping', 'open', 'raw')} burns? (?:on|to|across|down) (?:his|her|their|my) (?:\w+ )?${alt('arms?', 'wrists?', 'legs?', 'hands?', 'chest', 'stomach', 'thighs?', 'face', 'neck', 'skin')}\b(?: \w+){0,8} ${alt('with', 'using')} (?:a |the |his |her )?${alt('lighter', 'iron', 'hair straighteners', 'straighteners', 'hob', 'kettle', 'match', 'matches', 'flame', 'candle')}\b(?: \w+){0,3} ${alt('today', 'tonight', 'this morning', 'this afternoon', 'just now', 'earlier today')}\b`,
      // A young child driven off by a man, seen upset: "a man she calls her boyfriend picked her up and she was crying. shes 12".
      S`^(?=.*\b(?:a |an |some |older )?${alt('man', 'men', 'bloke', 'adult', 'older lad', 'older boy', 'boyfriend', 'stranger')}\b(?: \w+){0,4} ${alt('picked (?:her|him) up', 'took (?:her|him) off', 'drove (?:her|him) off', 'drove off with (?:her|him)', 'bundled (?:her|him)')}\b)(?=.*\b${alt('crying', 'upset', 'scared', 'screaming', 'didnt want to', 'pulled', 'dragged')}\b)(?=.*\b(?:shes|hes|she is|he is|aged|only) (?:1[0-3]|[7-9])\b)`,
      // A pre-emptive strike, in a fear that others mean harm: "everyones poisoning his food and he needs to get them before they get him".
      S`\b${alt('get', 'kill', 'hurt', 'stab', 'attack', 'do')} (?:them|him|her|everyone|all of them|the staff|the teachers?) ${alt('before', 'first before')} ${alt('they', 'he', 'she')} ${alt('get', 'gets', 'kill', 'kills', 'hurt', 'hurts', 'do', 'does')} (?:him|her|me|them)\b(?!.*\b${alt('game', 'fortnite', 'film', 'movie', 'football', 'match', 'cards', 'tag')}\b)`,
      // The harm worse this time, with the means named: "same as last week but worse, rope this time".
      S`\b${alt('worse', 'bad', 'worst', 'different')}\b(?: \S+){0,4} ${alt('rope', 'ligature', 'belt', 'cord', 'pills', 'tablets', 'blade', 'knife', 'razor', 'bleach')} this time\b`,
      // Someone close named the devil, to be killed, and looked for: "saying his dad is the devil and needs to be killed, dad visiting
      // tomorrow but he keeps going out looking for him".
      S`^(?!.*\b${alt('used to', 'years ago', 'last year', 'lol', 'haha', 'joking', 'film', 'game')}\b).*\b${alt('his', 'her', 'their', 'my')} ${alt('dad', 'mum', 'mam', 'carer', 'brother', 'sister', 'step ?dad', 'step ?mum', 'nan', 'grandad', 'teacher', 'neighbour')} (?:is|s) (?:the |a )?${alt('devil', 'demon', 'evil', 'an imposter')}\b.*\b${alt('needs? to be', 'has to be', 'must be', 'should be', 'deserves to be')} killed\b`,
      // Breathing equipment failing, the airway filling: "suction machines died mid session and his secretions are bubbling up, he cant cough".
      S`\b${alt('suction', 'suction machine', 'ventilator', 'vent', 'oxygen', 'concentrator', 'cough assist')}\b(?: \w+){0,2} (?:has |s )?${alt('died', 'stopped', 'broken', 'failed', 'not working')}\b.*\b${alt('cant cough', 'cant breathe', 'struggling to breathe', 'secretions', 'choking', 'turning blue', 'going blue')}\b`,
      // A ventilated child left alone: "reece (ventilated) is alone in the flat".
      S`\b${alt('ventilated', 'on a ventilator', 'trached', 'tracheostomy', 'trachy')}\b.*\b${alt('alone', 'on (?:his|her|their) own', 'no one with', 'nobody with', 'no adult')}\b`,
      // Gas smelt strong, and someone will not come out: "the gas smell in her flat is strong and she has severe ld and wont leave".
      S`^(?!.*\b${alt('what do', 'what should', 'what if', 'if you smell', 'if i smell')}\b).*\b${alt('gas smell', 'smell of gas', 'smells of gas', 'smells like gas', 'smelling gas')}\b.*\b${alt('strong', 'wont leave', 'cant get (?:her|him|them) out', 'still in', 'headache', 'dizzy')}\b`,
      // About to touch the mains: "he put the wire in the plug and he is going to touch it".
      S`\b${alt('wire', 'wires', 'fork', 'knife', 'screwdriver', 'paperclip', 'pin', 'metal', 'fingers?')} ${alt('in', 'into')} (?:the |a )?${alt('plug', 'socket', 'plug socket', 'mains')}\b.*\b${alt('going to', 'gonna', 'about to', 'trying to')} ${alt('touch', 'hold', 'grab', 'lick')} (?:it|them)\b`,
      // A child at the wheel, fast, or saying they will crash: "he take the car keys he is 14 and driving, very fast, says he crash it".
      S`\b${alt('took', 'taken', 'nicked', 'stole', 'stolen', 'pinched')} (?:the |my |her |his |our |their |a )?(?:\w+ )?${alt('car', 'car keys', 'keys', 'van')}\b.*\b${alt('driving', 'drove off', 'speeding')}\b.*\b${alt('very fast', 'really fast', 'so fast', 'too fast', 'crash', 'the motorway', 'no licence', 'cant drive')}\b`,
      S`\b${alt('says', 'said', 'saying', 'texted', 'threatening')} (?:that )?(?:he|she|they|hes|shes)(?: will| is going to| gonna|ll)? ${alt('crash', 'crashing')} (?:it|the car|the van|into)\b`,
      // Followed now and running from it: "someones following me down county road, hes been behind me since the shop, im running" (not online).
      S`\b${alt('someones', 'someone is', 'somebody is', 'a man is', 'some man is', 'some guy is', 'a guy is', 'a car is', 'a van is', 'hes', 'he is', 'theyre', 'they are', 'men are')} (?:been )?following (?:me|us)\b(?! on )(?=.*\b${alt('behind me', 'behind us', 'im running', 'running', 'since the', 'right now', 'rn')}\b)`,
      S`\b${imminent} ${alt('danger', 'risk')}\b`,
      // Not "hes not in danger right now".
      S`(?<!\b(?:not|isnt|arent|no) )\bin danger (?:right )?now\b`,
      // "the baby is in danger" (not "in danger of exclusion").
      S`\b${alt('is', 'are', 's', 'hes', 'shes', 'theyre')} in (?:real |serious |grave )?danger\b(?! of)`,
      S`\b${crisis} (?:is )?happening\b`,
      // Trying to leave the ward after taking something or saying she will finish it: "alcohol + ketamine, combative, trying to abscond",
      // "admitted after an overdose, keeps trying to leave the ward saying shell finish the job".
      S`\b${alt('trying to', 'tried to', 'tries to', 'attempting to')} ${alt('abscond', S`leave (?:the )?${alt('ward', 'department', 'hospital', 'a and e', 'ae', 'cubicle', 'unit')}`, 'get off the ward')}\b` +
        eitherSide(escapeCue),
      // Walking off the ward now after an overdose, and nobody can stop her: "child in hospital after od wants to self discharge and is
      // heading out of the ward now, ward staff say shes 15 and they cant stop her".
      S`\b${alt('heading', 'walking', 'going', 'running', 'storming')} (?:out of|off) the ${alt('ward', 'department', 'hospital', 'a and e', 'ae', 'unit')} now\b` +
        eitherSide(escapeCue),
      // Getting out of a car on the move, held under 136: "we have him in the back of the car under 136, hes trying to get out".
      S`\b(?:under|on) (?:a |the )?(?:s|section )?136\b.*\b${alt('trying to', 'keeps trying to', 'tried to', 'tries to')} ${alt('get out', 'jump out', 'open the door', 'climb out')}\b`,
      S`\b${alt('trying to', 'keeps trying to', 'tries to')} ${alt('jump out', 'open the door', 'get out')}\b(?: \w+){0,3} (?:while|as) (?:we are|were|were still|its|it is) ${alt('driving', 'moving', 'on the motorway')}\b`,
      // Banging his head now: "he is trying to headbutt walls" (not as a habit: "headbutts walls when hes frustrated").
      S`\b${alt('trying to', 'is', 'hes', 'shes', 'keeps')} head ?butt(?:ing)? (?:the )?(?:${alt('van', 'car', 'police', 'cell', 'bedroom', 'back')} )?${alt('walls?', 'floor', 'doors?', 'windows?', 'cage', 'cell door', 'screen', 'partition', 'glass')}\b(?! ${asAHabit}\b)`,
      // Or the window named first: "keeps running at the window and headbutting it, says he wants to die".
      S`\b${alt('windows?', 'walls?', 'doors?', 'glass')}\b(?: \w+){0,3} and head ?butting (?:it|them)\b(?! ${asAHabit}\b)`,
      // Not "its not an emergency right now", "were not in a crisis right now".
      S`(?<!\b(?:not|isnt|no)(?: \w+){0,2} )\b${crisis} right now\b`,
      S`\bright now\b.*(?<!\b(?:not|isnt|no)(?: \w+){0,2} )\b${crisis}\b`,
      // The whole message a call for it now: "crisis now pls", "emergency now please", "in crisis now".
      S`^(?:${alt('in', 'a', 'an', 'its a', 'its an', 'mental health', 'mh', 'urgent', 'real')} )*${crisis}(?: \w+)? ${alt('now', 'rn', 'asap')}(?: ${alt('pls', 'please', 'plz', 'help', 'urgent', 'quick')})*$`,
      // Or help itself, wanted now: "help now please", "need help urgently" (not "help", the bot's own command).
      S`^(?:${alt('please', 'pls', 'i', 'we', 'urgent', 'need', 'i need', 'we need')} )*help ${alt('now', 'rn', 'asap', 'urgently', 'right now', 'quick', 'quickly')}(?: ${alt('pls', 'please', 'plz', 'help', 'urgent', 'quick', 'now')})*$`,
    ),
    // "not at immediate risk", and the immediate risk assessment form.
    unless: anyOf(
      // The word asked about: "what does crisis mean in the toolkits terms - is it only when someones in danger now".
      S`\bwhat (?:does|do) (?:the word )?(?:a |an )?${crisis} mean\b|\bis it only (?:when|if) (?:someone|somebody|anyone|a child|a young person)(?:s| is)? in danger\b`,
      // "the child isnt in immediate danger but the carer is frightened"
      S`\b${alt('not', 'isnt', 'arent', 'wasnt', 'werent')} (?:at |in )?(?:any )?${imminent} ${alt('risk', 'danger')}\b`,
      S`\bno ${imminent} ${alt('risk', 'danger')}\b`,
      // Over, and dated: "was missing at immediate risk last christmas, shes stable now".
      S`\b${alt('was', 'were')}(?: \w+){0,3} (?:at|in) ${imminent} ${alt('risk', 'danger')}(?: \w+){0,2} (?:last ${alt('year', 'christmas', 'summer', 'easter', 'month', 'week', 'term')}|(?:\w+ )?${alt('years?', 'months?', 'weeks?')} ago)\b`,
      S`\b${imminent} risk ${alt('assessment', 'form', 'template', 'policy', 'training')}\b`,
      // The words asked about: "what does imminent risk mean in the crisis pathway", "examples of what immediate risk looks like".
      S`\bwhat (?:does |do |is |would )?(?:an? )?(?:at |in )?${imminent} ${alt('risk', 'danger')}(?: \w+)? ${alt('mean', 'means', 'look like', 'looks like', 'count as', 'counts as')}\b`,
      S`\b${alt('meaning', 'definition', 'examples?')} of (?:what )?(?:an? )?${imminent} ${alt('risk', 'danger')}\b`,
      // "can you define imminent risk for our crisis procedures", "none of them seem at immediate risk".
      S`\bdefine (?:what )?(?:an? )?${imminent} ${alt('risk', 'danger')}\b`,
      S`\b(?:none|nobody|no one)(?: \w+){0,4} (?:at |in )?${imminent} ${alt('risk', 'danger')}\b`,
      // "i dont think shes in danger tonight but im worried sick about where this is going"
      S`\b(?:dont|do not|didnt) think (?:shes|hes|theyre|she is|he is|they are|its|it is|theres|there is) (?:in )?(?:any )?(?:immediate )?danger\b`,
      // A register's or a plan's term, not a danger: "what does imminent risk of admission mean on the dynamic support register".
      S`\b${imminent} risk of ${alt('admission', 'hospital admission', 'inpatient admission', 'being admitted', 'placement breakdown', 'breakdown', 'exclusion', 'family breakdown')}\b`,
    ),
  },
  // "Can't breathe" in a panic attack is frightening but not an emergency; choking is.
  {
    name: 'breathing',
    when: anyOf(
      S`\b${alt('cant', 'can t', 'cannot')} breathe\b`,
      // Told short: "choking on sick", "prob overreacting shes blue" (not "feeling blue", nor "a bit blue").
      S`\bchoking on (?:her |his |their )?${alt('sick', 'vomit', 'puke')}\b`,
      // Cloth torn to swallow, in a cell or a room: "asked for a blanket, found trying to swallow strips of it".
      S`\b(?:trying to|tried to|is|keeps?) swallow(?:ing)? ${alt('strips', 'bits', 'pieces', 'lumps', 'shreds')} of\b`,
      S`^(?:\w+ ){0,3}${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'baby is', 'babys')} blue$`,
      // A throat closing with a sign of allergy: "rash spreading all over and is wheezing and says throat feels tight" (not a
      // tight throat when anxious, alone).
      S`^(?=.*\b${alt(S`wheez\w*`, 'rash', 'hives', S`(?:lips?|face|tongue) (?:is |are |s )?(?:swell\w*|swollen|puff\w*)`, 'allergic', 'allergy', 'nuts?', 'stung', 'sting', S`epi ?pen`)}\b).*\bthroat (?:feels |is |s |going |getting |feeling )?${alt('tight', 'closing', 'closing up', 'swelling', 'swollen')}\b`,
      // Gasping now: "he just keeps gasping", "gasping for air" (not with laughter, nor "gasping for a brew").
      S`\b${alt('keeps', 'is', 'hes', 'shes', 'still', 'started', 'just')} gasping\b(?! ${alt('with', 'in', 'at', S`for (?:a |some )?${alt('brew', 'cuppa', 'tea', 'coffee', 'drink', 'fag', 'ciggie', 'vape', 'pint')}`)}\b)|\bgasping for ${alt('breath', 'air')}\b`,
      // Choking now, said of someone: "hes choking help", "the baby is choking on a grape" (not on words, tears, or "choked up").
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'baby is', 'babys', 'child is', 'yp is', 'toddler is', 'toddlers', 'childs', 'kids', 'pupils', 'boys', 'girls', 'lads', 'kid is', 'pupil is')} (?:is )?(?:still )?choking\b(?! ${alt('on (?:his|her|their) (?:words|tears)', 'back', 'up', 'the', 'his', 'her', 'their', 'a', 'an', 'another', 'him', 'them', 'someone', 'my', 'our')}\b)`,
      // Choking told by signs, by a child who cannot say it: "not verbal, pointing at her throat and drooling, she was playing with the beads".
      S`\bpointing (?:at|to) ${alt('her', 'his', 'their')} ${alt('throat', 'neck', 'mouth')}\b.*\b${alt('drool\\w*', 'gagging', 'retching', 'cant swallow', 'choking', 'wheez\\w*', 'going blue', 'turning blue')}\b`,
      // Choking told by its silence, with something stuck: "lego stuck, coughing but now he cant make a sound", "a marble stuck and
      // hes doing that silent cough thing".
      S`\b${alt('stuck', 'lodged', 'choking(?! back| up| on (?:her|his|their) (?:words|tears))', 'swallowed')}\b.*\b${alt(S`${alt('cant', 'can t', 'cannot')} ${alt('make a sound', 'make a noise', 'cough')}`, 'silent cough', 'no sound (?:is )?coming out')}\b|\b${alt('silent cough', S`${alt('cant', 'can t', 'cannot')} make a (?:sound|noise)`)}\b.*\b${alt('stuck', 'lodged', 'choking')}\b`,
      // A reaction now: "two year old has gone into anaphylaxis after snack", "shes having an anaphylactic reaction".
      S`\b${alt('gone into', 'going into', 'is in', 'shes in', 'hes in', 'having')} (?:an? )?${alt('anaphylaxis', S`anaphylactic (?:shock|reaction)`)}\b`,
      // First aid for choking tried and failing: "choking on a grape and back blows arent working".
      S`\bback (?:blows|slaps)\b(?: \w+){0,2} ${alt('arent', 'are not', 'not', 'isnt', 'havent', 'didnt', 'dont', 'not been')} ${alt('working', 'worked', 'helping', 'helped', 'work')}\b`,
      // The airway closing in a reaction: "used the epipen, throat still closing", "her throats swelling up, lips huge".
      S`\b${alt('throat', 'throats', 'airway', 'airways', 'tongue')} (?:is |s |are )?(?:still |now |really )?${alt('closing', 'closing up', 'closed up', 'tightening', 'swelling up', 'swelled up')}\b`,
      // Or the pen used and not enough: "gave him his epipen and hes still wheezing".
      S`\b${alt('used', 'gave', 'given', 'done', 'jabbed', 'used (?:her|his|their) own')}(?: \w+){0,2} ${alt('epi ?pens?', 'auto ?injectors?', 'jext')}\b.*\b${alt(S`still ${alt('wheez\\w*', 'struggling', 'cant', 'swelling', 'closing', 'coughing', 'choking', 'blue', 'grey', 'gasping')}`, 'not working', 'isnt working', 'no better', 'getting worse', 'didnt work', 'hasnt worked', 'not worked', 'doesnt work', 'done nothing', 'made no difference')}\b`,
    ),
    unless: b(
      alt(
        // (Not when the teller fears it is the heart: "panic attack for an hour now, chest hurts, i dont know if its her heart";
        // nor when something was swallowed first.)
        S`${alt('panic', 'panicking', 'panics')}(?!.*\b${heartFeared}\b)(?<!\b${heartFeared}\b.*)(?<!\b${swallowedOrStuck}\b.*)`,
        // Laughing: "that tiktok had me in tears i literally cannot breathe", "cant breathe for laughing".
        S`${alt('had me in tears', 'in tears laughing', 'crying laughing', 'from laughing', 'for laughing', 'with laughing', 'laughing so much', 'laughing so hard')}`,
        // Said again and again at the same place: "she keeps saying she cant breathe when we pull up at the contact centre".
        S`keeps? (?:saying|telling (?:me|us)) (?:that )?(?:she|he|they|shes|hes) (?:cant|can t|cannot) breathe (?:when|whenever|every time)`,
        // A place she dreads: "she said she 'cant breathe' in crowded places and runs out of lessons".
        S`(?:cant|can t|cannot) breathe in ${alt('crowded', 'crowds', 'busy', 'lessons', 'class', 'assembly', 'school', 'the corridors?', 'the hall', 'the canteen', 'shops', 'supermarkets?')}`,
        // A time of day she dreads: "her tummy hurts and she cant breathe when its time for school".
        S`(?:cant|can t|cannot) breathe when (?:its|it is|it s) time for (?:school|contact|bed|college)`,
        // A home that stifles, in a child's words: "i only go missing because i cant breathe in that house".
        S`(?:cant|can t|cannot) breathe in (?:that|this|the|our|their|his|her|my|mums|dads) (?:house|home|place|family|flat)`,
        // A place she cannot bear, in her words: "she told me 'i cant breathe in the classroom, i have to get out'".
        S`(?:cant|can t|cannot) breathe in (?:the )?${alt('classroom', 'class', 'lessons?', 'assembly', 'crowds?', 'the hall', 'school', 'the canteen')}`,
        // "not dangerous but panicky and says he cant breathe", told as "some nights": a recurring panic.
        'panicky',
        // Worn by work, in her words: "im so stressed about exams i cant breathe".
        S`stressed (?:out )?(?:about|over|with|by) (?:\w+ )?${alt('exams', 'school', 'tests', 'gcses', 'a levels', 'mocks', 'revision', 'homework', 'coursework', 'work')}`,
        'panicked',
        S`${alt('some', 'most', 'a few', 'other')} ${alt('nights', 'days', 'mornings', 'evenings')}`,
        // Where a panic comes back, not a body failing now: "i cant breathe in lectures, i have to walk out".
        S`(?:cant|can t|cannot) breathe in ${alt('lectures', 'class', 'lessons', 'school', 'crowds', 'meetings', 'assembly', 'exams', 'the mornings', 'busy places', 'shops')}`,
        // "says i cant breathe, i think im dying every morning when its time for school"
        S`every ${alt('morning', 'night', 'evening', 'day', 'school day', 'monday', 'sunday night')}`,
        'anxiety',
        'anxious',
        'asthma',
        S`when ${alt('i', 'she', 'he', 'they', 'we')} ${alt('have', 'has', 'get', 'gets', 'go', 'goes', 'walk', 'walks', 'think', 'thinks', 'talk', 'talks', 'close', 'closes', 'shut', 'shuts', 'see', 'sees', 'hear', 'hears', 'remember', 'remembers')}`,
        'every time',
        'whenever',
        // First aid taught or asked: "first aid refresher: what do we do if back blows arent working".
        'first aid',
        S`what (?:do|should|would) (?:we|i|you|staff) do if`,
        alt(
          'on the bus',
          'in crowds',
          'in shops',
          'for weeks',
          'feels sick',
          'in assembly',
          'in class',
          'in lessons?',
          'in the hall',
          'canteen',
        ),
        S`everyone (?:is )?${alt('looking', 'staring', 'watching')}`,
        S`${alt('i', 'she', 'he', 'they')} ${alt('get', 'gets')} (?:so |really |very )?${alt('scared', 'anxious', 'worked up', 'nervous', 'stressed')}`,
        // The racing heart of a panic before something dreaded.
        S`before ${alt('contact', 'school', 'exams?', 'bed', 'the bus')}`,
        S`heart ${alt('is going mad', 'racing', 'is racing', 'pounding', 'is pounding')}`,
      ),
    ),
  },
];
