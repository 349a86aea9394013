import { keysOf, termKey, type GlossaryTerm } from '../content/glossary';

/**
 * Definition questions: "what does IRO mean", "what does SDQ stand for", "define Gillick", "PEP
 * meaning", "whats a CTO". Only a question that is one of these shapes around a glossary term,
 * and nothing much else, is one: "what is self harm" (not a term) or "what does camhs do when a
 * referral is rejected" (more than a term) are for the search.
 */

/** What was asked: the term, the words used for it, and whether its meaning was asked outright. */
export interface DefinitionAsked {
  term: GlossaryTerm;
  /** The term as typed, compared form ("iro", "independent reviewing officer"). */
  said: string;
  /**
   * "what does X mean / stand for", "X meaning", "define X": the words themselves are asked
   * about. Otherwise ("what is X", "whats a X") the question may want the whole entry.
   */
  meaning: boolean;
}

export type GlossaryIndex = ReadonlyMap<string, GlossaryTerm>;

/** Every way of writing every term, as compared. */
export function glossaryIndex(terms: readonly GlossaryTerm[]): GlossaryIndex {
  const index = new Map<string, GlossaryTerm>();
  for (const t of terms) for (const key of keysOf(t)) if (!index.has(key)) index.set(key, t);
  return index;
}

// Shapes over compared text (lower case, words only: "what's" is "whats", "A&E?" is "a and e").
const OPEN = '(?:(?:hi|hello|sorry|please|quick question|quick q|sorry to ask|can i ask|can you tell me|do you know|tell me)\\s+)?';
const WHAT = '(?:what|wat|wot|wht)';
const MEAN = '(?:mean|means|meant|stand for|stands for|stand 4|short for|refer to|refers to)';
const MEANING: readonly RegExp[] = [
  new RegExp(`^${OPEN}${WHAT} (?:does|do|dose|did) (?<x>.+?) (?:actually |exactly )?${MEAN}$`),
  new RegExp(`^${OPEN}${WHAT} (?:is|s) (?:meant by|the meaning of|the definition of|the full form of) (?<x>.+)$`),
  new RegExp(`^${OPEN}${WHAT} (?:is|s|are) (?<x>.+?) short for$`),
  new RegExp(`^${OPEN}(?:meaning|definition|def) of (?<x>.+)$`),
  new RegExp(`^${OPEN}(?:define|explain the term|explain the abbreviation) (?<x>.+)$`),
  new RegExp(`^${OPEN}${WHAT} (?<x>.+?) (?:means|stands for)$`),
  new RegExp(`^(?<x>.+?) (?:meaning|means|definition|stands for|stand for|abbreviation|acronym|means what|stands for what)$`),
  new RegExp(`^(?<x>.+?) ${WHAT} does (?:it|that|this) (?:mean|stand for)$`),
];
const WHAT_IS: readonly RegExp[] = [
  new RegExp(`^${OPEN}(?:${WHAT} (?:is|s|are|re)|whats|whatre|whos|who is|who are) (?<x>.+)$`),
  new RegExp(`^(?<x>.+?) ${WHAT} is (?:it|that|this)$`),
];
const ARTICLE = /^(?:a|an|the|your|ur)\s+/;
const TRAIL = /\s+(?:please|pls|again|exactly|actually|thanks|thank you|then|in social care|in social work|in this context|here)$/;

/** The term `x` is, allowing "a", "the", a plural and a polite word after it ("the dsr again please"). */
function termIn(x: string, index: GlossaryIndex): { term: GlossaryTerm; said: string } | undefined {
  const bare = x.trim().replace(TRAIL, '').replace(TRAIL, '');
  // "a and e" is a term before "a" is an article.
  for (const said of [bare, bare.replace(ARTICLE, '')]) {
    for (const key of said.endsWith('s') ? [said, said.slice(0, -1)] : [said]) {
      const term = index.get(key);
      if (term) return { term, said: key };
    }
  }
  return undefined;
}

/** The glossary term a definition question asks about, or nothing when it is not one. */
export function definitionAsked(text: string, index: GlossaryIndex): DefinitionAsked | undefined {
  if (text.length > 120 || index.size === 0) return undefined;
  // "what does iro mean in social care please": the polite or placing words at the end go first.
  const t = termKey(text).replace(TRAIL, '').replace(TRAIL, '');
  for (const [shapes, meaning] of [
    [MEANING, true],
    [WHAT_IS, false],
  ] as const) {
    for (const shape of shapes) {
      const x = shape.exec(t)?.groups?.x;
      const found = x ? termIn(x, index) : undefined;
      if (found) return { ...found, meaning };
    }
  }
  return undefined;
}

/** Whether an entry's title names the term as typed ("IRO" in "Independent Reviewing Officer (IRO)"). */
export function titleNames(title: string, said: string): boolean {
  return ` ${termKey(title)} `.includes(` ${said} `);
}
