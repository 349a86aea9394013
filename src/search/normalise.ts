import stem from 'wink-porter2-stemmer';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import type { Synonyms } from '../content/schema';
import { stopwords } from './stopwords';
import { remember } from './remember';
import { emojiAsWords } from './emoji-words';

/** Lower case, no accents, words and numbers only ("5(2)" keeps its brackets). */
export function clean(text: string): string {
  // Accents only exist outside ASCII: most text skips the Unicode pass.
  const plain = /[^\x00-\x7f]/.test(text)
    ? emojiAsWords(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
    : text;
  const lowered = plain.toLowerCase().replace(/&/g, ' and ').replace(/['’`]/g, '');
  // Brackets only survive in a section number ("5(2)"); text without any takes one pass.
  if (!/[()]/.test(lowered)) return lowered.replace(/[^a-z0-9]+/g, ' ').trim();
  return (
    lowered
      .replace(/(\d)\s*\(\s*(\d)\s*\)/g, '$1($2)')
      .replace(/[^a-z0-9()]+/g, ' ')
      // Only a section number keeps its brackets: "(14)" is an age, not "14)".
      .replace(/(\d\(\d\))|[()]/g, (m, section: string | undefined) => section ?? ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * "13yo", "6yrs", "3am": an age or a time says who or when, not what the worry is, so it
 * never decides the topic.
 */
const AGE_OR_TIME = /^\d+(?:yo|yos|yr|yrs|y|yro)$|^\d{1,2}(?:am|pm)$/;
const AGE_UNIT = /^(?:year|years|yr|yrs|yo|month|months)$/;

/**
 * Words whose stem would join two meanings: "missing" (from care, a term of art) must not
 * meet "misses" (longs for) or "miss" (a day of school).
 */
const TERMS_OF_ART = new Map([['missing', 'missing']]);

/**
 * Irregular verb forms the stemmer cannot join to their verb ("ran" and "run", "fought" and
 * "fight", "ate" and "eat"): WordNet's list, less forms that are more often nouns here
 * ("wound" is an injury, not "wind"; "ground", "rose", "bound").
 */
const NOT_VERBS = new Set(['wound', 'ground', 'rose', 'bound', 'saw']);
const IRREGULAR = new Map(Object.entries(verbExceptions).filter(([form]) => !NOT_VERBS.has(form)));

interface PhraseNode {
  replacement?: string;
  next?: Map<string, PhraseNode>;
}

export interface Normaliser {
  /** Cleaned text with misspellings fixed and synonyms replaced by their canonical words. */
  canonical(text: string): string;
  /** Search terms: canonical words without stop words, stemmed. */
  terms(text: string): string[];
  /** terms() of text that is already canonical (saves a second pass when both are needed). */
  termsOfCanonical(canonicalText: string): string[];
  /** The same, for canonical text already split into words. */
  termsOfWords(words: readonly string[]): string[];
}

export function createNormaliser(synonyms: Synonyms): Normaliser {
  const misspellings = new Map(Object.entries(synonyms.misspellings).map(([k, v]) => [clean(k), clean(v)]));
  const replacements = new Map<string, string>();
  for (const group of synonyms.groups) {
    const canonical = clean(group.canonical);
    for (const term of group.terms) {
      const t = clean(term);
      if (t && t !== canonical) replacements.set(t, canonical);
    }
  }
  // Phrases are matched word by word, longest first, so "child in care" wins over "care":
  // a tree of the phrases' words is walked from each word, with no string built on the way.
  // (One regular expression with every phrase was most of the time to build the index.)
  const phrases = new Map<string, PhraseNode>();
  for (const [term, replacement] of replacements) {
    let level = phrases;
    let node: PhraseNode | undefined;
    for (const w of term.split(' ')) {
      node = level.get(w) ?? {};
      level.set(w, node);
      level = node.next ??= new Map();
    }
    if (node) node.replacement = replacement;
  }

  const canonical = (text: string): string => {
    const words: string[] = [];
    for (const w of clean(text).split(' ')) {
      const fixed = misspellings.get(w);
      if (fixed === undefined) words.push(w);
      else words.push(...fixed.split(' '));
    }
    const out: string[] = [];
    for (let i = 0; i < words.length;) {
      let replacement: string | undefined;
      let end = i;
      let node = phrases.get(words[i]!);
      for (let j = i; node;) {
        if (node.replacement !== undefined) {
          replacement = node.replacement;
          end = j;
        }
        j += 1;
        node = j < words.length ? node.next?.get(words[j]!) : undefined;
      }
      out.push(replacement ?? words[i]!);
      i = replacement === undefined ? i + 1 : end + 1;
    }
    return out.join(' ');
  };

  // The same few thousand words recur across entries and questions: stem each once.
  const stemmed = remember((w) => TERMS_OF_ART.get(w) ?? stem(w), 100_000);

  const termsOfWords = (words: readonly string[]): string[] =>
    words
      // "7 year old", "18 months old": the number is an age too.
      .filter(
        (w, i) => w.length > 0 && !stopwords.has(w) && !AGE_OR_TIME.test(w) && !(/^\d+$/.test(w) && AGE_UNIT.test(words[i + 1] ?? '')),
      )
      .map((w) => (/^\d/.test(w) ? w : stemmed(IRREGULAR.get(w) ?? w)));
  const termsOfCanonical = (text: string): string[] => termsOfWords(text.split(' '));

  return { canonical, terms: (text) => termsOfCanonical(canonical(text)), termsOfCanonical, termsOfWords };
}
