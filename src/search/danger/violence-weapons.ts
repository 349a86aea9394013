/**
 * Violence with a weapon: an armed threat, or a weapon in a fight.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { harmThreat } from './fragments-now';
import { armedThreatsNow } from './violence-armed';
import { missile, person, violentAct, weapon } from './violence-words';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const violenceWeaponsSituations: Situation[] = [
  // "hes got a hammer and keeps saying hes going to smash his brothers head in"
  {
    name: 'weapon-threat',
    when: b(
      [
        // Help asked now with a weapon named, and little else: "help now pls knife".
        S`^(?:\w+ ){0,2}help (?:now|quick|asap|pls|please|urgently)(?: \w+){0,2} (?:knife|blade|gun|machete|weapon)$`,
        S`${weapon}${gap(8)} ${harmThreat}${gap(2)} ${violentAct}`,
        S`${harmThreat}${gap(2)} ${violentAct}${gap(8)} ${weapon}`,
        S`${harmThreat} ${alt('shank', 'stab')}`,
        // "going to shoot up the school, has access to his uncles gun"
        // "going to shoot someone at the park at 4, and he can get to his uncles air rifle"
        S`(?:going to|gonna|will|ll) shoot${gap(14)} (?:gun|rifle|shotgun|air rifle)`,
        // "staff member locked in office, yp outside with a metal pole"
        S`locked in${gap(4)} (?:outside|at the door|banging)${gap(2)} with (?:a|the) (?:\S+ )?(?:pole|knife|bat|hammer|weapon|bar|blade)`,
        S`hit${gap(3)} with (?:a|the) (?:\S+ )?(?:bat|pole|hammer|bottle|brick|bar)${gap(4)} (?:bleeding|blood|unconscious|knocked out)`,
        // "at the front door with a bat and says hell wait till he comes out"
        S`${weapon}${gap(6)} (?:waiting (?:outside|for)|on (?:his|her|their) way|gone round|outside (?:his|her|their|the) \S+ (?:house|flat)|(?:says|said|saying) (?:hell|shell|theyll|hes going to|theyre going to) wait)`,
        S`(?:knows where|got (?:hold of|access to))${gap(6)} (?:shotgun|gun|knife|knives|rifle)`,
        // Posted armed, with a threat for tonight: "posted a story on insta of him with a gun and a caption saying tonight im taking them out".
        S`(?:posted|story|snap|video|photo|picture|pic)${gap(8)} (?:with|holding) (?:a|the|his|her) (?:gun|knife|machete|blade|shank)${gap(8)} (?:tonight|taking (?:them|him|her|em) out|gonna get|going to get)`,
        // Fetching one to use on someone: "hes getting the gun off his cousin and 'doing' the lad from school, cousins round here now".
        S`(?:getting|get|fetching|picking up|collecting) (?:the |a |his |her )?(?:gun|shotgun|rifle|pistol|strap|machete|blade|knife|shank) (?:off|from)${gap(8)} ` +
          S`(?:doing|do|shoot|shooting|stab|stabbing|going after) ${person}\b(?!s? ${alt('tea', 'dinner', 'lunch', 'breakfast', 'food', 'hair', 'homework', 'bath', 'packed lunch', 'sandwich(?:es)?', 'toast', 'veg')}\b)`,
        S`${harmThreat}${gap(2)} (?:run|walk|jump|step) in front of`,
        S`(?:chasing|going for|coming at|went for|gone for|running at|coming (?:up|down) the stairs|coming towards)${gap(8)} ${weapon}`,
        S`(?:smashed|broken|broke) (?:a |the )?(?:bottle|glass)${gap(6)} (?:going for|coming at|chasing|waving|threatening|holding it)`,
        S`(?:petrol|lighter fluid|accelerant)${gap(10)} (?:torch|torching|burn|burning|set fire|light)`,
        S`(?:torch|torching|burn|burning) (?:the |her |his |their )?(?:house|home|flat|room|car)${gap(6)} (?:with|baby|kids|everyone)`,
        // "says hes going to crash it on purpose"
        S`${harmThreat}${gap(2)} (?:drive|crash) (?:it |the car |a car |the van )?(?:into|off|on purpose|deliberately)`,
        // The car as the weapon: "has my car keys and says hell run someone over" (not a worry for when he learns to drive).
        S`${harmThreat}${gap(2)} (?:run|mow|knock) (?:someone|somebody|people|him|her|them|me|us|you|(?:the|his|her|their|my|our|a) \S+) (?:over|down)` +
          S`(?!.*\b(?:if|when (?:he|she|they) (?:learns?|passes|gets)|learn\w* to drive|lessons?)\b)`,
        S`going for${gap(8)} with it`,
        // Trying to get at someone with it: "has a hammer and is banging on the door to get at her".
        S`${weapon}${gap(10)} (?:banging|kicking|hammering|smashing) (?:on|at|down) (?:the|her|his|my|our|their) (?:\S+ )?door`,
        S`${weapon}${gap(10)} (?:do the same|same thing) to (?:the |her |his |their |my |our )?(?:baby|dog|cat|sister|brother|mum|dad|carer|fc|you|me|him|her|them|kids?|little \S+)`,
      ].join('|'),
    ),
    // Armed and meaning it, at a door or raging: not told as history.
    toldNow: b(armedThreatsNow.join('|')),
  },
  // "lashing out at staff with a metal bar", "scuffle, hes got a hammer from the shed"
  {
    name: 'weapon-in-a-fight',
    when: b(
      [
        // "two lads fighting with a bat in the garden" (not play fighting)
        S`(?:lashing out|swinging|going for|attacking|hitting|threatening|waving|(?<!(?:play|sword|pretend|mock) )fighting|scrapping|brawling)${gap(5)} with (?:a |the |his |her |their )?(?:broken |smashed )?${weapon}s?`,
        // Taken to someone: "hes taken a bat to the other lads head" (not to the park, nor the back of the shed).
        S`(?:taken|took|taking|takes) (?:a |an |the |his |her |their )?(?:\S+ )?${weapon} to (?:the |her |his |their |my |our |a |another )?(?:\S+ ){0,2}` +
          S`(?:head|face|neck|throat|legs?|arms?|back|ribs|knees?)(?! of)`,
        // At a person with it, or armed and after them: "going at her carer with a hammer", "has a bat and is going after the carer".
        S`(?:going|gone|went|goes|coming|came|running|ran) (?:at|after) ${person}${gap(2)} with (?:a |the |his |her )?(?:\S+ )?${weapon}`,
        S`(?:has|got|holding|grabbed|picked up|with) (?:a |an |the |his |her )?(?:\S+ )?${weapon}${gap(4)} (?:going|gone|went|coming|running|chasing)(?: (?:at|after|for))? ${person}`,
        S`(?:stood|standing|stands|looming|leaning) over${gap(4)} with (?:a |the |his |her )?${weapon}`,
        S`(?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)${gap(8)} (?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}`,
        S`(?:got|has|grabbed|holding|picked up) (?:a |the )?${weapon}${gap(8)} (?:scuffle|fight|fighting|kicking off|kicked off|lashing out|rage|raging)`,
        // Raised at someone: "holding a hammer over the fc", "swinging a metal pole at his social worker".
        // Or a piece of something broken: "holding a shard of mug to another yps throat".
        // Or a pair of scissors: "holding a pair of scissors to the babys face".
        S`(?:holding|raising|raised|swinging|brandishing|jabbing|pressing) (?:a |the |his |her )?(?:pair of |\S+ )?(?:${weapon}|(?:shard|bit|piece)s? of (?:\S+ )?\S+) (?:over|above|at|to|towards|against) ` +
          S`(?:the |her |his |my |our |their |another |a )?(?:\S+ )?(?:fc|carer|staff|worker|mum|dad|sister|brother|baby|dog|cat|head|throat|neck|face|teacher|nan|her|him|them|me|us)`,
        // Anything heavy raised over another: "now holding a chair over the 10yos head" (not over her own head to carry it).
        S`(?:holding|raising|raised|swinging|lifting|lifted) (?:a |the |his |her )?(?:\S+ )?${missile} (?:over|above|at|towards) (?:the |another |a )(?:\S+ )?` +
          S`(?:head|face|baby|child|kid|sister|brother|carer|staff|\d+ ?(?:yos?|yr olds?|year olds?))\b(?! to (?:carry|move|lift))`,
        // "he hit my husband with a chair, blood on his face"
        S`(?:hit|whacked|smashed|struck|battered|attacked) (?:my|her|his|the|a|our|their) \S+ (?:over the head )?with (?:a|the|his|her) (?:\S+ )?(?:chair|${weapon})${gap(10)} (?:blood|bleeding|still)`,
      ].join('|'),
    ),
    unless: past,
  },
];
