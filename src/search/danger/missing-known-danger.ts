/**
 * A child missing or gone, with a danger the teller knows of whenever it was told: violent company, or a risk to life.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { unreachable } from './fragments-reach';
import { away, awayInThePast } from './missing-words';

/** A risk to life the teller already knows of, whenever it was told: "was suicidal last week". */
const knownRisk = alt(
  S`suicid\w*`,
  S`self ?harm\w*`,
  S`overdos\w*`,
  S`ligatur\w*`,
  S`(?:wants?|wanted|wanting) to die`,
  S`kill(?:ing)? (?:her|him|them)sel(?:f|ves)`,
  S`end(?:ing)? (?:it all|it|(?:her|his|their) life)`,
);

/** Gone, as told in a hurry: "took off", "did a runner", "shes run". */
const goneOff = S`(?:${away}|took off|(?:done|did) a runner|(?:shes|hes|theyve) (?:run|legged it|bolted))`;

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const missingKnownDangerSituations: Situation[] = [
  // "our lads not back, last seen with the group who stabbed someone last week": the company is the
  // danger, whenever its violence was, so history about them does not make this calm.
  {
    name: 'missing-with-violent',
    when: b(
      [
        S`(?:${away}|last seen|seen|gone off|went off|left)${gap(10)} with${gap(5)} (?:who|that|which)${gap(3)} ` +
          S`(?:stabbed|shot|attacked|beat up|battered|robbed|raped|groomed|carry knives|carries (?:a )?knife|has a knife|have knives|deal|deals)`,
        // Company dressed for violence: "left school at lunch with a group of older lads in balaclavas".
        S`(?:${away}|last seen|seen|gone off|went off|left)${gap(10)} with${gap(5)} (?:in|wearing) (?:balaclavas|masks|ski masks)`,
        // Gone towards where they were harmed: "jumped out at the roundabout and ran off toward the estate where hes been exploited before".
        S`${goneOff}${gap(10)} (?:towards?|to|into|for) (?:the )?(?:\S+ ){0,2}where (?:hes|shes|theyve|theyre|he has|she has|they have|he was|she was|they were) ` +
          S`(?:been )?(?:exploited|groomed|abused|trafficked|assaulted|attacked|stabbed|raped)`,
        // Gone towards the one who hurt them: "he took off and hes got his mums address, shes the one who stabbed him last year".
        S`${goneOff}${gap(14)} (?:who|that)${gap(2)} ` +
          S`(?:stabbed|abused|raped|attacked|assaulted|beat up|battered|sexually abused|trafficked|groomed) (?:her|him|them)`,
        // Gone, and the men who exploit her collect her from there: "shes run, shes on the cse panel list, the men she talks about
        // pick her up from outside this hospital".
        S`${goneOff}${gap(16)} (?:the |older |those |these |some )?(?:men|males|adults|guys|blokes)${gap(5)} ` +
          S`(?:pick|picks|picking|collect|collects|collecting) (?:her|him|them)(?: up)? (?:from|outside|at|near)`,
        // Her phone shown where she is exploited: "checked the app and her phones at an address known for exploitation, shes meant to
        // be in bed", "her location is showing at the house where the men groomed her".
        S`(?:her|his|their) (?=\S*(?:phone|location|tracker|map|dot))(?:phones? )?(?:(?:location|tracker|snap ?map|dot) )?(?:(?:is|s|now|currently|still|pinging|showing|shows|says|puts)(?: her| him| them)? )*(?:at|in|near)${gap(12)} ` +
          S`(?:known for|known to be|used for|linked to|where)${gap(4)} (?:exploitation|exploited|exploiting|groomed|grooming|county lines|cse|cce|trafficking|trafficked|drug dealing|abused)`,
      ].join('|'),
    ),
    unless: new RegExp(S`\b${awayInThePast(2)}\b|\bkeeps (?:going )?missing\b`),
  },
  // "walked out of his review, was suicidal last week and wont pick up": gone, out of reach, and a
  // risk known to the teller. The risk is the danger whenever it was told, so its date does not make this calm.
  {
    name: 'gone-unreachable-at-risk',
    when: b(
      [
        S`${away}${gap(14)} ${knownRisk}${gap(10)} ${unreachable}`,
        S`${away}${gap(10)} ${unreachable}${gap(14)} ${knownRisk}`,
        S`${knownRisk}${gap(14)} ${away}${gap(10)} ${unreachable}`,
        // Missing, with the signs of county lines: "gone missing from placement, keeps getting calls from a number in another county,
        // hes 14 and owes someone money".
        S`(?:gone missing|went missing|is missing|missing from (?:placement|care|home|the home|school))${gap(14)} ` +
          S`(?:owes? (?:someone|somebody|them|people|money|a debt)|in debt|county lines|number (?:in|from) (?:another|a different) (?:county|city|area|town))`,
      ].join('|'),
    ),
    // The going told as history or a pattern, or over: "went missing last year", "home now" (not "not home now"; nor the date of
    // the risk: "ran off the ward, ligatured last week, security lost him").
    unless: new RegExp(
      S`\b${awayInThePast(5, knownRisk)}\b|` +
        S`\b(?:keeps (?:going missing|running off|running away|walking out|absconding)|always (?:comes? back|goes missing|runs off))\b|` +
        S`(?<!\b(?:not|isnt|arent|hasnt|havent|never) )\b(?:back|home|found|safe) (?:now|safe|and well)\b`,
    ),
  },
];
