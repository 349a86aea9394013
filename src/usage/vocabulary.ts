import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Toolkit } from '../content/toolkit';
import { stopwords } from '../search/stopwords';
import { commonWords } from '../search/english';

/**
 * The words a stored question or comment may keep (usage/redact.ts): an allow-list. Every
 * other word is replaced, so a name, street or school nobody listed cannot slip through.
 */
export interface Vocabulary {
  /** The toolkit's own words: titles, questions, keywords, text and synonyms (never its citations). */
  toolkit: ReadonlySet<string>;
  /** Common English (search/english.ts). */
  common: ReadonlySet<string>;
  /** Every name in the people-names list, lower case: "jayden", "kayleigh", "smith". */
  people: ReadonlySet<string>;
  /** Those that are also common words ("smith", "hope", "ward"): dropped beside another name ("jayden smith"). */
  peopleCommon: ReadonlySet<string>;
  /**
   * The toolkit's own longer words by each form with one letter left out: a word one letter
   * from one of them ("secton", "saftey", "desiganted") is a misspelling worth keeping for the
   * content owners, unless it is a name.
   */
  nearby: ReadonlySet<string>;
  /**
   * Words kept when capitalised in the middle of a sentence, where a capital usually marks a
   * name: the names the content itself writes (Sefton, Kooth, CAMHS, Gateway), less given names.
   */
  names: ReadonlySet<string>;
  /**
   * The neighbours of each word inside the content's own longer names ("Alder Hey", "Dewi Jones
   * Unit"): such a word is kept beside them in any case.
   */
  pairs: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Words the content uses only inside a longer name, and no common word ("dewi", "jones",
   * "winstons"): kept only beside a neighbour they have there ("jones unit", not "kayla jones").
   */
  nameOnly: ReadonlySet<string>;
}

/** A word as it is looked up: lower case, no accents, no apostrophes ("O’Brien" → "obrien"). */
export function wordKey(word: string): string {
  const plain = /[^\x00-\x7f]/.test(word) ? word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : word;
  return plain.toLowerCase().replace(/['’`]/g, '');
}

/** Letters with apostrophes inside ("didn't", "o'brien"); anything else (digits, hyphens, spaces) separates words. */
export const WORD = /[\p{L}\p{M}]+(?:['’`][\p{L}\p{M}]+)*/gu;

let people: { all: ReadonlySet<string>; common: ReadonlySet<string> } | undefined;

/**
 * Names of people, from cspell's people-names dictionary (about 39,000 given names and
 * surnames from many cultures), and those of them that are also common words, less stop words
 * and words of one or two letters ("in", "an", "my" are names somewhere too).
 */
export function peopleNames(): { all: ReadonlySet<string>; common: ReadonlySet<string> } {
  if (!people) {
    const file = join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
    const all = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map(wordKey),
    );
    const words = commonWords();
    people = { all, common: new Set([...all].filter((w) => w.length > 2 && words.has(w) && !stopwords.has(w))) };
  }
  return people;
}

/** A word with each one letter left out in turn. */
export function deletions(word: string): string[] {
  return Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

/** Misspellings are kept only of the toolkit's words this long: short names sit one letter from too many words. */
export const NEARBY_MIN_LENGTH = 6;

/** Not words a practitioner types: ids, dates, and citations (which name their authors). */
const SKIPPED = new Set(['id', 'kind', 'related', 'source', 'reviewed', 'areas', 'localise', 'national']);
/** Lists of words rather than prose: lower case there says nothing about a name. */
const LISTS = new Set(['keywords', 'questions']);

interface Texts {
  prose: string[];
  lists: string[];
}

function collect(value: unknown, out: Texts, list = false): void {
  if (typeof value === 'string') (list ? out.lists : out.prose).push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out, list);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!SKIPPED.has(k)) collect(v, out, list || LISTS.has(k));
}

/** How the content writes each word: in lower case, capitalised alone mid-sentence, or only inside a capitalised name. */
function readProse(prose: readonly string[]) {
  const lower = new Set<string>();
  const alone = new Set<string>();
  const runs: string[][] = [];
  for (const s of prose) {
    let run: string[] = [];
    let runStartsSentence = true;
    let sentenceStart = true;
    let last = 0;
    const close = () => {
      if (run.length > 1) runs.push(run);
      else if (run.length === 1 && !runStartsSentence) alone.add(run[0]!);
      run = [];
    };
    for (const m of s.matchAll(WORD)) {
      const gap = s.slice(last, m.index);
      last = m.index + m[0].length;
      if (/\S/.test(gap)) close();
      if (/[.!?:;(]/.test(gap)) sentenceStart = true;
      const key = wordKey(m[0]);
      if (/^\p{Lu}/u.test(m[0])) {
        if (run.length === 0) runStartsSentence = sentenceStart;
        run.push(key);
      } else {
        close();
        lower.add(key);
      }
      sentenceStart = false;
    }
    close();
  }
  return { lower, alone, runs };
}

/** The vocabulary of a loaded toolkit: built once, on the first question or comment stored. */
export function vocabulary(toolkit: Toolkit): Vocabulary {
  const common = commonWords();
  const texts: Texts = { prose: [], lists: [] };
  collect(toolkit.entries, texts);
  for (const g of toolkit.synonyms.groups) texts.lists.push(g.canonical, ...g.terms);
  for (const [k, v] of Object.entries(toolkit.synonyms.misspellings)) texts.lists.push(k, v);
  const { lower, alone, runs } = readProse(texts.prose);

  const pairs = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => {
    if (!pairs.has(a)) pairs.set(a, new Set());
    pairs.get(a)!.add(b);
  };
  for (const run of runs) run.forEach((w, i) => i > 0 && (pair(w, run[i - 1]!), pair(run[i - 1]!, w)));
  // A word the content uses only inside a longer name, never alone, never in lower case in its
  // text, and no common word: kept only beside a neighbour it has there. Two or three letters
  // are initials ("Re AB"), never kept by this.
  const inRuns = new Set(runs.flat());
  // A keyword or synonym of one word ("fcamhs") stands alone too.
  const listed = new Set(texts.lists.map((l) => [...l.matchAll(WORD)].map((m) => wordKey(m[0]))).flatMap((k) => (k.length === 1 ? k : [])));
  const nameOnly = new Set([...inRuns].filter((w) => !lower.has(w) && !alone.has(w) && !listed.has(w) && !common.has(w)));
  const words = new Set<string>();
  for (const s of [...texts.prose, ...texts.lists]) {
    const keys = [...s.matchAll(WORD)].map((m) => wordKey(m[0]));
    keys.forEach((k, i) => {
      if (!nameOnly.has(k)) return void words.add(k);
      if (k.length <= 3) return;
      if (i > 0) pair(k, keys[i - 1]!);
      if (i + 1 < keys.length) pair(k, keys[i + 1]!);
    });
  }
  for (const w of nameOnly) if (w.length <= 3) pairs.delete(w);
  // "Hope" is the content's name for a unit, and a child's name: capitalised mid-sentence, only the unit's.
  const people = peopleNames();
  const names = new Set([...alone].filter((w) => !people.common.has(w) && !nameOnly.has(w)));
  const nearby = new Set<string>();
  for (const w of words) if (w.length >= NEARBY_MIN_LENGTH && !people.all.has(w)) for (const d of [w, ...deletions(w)]) nearby.add(d);
  return { toolkit: words, common, names, pairs, nameOnly, people: people.all, peopleCommon: people.common, nearby };
}
