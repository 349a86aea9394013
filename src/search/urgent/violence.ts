/**
 * Violence and weapons: a weapon in hand, a threat with something, an attack now.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { historyPhrases } from '../danger/fragments-history';
import { alt, anyOf, b, habitual, S, upTo, type Rule } from './fragments';
import {
  armed,
  weapon,
  willPunish,
  victim,
  violently,
  weaponInUse,
  exploitersThreat,
  attackTime,
  knowsWhereTheyLive,
  childNoun,
  anyChild,
} from './violence-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const violenceRules: Rule[] = [
  // "hes got a knife", "shes waving a broken bottle"
  {
    name: 'weapon',
    // "hes got the big knife from the drawer"
    when: anyOf(
      b(S`${armed} (?:a |an |the )?${alt('kitchen ', 'broken ', 'big ', 'large ', 'sharp ', 'massive ', 'carving ', 'bread ')}?${weapon}`)
        .source,
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
      // Told as it looks: "pointing what looks like a real gun at his brother".
      S`\b${alt('pointing', 'waving', 'holding', 'got', 'has')} what ${alt('looks', 'look', 'looked')} like (?:a |an )?(?:real |toy |replica |bb |air |fake )?${weapon}\b`,
      // Hidden on the body before going out: "just saw him stick a kitchen knife down his trackies before going out".
      S`\b${alt('stick', 'stuck', 'put', 'shove', 'shoved', 'tuck', 'tucked', 'slip', 'slipped', 'hide', 'hid', 'hiding', 'took', 'taking', 'taken')} (?:a |an |the )?(?:\S+ )?${weapon} ${alt('down', 'in', 'into', 'up')} ${alt('his', 'her', 'their')} ` +
        S`${alt('trackies', 'trousers', 'waistband', 'sleeve', 'sock', 'pocket', 'pockets', 'coat', 'jacket', 'hoodie', 'bag', 'rucksack')}\b(?!.*\b${alt('lunch', 'picnic', 'camping', 'fishing', 'dt', 'art', 'craft', 'pencil case', 'cooking', 'apple', 'cake', 'sandwich')}\b)`,
      // A gun on them now: "hes got a gun in his bag that someone gave him to hold" (not a toy, nor a game).
      S`\b${alt('hes', 'shes', 'theyve', 'he has', 'she has', 'has', 'got')} (?:got )?(?:a |an )?(?:real |loaded )?${alt('gun', 'firearm', 'pistol', 'shotgun', 'strap')} ${alt('in', 'under', 'down')} ${alt('his', 'her', 'their')} ` +
        S`${alt('bag', 'rucksack', 'pocket', 'waistband', 'room', 'coat', 'jacket', 'bed', 'trackies', 'hoodie')}\b(?!.*\b${alt('toy', 'nerf', 'water', 'bb', 'replica', 'airsoft', 'game')}\b)`,
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
      S`^(?!.*\b(?:${weaponInUse})\b).*\b${alt('crime', 'criminal record', 'signs', 'warning signs', 'carry(?:ing)? a knife to school', S`prosecut\w*`, 'creative writing', S`(?:wrote|written|writing) a (?:story|poem|play|script)`, S`(?:kids|children|young people|teenagers|teens|pupils|boys|girls) carrying (?:knives|weapons|blades)`, S`(?:is|does|would|can) carrying (?:a |an )?(?:knife|weapon|blade|knives) (?:on its own|alone|by itself|enough|count|mean|a (?:crime|reason|risk))`, 'policy', 'obsessed', 'fascinated', 'interested', 'law', 'legal', 'illegal', 'clay shooting', 'knife blocks?', 'knife and fork', 'cutlery', S`knife sets?`, 'fortnite', S`(?:drew|drawn|draws) (?:a|an) (?:picture|man|person|boy|girl|cartoon|character|soldier)`, S`collects? (?:knives|swords|weapons|blades|them)`, 'collection', S`(?:arrested|charged|cautioned) for (?:carrying|possession)`, 'on bail', S`(?:started|got|has|doing) (?:a |her |his |their )?(?:new |part time |saturday |first )?(?:job|work experience|apprenticeship)`)}\b|` +
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
  // "hes threatening staff with a chair"; not a sanction: "school are threatening us with fines".
  {
    name: 'threatening-with',
    // A policy asked for it: "what should our safer caring policy say about knives if a child has a history of threatening people".
    // Or long past: "we had the police round last year when he was threatening his brother with a knife".
    unless: new RegExp(S`\b(?:policy|policies|procedure|guidance) (?:say|says|should say)\b|${historyPhrases.join('|')}`),
    when: anyOf(
      S`\bthreatening (?:\w+ ){0,3}with (?!(?:a |an |the )?${alt('fines?', 'court', 'legal action', 'prosecution', 'exclusion', 'expulsion', 'detention', 'eviction', 'police', 'the police', 'social services', 'a letter', 'notice', 'sanctions?', 'a complaint', 'complaints?', 'moving', 'ending')}\b)`,
    ),
  },
  // "hes smashing the place up and attacking staff"
  {
    name: 'violence-now',
    when: anyOf(
      S`\bsmashing ${alt('the', 'up', 'things', 'the house', 'the place')}\b`,
      // Raised over someone now: "thinks we are the police from the border and is holding a chair over my husband".
      S`\b${alt('holding', 'raising', 'lifting', 'swinging', 'waving')} (?:a |the )?${alt('chair', 'bat', 'stick', 'bottle', 'hammer', 'brick', 'pole', 'plank')} ${alt('over', 'above', 'at')} (?:my |her |his |their |our |the )?${alt('husband', 'wife', 'partner', 'carers?', 'staff', 'head', 'brother', 'sister', 'mum', 'dad', 'him', 'her', 'them', 'me', 'us', 'someone', 'teacher', 'other')}\b`,
      S`\b(?<!\b${alt('whos', 'who s', 'who is', 'who are', 'thats', 'that is', 'that are')} )${alt('attacking', 'assaulting')} ${alt('staff', 'carers?', 'foster carers?', 'someone', 'each other', S`(?:a |an |the |another |our )?(?:new |younger |little |other )?${alt('resident', 'child', 'kid', 'boy', 'girl', 'lad', 'pupil', 'young person', 'yp')}`)}\b`,
      // Exploiters' threat to kill or hurt, and they know where the child lives: "found in a cannabis farm, says if he talks theyll
      // kill his family, and the men know where the carer lives".
      S`\b${exploitersThreat}\b.*\b${knowsWhereTheyLive}\b|\b${knowsWhereTheyLive}\b.*\b${exploitersThreat}\b`,
      // An attack on the child set for today, or a stabbing threatened in street words: "one of my students is about to get jumped after
      // school, theyve told him theyll 'wet him'".
      S`\b${alt('about to', 'bout to', 'going to', 'gonna', 'gunna')} get ${alt('jumped', 'stabbed', 'shanked', 'wet', 'wetted', 'merked', 'battered', 'done in', 'shot')}\b(?=.*\b${attackTime}\b)`,
      S`\b${alt('theyll', 'they will', 'theyre going to', 'theyre gonna', 'hell', 'he will', 'theyd', 'said theyd')} ${alt('wet', 'shank', 'merk', 'stab', 'shoot', 'bore', 'splash', 'cut')} ${alt('him', 'her', 'them', 'me', 'us')}\b(?=.*\b${alt(attackTime, 'about to')}\b|(?<=\b${alt(attackTime, 'about to')}\b.*))`,
      // Held at a blade's or a gun's point: "17yo ... holding neighbour at knifepoint saying theyve implanted a chip in him".
      S`\b${alt('holding', 'is holding', 'has got', 'has', 'got', 'keeping')} (?:\w+ ){1,3}at (?:knife|gun) ?point\b`,
      // A hold round the neck: "has the toddler in a headlock and wont let go".
      S`\b${alt('has', 'got', 'holding', 'pinned')} (?:\w+ ){1,3}in a ${alt('headlock', 'head lock', 'chokehold', 'choke hold', 'strangle ?hold')}\b`,
      // Hands round someone's neck now, "choking" typed "chocking": "hes chocking his girlfriend in the living room".
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')} (?:now )?${alt('choking', 'chocking', 'strangling', 'throttling')} ${alt('his', 'her', 'their', 'the', 'my', 'a')} ${alt('girlfriend', 'boyfriend', 'partner', 'mum', 'mam', 'dad', 'brother', 'sister', 'carer', 'foster carer', 'nan', 'mate', 'friend', 'baby', 'little brother', 'little sister')}\b`,
      // An attempt on someone just made: "little lad just tried to throttle the girl in the next bed" (not on themselves: ./ligature.ts).
      S`\b${alt('just tried', 'just trying', 'is trying', 'tried', 'trying')} to ${alt('throttle', 'strangle', 'choke', 'smother', 'suffocate', 'stab', 'glass')} ${alt('the', 'a', 'an', 'another', 'his', 'her', 'their', 'my', 'our', 'someone', 'somebody', 'staff', 'me', 'us')}\b`,
      // Still going for someone: "yp kicked fc in stomach, fc is 7 months pregnant, yp still kicking off and trying to get at her".
      S`\b(?:still|now|is|hes|shes|theyre)(?: \w+){0,2} (?:trying|tryin) to get at ${alt('her', 'him', 'them', 'me', 'us', 'staff', S`(?:the|his|her|their) ${alt('carer', 'fc', 'mum', 'dad', 'baby', 'sister', 'brother', 'kids?', 'staff')}`)}\b` +
        S`(?! ${alt('phone', 'bag', 'stuff', 'things', 'money', 'food', 'sweets', 'keys', 'laptop', 'ipad', 'tablet', 'meds', 'medication', 'cupboard')}\b)`,
      // Punishment promised for telling: "someone at home is going to 'sort her out' tonight for telling"; or violence promised for
      // when the child gets home: "dad said hell batter him when he gets home" (not "nan will sort her out with tea and a bath").
      S`\b${willPunish} ${alt(S`sort ${victim} out`, S`deal with ${victim}`, S`punish ${victim}`, violently)}(?: \w+){0,5} for ${alt('telling', 'grassing', 'snitching', 'talking', 'saying', 'speaking')}\b`,
      S`\b${willPunish} ${violently}(?: \w+){0,3} when ${alt('she', 'he', 'they', 'i')} ${alt('gets', 'get', 'goes', 'go', 'comes', 'come')} (?:back )?home\b`,
      // A hurt told by the child, and a bone that looks broken: "says his carer stamped on his hand this morning, it looks broken".
      S`\b${alt('stamped on', 'broke', 'kicked', 'punched', 'twisted', 'bent back', 'smashed', 'slammed')} (?:his|her|their) ${alt('hand', 'arm', 'wrist', 'fingers?', 'leg', 'ankle', 'nose', 'jaw', 'ribs?')}\b.*\b(?:looks|look|might be|could be|may be|think (?:its|it is)) ${alt('broken', 'fractured', 'dislocated')}\b`,
      // Voices, and a threat to someone named: "started hearing people in the walls and is going to 'take care of' his foster dad before they get him tonight".
      S`^(?=.*\b${alt('hearing (?:people|voices|things)', 'voices', 'in the walls', 'watching (?:him|her|them)', 'out to get', S`(?:they|theyll|they will|theyre going to) get (?:him|her|them|me)`)}\b).*` +
        S`\b(?:going to|gonna|will|wants to|plans to) ${alt('take care of', 'deal with', 'sort out', 'get rid of', 'hurt', 'kill', 'stab', 'attack', 'do in', 'finish off')} (?:his|her|their|the|my) (?:foster )?${alt('dad', 'mum', 'carers?', 'brother', 'sister', 'teacher', 'staff', 'nan', 'grandad', 'family')}\b`,
      // Swung at someone: "two boys fighting in the unit, ones swinging a snooker cue at heads".
      S`\bswinging (?:a |an |the |his |her |their )?(?:\w+ ){0,2}${alt('cue', 'bat', 'bar', 'pole', 'chair', 'stick', 'bottle', 'hammer', 'golf club', 'plank', 'spade', 'broom', 'crowbar')} ` +
        S`(?:around |about )?at ${alt('heads?', 'people', 'staff', 'him', 'her', 'them', 'me', 'us', 'the others', 'other kids', 'kids', 'faces?', S`(?:his|her|their) ${alt('head', 'face', 'brother', 'sister', 'carer', 'mum', 'dad')}`)}\b`,
      // In fear now: "im scared for my life, hes blocking the door" (not told afterwards: "i was scared for my life").
      S`\b(?:${alt('im', 'i am', 'were', 'we are', 'i feel', 'we feel')} (?:\w+ )?${alt('scared', 'terrified', 'frightened', 'afraid', 'fearing', 'in fear', 'fearful')}|${alt('i', 'we')} fear) for ${alt('my', 'our')} ${alt('life', 'lives')}\b`,
      // Set on as it happens: "getting jumped in the park" (not afraid of it: "scared of getting jumped").
      // (The words first, then what comes before them: a look behind tried at every letter is slow.)
      S`\b${alt('getting', 'being')}(?<!\b${alt('of', 'about', 'from', 'risk', 'avoid', 'fear', 'afraid', 'worried', 'scared', 'after', 'since', 'without')}(?: \w+)? \w+) ` +
        S`${alt('jumped', 'beaten up', 'battered', 'attacked', 'kicked in', 'kicked to bits', 'mugged', 'glassed', 'rushed', 'stamped on', 'leathered')}\b`,
    ),
    // A pattern, or told afterwards: "thats what he said after smashing the tv".
    // A room or their own flat smashed with nobody said to be in the way ("smashing up bedroom", "smashing up the flat") is the behaviour answer.
    unless: new RegExp(
      S`${habitual.source}|\bafter ${alt('smashing', 'attacking', 'assaulting')}\b|${historyPhrases.join('|')}|` +
        // Warned for it before: "three tenancy warnings for shouting, smashing things and threatening staff".
        S`\bwarnings? for\b|` +
        // Said not to be now: "agressive behavour smashing things not now tho".
        S`\bnot (?:right )?now(?: ${alt('tho', 'though', 'thankfully', 'luckily')})?$|` +
        // Outbursts, a pattern named with nothing told as now: "angry outbursts smashin things at home 11yo".
        S`\b${alt('outbursts', 'tantrums', 'meltdowns', 'rages')}\b(?!.*\b${alt('now', 'right now', 'rn', 'tonight', 'as we speak', 'hurt', 'hurting', 'knife', 'weapon', 'scared', 'police', 'blood')}\b)|` +
        // Told with no one hurt, advice asked: "a 10 year old refusing bed and smashing things, nobody hurt. what can i advise tonight".
        S`\b(?:nobody|no one|noone|no body) (?:is |was |got |has been )?(?:hurt|injured)\b|` +
        // A team beaten: "everton getting battered again, my yp is raging lol".
        S`\b(?:${alt('everton', 'liverpool', 'lfc', 'efc', 'tranmere', 'southport', 'the reds', 'the blues', 'the toffees', 'england', 'united', 'city')}|(?:our|his|her|their|the) (?:football |rugby |netball )?team)(?: \w+)? (?:${alt('getting', 'got', 'are getting', 'were getting', 'being')}) ${alt('battered', 'beaten', 'hammered', 'thrashed', 'leathered', 'destroyed')}\b|` +
        // A change in behaviour described, nothing told as now: "since her mums been back in contact her behaviour at home has gone
        // through the roof, smashing things, swearing at me, then crying and saying sorry".
        S`^(?!.*\b(?:right now|as we speak|tonight|attacking|hurting|knife|weapon|scared)\b).*\bbehaviour (?:\w+ ){0,3}(?:has |s )?${alt('gone through the roof', 'got worse', 'escalated', 'deteriorated')}\b|` +
        // A bad night told and then settled: "she had a really bad night on friday, threats and smashing things, police came.
        // everythings settled".
        S`\bhad a (?:\w+ ){0,2}${alt('night', 'day', 'evening', 'weekend')}\b(?=.*\b${alt('everythings', 'everything is', 'all', 'its', 'shes', 'hes', 'theyre')} (?:now )?${alt('settled', 'calm', 'fine', 'ok', 'okay', 'safe')}\b)|` +
        // A pattern told with how long, nothing said as now: "since contact was cancelled hes been smashing things", "since then hes
        // been angry, smashing things", "hes been
        // assaulting staff, going missing and self harming, what level of need is this".
        S`\b(?:hes|shes|theyve|he has|she has|they have) been (?:\w+ (?:and )?){0,2}${alt('smashing', 'attacking', 'assaulting')}\b(?!.*\b${alt('now', 'right now', 'rn', 'tonight', 'as we speak', 'at the moment', 'still', 'last hour', 'past hour', 'hours?', 'mins?', 'minutes', 'wont stop', 'cant', 'scared')}\b)|` +
        // Asked of any child: "is restraint allowed in foster care if a child is attacking someone".
        S`\b(?:if ${anyChild}|(?:when|whenever) (?:a|an|any|your) ${childNoun}) (?:is|was|starts|keeps) ${alt('smashing', 'attacking', 'hitting', 'assaulting', 'hurting', 'fighting', 'kicking', 'punching')}\b|` +
        // Charged for it, and asked about after: "arrested for assaulting staff at his placement and police are asking if he should be assessed".
        S`\b(?:arrested|charged|convicted|cautioned|reported|excluded|suspended) for (?:\w+ )?${alt('assaulting', 'attacking', 'smashing')}\b|` +
        // A section asked for, for a pattern: "a carer has asked me to section her 15yo because hes out of control, smashing things".
        S`\b(?:asked|asking|wants?|wanting|begging) (?:me|us|the gp|gp|a doctor|the doctor|someone) to section\b|` +
        S`^(?!.*\b(?:staff|carers?|someone|anyone|him|her|them|us|me|kids|children|baby|sister|brother|glass|window|knife|weapon|hurt|hurting|attack\w*|police|scared|terrified|now)\b).*\bsmashing (?:up )?(?:the |her |his |their )?(?:(?:bed)?room|flat)\b`,
    ),
  },
];
