/**
 * Violence now: a threat with something, an attack as it happens.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { historyPhrases } from '../danger/fragments-history';
import { alt, anyOf, habitual, S, type Rule } from './fragments';
import { willPunish, victim, violently, exploitersThreat, attackTime, knowsWhereTheyLive, childNoun, anyChild } from './violence-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const violenceNowRules: Rule[] = [
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
      // Hiding from someone raging who named them next: "my dads punching the walls and he said im next when he finds me".
      S`\b${alt('said', 'says', 'saying', 'shouting', 'screaming')} (?:that )?${alt('im', 'i am', 'youre', 'you are')} next\b(?= (?:when|once|after|if) (?:he|she|they) ${alt('finds', 'gets', 'catches', 'comes')}\b|.*\b${alt('hiding', 'hid', 'locked myself')}\b)`,
      // Made to run drugs, with a knife threatened: "if i dont deliver this bag to liverpool one by 9 theyll shank me".
      S`\bif i (?:dont|do not) ${alt('deliver', 'drop', 'pay', 'come', 'go', 'bring', 'sell', 'do it', 'turn up', 'get back')}\b.*\b${alt('theyll', 'they will', 'hell', 'he will', 'theyre gonna', 'they are going to', 'theyre going to', 'hes gonna', 'hes going to')} ${alt('shank', 'stab', 'merk', 'wet', 'kill', 'batter', 'slash', 'shoot')} me\b`,
      S`\bsmashing ${alt('the', 'up', 'things', 'the house', 'the place')}\b`,
      // A bone broken in the attack, and the attack still going: "hes broken the carers arm and is still lashing out".
      S`\bbroken (?:the |my |her |his |their |our |a )?(?:\w+ )?${alt('arm', 'nose', 'jaw', 'wrist', 'ribs?', 'leg', 'fingers?', 'hand', 'cheekbone')}\b(?=.*\b${alt('still', 'now', 'keeps?', 'wont stop')} ${alt('lashing out', 'attacking', 'hitting', 'kicking', 'punching', 'going', 'raging', 'fighting')}\b)`,
      // Heard through a wall: "screaming, glass breaking, carers voice shouting put it down" (not a film, a game or a drill).
      S`^(?=.*\b${alt('glass breaking', 'glass smashing', 'smashing glass', 'breaking glass', 'windows? (?:going|smashing|being smashed)')}\b)(?=.*\b${alt('screaming', 'put it down', 'help', 'shouting')}\b)(?!.*\b${alt('film', 'game', 'drill', 'telly', 'tv', 'movie', 'last night', 'yesterday', 'last week', 'ago')}\b)`,
      // A shooting or bombing of a school, with the means or the day: "gonna shoot up the school tmrw first thing, got my cousins piece"
      // (not a game, nor a joke told as one).
      S`\b${alt('gonna', 'going to', 'will', 'ill', 'im gonna', 'im going to')} ${alt('shoot up', 'shoot', 'bomb', 'blow up')} (?:the |my |our |his |her )?${alt('school', 'college', 'academy', 'class')}\b` +
        S`(?=.*\b${alt('got', 'have', 'tomorrow', 'tmrw', 'tmr', 'first thing', 'piece', 'gun', 'strap', 'tonight', 'monday')}\b)(?!.*\b${alt('joke', 'joking', 'lol', 'game', 'fortnite', 'minecraft', 'roblox', 'film', 'song', 'lyrics')}\b)`,
      // A robbery tonight, and already gone: "gonna run with the lads tonight to do the thing in birkenhead, the thing is a robbery, hes left".
      S`^(?=.*\b${alt('robbery', 'rob', 'robbing', 'to rob', 'armed robbery', 'raid', 'ram raid')}\b)(?=.*\b${alt('tonight', 'right now', 'now')}\b)` +
        S`(?=.*\b${alt('has left', 'left the house', 'gone out', S`on ${alt('his', 'her', 'their')} way`, 'already left', 'just left')}\b)`,
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
