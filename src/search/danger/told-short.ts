/**
 * A danger told in eight words or fewer, typed one-handed as it happens: "kidnapped", "gun. at the door.", "seizure over 5
 * mins", "ex snatched baby". So few words leave no room for the signs of now the other situations look for; a grave word,
 * with someone named or a cry for help, and nothing that makes it past, habitual, a joke or a question, is read as now.
 * Tried last, after every other situation. Part of the broad emergency detector: see ../danger.ts for how situations are read.
 */

import { S, type Situation } from './fragments';
import { past } from './fragments-history';
import * as w from './told-short-words';
import { calmShort } from './told-short-calm';

/** A short message with one of these words anywhere. */
const anywhere = (words: string) => S`.*\b${words}\b`;
/** A short message with one of these words and someone named (or a cry for help). */
const withSomeone = (words: string) => S`(?=.*\b${words}\b).*\b${w.someone}\b`;
/** A short message with one of these words and a sign of now. */
const withNow = (words: string) => S`(?=.*\b${words}\b).*\b${w.nowSign}\b`;
/** The event in a word or two, and nothing else. */
const alone = (words: string) => S`(?:\w+ )?${words}(?: \w+)?$`;
/** The situation's ways, each only in a short message. */
const short = (...ways: string[]) => new RegExp(S`^${w.SHORT}(?:${ways.join('|')})`);

const unless = new RegExp(S`${past.source}|\b${calmShort}\b`);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const toldShortSituations: Situation[] = [
  // "foaming at mouth", "gasping, cant talk", "lost in woods, hypothermic"
  { name: 'short-unwell', when: short(anywhere(w.unwellAlone)), unless },
  // "hanging in wardrobe HELP"
  { name: 'short-ligature', when: short(withNow(w.ligature), anywhere(w.ligatureAlone)), unless },
  // "sextortion, says killing self tonight"
  { name: 'short-intent', when: short(anywhere(w.intentAlone)), unless },
  // "ambulance?? tablets"
  { name: 'short-swallowed', when: short(withNow(w.swallowedNow), anywhere(w.swallowedAlone)), unless },
  // "cutting now wont stop"
  { name: 'short-self-harm', when: short(withNow(w.selfHarmNow), anywhere(w.selfHarmAlone)), unless },
  // "stabbed", "punching the baby", "SOS knife", "has hammer, staff locked out", "throwing bricks at cars"
  {
    name: 'short-violence',
    when: short(alone(w.violenceEvent), anywhere(w.violenceAlone), withSomeone(w.violence), withNow(w.violence), withNow(w.violenceNow)),
    unless,
  },
  // "kidnapped", "ex snatched baby", "locked in shed", "county lines lads got him now"
  // (Not a thing snatched: "how do i report that my grandsons phone was snatched in town".)
  {
    name: 'short-held',
    when: short(alone(w.heldEvent), anywhere(w.heldAlone), withSomeone(w.held), withNow(w.heldNow)),
    unless: new RegExp(
      S`${unless.source}|\b(?:phone|bag|handbag|bike|wallet|purse|scooter|money|hat|coat) (?:was |got |been |has been )?(?:snatched|grabbed|nicked|stolen)\b`,
    ),
  },
  // "shes in the mersey", "up the crane in town", "ran into dual carriageway"
  { name: 'short-water', when: short(withSomeone(w.water), anywhere(w.waterAlone), anywhere(w.roadAlone)), unless },
  // "gone, left note", "missing, insulin left here"
  { name: 'short-missing', when: short(anywhere(w.missingAlone)), unless },
  // "need ambulance", "code red", "sos from jess"
  { name: 'short-cry', when: short(anywhere(w.cryAlone)), unless },
];
