/**
 * Something taken, and the body's signs after taking it.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { bodySign } from './fragments-body';
import { past } from './fragments-history';
import { medicine, ownNightOut } from './fragments-means';
import { downNow, drug } from './taken-something-words';

/** Painkillers (or tablets unnamed), that harm the stomach and the liver in a few too many. */
const painkiller = alt(
  'ibuprofen',
  'paracetamol',
  'co codamol',
  'cocodamol',
  'codeine',
  'aspirin',
  'naproxen',
  'painkillers',
  'pills',
  'tablets',
  'meds',
);
/** Something unknown, or used to get high: a worry when it comes with signs of being unwell. */
const unknown = alt(
  // Said of a child who has taken it, not a hunch: "something feels off", "something is not right".
  S`(?:had|has had|taken|took|swallowed|drank|drunk|smoked|eaten|ate|given|sniffed|necked|vaping|vaped|smoking|sniffing|snorting|snorted|drinking|taking|popping|popped) (?:something|everything)`,
  S`something in (?:her|his|their|my) drink`,
  'sweets',
  'a sweet',
  'gummies',
  'a pill',
  'a tablet',
  // Bought online to lose weight: "her heart going very fast after she take the diet pills she buy online".
  S`(?:diet|slimming) (?:pills|tablets)`,
  'fat burners',
  'some pills',
  'some tablets',
  'vape',
  'nitrous',
  'canisters',
  'gas',
  'deodorant',
  'aerosol',
  'sniffing',
  'glue',
  'weed',
  'a can',
  'cans',
  'vodka',
  'drink',
  'drinking',
  // A professional's word for it: "returned from missing intoxicated, disoriented, injuries to face".
  'intoxicated',
  'under the influence',
  'rave',
  'dishwasher',
  'washing (?:up )?liquid',
  'liquid',
  // "empty ibuprofen packets in her room"
  S`empty (?:${medicine} )?(?:foil |blister )?(?:strips|packets|packs|boxes)`,
  // "empty bottle of nans pills and the 13yo is being sick"
  S`empty (?:bottle|box|packet|pack|tub|strip)s? of`,
);
/** A job taken on, or a child taken into care, not a dose (which can be "taken over 20"): "she was taken into care because of mums drinking". */
const notTakenIn = S`(?:over (?:as|from|the (?:case|role|job|class|group|home|unit|caseload)|running|responsibility)|in ?to (?:local authority |foster )?care)\b`;
/** "had" says little on its own ("had a nap"): with signs of being unwell, only the taking verbs count. */
const tookNotHad = alt(
  // (Not a job taken on: "ive just taken over as designated teacher ... 14 looked after pupils".)
  S`took(?! ${notTakenIn})`,
  S`taken(?! ${notTakenIn})`,
  'swallowed',
  'necked',
  'downed',
  'eaten',
  'ate',
  'drank',
  'drunk',
  'smoked',
  'got into',
  'vaped',
  'snorted',
  'sniffed',
);
/** Medicine spilt about a room: "tablets everywhere", "pills all over the floor". */
const strewnMedicine = S`(?:${medicine}|(?:empty )?(?:packets|wrappers)) (?:(?:are |is |were )?(?:everywhere|all over|scattered|strewn|on the floor))`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenSomethingUnwellSituations: Situation[] = [
  // "hes gone grey and his breathing is really slow, we think he took something"
  {
    name: 'took-and-unwell',
    when: b(
      [
        // A heart racing after pills: "my heart is going so fast after them energy drinks and the pills".
        S`hearts? (?:is )?(?:going|racing|pounding|beating)${gap(4)} (?:after|since)${gap(6)} (?:pills|tablets|drugs|something|pingers|mandy|mdma|coke)`,
        // Legs gone after gas: "cant feel ur legs after doing nos all nite. cant stand up".
        S`(?:cant|cannot) (?:feel|move) (?:my|ur|your|her|his|their) legs${gap(6)} (?:nos|nitrous|laughing gas|balloons|whippets)`,
        // Told short: "mandy at party hot n shaking".
        S`(?:mandy|mdma|molly|ecstasy|pingers)${gap(4)} (?:hot|overheating|burning up|shaking|fitting|seizing|jaw going|clenching|cant stop moving)`,
        S`(?:${tookNotHad}|overdosed)${gap(12)} ${bodySign}`,
        // Says he is dying after a drug: "he vape the thing from the boys at school, it was thc, now he is in panic, say he dying".
        S`(?:thc|spice|vaped?|edibles?|pills?|drugs)${gap(14)} (?:say|says|saying|thinks?) (?:he|she|they|hes|shes|theyre) (?:is |are )?dying`,
        // Found drunk and cold, barely talking: "found a 13 year old in the boiler room, drunk, very cold, barely talking".
        S`(?:drunk|intoxicated|wasted|paralytic)${gap(3)} (?:very |really |freezing |so )?cold${gap(3)} (?:barely|hardly|not) (?:talking|responding|conscious|awake|moving|making sense)`,
        // Told as a note: "overdose. 15. conscious but slurring"
        S`(?:overdose|od)${gap(6)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${tookNotHad}|overdosed|taking)`,
        S`had${gap(4)} ${medicine}${gap(8)} ${bodySign}`,
        S`${bodySign}${gap(14)} (?:${drug}|${unknown})`,
        S`(?:${drug}|${unknown})${gap(14)} ${bodySign}`,
        // "since taking a few of his meds and hes a funny colour"
        S`(?:taking|taken|took|swallowed|necked) (?:a few|a couple|several|extra) of (?:her|his|their|my|the|someone elses) ${medicine}${gap(12)} ${bodySign}`,
        // The change told first: "gone very quiet since taking a few of my tablets"
        S`(?:gone|going|very|really) (?:very |really )?(?:quiet|sleepy|drowsy|pale|floppy) (?:since|after) (?:taking|having|swallowing|necking) ` +
          S`(?:a few|a couple|some|several|extra|loads) of (?:her|his|their|my|the|someone elses|mums|dads) ${medicine}`,
        // So sleepy after someone else's medicine was taken: "this sleepy after she borrowed nans tramadol" (not after her own).
        S`(?:this|so|very|really) (?:sleepy|drowsy|floppy|dopey|out of it|spaced out) (?:since|after) (?:she |he |they )?` +
          S`(?:(?:borrowed|nicked|pinched|stole|got into|helped (?:her|him|them)self to)(?: \S+){0,2}|(?:took|taken|had|having|taking|swallowed) (?:some of |a few of )?(?:nans|mums|dads|grandads|someone elses|(?:her|his|their) (?:mates|nans|mums|dads|sisters|brothers)))(?: \S+)? ${medicine}`,
        // A few of a medicine, then pain: "took a few ibuprofen an hour ago and now her stomach is killing her"
        // (not tablets taken for a pain: "took two ibuprofen for her period pain").
        S`(?:took|taken|swallowed|necked|had)(?!.*\bfor (?:her|his|their|my|a|the) (?:period|headache|toothache|cold|temperature|pain|cramps)\b) (?:a few|some|loads|a load|a handful|lots|a couple|several|\d+)(?: of)?(?: her| his| their| my| the| mums| dads)? ${painkiller}${gap(8)} ` +
          S`(?:and )?(?:now|since)${gap(2)} (?:stomach|tummy|belly|chest)${gap(1)} (?:is )?(?:killing (?:her|him|them|me)|really hurts|hurts|hurting|in agony|agony|(?:really )?(?:bad|painful|sore))`,
        // Pills strewn about and someone down or gone quiet: "shes been on the bathroom floor a while and theres tablets everywhere".
        S`${strewnMedicine}${gap(14)} ${downNow}`,
        S`${downNow}${gap(20)} ${strewnMedicine}`,
      ].join('|'),
    ),
    // "the police took him to a place of safety", or took his mum away, history.
    // Eyesight without glasses or lenses ("took her glasses off and cant see properly").
    // Over, and back to the day: "came in last night with pupils like saucers, hes fine now and at school".
    unless: new RegExp(
      // Or told outright as no emergency: "not in crisis but not right, smoking weed".
      // Or a bug going round: "shes been sick all day with a tummy bug, no temp, drinking ok".
      S`\b${alt('tummy bug', 'stomach bug', 'sickness bug', 'bug going round', 'norovirus', 'noro')}\b|${ownNightOut}|` +
        // A hunch about grooming, not a body unwell: "comes back with new trainers and a vape ... somethings not right".
        S`\bsomethings? (?:is )?not right\b|` +
        // A habit he wants to end: "drinking heavily every day and shaking in the mornings. he wants to stop but hes scared of withdrawal".
        S`\b(?:wants|trying|wanting) to (?:stop|cut down|quit|give up)(?: (?:drinking|using|smoking|the drink|it))?(?= but\b| and\b|$)|` +
        // A death in the family, dated: a loss to grieve ("the mum of one of our looked after pupils died last month").
        S`\b(?:mum|mam|dad|mother|father|brother|sister|nan|grandad|grandma|parent)s?\b(?: \w+){0,8} died (?:last|in|on|\d|a|two|three|when|before|earlier this)\b|` +
        S`${past.source}|\btook (?:him|her|them) (?:to|into|home|back)\b|\b(?:took|taken) (?:his|her|their|my) (?:${alt('mum', 'mam', 'mummy', 'dad', 'daddy', 'mother', 'father', 'parents', 'brother', 'sister', 'baby', 'nan')})\b|\b(?:glasses|contacts|lenses|opticians?)\b|\bnot in (?:a )?crisis\b|` +
        S`\b(?:fine|ok|okay|alright|back to normal) now and (?:at|in|gone to|went to|off to) (?:school|college|work)\b|` +
        // Unwell for a moment and fine since: "felt dizzy for a bit but shes absolutely fine now just telling you for the record".
        S`\bfor a (?:bit|while|minute|few minutes) but (?:shes|hes|theyre|she is|he is|they are) (?:absolutely |totally |completely |perfectly )?(?:fine|ok|okay|alright|back to normal) now\b|` +
        // A tummy bug on the mend: "the kids all got sick from a bug, vomiting, but drinking water and keeping it down now".
        S`\b(?:sick|vomiting|poorly|ill|unwell)(?: \w+){0,2} (?:from|with) (?:a|the) (?:\w+ )?(?:bug|virus)\b(?=.*(?<!\b(?:not|cant|isnt|wont) )\bkeeping (?:it|water|fluids|food|drinks) down\b)`,
    ),
  },
];
