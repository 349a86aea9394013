/**
 * Something taken, told plainly or in few words: a drug and the sign it is doing harm, tablets going into the mouth, a poison
 * named and then eaten, a child too drunk to stand and alone outside.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { notWished } from './fragments-means';

/** Street drugs and stimulants, as carers name them (not "pills": "the pills from the gp make me feel like a zombie"). */
const streetDrug = alt(
  'spice',
  'mamba',
  'k2',
  'ket',
  'ketamine',
  'gbl',
  'ghb',
  'xanax',
  'xans',
  'heroin',
  'smack',
  S`fent\w*`,
  'cocaine',
  'coke',
  'charlie',
  'mdma',
  'ecstasy',
  'nitrous',
  'laughing gas',
);
/** What such a drug does to the body when it is dangerous. */
const drugHarm = alt(
  'zombie',
  'foaming',
  'frothing',
  S`(?:heart|chest) (?:pains?|is racing|racing|pounding|hurts?|hurting)`,
  'not breathing',
  'blue lips',
  S`lips (?:going|gone|are) blue`,
);
/** A poison by name, as the rules in ../urgent/taken-something-poison.ts read them. */
const poisonNamed = alt(
  'rat poison',
  'bleach',
  'antifreeze',
  'anti freeze',
  'weedkiller',
  'weed killer',
  S`cleaning (?:spray|liquid|fluid|stuff|products?)`,
  'oven cleaner',
  'drain cleaner',
  'white spirit',
  'slug pellets',
  'washing (?:up )?liquid',
  'laundry (?:pods?|tablets?|capsules?)',
);
/** Too drunk or high to look after themselves. */
const outOfIt = alt(
  'paralytic',
  'legless',
  'wasted',
  'steaming',
  'smashed',
  'hammered',
  'out of it',
  'blind drunk',
  'paro',
  S`off (?:her|his|their) face`,
);

// (The verbs as patterns, "swallow(?:s|ed)?": "swallows" written out would join the spelling table one edit from "swallowd",
// tie with "swallowed", and leave it mistyped; ../danger-spelling.ts.)

/** Getting the tablets back off them, asked in the moment: "how do i get him to spit it out". */
const gettingThemBack = S`(?:i|we|you) (?:get|take|grab|make) (?:(?:the )?(?:tablets|pills|meds|them|it) (?:off|from|away|out)|(?:him|her|them) (?:to )?spit)`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const takenSomethingToldSituations: Situation[] = [
  // "spice i think hes like a zombie foamin", "cocaine heart pains hes 15"
  {
    name: 'drug-and-harm',
    when: b(
      [
        S`${streetDrug}${gap(8)} ${drugHarm}`,
        S`${drugHarm}${gap(6)} (?:after |on |from |took |taken |had )?(?:some )?${streetDrug}`,
        // A fit after it, and down now, even asked: "is it normal to have a seizure after a nitrous oxide balloon? hes on the floor".
        S`(?:seizure|fit|fitting|collapsed|passed out)${gap(6)} (?:after|on|from) (?:a |some |the )?${streetDrug}${gap(6)} ` +
          S`(?:hes|shes|theyre|he is|she is|they are) (?:on the floor|not (?:waking|responding|breathing)|still (?:fitting|shaking|jerking))`,
      ].join('|'),
    ),
    unless: new RegExp(
      S`${past.source}|\b(?:signs of|what (?:does|do|are)|how (?:does|do)|zombie (?:film|movie|game|apocalypse|costume|walk)|foaming (?:soap|hand ?wash|cleanser|milk))\b`,
    ),
  },
  // "she have many tablets in hand and she is putting in mouth while we talking on video"
  // Or mixing them, saying why: "he mixing pills with energy drink and he say he want his heart to stop".
  {
    name: 'taking-them-now',
    when: b(
      [
        S`(?:tablets|pills|meds|capsules)${gap(10)} (?:is |s |are )?(?:putting|shoving|stuffing|pushing|tipping|pouring) (?:them |it |the \S+ |some )?(?:in|into) (?:her |his |their )?mouth`,
        S`(?:mixing|taking|necking|swallowing|popping|downing) (?:\S+ )?(?:pills|tablets|meds)${gap(12)} (?:wants? to die|dont want to live|kill (?:him|her|them)sel(?:f|ves)|end it)`,
        // Drunk down, not counted: "she drinkin the pils she find in my bag i no no how much she tak".
        S`(?:drinking|eating|swallowing|taking|drink|eat|take) (?:the |my |her |his |some )?(?:pills|tablets|meds)${gap(12)} how (?:much|many)`,
        // Said in jest, or over and over: "how long after someone drinks antifreeze do symptoms start? he says he drank some 'as a joke'",
        // "she keeps saying 'i swallowed them' over and over".
        S`${poisonNamed}${gap(10)} (?:he|she|they) (?:says|said) (?:he|she|they) (?:drank|drunk|swallowed|ate|had) (?:some|it|a bit)`,
        S`keeps? saying (?:i|ive) swallowed (?:them|it|something|some)`,
        // "hes got a mouthful of pills"
        S`(?:hes|shes|theyve|he has|she has|they have|has|have) (?:got )?(?:a )?mouthful of (?:pills|tablets|meds|capsules)`,
      ].join('|'),
    ),
    // Taken as prescribed, helped down: "she takes her pills by putting them in her mouth with yoghurt".
    // (But not asked how to get them back: "how do i get the tablets off her, shes stuffing them in her mouth".)
    unless: new RegExp(
      S`${past.source}|\b(?:yoghurt|yogurt|jam|with (?:water|a drink|food|juice)|to take them|prescribed|how (?:do|can|should)(?! ${gettingThemBack}))\b`,
    ),
  },
  // "now at home she take the rat poison from garage and eat some", "he drink a bottle of the cleaning spray under the sink"
  {
    name: 'poison-then-eaten',
    when: b(
      [
        S`${poisonNamed}${gap(4)} (?:and )?${notWished}(?:eat(?:s|en)?|ate|drink(?:s)?|drank|drunk|swallow(?:s|ed)?) (?:some|it|a bit|them|a lot|loads|one|a few)`,
        S`${notWished}(?:drink(?:s)?|drank|drunk|swallow(?:s|ed)?) (?:a |the |some |half (?:a |the )?)?(?:bottle|cup|glass|load|lot|mouthful|capful|can) of (?:the |her |his |some )?(?:\S+ )?${poisonNamed}`,
      ].join('|'),
    ),
    unless: past,
  },
  // "shes paralytic in a park alone phone dying"
  {
    name: 'drunk-alone-outside',
    when: b(
      S`${outOfIt}${gap(6)} (?:alone|on (?:her|his|their) own|by (?:her|him|them)sel(?:f|ves))${gap(6)} (?:phone (?:dying|dead|died|on \d+)|cant (?:stand|walk|get up)|in the (?:cold|dark|rain))|` +
        S`${outOfIt} in (?:a|the) (?:park|street|alley|field|woods|bus station|train station|car park|graveyard|underpass)${gap(2)} (?:alone|on (?:her|his|their) own|by (?:her|him|them)sel(?:f|ves))`,
    ),
    unless: past,
  },
];
