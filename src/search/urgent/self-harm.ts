/**
 * Self-harm and wounds: hurting themselves now, bleeding, a cut or a stab wound.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, past, poss, S, self, type Rule } from './fragments';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const selfHarmRules: Rule[] = [
  // "shes slit her wrists", "hes been stabbed", "set fire to his room"
  {
    name: 'wounds',
    when: anyOf(
      S`\b${alt('slit', 'slashed', 'cut open')} ${poss} ${alt('wrists?', 'throat', 'arms?')}\b`,
      S`\b${alt('has', 'shes', 'hes', 'theyve', 'just', 'have')} cut ${poss} ${alt('wrists?', 'throat', 'neck')}\b`,
      S`\b${alt('been', 'got', 'was', 'has')} ${alt('stabbed', 'glassed')}\b`,
      // Shot, told as just happened (not "got shot of" the sofa, nor shot down, nor in a game): "my brothers been shot".
      S`^(?!.*\b${alt('paintball', 'paintballing', 'nerf', 'water pistol', 'water gun', 'bb gun', 'airsoft', 'laser tag', 'laser quest', 'game', 'gaming', 'fortnite', 'minecraft', 'roblox', 'gta', 'call of duty', 'warzone', 'xbox', 'playstation', 'ps5', 'controller')}\b).*` +
        S`(?<!\b${alt('who', 'whove', 'who have', 'who had', 'whod', 'that', 'thats')} )\b${alt('been', 'got', 'just got', 'just been')} shot\b(?! ${alt('of', 'down', 'by (?:a |the )?camera')}\b)`,
      // Told bare, as a paramedic would: "cut throat superficially, refusing conveyance" (not a cut-throat razor).
      S`\bcut (?:${poss} )?throat ${alt('superficially', 'badly', 'deeply', 'deep', 'bleeding')}\b`,
      // Reported by its wound: "residential home reporting a yp with a stab wound to the stomach" (not a scar).
      // (Not one already treated: "came into a and e after being found with a stab wound".)
      S`(?<!\bafter (?:being )?${alt('found', 'treated', 'admitted', 'seen', 'stitched', 'brought in')} (?:with|for) (?:a |an )?)\b${alt('stab', 'knife', 'gunshot', 'bullet')} wounds?\b(?! scars?\b)`,
      // As a note: "staff member just stabbed".
      S`\bjust (?:been )?stabbed(?:$| ${alt('someone', 'him', 'her', 'them', 'me', 'us', 'help', 'now', 'in', 'outside', 'at', 'by', 'with', 'pls', 'please', S`(?:a|the|his|her|their|our|my) ${alt('lad', 'boy', 'girl', 'kid', 'child', 'man', 'woman', 'resident', 'member of staff', 'staff member', 'carer', 'teacher', 'brother', 'sister', 'mate', 'friend', 'mum', 'dad')}`)}\b)`,
      // (Not a record told as why a threat now is real: "theyve stabbed someone before".)
      S`\bstabbed ${alt('someone', 'him', 'her', 'them')}\b(?! before\b)`,
      // "just stabbed another lad", "stabbed his mate"
      S`\bstabbed ${alt('another', 'a', poss)} ${alt('lad', 'boy', 'girl', 'kid', 'child', 'mate', 'friend', 'brother', 'sister', 'mum', 'dad', 'carer', 'teacher', 'man', 'woman', 'resident', 'member of staff', 'staff member')}\b`,
      S`\b${alt('set', 'setting')} fire\b`,
      // Opening wounds again, to bleed: "is tearing at his wounds with his nails and says he wants to bleed out".
      S`\b${alt('tearing', 'ripping', 'reopening', 're opening', 'gouging', 'digging')} (?:at |open |into )?${poss} ${alt('wounds?', 'stitches', 'cuts', 'stitched arm')}\b` +
        S`(?=.*\b${alt('bleed out', 'bleeding', 'blood', 'wont stop', 'to die', 'deeper')}\b)`,
      // Owned up to, and the wound seen: "hes just said hes done something stupid and his arm is pretty messed up".
      S`\bdone something ${alt('stupid', 'silly', 'dumb', 'bad')}\b.*\b${poss} ${alt('arms?', 'wrists?', 'legs?', 'thighs?', 'neck', 'stomach', 'face')} ` +
        S`${alt('is', 'are', 's', 'looks?', 'looking')} (?:\w+ )?${alt('messed up', 'cut up', 'a mess', S`in a (?:\w+ )?state`, 'bleeding', 'sliced', 'slashed', 'shredded', 'ripped', 'burnt', 'burned')}\b`,
    ),
    // A death or an attack in the family's past, grieved now.
    // Or remembered: "i see my brothers face when i close my eyes, the night he got stabbed".
    // Or in the news: "how do I talk to my foster child about the news story about the teenager who was stabbed".
    unless: new RegExp(
      S`${past.source}|\b(?:since|(?<!\b(?:be|get|gets|getting) )killed|died|murdered|funeral|anniversary|in the summer|griev\w*|bereave\w*)\b|\bthe (?:night|day|time) (?:\w+ ){0,2}(?:got|was|were) stabbed\b` +
        // At the weekend, told after: "his brother was 'stabbed' at the weekend - it was a pencil in a scuffle and hes fine".
        S`|\b(?:got|was|were) ${alt('stabbed', 'slashed', 'knifed')} ${alt('at', 'over')} the weekend\b` +
        // In a game: "someone 'got stabbed' in a video game".
        S`|\bin (?:a |the |his |her |their )?(?:video |online |computer )?game\b` +
        // A needle, said so: "he bragged he was 'stabbed' at the dentist yesterday, it was a filling injection".
        S`|\b(?:it was|was just|was only|it was just|it was only) (?:a|an|the|his|her|their) (?:\w+ )?${alt('injection', 'jab', 'vaccination', 'vaccine', 'needle', 'blood test')}\b` +
        // Talked through after: "how do i talk to my team after one of our youth club regulars was stabbed".
        S`|\b(?:talk to|support|debrief|tell) (?:my|our|the) (?:whole )?(?:team|staff|group|year group|class|school|kids|young people|pupils|students) after\b` +
        // Recovering, told so: "a pupil has been stabbed in the community (hes recovering)".
        S`|\b(?:hes|shes|theyre|he is|she is|they are) (?:now )?(?:recovering|out of hospital|home from hospital|back (?:at )?home)\b` +
        S`|\b(?:news|newspaper) ${alt('story', 'stories', 'report', 'article', 'item')}\b|\babout the news\b`,
    ),
  },
  // "cant stop the bleeding", "theres blood everywhere"
  {
    name: 'bleeding',
    when: anyOf(
      S`\b${alt('wont', 'won t', 'will not', 'cant', 'can t')} stop (?:the )?bleeding\b`,
      S`\bbleeding ${alt('heavily', 'badly', 'a lot', 'everywhere')}\b`,
      // Said by how it flows: "head wound pouring blood", "blood gushing from his arm".
      S`\b${alt('pouring', 'gushing', 'spurting', 'pumping', 'squirting')} (?:with |out )?blood\b|\bblood ${alt('pouring', 'gushing', 'spurting', 'pumping')}\b`,
      // What is pressed on it not holding: "she cut and cut, bandages not working".
      S`\b${alt('bandages?', 'dressings?', 'towels?', 'plasters?', 'pressure', 'steri strips')}(?: \w+){0,2} ${alt('not working', 'arent working', 'isnt working', 'not stopping it', 'not holding', 'wont stop it')}\b`,
      // "my colleague is on the floor bleeding"
      S`\bon the floor ${alt('bleeding', 'covered in blood')}\b|\bbleeding on the floor\b`,
      // "cut himself quite deep, the towels soaked through"
      S`\bcut (?:${self} |${poss} ${alt('arms?', 'legs?', 'wrists?', 'thighs?', 'hand', 'stomach', 'neck')} )?(?:really |too |very |quite |pretty |proper |so |dead )?deep(?:ly)?\b` +
        // (Not once treated and home: "cut deeply last night. they stitched him and sent him home with a leaflet".)
        S`(?!.*\b${alt('stitched', 'glued', 'sent (?:him|her|them) home', 'discharged')}\b)`,
      // What is pressed to the wound soaked through: "tea towels soaked already", "bandage is dripping" (not soaked in the rain or the bath).
      S`^(?!.*\b${alt('rain', 'bath', 'water', 'washing', 'swimming', 'swim', 'pool', 'beach', 'sea', 'spilt', 'spilled', 'shower', 'sweat', 'wee', 'pee', 'wet the bed')}\b).*\b${alt('tea towels?', 'towels?', 'bandages?', 'dressings?', 'plasters?', 'kitchen roll')} ` +
        S`(?:is |are |s |have |has )?(?:already |all |completely |now )?${alt('soaked', 'soaking', 'drenched', 'dripping', 'soaked through', 'red through')}\b`,
      // Red where she is: "sheets are red and she wont let me near", "the water going pink under the door" (not dye, paint or a period).
      S`^(?!.*\b${alt('dye', 'dyed', 'paint', 'painted', 'ketchup', 'wine', 'juice', 'periods?', 'nose ?bleeds?', 'sock', 'wash', 'washing')}\b).*\b` +
        S`${alt('sheets', 'bed sheets', 'towels?', 'bedding', 'pillow', 'water', 'bath water', 'shower water', 'sleeves?', 'tissues', 'carpet', 'floor')} ` +
        S`(?:is |are |s |all |gone |going |turning |turned |now |already )*${alt('red', 'pink', 'bloody', 'covered in blood')}\b`,
      // A wound gaping: "its like a flap of skin hanging", "the cut wont close", "can see the fat".
      S`\b${alt('flap of skin', S`skin (?:is )?(?:hanging|peeled) ${alt('off', 'open', 'down')}`, S`(?:cut|wound|gash) ${alt('wont', 'will not', 'doesnt', 'isnt')} ${alt('close', 'closing', 'stay closed')}`, S`cut ${alt('again', 'myself', 'herself', 'himself', 'themselves', S`${alt('my', 'her', 'his', 'their')} ${alt('arms?', 'legs?', 'wrists?', 'thighs?', 'hand', 'stomach')}`)}(?: \S+){0,3} (?:and )?it ${alt('wont', 'will not', 'doesnt', 'isnt')} ${alt('close', 'closing', 'stay closed')}`, S`(?:can|could) see (?:the )?${alt('fat', 'bone', 'tendons?')}`, S`cant get it to close`)}\b`,
      // A deep wound and the signs of shock: "its a proper gash on her thigh, shes gone pale and woozy".
      S`\b${alt('gash', 'gashes', 'laceration', 'deep cut', 'deep wound')}\b.*\b${alt('gone pale', 'going pale', 'pale and', 'woozy', 'faint', 'fainting', 'clammy', 'gone grey', 'going grey', 'passing out', 'light headed')}\b`,
      // "blood wont stop", "the bleeding will not stop"
      S`\b${alt('blood', 'bleeding')} ${alt('wont', 'will not', 'doesnt', 'isnt', 'not')} ${alt('stop', 'stopping')}\b`,
      S`\b${alt('blood everywhere', 'lots of blood', 'losing (?:a lot of )?blood', 'theres blood', 'there is blood')}\b`,
      // Said in two or three words, a cry for help: "help yp bleeding", "help shes bleeding", "yp is bleeding" (not a nose, gums or a period).
      S`^(?!.*\b${alt('nose', 'nosebleeds?', 'gums', 'periods?', 'spots?', 'scab', 'picking', 'piercing')}\b)` +
        S`(?:\W*${alt('help', 'sos', 'urgent', 'please', 'quick')}\b(?:(?!\b${alt('if', 'what', 'how', 'when', 'with', 'after')}\b).){0,30}\bbleeding\b|.*\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'yp', 'yp is', 'child is', 'kid is')} (?:still |now |really )?bleeding\W*$)`,
      // "its not stopping bleeding", "cut isnt stopping bleeding"
      S`\b${alt('isnt', 'is not', 'not', 'doesnt', 'does not')} stop(?:ping)? (?:the )?bleeding\b`,
      // "blood all over the carpet" (not a period or a nosebleed: "blood all over her sheets on her period").
      S`^(?!.*\b(?:periods?|nose ?bleeds?)\b).*\bblood all over ${alt('the', 'her', 'his', 'their', 'my')} ${alt('carpet', 'floor', 'bed', 'bedding', 'sheets', 'bathroom', 'walls?', 'room', 'sink', 'bath', 'kitchen', 'clothes', 'top', 'hands?', 'arms?', 'face')}\b`,
    ),
    // Blood in a drawing, a game or a film. Or a sign of self-harm found, and how to raise it with her:
    // "blood on her towels, she hasnt told us, how do we bring it up".
    unless: b(
      alt(
        'drawing',
        'drawings',
        'draws',
        'drew',
        'film',
        'films',
        'game',
        'games',
        'video',
        'picture',
        'pictures',
        'story',
        S`how (?:do|should|can|would) (?:i|we) ${alt('bring (?:it|this) up', 'raise (?:it|this)', 'broach (?:it|this)', 'ask (?:her|him|them) about (?:it|this)')}`,
      ),
    ),
  },
];
