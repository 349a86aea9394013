/**
 * A danger told as happening now, or just done, in so many words. Where a rule's own exceptions (`unless`: history,
 * habit, a policy question, a write-up), a calm heading or a denial would silence the message, this says it is an
 * emergency all the same: "hes got a knife to his brothers neck, he used to be so gentle", "quick policy question, shes
 * taken 30 paracetamol an hour ago", "how do i record this for the file, she has swallowed a whole packet of pills".
 * It decides only where danger words are already read; alone it raises nothing (../urgent.ts).
 */

import { pretendGame } from '../danger/fragments-body';
import { drinksOverdoseFineNow } from '../danger/fragments-means';
import { saidOfEverything } from '../danger/fragments-now';
import { alt, S, sentHomeUnless, toldOver } from './fragments';
import { calmTakenBack, notHistory, seen, happeningNow, saidNow } from './told-now-said';
import { who, ours, notSupposed, doing, swallowed, done } from './told-now-words';

/** Told outright as now: a hypothetical asked first does not undo it ("in theory whats the process if a pupil ... hes punching her, right now"). */
const SAID_NOW = new RegExp(S`\b${alt('right now', 'rite now', 'as we speak', happeningNow)}\b`);

// Told as now: someone doing or just done it, or a word said as now (not just after a denial or a calm word: "i dont think hes
// in danger right this minute", "no specific concern right now").
const TOLD_NOW = new RegExp(
  S`${notSupposed}(?:\b${who} (?:${doing}|${done})|${ours} ${doing}|^(?:has |just |has just )?${swallowed}|\b${seen})\b(?: (?:right )?now\b|${notHistory})|` +
    S`(?<!\b(?:(?:not|isnt|if|when|safe|fine|ok|okay|calm|settled|asleep|sleeping|school|doing)(?: \w+){0,3}|(?:dont|do not|didnt) think(?: \w+){0,4}|no (?:specific |particular |current |immediate )?(?:concerns?|worries|issues?|incidents?)) )\b${saidNow}\b(?! (?:and )?${alt('fine', 'safe', 'ok', 'okay', 'calm', 'settled')})|` +
    S`\b${calmTakenBack}\b`,
);

/**
 * A hypothetical about any child or friend, asked before the telling ("what if a yp has tablets ... and says theyll take
 * them tonight", "what to do if a friend ever says theyve taken an overdose"): a question, not a telling. Not a story
 * ("when a yp ran in and said shes drunk bleach"), nor one asked after
 * the telling ("hes got a knife and is standing over his mum, what to do when a child has a knife"). Or told in the past tense,
 * still asked of any child: "hypothetically if a kid said to me hes going to jump".
 */
const ANY_CHILD =
  /\b(?:what if|if|when|whenever|imagine|suppose) (?:a|an|any) (?:\w+ )?(?:child|yp|young person|kid|teenager|teen|pupil|resident|friend|mate) (?:ever )?(?:(?!was\b)\w+s|said|told)\b/;

/**
 * Told of a game laughed at, of energy drinks and fine now, said of everything, or owned up to as made up: the words of a danger,
 * not one ("saying shed taken tablets but it was a wind up, gp checked her").
 */
const MADE_UP = S`\b(?:it was|was just|turned out (?:it was|to be)) (?:all )?(?:a )?(?:wind ?up|lie|prank|joke)\b|\bmade it (?:all )?up\b`;
const NOT_A_DANGER = new RegExp(`${pretendGame}|${drinksOverdoseFineNow}|${saidOfEverything}|${MADE_UP}`);

/** Seen and sent home by a hospital since, unless it has happened again: "took an overdose last night ... hes been discharged home". */
const SENT_HOME = new RegExp(sentHomeUnless('again', 'another', 'more', 'now'));

/** Told as now, and neither told as over ("found a note months ago, hes doing ok now") nor asked of any child. */
export function toldNow(t: string): boolean {
  const told = TOLD_NOW.exec(t);
  return (
    told !== null &&
    !toldOver.test(t) &&
    !NOT_A_DANGER.test(t) &&
    !SENT_HOME.test(t) &&
    (!ANY_CHILD.test(t.slice(0, told.index)) || SAID_NOW.test(t))
  );
}
