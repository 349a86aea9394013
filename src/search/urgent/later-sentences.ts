/**
 * A danger told after routine business ("Is it ok to share the chronology? Also Jess is sneaking out to meet him now") is read
 * again from each later sentence on (../urgent.ts), so the business's calm frame or form words do not speak for it. This says
 * which later parts are read so: those told as now, after an opening that tells no history, record or hypothetical.
 */

import { clean } from '../normalise';
import { readQuestion, type Question } from '../question';
import { modelReads } from '../urgent-model';
import { alt, past, S } from './fragments';

/** Where a new sentence starts: after a full stop, question or exclamation mark, a line break, or a dash between words. */
const SENTENCE_START = /(?<=[.?!])\s+(?=\S)|\n+|\s[-–—]\s/g;
/**
 * A later sentence is read alone only where it says the danger is now ("right now", "has just", "tonight"), not where it says
 * the child is fine now or the writer is just checking: its words then speak for themselves.
 */
const CALM_NOW = alt('fine', 'ok', 'okay', 'safe', 'calm', 'settled', 'home', 'well', 'better', 'asleep');
const NOW_WORD = new RegExp(
  S`(?<!\b(?:${CALM_NOW}|every \w+)(?: right)? )\b${alt('now', 'right now', S`just(?! ${alt('a quick', 'wanted', 'to', 'held', 'waited', 'been told', 'found out', 'walk', 'leave', 'go', 'say', 'ask', 'ring', 'call', 'check', S`\w+ing`, S`\w+s`)}\b)`, 'as i type', 'as we speak', 'still', 'tonight', 'today', S`this ${alt('morning', 'afternoon', 'evening')}`)}\b` +
    S`(?! (?:and )?${CALM_NOW})`,
);
/** At most this many later starts are tried, so a pasted essay costs a few readings, not one a sentence. */
const LATER_STARTS = 4;

/** An opening that frames what follows as history, a record or a hypothetical: "in the case file: 2021 -", "what if she". */
const CALM_OPENING = new RegExp(
  S`\b${alt('case file', 'case notes', 'records? show', 'supervision', 'training', 'scenario', S`hypothetical\w*`, S`historic\w*`, 'reflecting', 'looking back', 'reviewing', 'what if', '(?:19|20)\\d\\d')}\b`,
);
/** Unless the later part says the opening was asked because of it: "hypothetically ... ? asking because my lad just did". */
const ASKED_BECAUSE = new RegExp(
  S`^(?:\w+ ){0,2}${alt('asking because', 'asking cos', 'reason i ask', 'the reason i ask', 'i ask because', 'im asking because')}\b`,
);
const openingIsCalm = (head: string) => past.test(head) || CALM_OPENING.test(head);
/** The learned detector's own floor is five words; a later part read alone needs more before it alone may decide. */
const MODEL_TAIL_WORDS = 8;

/** The message from each of its later sentences on, and what comes before: "Hi. Thanks. Jess is going to meet him now." gives two. */
function laterSentences(text: string): { head: string; tail: string }[] {
  const tails: { head: string; tail: string }[] = [];
  for (const m of text.matchAll(SENTENCE_START)) {
    const tail = text.slice(m.index + m[0].length);
    if (tail.trim()) tails.push({ head: text.slice(0, m.index), tail });
    if (tails.length >= LATER_STARTS) break;
  }
  return tails;
}

export interface LaterPart {
  /** The message from a later sentence on, read once (as typed, and cleaned). */
  readonly question: Question;
  /** Whether the learned detector alone may call it an emergency ("school rang me this afternoon" is too few words to judge). */
  readonly modelMayDecide: boolean;
}

/** The later parts of a message to read on their own; `spell` puts mistyped danger words right, as every detector reads them. */
export function laterSentencesToRead(text: string, spell: (cleaned: string) => string): LaterPart[] {
  const out: LaterPart[] = [];
  for (const { head, tail } of laterSentences(text)) {
    const question = readQuestion(tail);
    const askedBecause = ASKED_BECAUSE.test(question.cleaned);
    // Not where the opening tells history ("left care last year"): the later sentences may lean on it.
    if (!NOW_WORD.test(question.cleaned) || (openingIsCalm(spell(clean(head))) && !askedBecause)) continue;
    out.push({ question, modelMayDecide: askedBecause || modelReads(question.cleaned, MODEL_TAIL_WORDS) });
  }
  return out;
}
