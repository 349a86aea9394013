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
/** "Just" as this minute, not "only" nor news just heard: "just a quick", "just held his hand", "just been told". */
const JUST = S`just(?! ${alt('a quick', 'wanted', 'to', 'held', 'waited', 'been told', 'found out', 'walk', 'leave', 'go', 'say', 'ask', 'ring', 'call', 'check', S`\w+ing`, S`\w+s`)}\b)`;
/** Times that say now surely, as a history would not: "right now", "tonight", "this morning". */
const SURE_TIMES = alt('right now', 'as i type', 'as we speak', 'tonight', S`this ${alt('morning', 'afternoon', 'evening')}`);
const NOW_WORD = new RegExp(
  S`(?<!\b(?:${CALM_NOW}|every \w+)(?: right)? )\b${alt('now', SURE_TIMES, JUST, 'still', 'today')}\b` + S`(?! (?:and )?${CALM_NOW})`,
);
/**
 * An opening that asks a practical question ("do I need to fill in an incident form", "whats the number for EDT", "fyi probably
 * fine but"): what follows it may be the danger itself, told in the present ("hes in the bath and has gone under a few times"),
 * and a comma may be all that parts them.
 */
const ASKS_FIRST = new RegExp(
  S`^(?:${alt('hi', 'hello', 'hiya', 'sorry', 'ok', 'okay', 'so', 'um', 'erm', 'also', 'and', 'but', 'quick q', 'quick question', 'question')} )*${alt('do', 'does', 'can', 'could', 'should', 'would', 'will', 'is', 'are', 'am', 'who', 'whos', 'what', 'whats', 'where', 'wheres', 'how', 'which', 'just checking', 'fyi', 'quick question', 'quick q')}\b`,
);
/** A telling in the present or just done, opening the later part: "shes in a strangers car", "one of the kids has gone off the pier". */
const TOLD_PRESENT = new RegExp(
  S`^(?:\S+ ){0,4}?${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'has', 'have', 'is', 'are', S`(?:i|we) can (?:see|hear)`)}\b`,
);
/** Or just done: "she went about an hour ago, texted me a photo of the train tracks". */
const JUST_DONE = new RegExp(S`^(?:\S+ ){0,6}?(?:an?|half an|\d+|a few|a couple of) (?:hours?|hrs?|mins?|minutes) ago\b`);
/** At most this many later starts are tried, so a pasted essay costs a few readings, not one a sentence. */
const LATER_STARTS = 4;
/** And the last this many, and this many turns inside a sentence. */
const LAST_STARTS = 2;
const TURN_STARTS = 2;
/** And at most this many commas in the first sentence. */
const COMMA_STARTS = 2;

/** An opening that frames what follows as history, a record or a hypothetical: "in the case file: 2021 -", "what if she". */
const CALM_OPENING = new RegExp(
  S`\b${alt('case file', 'case notes', 'records? show', 'supervision', 'training', 'scenario', S`hypothetical\w*`, S`historic\w*`, 'reflecting', 'looking back', 'reviewing', 'what if', '(?:19|20)\\d\\d')}\b`,
);
/** Unless the later part says the opening was asked because of it: "hypothetically ... ? asking because my lad just did". */
const ASKED_BECAUSE = new RegExp(
  S`^(?:\w+ ){0,2}${alt('asking because', 'asking cos', 'reason i ask', 'the reason i ask', 'i ask because', 'im asking because')}\b`,
);
const openingIsCalm = (head: string) => past.test(head) || CALM_OPENING.test(head);
/**
 * Or where the later part turns from the background to now, or to news just in: "pep last week was fine. tonight though shes said
 * ...", "trafficked last year. just had a call that hes been picked up by the same people".
 */
const TURNS_TO_NOW = new RegExp(
  S`^(?:\w+ )?${alt('then tonight', 'then today', 'tonight though', 'but tonight', 'but now', 'now though', 'today though', 'but today', 'anyway tonight', 'however tonight', 'but right now', 'but just now', 'this evening though', 'just had a call', 'just had a text', 'just been told', 'just heard', 'just found out')}\b`,
);
/**
 * Or where it tells something done this minute, however long the background before it: "pep was last week, hes doing ok
 * academically. hes just been found behind the sports hall having swallowed pills", "shes tonight taken the razor blades".
 */
const HAPPENING_NOW = new RegExp(
  S`\b(?:${alt('hes', 'shes', 'theyve', 'theyre', 'ive', 'weve', 'has', 'have', 'is', 'are')} (?:${JUST}|currently|tonight)|${alt('right now', 'as we speak', 'as i type', 'at this moment', S`while ${alt('im', 'i am', 'i was', 'i')} typing`)})\b` +
    // Said to be so as the message is written, or drunk as the writer walked in: "hostel staff say hes on the ledge", "the carer
    // is chasing them down the road now", "came in and hes drunk some of the blue stuff".
    S`|\b${alt('staff', 'police', 'school', 'carers?', 'hostel', 'manager', 'neighbours?', 'security', 'they')} (?:are |is )?${alt('says?', 'saying', 'reporting')} (?:that )?${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are')}\b` +
    S`|\b${alt('is', 'are', 'hes', 'shes', 'theyre')} \w+ing (?:\S+ ){0,5}now\b(?! (?:and )?${CALM_NOW})` +
    S`|\b${alt('hes', 'shes', 'theyve')} ${alt('drunk', 'swallowed', 'eaten')}\b`,
);
/** The teller there now, in a later line: "she mouthed help as she shut the door. im on the landing now". */
const TELLER_THERE = new RegExp(
  S`\b${alt('im', 'i am', 'were', 'we are')} (?:still )?${alt('on', 'at', 'outside', 'in', 'by')} (?:the |her |his |their )?(?:\w+ ){0,2}now\b(?! (?:and )?${CALM_NOW})`,
);
/** A turn inside a sentence, cut at like a new one: "moved in last week, very settled, then tonight shes said shes drunk". */
const TURN = new RegExp(
  S`,\s+(?=${alt('then', 'but', 'and')} ${alt('tonight', 'today', 'just now', 'right now', S`this ${alt('morning', 'afternoon', 'evening')}`)}\b)`,
  'gi',
);
/** The learned detector's own floor is five words; a later part read alone needs more before it alone may decide. */
const MODEL_TAIL_WORDS = 8;
/** More where only the tense says now ("shes had it 10 mins, shes chatting away, just checking"). */
const MODEL_TAIL_WORDS_UNTIMED = 11;

/** The message from each of its later sentences on, and what comes before: "Hi. Thanks. Jess is going to meet him now." gives two. */
function laterSentences(text: string): { head: string; tail: string; comma: boolean }[] {
  const cut = (at: number, end: number, comma: boolean) => ({ head: text.slice(0, at), tail: text.slice(end), comma });
  const starts = [...text.matchAll(SENTENCE_START)].map((m) => cut(m.index, m.index + m[0].length, false)).filter((p) => p.tail.trim());
  const turns = [...text.matchAll(TURN)].slice(0, TURN_STARTS).map((m) => cut(m.index, m.index + m[0].length, false));
  // The first few and the last few, and the turns: the danger in a long message is often its last sentence, after the background.
  const sentences = [...starts.slice(0, LATER_STARTS), ...starts.slice(LATER_STARTS).slice(-LAST_STARTS), ...turns];
  // A comma in the first sentence too, read apart from the sentences so it never crowds one out: "do I need to fill in an
  // incident form, hes got the knife again".
  const first = text.slice(0, starts[0]?.head.length ?? text.length);
  const commas = [...first.matchAll(/,\s+(?=\S)/g)].slice(0, COMMA_STARTS).map((m) => cut(m.index, m.index + m[0].length, true));
  return [...commas, ...sentences];
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
  for (const { head, tail, comma } of laterSentences(text)) {
    const opening = spell(clean(head));
    // Or its last clause asks: "were on a trip, whats the policy for this - one of the kids has gone off the pier".
    const lastClause = spell(clean(head.split(/,\s+/).pop() ?? ''));
    const asksFirst = ASKS_FIRST.test(opening) || ASKS_FIRST.test(lastClause);
    // A comma parts a question from what follows only: read nothing after any other comma.
    if (comma && !asksFirst) continue;
    const question = readQuestion(tail);
    // Said why it was asked, or turned to now: the opening's history does not speak for it, and the model may decide it alone.
    const outweighsOpening = ASKED_BECAUSE.test(question.cleaned) || TURNS_TO_NOW.test(question.cleaned);
    // In the part's own first sentence: a later one may say what is still so of the history ("says shes still on the register").
    // (Read at most once, and only where needed: it cleans and spells the first sentence again.)
    let happening: boolean | undefined;
    const happeningNow = () =>
      (happening ??= HAPPENING_NOW.test(spell(clean(tail.split(SENTENCE_START)[0] ?? ''))) || TELLER_THERE.test(question.cleaned));
    const saysNow = NOW_WORD.test(question.cleaned);
    const toldNow = saysNow || happeningNow() || (asksFirst && (TOLD_PRESENT.test(question.cleaned) || JUST_DONE.test(question.cleaned)));
    // Not where the opening tells history ("left care last year"): the later sentences may lean on it.
    if (!toldNow || (openingIsCalm(opening) && !outweighsOpening && !happeningNow())) continue;
    const words = saysNow ? MODEL_TAIL_WORDS : MODEL_TAIL_WORDS_UNTIMED;
    out.push({ question, modelMayDecide: outweighsOpening || modelReads(question.cleaned, words) });
  }
  return out;
}

/**
 * Going on as it is told, or just done: "a boy is walking along the tracks", "theyre surrounding him" (not "is going to", a
 * plan, nor a word as often a habit or a worry as a deed: "a friend says shes cutting", "the knife block is missing").
 */
const HABIT = alt(
  'going',
  'cutting',
  'dying',
  'missing',
  'fitting',
  'putting',
  'doing',
  'asking',
  'saying',
  'spreading',
  'attacking',
  'assaulting',
  'purging',
  'hitting',
  'keeping',
  'struggling',
  'coping',
  'getting on',
  'self harming',
  'harming',
  'hurting',
);
const GOING_ON = new RegExp(
  S`\b${alt('is', 'are', 'hes', 'shes', 'theyre')} (?!${HABIT}\b)\w+ing\b|\b${alt('has', 'have', 'hes', 'shes', 'theyve')} (?:been )?${alt('taken', 'driven', 'run', 'snatched', 'grabbed', 'swallowed', 'drunk', 'cut', 'jumped', 'fallen')}\b`,
);
/**
 * Told as now more surely than "now", "still" or "today", which a history says as often ("she was raped at 12 and is now 15",
 * "shes still cutting", "a strategy meeting today"): "just", "right now", "tonight", "this morning", "twenty minutes ago".
 */
const SURELY_NOW = new RegExp(
  S`\b(?:${SURE_TIMES}|${JUST}(?! ${alt('said', 'asked', 'thought', 'wondered', 'told')})|(?:\w+ )(?:mins?|minutes|hours?|hrs?) ago)\b`,
);

/** A message made up for practice, whose every sentence is: "scenario for our team meeting", "a role play for training". */
const MADE_UP = new RegExp(
  S`\b${alt('scenario', S`hypothetical\w*`, 'role ?play', 'case study', 'exercise', 'mock', 'drill', 'vignette', 'made up', 'pretend', 'guidance document', 'quiz', 'wind ?up', 'as a joke', 'only joking', 'nothing happened', 'all accounted for', S`in ${alt('minecraft', 'fortnite', 'roblox')}`)}\b`,
);
/** A sentence that supposes: "what if a young person has taken an overdose", "if she tells me she has a plan". */
const SUPPOSED = new RegExp(S`\b${alt('if', 'suppose', 'supposing', 'imagine', 'say a')}\b`);

/** A sentence to read alone, and whether it tells a deed going on, not only a time: only then may the broad detectors decide. */
export interface SentenceToRead {
  question: Question;
  doing: boolean;
}

/** At most this many sentences are read alone, so a pasted essay costs a few readings, not one a sentence. */
const ALONE_SENTENCES = 8;

/**
 * Each sentence of a long message that says its danger is now ("ive just found him in the garage with the dog lead round his
 * neck"), read alone by the rules: a history or an errand told in another sentence ("history of attempts", "which form do we
 * use") then cannot speak for it, as it would in the whole message or a later part.
 */
export function sentencesToldNowToRead(text: string, spell: (cleaned: string) => string): SentenceToRead[] {
  const sentences = text.split(SENTENCE_START).filter((s) => s.trim());
  if (sentences.length < 2 || MADE_UP.test(clean(text))) return [];
  const out: SentenceToRead[] = [];
  for (const sentence of sentences) {
    // A question asks about the danger, it does not tell it: "whats the threshold for 999 for a yp who has taken paracetamol?".
    if (sentence.includes('?')) continue;
    const question = readQuestion(sentence);
    const spelled = spell(question.cleaned);
    if (SUPPOSED.test(spelled)) continue;
    const doing = HAPPENING_NOW.test(spelled) || TELLER_THERE.test(spelled) || GOING_ON.test(spelled);
    if (doing || SURELY_NOW.test(spelled)) out.push({ question, doing });
    if (out.length >= ALONE_SENTENCES) break;
  }
  return out;
}
