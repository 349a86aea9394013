/**
 * Self-harm now: harming themselves as it is told, and fresh wounds.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { seenLive } from '../danger/fragments-now';
import { alt, anyOf, b, habitual, now, past, poss, S, self, upTo, type Rule } from './fragments';
import { pronoun, body, stillGoing, wound, depthShown, bitten } from './self-harm-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const selfHarmNowRules: Rule[] = [
  // "shes cutting her arms right now", "we can hear her hurting herself"
  {
    name: 'harming-now',
    when: anyOf(
      // Harming with what is to hand, where they are held now: "in custody suite self-harming with the fabric from the anti-ligature gown,
      // detention officer present".
      S`\b(?<!\b(?:was|were|been|used to|stopped) )self ?harming (?:with|using) (?:the |a |her |his |their )?(?:\S+ ){0,4}${alt('fabric', 'gown', 'clothing', 'blanket', 'cord', 'string', 'laces?', 'strips?', 'glass', 'plastic')}\b(?=.*\b${alt('now', 'present', 'in (?:the )?cell', 'custody', 'delayed', 'currently')}\b)`,
      // Unable to stop, now: "i cant stop cutting. like literally right now".
      S`\b(?:i|she|he|they) (?:cant|cannot|can t) stop ${alt('cutting', 'self harming', 'burning', S`hurting ${self}`)}\b(?=.*\b${alt('right now', 'now', 'tonight', 'as we speak', 'rn')}\b)`,
      // Gone deep now, with blood: "keeps scratching his arm with a compass and its got deep now, blood on the carpet".
      S`\b(?:its|it is|its got|it has got|theyre|they are|got) (?:really |very |quite )?deep(?:er)? now\b.*\bblood\b`,
      // Worse than ever, just now: "charlies hurt himself. quite bad this time. not like before. theres a lot".
      S`\b(?:hurt|cut|harmed) ${self}\b${upTo(2)} (?:quite |really |very |proper |so |dead )?(?:bad|badly) this time\b`,
      // (Not denied: "shes not hurting herself now as far as i know".)
      S`\b(?<!\b(?:not|isnt|arent|never) )${alt('cutting', 'hurting', 'harming', 'burning', 'hitting', 'scratching', 'punching', 'biting')} ${body}\b.*\b${alt(now, stillGoing)}\b`,
      // A plea beside it: "please help she is hurting herself and i dont know what to do" (not told as a habit).
      S`\b${alt('please help', 'pls help', 'plz help', 'help me', 'help please', 'help pls')}\b.*\b${alt('shes', 'she is', 'hes', 'he is', 'theyre', 'they are')} ${alt('hurting', 'harming', 'cutting')} ${self}\b` +
        S`(?! ${alt('when', 'whenever', 'if', 'at night', 'every', 'most', 'sometimes', 'a lot')}\b)`,
      // Said as a thing happening: "self harm happening now", "cutting going on right now" (not "is self harm happening more now").
      S`\b${alt('self ?harm', 'self ?harming', 'cutting', 'self injury')} (?:is )?${alt('happening', 'going on')} (?:right )?now\b`,
      // Seen as it happens on a screen: "watching her youtube live, shes cutting her arm and the chat are encouraging her".
      S`^(?=.*\b${seenLive}\b).*\b${alt('cutting', 'hurting', 'harming', 'burning', 'slashing', 'scratching')} ${body}\b`,
      // In custody or a cell, cutting with what is to hand: "female 14 in police custody, cutting with a piece of plastic".
      S`\b(?:custody|cell|seclusion|ward|police station)\b${upTo(4)} (?:cutting|scratching|harming|ligaturing) (?:(?:her|him|them)sel(?:f|ves) )?(?:with|using) (?:a |the |some )?(?:piece|bit|shard|strip|edge) of\b`,
      // A blade into the self, as it is told: "she is stabbing herself" (a habit told is the self-harm answer: unless below).
      S`\b${alt('is', 's', 'are', 'hes', 'shes', 'theyre')} (?:still |now )?stabbing ${self}\b`,
      // Will not stop: "the boy i look after wont stop head butting the radiator".
      S`\b${alt('wont', 'will not', 'cant', 'cannot', 'wouldnt')} stop ${alt('head ?butting', 'banging (?:his|her|their) head', 'hitting (?:his|her|their) head')}\b`,
      S`\b${alt('can hear', 'hear', 'can see', 'watching')} ${alt('her', 'him', 'them')} ${alt(
        'hurting',
        'cutting',
        'harming',
        'hitting',
        'burning',
      )}\b`,
      S`\b${pronoun} ${alt('is', 's', 'are')} ${alt('cutting', 'hurting', 'harming')} ${self} ${now}\b`,
      // Told as going on, where she is held: "shes banging her head on the cell wall", "in a police cell on a 136 and is banging her
      // head on the walls" (not a habit: "bangs his head when hes tired").
      S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'yp is', 'child is')} (?:still |now |just )?${alt('banging', 'smashing', 'hitting')} ${poss} head ${alt('on', 'against', 'off', 'into')}\b`,
      // Whoever is named, unless told as a habit: "resident R is now hitting her head on the fire door glass" (not "the 6yo is banging
      // his head on the floor when he doesnt get his way").
      S`\b${alt('is', 'are')} (?:still |now |just )?${alt('banging', 'smashing', 'hitting')} ${poss} head ${alt('on', 'against', 'off', 'into')}\b(?<!\b${alt('pinned', 'pinning', 'holding', 'held', 'grabbed', 'got hold of')}\b.*)(?!.*\b${alt('when', 'whenever', 'every time', 'if')} ${alt('he', 'she', 'they', 'hes', 'shes', 'theyre')}\b)`,
      // Head-banging told as going on, hard against something: "yp at the place of safety is head-banging the wall hard".
      S`\b${alt('is', 'are', 'hes', 'shes', 'theyre')} (?:still |now |just )?head ?bang(?:ing)?${upTo(2)} (?:the |a |her |his |their )?${alt('wall', 'walls', 'floor', 'door', 'window', 'glass', 'radiator', 'table', 'cell')}\b(?!.*\b${alt('when', 'whenever', 'every', 'sometimes', 'used to')}\b)`,
      // (Or "and is": her own head, unless someone is held down: "pinned the carer down and is banging her head on the floor".)
      // In custody, told as it goes on: "yp in police custody self harming in the cell by banging her head".
      S`\bself ?harming in (?:the|a|her|his|their) ${alt('cell', 'custody suite', 'police van', 'back of the van')}\b`,
      // Head banging that can harm what is inside: "banging her head so hard on the wall that there is a dent. she has a shunt".
      S`\b${alt('banging', 'bangs', 'banged', 'hitting', 'hits', 'hit', 'headbutting')} (?:her|his|their) head\b(?=.*\b${alt('shunt', 'so hard (?:that )?there is a (?:dent|hole|crack)', 'hard enough to (?:dent|crack)', 'skull plate', 'brain injury')}\b)`,
      // Burning, told by the child as it goes on: "ive been burning myself with the lighter for an hour it smells".
      S`\b(?<!\b(?:used to be|was|were|stopped) )burning ${alt('myself', 'herself', 'himself', 'themselves')} with (?:a |the |my |her |his |their )?${alt('lighter', 'cigarettes?', 'fags?', 'iron', 'straighteners', 'hair straighteners', 'candle', 'matches', 'a match')}\b` +
        S`(?=.*\b${alt('for an hour', 'for hours', 'now', 'right now', 'it smells', 'still', 'cant stop', 'wont stop')}\b)`,
      // Started and unable to stop, asking for someone: "ive started cutting and i cant stop can u come".
      S`\b${alt('cutting', 'burning', 'self ?harming', 'scratching')} and ${alt('i', 'she', 'he', 'they')} ${alt('cant', 'can t', 'cannot', 'can not')} stop\b(?=.*\b${alt('come', 'help', 'now', 'please', 'pls', 'blood', 'bleeding')}\b)`,
      // Or where first: "yp 17m in custody suite self harming with clothing".
      S`\b(?<!\b(?:was|were|been|is) )in (?:the |a )?${alt('cell', 'custody suite', 'police van', 'back of the van')} (?:\w+ )?self ?harming\b(?! ${alt('risk', 'policy', 'assessed', 'guidance')}\b)(?!.*\b${alt('last', 'ago', 'yesterday')}\b)`,
      S`\bself ?harming (?:\w+ ){0,3}by ${alt('banging', 'smashing')} ${poss} head\b`,
      S`\band is (?:still |now |just )?${alt('banging', 'smashing', 'hitting')} ${poss} head ${alt('on', 'against', 'off', 'into')}\b(?<!\b${alt('pinned', 'pinning', 'holding', 'held', 'grabbed')}\b.*)`,
      // At the neck or throat as it is told: "has barricaded himself in with a broken light bulb and is cutting his neck".
      S`\b${alt('is', 's', 'are', 'hes', 'shes', 'theyre')} (?:still |now )?${alt('cutting', 'slashing', 'stabbing', 'slicing')} ${poss} ${alt('neck', 'throat')}\b`,
      // An alarm word, then a cut wrist: "emergency - cut wrist".
      S`^${alt('help', 'sos', 'urgent', 'emergency', 'quick', '999')}(?: \w+){0,2} ${alt('cut', 'cuts', 'slit', 'slashed')} (?:${alt('her', 'his', 'their', 'my')} )?wrists?$`,
      // Going on with something that says it is now: "she is cutting and laughing and saying she doesnt feel it".
      S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} (?:still )?cutting and ${alt('laughing', 'screaming', 'crying', 'shouting', 'saying', 'wont', 'will not')}\b`,
      // In front of the teller: "shes self harming infront of me screaming".
      S`\b${alt('self harming', 'cutting', S`${alt('harming', 'hurting', 'cutting', 'burning')} ${self}`)} (?:in ?front of|infront of) ${alt('me', 'us', 'staff', 'everyone', 'the (?:other )?(?:kids|children)')}\b`,
      // "self harming now deep cuts need help"
      // "cutting again now. deeper than usual"
      // Run together, typed fast: "selfharming now not stopping pls help".
      S`\b${alt('self ?harming', 'cutting')}(?: again)? now${upTo(4)} ${alt('deep', 'deeper', 'blood', 'bleeding', 'help', 'cuts')}\b`,
      // Told in a few words with a cry for help, before or after: "help he cut him self", "she cut herself help".
      S`^${alt('help', 'sos', 'please', 'pls', 'quick', 'urgent')}(?: please| pls)? (?:\w+ ){0,2}(?:has |just |is |s )?${alt('cut', 'cutting', 'burnt', 'burned', 'burning', 'stabbed')} ${self}(?: ${alt('again', 'now', 'badly', 'bad')})?$`,
      S`^(?:\w+ ){0,2}(?:has |just |is |s )?${alt('cut', 'cutting', 'burnt', 'burned', 'burning', 'stabbed')} ${self}(?: ${alt('again', 'now', 'badly', 'bad')})? ${alt('help', 'sos', 'please help', 'pls help', 'help me', 'help pls', 'help please')}$`,
      // A note of what, where and now: "cutting. girls toilets. now. nobody else around".
      S`^${alt('cutting', 'self ?harming', 'ligature', 'overdose', 'od')} (?:\w+ ){0,2}${alt('toilets?', 'loos?', 'bathroom', 'bedroom', 'room', 'changing rooms?', 'garden', 'park')} ${alt('now', 'rn', 'right now')}\b`,
      // An alarm word first, then who and where: "sos kid cutting in the toilets".
      S`^${alt('sos', 'urgent', 'emergency', '999', 'quick')} (?:${alt('kid', 'child', 'yp', 'pupil', 'boy', 'girl', 'lad', 'she', 'he', 'shes', 'hes')} )?${alt('cutting', 'self ?harming')}(?! ${alt('policy', 'review', 'training', 'guidance', 'question', 'procedure', 'audit', 'plan', 'leaflet')}\b)(?: \w+){0,3}$`,
      // The whole message, two words: "cutting now", "yp self harming rn".
      S`^(?:${alt('yp', 'she', 'he', 'they', 'shes', 'hes', 'theyre', 'child', 'kid')} )?${alt('cutting', 'self ?harming')}(?: again)? ${alt('now', 'rn', 'right now', 'tonight', 'as we speak')}(?: ${alt('help', 'please', 'pls', 'what do i do', 'what now')})*$`,
      // No object, typed fast: "cutting rn wont stop screaming at me"; not "stopped cutting now".
      S`\b${alt('cutting', 'self ?harming', 'harming')}(?<!\b(?:stopped|not|isnt|no longer|never|quit|stop) (?:self ?)?(?:cutting|harming))(?: ${alt('deep', 'deeper', 'deeply', 'bad', 'badly', 'again')})? ${alt('rn', 'right now', 'rite now', 'as we speak')}\b`,
      // A note, ending with what she is doing: "door locked, she's cutting"; slicing at the skin: "smashed glass, slicing arms".
      S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} (?:still )?cutting$`,
      S`\b${alt('slicing', 'slashing')} (?:up )?(?:${poss} )?${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'skin')}\b`,
      // Said bare: "slit wrists", "shes slit her wrists".
      S`^(?:${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'yp', 'yp has', 'just', 'has')} )*${alt('slit', 'slashed', 'cut open')} (?:${poss} )?wrists?(?: ${alt('now', 'help', 'please', 'again', 'open', 'what do i do')})*$`,
      // A blade held to the skin, the whole of what is told: "scissors at her wrist".
      S`\b${alt('scissors', 'knife', 'blade', 'razor', 'glass', 'compass')} ${alt('at', 'to', 'against', 'on')} ${poss} ${alt('wrists?', 'arms?', 'throat', 'neck')}(?:$| ${now}\b)`,
      // Where it is happening, then when: "self harming in class right now with a compass".
      S`\bself ?harming(?: \w+){1,3} ${alt('rn', 'right now', 'as we speak')}\b`,
      // With something in hand and not stopping, in any English: "my nephew is self harm with a nail, he is not stop".
      S`\b${alt('is', 'are', 's', 'keep', 'keeps')} ${alt('self ?harm(?:ing)?', 'cutting', 'cut', 'scratching')} (?:${self} )?with (?:a |the |his |her |their )?(?:\w+ )?` +
        S`${alt('nail', 'knife', 'blade', 'razor', 'glass', 'scissors', 'sharpener', 'compass', 'pin', 'needle', 'lighter')}\b.*\b${alt('not stop', 'wont stop', 'doesnt stop', 'dont stop', 'cant stop', 'not stopping', 'no stop', 'still going')}\b`,
      // "the yp is currently self harming", "yp currently self harming" (not a state told with how often or what is in place).
      S`(?<!\bhow many\b.*)\b(?:${alt('is', 'are', 's')} )?${alt('currently', 'actively')} ${alt('self ?harming', 'cutting', S`${alt('harming', 'hurting', 'cutting')} ${self}`)}\b` +
        S`(?!.*\b${alt('week', 'weekly', 'month', 'monthly', 'times', 'waiting list', 'referral', 'referred', 'since', 'for (?:months|years|weeks)', 'support', 'history', 'on and off', 'plan', 'camhs', 'therapy')}\b)`,
      // Grabbing for anything that cuts: "grabbing at anything sharp, screaming she wants to die, weve had to clear the room".
      S`\b${alt('grabbing', 'reaching', 'going', 'trying to get', 'looking', 'searching', 'hunting')} (?:at |for |round for )?${alt('anything', 'something', 'things', 'whatever')} sharp\b`,
      // Bitten through, and going on: "just bit through his own hand and is still going".
      S`\b${alt('bit', 'bitten', 'biting')} (?:right )?through ${poss} (?:own )?${alt('hand', 'arm', 'lip', 'wrist', 'fingers?', 'tongue', 'skin')}\b.*\b${alt('still going', 'still doing it', 'wont stop', 'not stopping', 'bleeding', 'blood', 'just', 'now')}\b`,
      // Not stopping, said first: "help child wont stop cutting", "he wont stop cutting himself" (not "wont stop cutting her fringe").
      S`\b${alt('wont', 'will not', 'cant', 'cannot', 'isnt', 'not')} stop(?:ping)? ${alt('cutting', 'slashing', 'scratching', 'burning', 'hitting', 'punching', 'biting', 'self ?harming')}(?:$| ${body}| (?:and|now|help|please|pls)\b)`,
    ),
    // A pattern over time ("scratching her arms for a while, now its burns", "keeps hitting himself when
    // frustrated and we cant calm him") is the self-harm answer.
    // Or disclosed as what has been going on: "yesterday she told me shes been scratching her legs with her nails when she gets
    // upset ... what do i do now" (not "told me shes been cutting and is still doing it").
    unless: anyOf(
      b(alt('for a while', 'healed', S`for ${alt('months', 'weeks', 'years', 'ages', 'a long time')}`, 'not suicidal')).source,
      habitual.source,
      // The reason for a referral turned down, and where next: "referred her to camhs because of her rages and hitting herself ... where do i go now".
      S`\b(?:referred|referral)\b.*\b${alt('because of', 'for', 'due to')} (?:her |his |their )?(?:\w+ )?(?:and )?${alt('cutting', 'hurting', 'harming', 'burning', 'hitting', 'scratching', 'punching', 'biting')}\b(?=.*\b${alt('declined', 'rejected', 'refused', 'turned down', 'bounced', 'not accepted')}\b)`,
      S`\b${alt('told', 'tells', 'telling', 'disclosed', 'admitted', 'found out', 'find out')}${upTo(10)} ${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have', 'has', 'have')} been ` +
        S`${alt('cutting', 'hurting', 'harming', 'burning', 'hitting', 'scratching', 'punching', 'biting')}\b(?!.*\b${alt(S`(?<!\bnot (?:in )?(?:any )?danger )right now`, 'rn', 'as we speak', 'tonight', 'this evening', 'just now', S`still ${alt('doing', 'at', 'cutting', 'going')}`, 'wont stop', 'cant stop')}\b)`,
    ),
  },
  // "found her in the bath with cuts to her wrists"; a wound told by its depth, as a nurse would: "laceration l forearm approx
  // 5cm, fatty tissue visible", "cut down to the bone"; a cut to the neck, told as now: "tonight shes cut her neck".
  {
    name: 'fresh-wounds',
    when: anyOf(
      // Cuts that will not close, told lightly: "im okay dont worry its just the cuts wont close up and my sleeve is all wet".
      S`\b${alt('cuts?', 'wounds?', 'gash')} (?:still )?${alt('wont', 'will not', 'isnt going to', 'arent going to')} ${alt('close', 'close up', 'stop bleeding')}\b`,
      // Something broken to cut with, and cutting: "smashed a bottle and keeps slashing his arms in the garden, wont let anyone near".
      S`\b${alt('smashed', 'broke', 'broken', 'snapped')} (?:a |the |his |her |their )?${alt('bottle', 'glass', 'mirror', 'window', 'plate', 'mug', 'cup', 'light bulb', 'bulb')}\b.*\b${alt('slashing', 'slicing', 'cutting', 'stabbing', 'gouging')} ${poss} ${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'neck', 'throat', 'skin', 'face', 'stomach')}\b`,
      // Over and over as it is told, with someone trying to stop it: "in interview keeps smashing his head off the wall, interview stopped".
      S`\bkeeps? (?:on )?${alt('banging', 'smashing', 'hitting')} ${poss} head ${alt('on', 'against', 'off', 'into')}\b.*\b${alt('right now', 'rn', 'as we speak', 'bleeding', 'blood', 'wont stop', 'cant stop (?:him|her|them)', 'cant get near', 'interview (?:stopped|suspended)', '(?:stopped|suspended) the interview')}\b`,
      // Told as going on now, or with a wish to die: "head-banging the wall repeatedly right now", "pulling her hair out in clumps and
      // banging her head on the radiator saying she deserves to die".
      S`\bhead ?banging(?: (?:on |against |off )?(?:the |a )?\w+)?(?: repeatedly| over and over| non ?stop)? ${alt('right now', 'rn', 'as we speak')}\b`,
      // In a cell, where nobody can hold them safe: "yp head banging in cell, carer been told to come now".
      S`\bhead ?banging (?:in|against|on) (?:the |a |his |her |their )?(?:police )?${alt('cell', 'cell door', 'cell wall', 'custody suite')}\b`,
      S`\bbanging ${poss} head ${alt('on', 'against', 'off', 'into')}\b.*\b${alt('saying', 'screaming', 'shouting')} (?:that )?(?:she|he|they|i) ${alt('deserves? to die', 'wants? to die', 'should be dead', 'wish (?:she|he|they|i) (?:was|were) dead')}\b`,
      // Hurt by it now: "in the secure transport van is headbanging and has injured his eye".
      S`\bhead ?banging\b.*\b${alt(
        S`${alt('injured', 'cut', 'split', 'gashed', 'hurt')} ${poss} ${alt('eye', 'head', 'forehead', 'face', 'nose', 'lip')}`,
        'bleeding',
        'blood everywhere',
        'concussed',
        'knocked (?:him|her|them)sel(?:f|ves) out',
      )}\b`,
      // Biting into the flesh as it is told: "biting his own arm down to the bone, staff cant get near".
      S`\bbiting ${alt('chunks', 'bits', 'lumps', 'pieces')} out of ${poss} (?:own )?${bitten}\b`,
      S`\bbiting (?:into )?${poss} (?:own )?${bitten}\b.*\b${alt('bone', 'blood', 'bleeding', 'cant get near', 'wont stop', 'not stopping', 'still going')}\b`,
      S`\bcuts? ${alt('to', 'on', 'in')} ${alt('her', 'his', 'their')} ${alt('wrists?', 'throat', 'neck')}\b`,
      S`\b${alt('fat', 'fatty tissue', 'fatty layer', S`subcutaneous ${alt('fat', 'tissue')}`)} (?:is |s )?(?:now )?${depthShown}\b`,
      // Told as a note, the wound first: "wrists cut, in the park, on her own, she rang me".
      S`^(?:${alt('her', 'his', 'their', 'both')} )?${alt('wrists?', 'throat', 'neck')} ${alt('cut', 'slit', 'slashed', 'sliced')}\b`,
      // Needing stitches now: "really bad self harm on her stomach, looks like it needs stitches".
      // (Not one that has stopped: "its stopped bleeding but it probably needs stitches, do i take him to a and e".)
      S`^(?!.*\b(?:if|whether|how do i know|how can i tell|where|which|nearest|not life threatening|stopped bleeding|bleeding (?:has |had )?stopped)\b)(?=.*\b${alt(wound, 'cut', 'cuts', S`self ?harm\w*`, 'gash', 'slashed')}\b).*\b${alt('needs', 'needing', 'will need', 'going to need')} ${alt('stitches', 'stitching', 'stitched', 'gluing', 'glued', 'steri ?strips')}\b`,
      S`\bvisible ${alt('fat', 'fatty tissue', 'subcutaneous fat', 'tendons?')}\b`,
      // Bone or tendon, in a wound (not a thin child's bones showing): "laceration to wrist, tendon exposed".
      S`^(?=.*\b${wound}\b).*\b${alt('tendons?', 'bone', 'muscle')} (?:is |are |s )?(?:now )?${depthShown}\b`,
      S`\b${wound}${upTo(6)} (?:right |all the way )?down to the ${alt('bone', 'fat', 'muscle', 'tendon')}\b`,
      S`\b${wound}${upTo(4)} (?:is |s |are |now |still )?(?:wide )?gaping\b|\bgaping ${wound}\b`,
      S`\b${alt('deep', 'full thickness')} ${alt('laceration', 'lac', 'incised wound', 'stab wound')}\b`,
      // Stitches pulled out, the wound opening: "trying to pull her own stitches out from yesterdays self harm and the wound is opening up".
      S`\b${alt('pull', 'pulling', 'pulled', 'rip', 'ripping', 'ripped', 'tear', 'tearing', 'tore', 'pick', 'picking', 'picked', 'cut', 'cutting')} (?:out )?${poss} (?:own )?${alt('stitches', 'sutures', 'steri strips')}(?: out)?\b.*\b${alt('wound', 'cut', 'it')} (?:is |s )?${alt('opening', 'opened', 'splitting', 'split', 'coming', 'bleeding')}\b`,
      // Worse than the usual, in her own words or the carer's: "tonight shes cut her neck and its more than a scratch".
      S`^(?=.*\b${alt(wound, 'cutting', 'self ?harm\\w*', 'blade', 'razor')}\b).*\b${alt('more than', 'not just', 'isnt just', 'bigger than', 'worse than')} (?:a |just a )?` +
        S`${alt('scratch', 'scratches', 'graze', 'nick', 'surface cut', 'superficial')}\b`,
      // A cut to the neck, told as now: "tonight shes cut somewhere different, her neck", "slashed at his throat just now".
      S`^(?=.*\b(?:${now}|just)\b).*\b${alt('cut', 'cuts', 'slashed', 'slashing', 'sliced', 'carved', 'stabbed', 'gashed', 'cutting')}${upTo(4)} (?:(?:at |into )?${poss} )?${alt('neck', 'throat')}\b`,
    ),
    // Old scars, healing cuts, or history (not a "15 year old"). A haircut or a shave. The first aid asked about: "what to do
    // if fatty tissue is visible in a cut".
    unless: anyOf(
      S`\b${alt(S`old(?<!\b${alt('year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks')} old)`, 'healed', 'healing', 'scars?', 'scarring', 'stitched up', 'sutured')}\b`,
      past.source,
      S`\b${alt('hair\\w*', 'barber\\w*', 'shav\\w*', 'razor burn', 'fringe', 'labels?', 'collar')}\b`,
      S`\b${alt(S`what (?:to do|do (?:i|we|you) do|should (?:i|we) do) (?:if|when)`, S`how (?:to|do you|do i|do we) (?:treat|dress|manage|assess)`, S`first aid ${alt('course', 'training', 'refresher', 'manual')}`)}\b`,
    ),
  },
];
