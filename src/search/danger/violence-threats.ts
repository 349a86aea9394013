/**
 * Violence threatened: rage and threats at the children, someone at the door.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { atTheDoor, childAfraid, iWillHurt, target, threatenedChildren, threatening, toHurt, weapon, willHurt } from './violence-words';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const violenceThreatsSituations: Situation[] = [
  // "drunk uncle kicking off at the contact centre threatening the kids, staff cornered"
  {
    name: 'raging-and-threatening',
    when: b(
      [
        // Those he works for, set to kill him tonight: "says 'theyre gonna kill me tonight' about the group he deals for, wants to run".
        S`(?:theyre|they are|theyll|they will|hes|he is|hell|he will) (?:gonna |going to )?kill (?:me|him|her) tonight${gap(10)} (?:group|gang|dealers?|olders|county lines|deals|dealing|owes?)(?!.*\b(?:homework|project|revision|exams?|coursework)\b)`,
        // In a rage and threatening the children: "kicking off at the contact centre threatening the kids".
        // Or drunk: "mums partner is drunk and threatening to hit the baby at contact".
        S`(?:kicking off|kicked off|going mad|gone mad|going crazy|raging|lost it|losing it|off (?:his|her|their) (?:face|head)|drunk|hammered|wasted|steaming)${gap(8)} ` +
          S`(?:and |now |is |s |hes |shes )?${threatening} ${threatenedChildren}`,
        // Or shouting what they will do: "kicking off at the contact centre shouting hell smash her face in".
        S`(?:kicking off|kicked off|going mad|gone mad|going crazy|raging|lost it|losing it|drunk|hammered|wasted|steaming)${gap(8)} ` +
          S`(?:shouting|screaming|yelling|saying|says|swearing|threatening)${gap(2)} ${willHurt}`,
        // Or shouting what he will do, the children afraid: "my husbands shouting that hell hurt us, the foster kids are hiding under the table".
        S`(?:shouting|screaming|yelling|roaring|saying|says)(?: that)?${gap(1)} ${willHurt}${gap(10)} ${childAfraid}`,
        // Or shouting it at a child who is afraid: "dad shouting 'ill break your neck' and the child is screaming".
        S`(?:shouting|screaming|yelling|roaring|bellowing)${gap(2)} ${iWillHurt}${gap(10)} ${childAfraid}`,
        S`${childAfraid}${gap(10)} (?:shouting|screaming|yelling|roaring|bellowing)${gap(2)} ${iWillHurt}`,
        // The threat in his own words, sent or said, with them together now and drink in him: "'if u tell ill kill u and ill kill nan' -
        // he sent that to his little sister. both of them home now, hes 17 and been drinking".
        S`${iWillHurt}${gap(16)} (?:(?:both|all) of (?:them|us) (?:are )?(?:home|in|there|together) now|(?:hes|shes|theyre|he is|she is|they are) (?:home|there|in) (?:with (?:her|him|them|us) )?now)` +
          S`${gap(10)} (?:been drinking|drunk|hammered|steaming|off (?:his|her|their) face|on something)`,
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
        // Coming tonight to hurt them: "his dealer is coming to the home tonight to 'sort him out', theyve stabbed someone before".
        S`(?:coming|on (?:his|her|their) way) (?:to (?:the|our|my|his|her) (?:home|house|unit|flat|school)|round|over|here)${gap(2)} (?:tonight|now|later)${gap(1)} to ` +
          S`(?:sort (?:him|her|them) out|do (?:him|her|them) in|(?:batter|stab|hurt|kill) (?:him|her|them))`,
        // Coming to the home to get him, told by a child come back hurt: "lad came back from a missing episode covered in blood saying
        // someones coming to the home to get him".
        S`(?:someones|someone is|somebodys|theyre|they are|men are|a man is|the gang is|the gang are|the olders are) coming (?:to|round to) (?:the |our )?(?:home|house|unit|flat|school) ` +
          S`to (?:get|grab|batter|stab|kill|do|hurt|sort) (?:him|her|them|me|us)`,
        // Outside with petrol: "who do i ring first, the boyfriends outside with a petrol can".
        S`(?:outside|at the (?:front |back )?door|on the (?:door)?step|in the garden) with (?:a |an |the )?(?:petrol ?can|can of petrol|jerry ?can|petrol)`,
        // Breaking in: "bricks through window coming in".
        S`(?:bricks?|stones?|rocks?|bottles?)${gap(1)} (?:through|thru|at) (?:the |our |my |her |his )?(?:window|door|windows)${gap(3)} (?:coming in|trying to get in|breaking in|kicking (?:the )?door)`,
        // "has come to the door saying hell kill the kids"
        S`${atTheDoor}${gap(7)} ` +
          // "at the door drunk, says hes taking her"
          S`(?:threatening (?:to )?|shouting (?:that )?|screaming (?:that )?|saying (?:that )?|says (?:that )?|yelling (?:that )?|texting (?:that )?|messaging (?:that )?)` +
          S`(?:(?:hes|shes|theyre|hell|shell|theyll|he will|she will|they will|(?:hes |shes |theyre )?(?:going to|gonna)) )?` +
          S`(?:(?:kill|stab|hurt|batter|shoot|beat|take|taking|snatch|grab|(?:coming|come) (?:in |round |back )?for) ` +
          S`(?:her|him|them|us|me|you|the (?:kids?|children|child|baby|lad|girl|boy|yp|young person|little ones?)|(?:our|my|his|her) (?!(?:to|for|out|home|back|on|a|an|swimming|shopping)\b)\S+)(?! (?:to|into|in|off|for|out|swimming|shopping|home|back|on|a|an)\b)|` +
          // "at the school gates saying hell do her in"
          S`do (?:her|him|them|us|me|you) in)`,
        // The threat told first, then the one who made it waiting where the child will come out: "dad said hell 'finish him off' when he
        // sees the school report, dad is at the gate waiting".
        S`(?:${willHurt}|(?:hell|shell|theyll|he will|she will|they will) finish (?:her|him|them) off)${gap(14)} (?:is |s )?(?:at the (?:school )?(?:gates?|door)|outside)(?: \S+){0,2} waiting`,
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
        // One who exploits the child, inside the home now: "the fella whos been pimping her out is in the hallway, pushed in when i opened
        // the door".
        S`(?:exploiter|groomer|trafficker|pimp|(?:man|men|fella|bloke|guy|lad) (?:whos|who has|who is|who) (?:been )?(?:pimping|grooming|exploiting|trafficking) (?:her|him|them))` +
          S`${gap(6)} (?:(?:is |s |are )?(?:in|inside) (?:the |our )?(?:hallway|hall|house|home|kitchen|landing|front room|living room|lounge)|pushed (?:his |their )?(?:way )?in|forced (?:his |their )?(?:way )?in|barged in|let (?:himself|themselves) in)\b`,
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
