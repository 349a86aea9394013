/**
 * A weapon in hand (a threat with something, or an attack now, is ./violence-now.ts).
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { historyPhrases } from '../danger/fragments-history';
import { alt, anyOf, b, eitherSide, S, upTo, type Rule } from './fragments';
import { armed, weapon, weaponInUse, anyChild } from './violence-words';

/** Games played with a bat or a stick, whose bats and chases are no danger. */
const batGames = alt('cricket', 'rounders', 'baseball', 'game');

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const violenceRules: Rule[] = [
  // "hes got a knife", "shes waving a broken bottle"
  {
    name: 'weapon',
    // "hes got the big knife from the drawer"
    when: anyOf(
      // Armed and closing in: "older lads at the front gate with machetes calling out one of our boys ... theyre surrounding him".
      S`\b(?:with|got|carrying|holding|waving) (?:\S+ )?${alt('machetes?', 'knives', 'knife', 'blades?', 'weapons?', 'bats?', 'guns?')}\b.*\b${alt('surrounding', 'surrounded', 'circling', 'cornered', 'chasing')} (?:him|her|them)\b(?!${eitherSide(alt(batGames, 'playing'))})(?!.*\b${alt('laugh', 'lol', 'football')}\b)`,
      // Brought in just now, or carried round the room: "a boy in care has just brought a meat cleaver into the classroom and is going round
      // the tables".
      S`\bjust ${alt('brought', 'bringing', 'pulled out', 'got out', 'taken out', 'walked in with', 'come in with', 'came in with')} (?:a |an |the |his |her )?(?:\w+ )?${weapon}\b`,
      S`\b${weapon}\b.*\b${alt('going', 'walking', 'wandering', 'stalking')} (?:round|around) (?:the )?${alt('tables', 'room', 'class', 'classroom', 'corridors?', 'house', 'unit', 'ward')}\b`,
      b(S`${armed} (?:a |an |the )?${alt('kitchen ', 'broken ', 'big ', 'large ', 'sharp ', 'massive ', 'carving ', 'bread ')}?${weapon}`)
        .source,
      // Fetched and gone to someone with it now: "came back with a hammer and is now at the window of the neighbour he thinks grassed him".
      S`\b(?:with|holding|carrying|got) (?:a |an |the )?(?:\w+ )?(?:${weapon}|${alt('hammer', 'bat', 'axe', 'crowbar', 'brick', 'poker')})\b.*\b${alt('is', 'hes', 'shes', 'theyre', 'are')} now ${alt('at', 'outside', 'by', 'banging on', 'kicking')} (?:the |a |his |her |their )?(?:\w+ )?${alt('window', 'door', 'house', 'flat', 'gate', 'car')}\b(?!.*\b${alt(batGames, 'playing', 'football', 'match', 'diy', 'fixing', 'builders?')}\b)`,
      // Holding something sharp and saying whom it will cut, in any English: "the boy is very violent now, he break the windows and have
      // a glass, he say he will cut the staff".
      S`\b${alt('have', 'has', 'got', 'holding', 'hold', 'with')} (?:a |an |the )?(?:broken |big |sharp )?${alt('glass', 'knife', 'blade', 'bottle', 'razor', 'scissors', 'shard')}\b.*\b${alt('say', 'says', 'said', 'saying')} (?:${alt('he', 'she', 'they')} )?${alt('will', 'll', 'gonna', 'going to', 'go to')} ${alt('cut', 'stab', 'kill', 'hurt', 'slash')} ${alt('the staff', 'staff', 'the carers?', 'carers?', 'me', 'us', 'you', 'him', 'her', 'them', 'someone', 'everyone', 'the teacher', 'the other')}\b`,
      // At the door with it, seen on a camera: "someone at our back door at 4am with a crowbar".
      S`\bat (?:our|the|my|her|his|their) (?:back |front |side |bedroom )?${alt('door', 'window', 'gate')}\b(?: \S+){0,4} with (?:a |an )?${alt('crowbar', 'knife', 'machete', 'gun', 'axe', 'hammer', 'bat', 'weapon', 'blade')}\b(?!.*\b${alt('yesterday', 'last night', 'last week', 'ago', 'builders?', 'workmen', 'locksmith', 'fixing', batGames, 'match', 'training')}\b)`,
      // Waiting outside with it: "his dealer's outside with a knife and said he's coming in".
      S`\b${alt('outside', 'at the door', 'at the front door', 'at the window', 'in the garden', 'on the doorstep', 'downstairs', 'in the hall')} with (?:a |an |the )?${weapon}\b(?=.*\b${alt('coming in', 'get in', 'getting in', 'come in', 'break in', 'waiting', 'shouting', 'kicking', 'banging', 'money', 'scared', 'crying', 'threat\\w*')}\b)`,
      // Said bare: "there's a gun"; or the weapon and who it is going for: "hammer, going for carer".
      S`^(?:theres|there is|there s) (?:a |an )?${alt('gun', 'knife', 'machete', 'weapon', 'blade', 'firearm', 'axe')}(?: ${alt('here', 'now', 'in the house', 'in the home', 'in his room', 'in her room', 'in school')})?$`,
      S`\b${alt('knife', 'blade', 'machete', 'gun', 'hammer', 'axe', 'bat', 'scissors', 'bottle', 'screwdriver', 'poker')}\b(?: \w+){0,3} (?:is |s )?going for (?:the |a |his |her |their |my |our )?${alt('carer', 'carers', 'staff', 'me', 'us', 'mum', 'dad', 'nan', 'teacher', 'sister', 'brother', 'him', 'her', 'them', 'worker', 'manager')}\b`,
      // A note and nothing more: "knife. bus. now. lad going mental".
      S`^${alt('knife', 'blade', 'machete', 'gun')}(?: \w+){0,2} ${alt('now', 'rn', 'right now')}\b`,
      // Or who first: "kid. knife. kitchen. now".
      S`^(?:\w+ ){1,2}${alt('knife', 'blade', 'machete', 'gun')}(?: \w+){0,2} ${alt('now', 'rn', 'right now')}$`,
      // Or with who it is turned on: "knife. kitchen. threatening staff."
      S`^(?:a )?${alt('knife', 'blade', 'machete', 'gun')}(?: \w+){0,2} threatening ${alt('staff', 'carers?', 'us', 'me', 'them', 'her', 'him', 'mum', 'dad')}\b`,
      // Taken from where the knives are kept: "hes took the big knife out of the block".
      S`\b${alt('took', 'taken', 'tooken', 'grabbed', 'pulled', 'got')} (?:a |an |the )?(?:\w+ )?${alt('knife', 'knives', 'blade', 'scissors')} ${alt('out of', 'out', 'from', 'off')} (?:the )?(?:knife )?${alt('block', 'drawer', 'knife drawer', 'rack')}\b`,
      // Carried in the bag, and who it is for, in street words: "ive got it in my bag, if he says anything in maths im doing him".
      S`\b${alt('got', 'have', 'brought', 'bringing')} (?:it|a blade|a knife|the knife|a shank|the shank|a shanks?|the blade) in ${alt('my', 'his', 'her', 'their')} ${alt('bag', 'pocket', 'blazer', 'coat', 'jacket', 'trackies')}\b` +
        S`.*\b${alt('im', 'i am', 'gonna', 'going to', 'ill', 'i will', 'hes', 'shes')} ${alt('doing', 'do', 'stab', 'stabbing', 'shank', 'shanking', 'wet', 'wetting', 'merk', 'merking', 'slash', 'slashing', 'cut', 'cutting')} ${alt('him', 'her', 'them')}\b(?! ${alt('a', 'an', 'some', 'proud', 'good', 'favours?', 'up', 'over')}\b)`,
      // A corrosive carried for someone's face: "older boy came for our girl, he has acid in the bottle he says for her face" (not skin care).
      S`\b${alt('has', 'have', 'had', 'got', 'carrying', 'brought', 'bringing', 'with')} (?:some |a bottle of |bottle of )?${alt('acid', 'ammonia', 'corrosive')}\b${upTo(6)} ` +
        S`${alt('for', 'at', 'in', 'on', 'into', 'over', 'to throw (?:at|in|on)')} ${alt('her', 'his', 'their', 'my', 'your', 'our', 'the', 'someones')}${upTo(2)} ${alt('face', 'eyes')}\b` +
        S`(?!.*\b${alt('toner', 'peel', 'serum', 'skin ?care', 'glycolic', 'salicylic', 'hyaluronic', 'cream', 'spots', 'acne', 'reflux')}\b)`,
      // Told as it looks: "pointing what looks like a real gun at his brother".
      S`\b${alt('pointing', 'waving', 'holding', 'got', 'has')} what ${alt('looks', 'look', 'looked')} like (?:a |an )?(?:real |toy |replica |bb |air |fake )?${weapon}\b`,
      // Hidden on the body before going out: "just saw him stick a kitchen knife down his trackies before going out".
      S`\b${alt('stick', 'stuck', 'put', 'shove', 'shoved', 'tuck', 'tucked', 'slip', 'slipped', 'hide', 'hid', 'hiding', 'took', 'taking', 'taken')} (?:a |an |the )?(?:\S+ )?${weapon} ${alt('down', 'in', 'into', 'up')} ${alt('his', 'her', 'their')} ` +
        S`${alt('trackies', 'trousers', 'waistband', 'sleeve', 'sock', 'pocket', 'pockets', 'coat', 'jacket', 'hoodie', 'bag', 'rucksack')}\b(?!.*\b${alt('lunch', 'picnic', 'camping', 'fishing', 'dt', 'art', 'craft', 'pencil case', 'cooking', 'apple', 'cake', 'sandwich')}\b)`,
      // A gun on them now: "hes got a gun in his bag that someone gave him to hold" (not a toy, nor a game).
      S`\b${alt('hes', 'shes', 'theyve', 'he has', 'she has', 'has', 'got')} (?:got )?(?:a |an )?(?:real |loaded )?${alt('gun', 'firearm', 'pistol', 'shotgun', 'strap')} ${alt('in', 'under', 'down')} ${alt('his', 'her', 'their')} ` +
        S`${alt('bag', 'rucksack', 'pocket', 'waistband', 'room', 'coat', 'jacket', 'bed', 'trackies', 'hoodie')}\b(?!.*\b${alt('toy', 'nerf', 'water', 'bb', 'replica', 'airsoft', 'game')}\b)`,
      // A bomb he says he made, with him: "just told me theres a bomb in his bag that he made and hes on his way to school" (not a bath bomb).
      S`(?<!\b${alt('bath', 'stink', 'smoke', 'glitter', 'seed', 'water', 'paint', 'sex', 'photo', 'love', 'flour')} )\bbomb (?:in|inside) (?:his|her|their|the|my) (?:school )?${alt('bag', 'rucksack', 'backpack', 'locker', 'bedroom', 'room', 'car', 'coat')}\b(?=.*\b${alt('made', 'making', 'built', 'on (?:his|her|their) way', 'taking it', 'set off', 'going off', 'school')}\b)`,
      // Bringing one in, and when: "told us hes taking his uncles gun to school tomorrow and showed a picture of it".
      S`\b${alt('taking', 'bringing', 'take', 'bring', 'gonna take', 'gonna bring')} (?:a |an |his |her |their |the |my )?(?:\w+s )?${alt('gun', 'firearm', 'pistol', 'shotgun', 'machete', 'knife', 'blade')} ` +
        S`(?:(?:in)?to ${alt('school', 'college', 'class', 'the party', 'the park')}|in) (?:.*\b)?${alt('tomorrow', 'today', 'tonight', 'in the morning', S`on ${alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday')}`, S`(?:meet )?(?:is )?at \d{1,2}`)}\b`,
      // Held to someone: "she had scissors to my neck", "knife at his throat".
      S`\b${weapon} ${alt('to', 'at', 'against')} ${alt('my', 'her', 'his', 'their', 'your', S`(?:the|our) \w+s`)} ${alt('neck', 'throat', 'face', 'head', 'chest', 'stomach', 'belly')}\b`,
      // Told bare, where it is carried: "machete in his bag", "theres a knife in her waistband" (the whole message, a few words).
      S`^(?:\S+ ){0,3}(?:a |an |the )?(?:\S+ )?${alt('machete', 'knife', 'blade', 'gun', 'zombie knife', 'knuckle duster', 'axe', 'hammer')} ${alt('in', 'under', 'down')} ${alt('his', 'her', 'their')} ` +
        S`${alt('bag', 'school bag', 'rucksack', 'pocket', 'pockets', 'waistband', 'coat', 'jacket', 'trackies', 'sock', 'hoodie', S`(?:bed)?room ${alt('now', 'right now')}`)}(?: ${alt('now', 'right now', 'and hes going out', 'and shes going out', 'going out', 'help')})?$`,
    ),
    // Knife crime, warning signs, a fascination with knives: a worry, not a weapon in hand; unless the weapon is in use now
    // ("hes got a knife to his sisters throat, whats the policy", "she has a knife and is threatening staff, shes obsessed with it").
    unless: new RegExp(
      S`^(?!.*\b(?:${weaponInUse})\b).*\b${alt('crime', 'criminal record', 'signs', 'warning signs', 'carry(?:ing)? a knife to school', S`prosecut\w*`, 'creative writing', S`(?:wrote|written|writing) a (?:story|poem|play|script)`, S`(?:kids|children|young people|teenagers|teens|pupils|boys|girls) carrying (?:knives|weapons|blades)`, S`(?:is|does|would|can) carrying (?:a |an )?(?:knife|weapon|blade|knives) (?:on its own|alone|by itself|enough|count|mean|a (?:crime|reason|risk))`, 'policy', 'obsessed', 'fascinated', 'bravado', S`tells? (?:stories|tales) about`, 'interested', 'law', 'legal', 'illegal', 'clay shooting', 'knife blocks?', 'knife and fork', 'cutlery', S`knife sets?`, 'fortnite', 'cluedo', S`(?:drew|drawn|draws) (?:a|an) (?:picture|man|person|boy|girl|cartoon|character|soldier)`, S`collects? (?:knives|swords|weapons|blades|them)`, 'collection', S`(?:arrested|charged|cautioned) for (?:carrying|possession)`, 'on bail', S`(?:started|got|has|doing) (?:a |her |his |their )?(?:new |part time |saturday |first )?(?:job|work experience|apprenticeship)`)}\b|` +
        b(
          alt(
            // Self-harm told as a pattern: the self-harm answer, not a weapon now.
            'most nights',
            // A record of one: "fill in the risk of serious harm section on assetplus for a lad with a knife conviction".
            S`(?:knife|weapons?|bladed article) (?:possession )?${alt('convictions?', 'offences?', 'charges?', 'possession charge')}`,
            'assetplus',
            'asset plus',
            // Taken off them, and told settled after: "threatened carer with a knife, police attended, knife removed, child moved and settled".
            S`(?:knife|blade|weapon) (?:was |has been )?${alt('removed', 'confiscated', 'recovered', 'secured', 'handed over', 'handed in')}(?!.*\b(?:another|second|again|still|now has|now got)\b)`,
            'hides it',
            // Supposed, or long past: "suppose a young person we care for is found with a knife at school", "carrying a blade at one point".
            S`${alt('suppose', 'supposing', 'imagine')} (?:a|an|one of our|one of the) (?:\w+ ){0,5}(?:is|was|gets|got|were) ${alt('found', 'caught', 'seen')} with`,
            'at one point',
            // Her own hair cut with them: "she cut her fringe herself with the kitchen scissors lol".
            // (Not the skin with it: "shes got scissors and is cutting her hair and scalp".)
            S`${alt('cut', 'cutting', 'trimmed', 'trimming', 'chopped')} (?:her|his|their|my) (?:own )?${alt('fringe', 'hair')}(?! and (?:her |his |their |my )?${alt('scalp', 'skin', 'arms?', 'wrists?', 'face', 'legs?', 'head')}\b)`,
            'cooking',
            'chopping',
            // Taught to cook: "can he help me in the kitchen with a knife if im watching, he wants to learn to cook".
            S`${alt('learn', 'learning', 'learnt')} to ${alt('cook', 'bake', 'chop')}`,
            // Or taught: "how do i teach a 13 year old to cook safely with knives, she wants to help with tea".
            S`${alt('teach', 'teaching', 'show', 'showing')}(?: \w+){0,5} to ${alt('cook', 'bake', 'chop')}`,
            // Drawn: "he drew a picture of a man with a gun at school, he says its from a game".
            S`${alt('drew', 'drawn', 'drawing', 'draws', 'painted')} (?:a |an |some )?${alt('picture', 'pictures', 'drawing', 'drawings', 'cartoon', 'comic')} of`,
            // A toy: "he had a water gun in his bag".
            S`${alt('water', 'nerf', 'toy', 'squirt')} ${alt('gun', 'guns', 'pistol', 'pistols')}`,
            // Told afterwards: "threatened staff with a knife yesterday, everyone safe now".
            S`yesterday${upTo(6)} everyone (?:is )?safe`,
            // Asked of any child found with one: "explain to foster carers what happens at school if their child is found with a weapon".
            S`if ${anyChild} (?:is|was|gets|got) ${alt('found', 'caught', 'seen')} with`,
            // Written up afterwards: "how do I record that a yp threatened staff with scissors yesterday".
            S`how (?:do|should|would) (?:i|we) (?:record|write up|log|report)`,
            'incident (?:form|report|log)',
            // Asked about any child: "guidance on what to do if a child threatens a teacher with a weapon".
            S`${alt('what to do', 'guidance', 'advice', 'training', 'policy')} (?:on |about |for )?(?:what to do )?${alt('if', 'when')} ${alt('a', 'an', 'any')} ${alt('child', 'yp', 'young person', 'pupil', 'student', 'kid', 'teenager')}`,
            // Carving the Sunday roast with the big knife.
            S`${alt('carve', 'carving', 'slice', 'slicing')} (?:the |some |a )?${alt('turkey', 'meat', 'chicken', 'joint', 'roast', 'bread', 'cake', 'pumpkin', 'veg', 'vegetables', 'carrots?', 'onions?', 'potato(?:es)?', 'apples?', 'fruit', 'cucumbers?', 'peppers?', 'tomato(?:es)?')}`,
            'baking',
            S`making ${alt('tea', 'dinner', 'lunch', 'breakfast', 'food')}`,
            // History: "he used to be violent with knives at his last placement".
            ...historyPhrases,
            S`(?:at|in) ${alt('his', 'her', 'their')} (?:last|previous|old) placement`,
            // Or served for: "her dad is in prison for hurting her mum with a knife".
            S`${alt('in prison', 'in jail', 'jailed', 'sentenced', 'convicted', 'locked up', 'doing time')} for`,
            // A practice: "a lockdown drill for an intruder with a weapon".
            S`${alt('fire', 'lockdown', 'evacuation', 'invacuation', 'practice', 'intruder')} drills?`,
            // Or a song: "showed me a drill video with knives in it, its just music right".
            S`drill ${alt('videos?', 'music', 'tracks?', 'rap', 'songs?', 'lyrics')}`,
            // Told afterwards, or planned for: "just debriefing, its all calm now", "if she ran off with a blade in future".
            S`debrief\w*`,
            S`(?:its|all|everything|everyones?) (?:all )?calm now`,
            S`in (?:the )?future`,
            S`if (?:a|an|any) ${alt('yp', 'child', 'young person', 'pupil', 'student', 'kid', 'teenager')} (?:ever )?${alt('is', 'was', 'were', 'has', 'had', 'brings', 'carries', 'pulled', 'pulls', 'threatened', 'threatens')}`,
          ),
        ).source,
    ),
  },
];
