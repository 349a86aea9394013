/**
 * Violence now: hurting someone, weapons and armed threats, rage and threats, someone at the door.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { harmThreat, now, nowNotSafe } from './fragments-now';
import { armedThreatsNow } from './violence-armed';
import {
  armedWith,
  atTheDoor,
  childAfraid,
  forALesson,
  iWillHurt,
  missile,
  person,
  target,
  threatenedChildren,
  threatening,
  toHurt,
  violentAct,
  weapon,
  willHurt,
} from './violence-words';

/** Blows and assaults: what both readings of violence below share. */
const blows = [
  'hitting',
  'beating',
  'battering',
  'kicking(?! off)',
  'punching',
  'slapping',
  'strangling',
  'throttling',
  'choking',
  'stabbing',
  'attacking',
  'assaulting',
  'sexually assaulting',
  'raping',
];
/** Hurting someone, in the present. */
const hurting = alt(
  ...blows,
  'touching',
  'hurting',
  // Shaking someone, not the teller shaking: "i cant stop shaking", "im still shaking".
  S`(?<!\b(?:cant stop|im|i am|i was|ive been|still|keep|keeps) )shaking`,
  'smacking',
  'pinned',
  'pinning',
  'dragging',
  'squeezing',
  'throwing (?:\S+ )?at',
  'punch',
  'strangle',
  'forcing',
  // "boy laying into the foster carer"
  'laying into',
);
/** A threat to hurt: "hurt him", "beat her". */
const hurtVerb = S`(?:rape|abuse|touch|hurt|hit|beat) (?:her|him|them|me)`;
/** A threat passed on, which the worry words before it do not soften: "scared, hes texting saying he will hurt her". */
const toldThreat = S`(?:says|saying|said|texted|texting|messaged|messaging|threatened|threatening|told|keeps)\b`;
/** A worry about what may happen: "worried sick whether the big kids will hurt him". */
const worriedWhether = alt(
  'whether',
  'worried',
  'worries',
  'worrying',
  'afraid',
  'fears?',
  'frightened',
  'scared',
  'in case',
  'wondering',
  'wonders',
);
/** Violence done to someone, not touching or shaking that may be care. */
const assaulting = alt(...blows, 'headbutting', 'stamping on');

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const violenceSituations: Situation[] = [
  // "shes got her hands round the younger girls throat"
  // Or another's: "he has his hands round another residents throat".
  { name: 'hands-on-throat', when: b(S`(?:hands?|arm) (?:round|around|on) (?:her|his|the|their|another)${gap(3)} (?:throat|neck)`) },
  // "the 10 year old has pinned the baby down and is hitting him"
  {
    name: 'hurting-someone-now',
    when: b(
      [
        S`(?:is|are|s|hes|shes|theyre|now|just|currently) ${hurting} ` +
          S`(?:her|him|them|me|the|a|my|our|his|their|another|other|younger|little|staff|carer|someone|baby|brother|sister|mum|dad)`,
        // (Not the hurt told as over: "her uncle was touching her at her old foster home, shes safe now".)
        S`${hurting}${gap(8)} ${nowNotSafe}`,
        S`${now}${gap(4)} ${hurting}`,
        S`being (?:hit|beaten|battered|attacked|hurt|abused|touched|assaulted|raped|strangled|kicked|punched)${gap(6)} ${now}`,
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(8)} (?:hitting|beating|battering|slap|punch|punching|kicking|screaming|scream|crying)`,
        S`(?:can hear|hear|heard|watched|watching|saw)${gap(4)} being (?:kicked|hit|beaten|battered|attacked|hurt|punched|strangled)`,
        // Heard or seen as it happens: "i can hear a man hurting her in the next room".
        S`(?:can hear|can see|hear|watching|listening to)${gap(6)} (?:hurting|attacking|strangling|choking|raping|abusing|assaulting|beating up) ` +
          S`(?:her|him|them|me|us|someone|(?:my|our|the|a|his|their|her) \S+)`,
        S`forcing (?:me|her|him|them)`,
        // Blow after blow, told as it happens: "young person punching my wife repeatedly".
        S`${hurting} (?:my|her|his|the|our|their|a) (?:\S+ )?\S+ (?:repeatedly|over and over|again and again|non ?stop)`,
        // A threat at the door: "a gang are at the door saying theyll hurt him if he doesnt come out".
        S`(?:gang|men|lads|group|dealers?|they|people|blokes)${gap(3)} (?:at|outside) (?:the |our |his |her |their )?(?:front |back )?(?:door|house|flat|window|gate)${gap(6)} ` +
          S`(?:threatening to|saying (?:theyll|they will|theyre going to|theyre gonna|they are going to))${gap(2)} (?:hurt|stab|kill|batter|beat|shoot|smash|do) (?:him|her|them|us|me|(?:his|her|their|our) \S+)`,
        // "the carers husband is drunk and hitting the foster child"
        S`(?:is|are|hes|shes|theyre)${gap(3)} and ${hurting} (?:the|a|our|my|his|her|their) (?:foster |little |younger |baby |other )?(?:child|kid|baby|boy|girl|toddler|yp|young person|brother|sister)`,
        // "shes getting beaten up in the park and someones filming it"
        S`(?:is|are|s|hes|shes|theyre) (?:getting|being) (?:beaten|battered|jumped|attacked|stabbed|kicked|punched|strangled)(?: up)?${gap(6)} (?:now|right now|filming|filmed|live|outside|in the (?:park|street|road)|on the (?:street|road|field))`,
        // "on the floor getting kicked by a gang", "live streaming our yp getting hurt"
        S`getting (?:kicked|beaten|battered|jumped|stabbed|punched|hurt|attacked)${gap(3)} (?:by|on|now|right now|live)`,
        // "young person strangling another resident in the garden"
        S`(?:strangling|choking|smothering|stabbing|beating) (?:another|a younger|the other|his|her|their) (?:resident|child|kid|boy|girl|lad|brother|sister|baby)`,
        S`(?:live ?streaming|filming)${gap(3)} getting (?:hurt|beaten|battered|kicked|attacked)`,
        // Seen live as it happens: "watching a live video of one of our girls being hurt".
        S`(?:live|live ?stream\w*|streaming|video call|facetime)${gap(8)} (?:being|getting) (?:hit|beaten|battered|hurt|attacked|kicked|punched|strangled|stabbed|raped|abused|assaulted|tortured)`,
        S`(?:screaming|shouting|crying|yelling) (?:stop|help|get off|leave me|let me go)`,
        S`(?:is|s|are|shes|hes|theyre|theyre) being (?:hit|beaten|battered|attacked|kicked|punched|strangled|stabbed|jumped|assaulted|raped|slapped|smacked|thumped|shaken)`,
        // Someone named, then what is being done to them: "staff member being hit with a chair leg".
        S`(?:staff|staff member|member of staff|carer|worker|teacher|mum|dad|nan|sister|brother|baby|another (?:child|kid|lad|girl|resident)) being (?:hit|beaten|battered|attacked|kicked|punched|strangled|stabbed|bitten)`,
        // Somewhere and at it: "her stepdad is outside and hurting her mum".
        S`(?:is|s|are) (?:outside|inside|upstairs|downstairs|here|there|in \S+|at \S+)(?: \S+)? and ${hurting} (?:her|him|them|me|my|our|his|their|the|a|staff|someone)`,
        S`being (?:kicked|bitten|punched|hit|beaten|stamped on)${gap(6)} (?:on the floor|need help|help us|help me)`,
        // "shes being pinned down by a group of lads in the park" (not by staff, in a restraint).
        S`being (?:pinned|held|forced) down by (?!(?:\d+ |two |three )?(?:staff|carers?|police|the police|security|officers|nurses?)\b)`,
        S`(?:can hear|hear|heard)${gap(3)} (?:choking|gasping|gagging)`,
        S`by the (?:throat|neck)`,
        // Not a worry about some day: "asking me every night whether the big kids will hurt him"; unless it is now: "scared her dad will
        // hurt her, hes on his way".
        S`(?<!\b${worriedWhether}(?: that)?(?: (?!${toldThreat})\S+){1,8} )${harmThreat}${gap(1)} ${hurtVerb}`,
        S`${harmThreat}${gap(1)} ${hurtVerb}${gap(8)} (?:tonight|right now|on (?:his|her|their) way|outside|at the door|when (?:he|she|they) gets? (?:here|home|back))`,
        // Said to be on the way to do it: "rang our girl saying hes coming round to finish her off".
        S`(?:saying|says|said|texted|texting|messaged|messaging|messages?|texts?|rang|threatening|told (?:her|him|them|me|us|staff))${gap(3)} (?:hes|shes|theyre|he is|she is|they are) ` +
          S`(?:coming|on (?:his|her|their) way|heading) (?:round |over |back |here |down |up )?to ` +
          S`(?:(?:kill|hurt|stab|batter|attack|shoot|strangle) (?:her|him|them|me|us)|finish (?:her|him|them|me|us) off|do (?:her|him|them|me|us) in|beat (?:her|him|them|me|us) up)`,
        S`(?:telling|making|forcing|getting) (?:her|him|them|the \S+) (?:to )?(?:undress|strip|take (?:her|his|their) clothes off|send (?:pics|pictures|photos|nudes))`,
        S`(?:voices?|they) (?:are |is )?(?:telling|told) (?:him|her|them|me) to (?:kill|hurt|stab|attack)`,
        S`(?:pinned|held|grabbed)${gap(3)} (?:by|round|around) (?:the|her|his|their) (?:throat|neck)`,
        // Pinned to a wall or the floor (not a child held by staff in a restraint): "pinned staff member against the wall".
        // Nor siblings at play ("keeps pushing her brother into the wall when they play").
        S`(?<!\b(?:keeps|always|often) )(?:pinned|pinning|pins|slammed|slamming|shoved|shoving|pushed|pushing) (?:a |the |our |my |his |her |their )?(?:little |younger |older |big |baby )?` +
          S`(?:staff member|member of staff|staff|carer|foster carer|fc|worker|teacher|mum|dad|nan|sister|brother|baby|toddler|girlfriend|boyfriend)s? ` +
          S`(?:up )?(?:against|into|onto|to|on) (?:the )?(?:wall|floor|door|ground|radiator)(?!.*\b(?:play\w*|games?|messing about)\b)`,
        // Seen as it happens: "staff member assaulting a child in the home i can see it".
        S`${assaulting} ${person}${gap(8)} (?:i|we) can (?:see|hear) (?:it|them|him|her|this)(?! (?:is|was|as|in|from|coming|being|happening (?:again|if)))`,
        S`(?:i|we) can (?:see|hear)${gap(4)} ${assaulting} ${person}`,
        S`wont get off (?:her|him|them|me)`,
        // Held down by the child: "shes got the carer pinned down and is banging her head on the floor" (not a restraint by staff).
        // Or a child: "has the boy pinned up against the wall", "mums partner has him pinned up against the wall" (not held in a
        // restraint).
        S`(?<!\b(?:we|i|ive|weve|staff) )(?:got|has|have|had) (?:the |a |our |my |his |her |their )?(?:\S+ )?` +
          S`(?:staff member|member of staff|staff|carer|foster carer|fc|worker|teacher|mum|dad|nan|sister|brother|baby|toddler|girlfriend|boyfriend|girl|boy|lad|kid|child|yp|him|her|them) ` +
          S`pinned (?:down|up|against|to|on|under)(?!.*\b(?:restrain\w*|holds?|prone|supine|team teach|mapa)\b)`,
        // On the floor and being hurt: "one of the girls is on the floor being stamped on".
        S`on the (?:floor|ground) being (?:kicked|stamped on|punched|hit|beaten|battered|jumped|attacked)`,
        // Hurt, and the one who did it still there: "punched the 10 yo, hes still in the house and carer is hiding upstairs with the kids".
        S`(?:punched|hit|slapped|kicked|attacked|battered|beat|hurt|strangled|stabbed|headbutted) (?:her|him|them|the \S+(?: \S+)?|(?:our|my|his|her|their) \S+)${gap(8)} ` +
          S`(?:hes|shes|theyre|he is|she is|they are) still (?:in the (?:house|flat|home|room)|here|there|around|outside)`,
        // Hiding from them with the children: "carer is hiding upstairs with the kids" (not a game).
        S`hiding (?:upstairs|downstairs|in (?:the|a|her|his|my|our) \S+)${gap(3)} with (?:the |her |his |my |our )?(?:kids|children|baby|little ones?|younger ones)(?!.*\b(?:hide and seek|game|playing)\b)`,
        // The belt out: "nans got the belt out, the girls screaming".
        S`(?:got|getting|gets|taken|took) (?:the |a |her |his |their )?(?:belt|slipper|cane|wooden spoon) out${gap(8)} (?:screaming|hitting|beating|whipping|hurting)`,
        // A baby shaken: "mums shaking the baby really hard and shouting at it".
        S`shak(?:ing|en) (?:the|a|her|his|their|my|our) (?:\S+ )?(?:baby|newborn|infant)\b(?! (?:gently|softly|rattle|toy))`,
        // Threatened, and the one threatening on the way: "bloke on the phone threatening the lad, says he knows where he lives and hes on his way".
        S`(?:(?:threatening|threatened|threatens) (?:him|her|them|us|me|(?:the|our|my) \S+)|threats? (?:to|against) (?:kill|hurt|stab|him|her|them|us))${gap(12)} ` +
          S`(?:hes|shes|theyre|he is|she is|they are) (?:on (?:his|her|their) way|coming (?:round|over|here|now|tonight|for (?:him|her|them|us|you)))(?! (?:home|back|to (?:school|contact|bed)))`,
        S`(?:by (?:her|his|the) hair|throwing (?:\S+ )?at (?:my|her|his|the) \S+|cut on (?:his|her|their) head)`,
        S`(?:in|into) (?:a|the|her|his) (?:younger|little) \S+ (?:room|bedroom)${gap(8)} (?:crying|screaming|door shut|door locked)`,
      ].join('|'),
    ),
    // History, or the hurt denied: "not hurting herself, just sobbing".
    // Also a pattern school reports ("school say he is hitting other kids"), or a wall hit, now calm.
    unless: new RegExp(
      S`${past.source}|\bnot (?:hurting|harming|hitting) (?:her|him|them)sel(?:f|ves)\b|` +
        S`\bschool (?:say|says|said|report|reports|reported)\b|\b(?:wall|door)s?${gap(6)} (?:settled|calm) now\b`,
    ),
  },
  // "hes got a hammer and keeps saying hes going to smash his brothers head in"
  {
    name: 'weapon-threat',
    when: b(
      [
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
  // "mum has just slapped the toddler really hard"
  {
    name: 'just-assaulted',
    when: b(
      // A baby thrown or flung: "dads just thrown the baby onto the sofa and walked off".
      S`(?:just|has) (?:thrown|threw|chucked|tossed|flung) (?:the|a|her|his|their|my|our) (?:\S+ )?(?:baby|newborn|infant|toddler)\b(?! (?:a |the )?(?:party|ball|toy|rattle|shower))|` +
        // Or something heavy thrown at them: "just threw a chair at the 5 year old" (not a ball in play).
        S`(?:just|has) (?:slapped|punched|kicked|hit|battered|strangled|stabbed|attacked|assaulted|raped|grabbed|pushed|shoved|bit|bitten|headbutted|` +
        S`(?:threw|thrown|chucked|hurled|launched|lobbed) (?:a |an |the |his |her |their )?(?:\S+ )?${missile} at) ` +
        S`(?:her|him|them|me|my \S+|our \S+|his \S+|their \S+|` +
        S`(?:the|a|another) (?:baby|child|toddler|boy|girl|kid|carer|staff|staff member|teacher|member of staff|yp|young person|resident|pupil|lad|other \S+|younger \S+|little \S+|\d+ ?(?:yo|yr old|year old))|` +
        S`foster (?:mum|dad|carer|mother|father|sister|brother))`,
    ),
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
  // "shes gone for the baby, weve pulled her off but shes going back", "kicking a staff member on the floor"
  {
    name: 'going-for-someone',
    when: b(
      [
        S`(?:gone for|going for|went for|goes for|lunged at|lunging at|flew at|attacking|attacked)${gap(6)} (?:pulled|pull|dragged|got|prised) (?:her|him|them) off`,
        S`(?:pulled|dragged|got|prised) (?:her|him|them) off${gap(6)} (?:going back|still going|again|keeps going|wont stop|cant hold)`,
        S`(?:now|is|s|hes|shes|theyre|just) (?:gone for|coming at|lunging at|gone at|went for) (?:his|her|their|the|my|our|a) ` +
          S`(?:little |younger |baby |older |big )?(?:sister|brother|sibling|baby|toddler|carer|foster carer|mum|dad|nan|fc)`,
        S`trying to (?:drown|strangle|suffocate|smother) (?:the|his|her|their|my|our|a) \S+`,
        // Held under the water: "holding the younger ones head under the bath water".
        S`head under (?:the )?(?:\S+ )?water(?<=\b(?:holding|pushing|keeping|held|pushed) (?:\S+ ){0,3}head under(?: \S+){1,3})`,
        // A child held out over a drop: "holding the baby out of the window".
        S`(?:holding|dangling|hanging) (?:the|a|her|his|their|my|our) (?:\S+ )?(?:baby|toddler|newborn|little one) (?:out of|over|out|off) (?:the |a )?(?:window|balcony|bridge|railings|edge|banister|bannister)`,
        // About to push a child from a height, and there with them: "going to push her little sister down the stairs and is stood at the
        // top with her now".
        S`${harmThreat}${gap(1)} (?:push|throw|drop|shove) (?:her|his|their|the|my|our) (?:\S+ )?(?:sister|brother|baby|toddler|sibling|\d+ ?(?:yo|yr old|year old)) ` +
          S`(?:down|off|out of|over|into)${gap(12)} ${now}`,
        // Wanting to harm the baby, and alone with it: "feels like smothering the baby and shes in the room with him now with the door
        // shut".
        S`(?:smother\w*|suffocat\w*|shak\w*|drown\w*|hurt\w*|kill\w*) (?:the|her|his|their|my|our) (?:\S+ )?(?:baby|toddler|newborn|little one)` +
          S`(?<=\b(?:feels? like|wants? to|urge to|going to|gonna) \S+(?: \S+){2,3})${gap(14)} ` +
          S`(?:${now}|alone|door (?:is )?(?:shut|locked)|with (?:him|her|them|it))`,
        // Gone for them, and still coming: "went for our yp at court this morning and now hes following us back to the car".
        S`(?:went for|gone for|attacked|assaulted|punched|lunged at)${gap(10)} (?:now |and )?(?:hes |shes |theyre |is |s )?(?:following|chasing|coming after) (?:us|me|her|him|them)`,
        // Held down by the child and hurt: "has pinned the younger one down and is banging her head on the floor" (not a restraint by staff).
        S`(?<!\b(?:we|i|ive|weve|staff|police|officers?|carers?) (?:have |had |has )?)(?:pinned|pinning|holding|held|got) (?:the |a |our |my |his |her |their )?(?:\S+ ){0,2}down${gap(6)} ` +
          S`(?:and )?(?:is |s |now )?(?:banging|hitting|punching|smashing|slamming|kicking|stamping on|strangling|choking) (?:her|his|their|him|them)\b`,
        // Armed and on the way to school with it: "theres a gun in his bag and hes taking it to school" (not a toy, nor for a lesson).
        S`(?<!\b(?:toy|nerf|water|cap|pretend|plastic|fake|replica|lego) )(?:${armedWith})${gap(10)} ` +
          S`(?:(?:is |s |hes |shes )?(?:taking|bringing|carrying)|(?:going to|gonna|will|ll) (?:take|bring|carry)) (?:it|them) (?:in)?to (?:school|college|the (?:school|park|party|home|unit))` +
          S`(?<!${forALesson}.*)(?!.*${forALesson})`,
        // A little one in the hands of someone threatening to harm it: "shes holding the baby and threatening to drop it".
        S`(?:holding|has|got|carrying|grabbed|snatched|picked up|dangling) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one|brother|sister)${gap(6)} ` +
          S`(?:threatening|threatens|saying (?:shes |hes |theyre )?going|says (?:shes |hes |theyre )?going|going|gonna|about) to ` +
          S`(?:drop|throw|shake|smother|suffocate|drown|strangle|hurt|kill|stab) (?:it|her|him|them)(?! (?:off|round|back|at|to)\b)`,
        S`(?:threatening|threatens|trying|about) to (?:drop|throw|shake|smother|suffocate|drown) (?:the|his|her|their|my|our|a) (?:\S+ )?(?:baby|toddler|newborn|little one)(?! (?:off|round|back|at|to)\b)`,
        S`(?:barricaded|locked) (?:her|him|them)sel(?:f|ves) in with (?:the|a|her|his|their|my|our) (?:baby|toddler|child|kid|little|younger|sister|brother)`,
        S`(?:kicking|stamping on|punching|hitting|beating|battering) (?:a |the |our |my |his |her )?` +
          S`(?:staff|carer|member of staff|staff member|\S+ worker|lad|boy|girl|kid|child|baby|sister|brother|mum|dad|someone|another \S+|other \S+)` +
          S`${gap(4)} (?:in the head|in the face|on the floor|on the ground)`,
      ].join('|'),
    ),
    unless: past,
  },
  // "drunk uncle kicking off at the contact centre threatening the kids, staff cornered"
  {
    name: 'raging-and-threatening',
    when: b(
      [
        // In a rage and threatening the children: "kicking off at the contact centre threatening the kids".
        // Or drunk: "mums partner is drunk and threatening to hit the baby at contact".
        S`(?:kicking off|kicked off|going mad|gone mad|going crazy|raging|lost it|losing it|off (?:his|her|their) (?:face|head)|drunk|hammered|wasted|steaming)${gap(8)} ` +
          S`(?:and |now |is |s |hes |shes )?${threatening} ${threatenedChildren}`,
        // Or shouting what they will do: "kicking off at the contact centre shouting hell smash her face in".
        S`(?:kicking off|kicked off|going mad|gone mad|going crazy|raging|lost it|losing it|drunk|hammered|wasted|steaming)${gap(8)} ` +
          S`(?:shouting|screaming|yelling|saying|says|swearing|threatening)${gap(2)} ${willHurt}`,
        // Or shouting it at a child who is afraid: "dad shouting 'ill break your neck' and the child is screaming".
        S`(?:shouting|screaming|yelling|roaring|bellowing)${gap(2)} ${iWillHurt}${gap(10)} ${childAfraid}`,
        S`${childAfraid}${gap(10)} (?:shouting|screaming|yelling|roaring|bellowing)${gap(2)} ${iWillHurt}`,
        // Turned up where the children are and threatening them: "mums ex has turned up at the contact centre and is threatening the kids".
        S`(?:turned up|turns up|showed up|shown up|arrived|barged in|burst in)${gap(8)} (?:and )?(?:is |s |hes |shes |now )?${threatening} ${threatenedChildren}`,
        // Shut in with the children, threatening them: "dad has locked the contact room and says hell hit the kids if anyone comes in".
        S`(?:locked|barricaded|blocked) (?:the |a |our |his |her |their )?(?:\S+ )?(?:room|doors?|house|flat|car)${gap(6)} (?:says|saying|threatening|shouting|screaming)${gap(2)} ` +
          S`(?:hell|shell|theyll|he will|she will|they will|(?:hes|shes|theyre) (?:going to|gonna)) (?:kill|stab|batter|hurt|hit|smash|kick|punch|beat|cut|shoot|strangle) ${threatenedChildren}`,
        // Staff with no way out: "shes raging and staff are cornered in the office".
        S`(?:kicking off|kicked off|raging|threatening|going for|attacking|lashing out)${gap(10)} (?:staff|carers?|workers?|supervisor|we|were|im|i am)(?: (?:are|is|s|am|have been|been|got|now))? ` +
          S`(?:cornered|trapped|backed into a corner)(?! in (?:the )?(?:traffic|queue|snow|lift|meeting))`,
      ].join('|'),
    ),
    // History, a pattern to plan for, or how to handle it.
    unless: new RegExp(
      S`${past.source}|\b(?:keeps?|always|often|constantly|every (?:time|contact|visit|night|day)|whenever|how (?:do|should|can|would) (?:i|we|you|staff|carers))\b`,
    ),
  },
  // At the door or turned up where the child is, and saying what they will do: "mums partner at the door threatening to kill the kids",
  // "stepdad has turned up at school shouting hell kill the child", "outside with a bat saying hes taking the kids".
  {
    name: 'threat-at-the-door',
    when: b(
      [
        // "has come to the door saying hell kill the kids"
        S`${atTheDoor}${gap(7)} ` +
          // "at the door drunk, says hes taking her"
          S`(?:threatening (?:to )?|shouting (?:that )?|screaming (?:that )?|saying (?:that )?|says (?:that )?|yelling (?:that )?|texting (?:that )?|messaging (?:that )?)` +
          S`(?:(?:hes|shes|theyre|hell|shell|theyll|he will|she will|they will|(?:hes |shes |theyre )?(?:going to|gonna)) )?` +
          S`(?:(?:kill|stab|hurt|batter|shoot|beat|take|taking|snatch|grab|(?:coming|come) (?:in |round |back )?for) ` +
          S`(?:her|him|them|us|me|you|the (?:kids?|children|child|baby|lad|girl|boy|yp|young person|little ones?)|(?:our|my|his|her) (?!(?:to|for|out|home|back|on|a|an|swimming|shopping)\b)\S+)(?! (?:to|into|in|off|for|out|swimming|shopping|home|back|on|a|an)\b)|` +
          // "at the school gates saying hell do her in"
          S`do (?:her|him|them|us|me|you) in)`,
        // A reason first, then the threat: "turned up at the home saying the lad owes him and hes going to cut him".
        S`${atTheDoor}${gap(7)} (?:threatening|shouting|screaming|saying|says|yelling|texting|messaging)${gap(6)} ${willHurt}`,
        // On the way round armed, to hurt someone: "rang saying hes on his way round with a bat to sort the lad out".
        S`(?:on (?:his|her|their) way|coming|heading) (?:round |over |here |back )?with (?:a |an |the |his |her |their )?(?:\S+ )?${weapon}${gap(4)} ` +
          S`to ${toHurt} (?:${target}|her|him|them|us|me|(?:our|my|his|her|their) \S+)`,
        // A picture of a weapon sent with a threat: "sent him a video of a gun saying hes coming for him tonight".
        // Or sent by the child, out and in trouble: "has just sent a pic of a gun and says hes in trouble".
        S`(?:pic|pics|picture|photo|video|snap|selfie)s? of (?:a |an |the |his |her |their )?(?:\S+ )?(?:${weapon}|weapons?|knives|guns)${gap(8)} ` +
          S`(?:coming for|(?:on (?:his|her|their) way|coming) (?:round|over|here)|outside|${willHurt}|(?:going to|gonna|will|ll) (?:get|do) (?:her|him|them|you|us|me)|in trouble(?! (?:for|at school|with (?:school|the|his|her)))|help me|come (?:and )?get me)`,
        // Come for the child, and waiting: "an exploiter has come to school reception asking for the lad by name and says hell wait".
        S`(?:exploiter|groomer|dealer|gang|older men|strangers?)${gap(6)} (?:come|came|turned up|arrived|is|are)${gap(4)} (?:asking for|looking for|demanding)${gap(8)} ` +
          S`(?:(?:says|said|saying) (?:hell|shell|theyll|hes going to|he will) wait|terrified|scared|wont leave)`,
        // Armed and trying to get in: "in the car park with some sort of weapon trying to get in the building".
        S`(?:${weapon}|weapons|knives)${gap(8)} trying to (?:get|break|force(?: (?:his|her|their) way)?) in(?:to)?\b`,
        // Breaking in to get at them: "dads kicking the front door in, the kids are upstairs", "trying to smash the back window in".
        S`(?:kicking|kicked|booting|booted|smashing|smashed|breaking|broke|broken|bashing|battering|battered|ramming|rammed|forcing|forced) ` +
          S`(?:the |our |my |her |his |their )?(?:front |back |flat |house |patio |kitchen )(?:door|window)s? (?:in|down|open)\b`,
        S`(?:trying to|tried to|about to|going to|gonna) (?:break|force|kick|smash) (?:(?:his|her|their) way )?(?:in|into the (?:house|flat|home))\b(?! (?:the|a|to|for)\b)`,
        // Any door, and a threat to the one behind it: "kicking the door in, says hes going to batter her" (not a tantrum at his own door).
        S`(?:kicking|kicked|booting|smashing|breaking|bashing|battering|ramming|forcing) (?:the |our |my |her |his |their )?(?:\S+ )?doors? (?:in|down|open)${gap(6)} ` +
          S`(?:threatening|saying|says|shouting|screaming|yelling)${gap(2)} (?:(?:hes|shes|theyre|hell|shell|theyll|he will|she will) )?(?:(?:going to|gonna) )?` +
          S`(?:kill|stab|hurt|batter|beat|shoot|smash|get|do) (?:her|him|them|us|me|you|the \S+|(?:our|my) \S+)`,
        // "groomer turned up at placement threatening our lad"
        S`(?:turned|turns|turning|showed|shown) up${gap(4)} (?:and )?(?:is |s |now )?threatening ` +
          S`(?:her|him|them|us|me|(?:the|our|my|his|her|their) (?:kids?|children|child|staff|lad|girl|boy|son|daughter|baby|yp|young person|carers?|foster \S+))`,
      ].join('|'),
    ),
    // History, or a plan for if it happens.
    unless: new RegExp(S`${past.source}|\b(?:if (?:he|she|they)|in case|keeps|always|every time|whenever)\b`),
  },
];
