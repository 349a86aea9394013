import stem from 'wink-porter2-stemmer';
import type { Synonyms } from '../content/schema';
import { stopwords } from './stopwords';
import { remember } from './remember';

/** Lower case, no accents, words and numbers only ("5(2)" keeps its brackets). */
export function clean(text: string): string {
  // Accents only exist outside ASCII: most text skips the Unicode pass.
  const plain = /[^\x00-\x7f]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  const lowered = plain.toLowerCase().replace(/&/g, ' and ').replace(/['’`]/g, '');
  // Brackets only survive in a section number ("5(2)"); text without any takes one pass.
  if (!/[()]/.test(lowered)) return lowered.replace(/[^a-z0-9]+/g, ' ').trim();
  return lowered
    .replace(/(\d)\s*\(\s*(\d)\s*\)/g, '$1($2)')
    .replace(/[^a-z0-9()]+/g, ' ')
    .replace(/(?<!\d)[()]|[()](?!\d|\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
  // Phrases are matched word by word, longest first, so "child in care" wins over "care";
  // only the lengths of the phrases that start with a word are tried at it. (One regular
  // expression with every phrase was most of the time to build the index.)
  const lengthsFrom = new Map<string, number[]>();
  for (const term of replacements.keys()) {
    const words = term.split(' ');
    const lengths = lengthsFrom.get(words[0]!) ?? [];
    if (!lengths.includes(words.length)) lengthsFrom.set(words[0]!, [...lengths, words.length].sort((a, b) => b - a));
  }

  const canonical = (text: string): string => {
    const words = clean(text)
      .split(' ')
      .flatMap((w) => misspellings.get(w)?.split(' ') ?? [w]);
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 0;
      for (const n of lengthsFrom.get(words[i]!) ?? []) {
        const replacement = i + n <= words.length ? replacements.get(n === 1 ? words[i]! : words.slice(i, i + n).join(' ')) : undefined;
        if (replacement !== undefined) {
          out.push(replacement);
          taken = n;
          break;
        }
      }
      if (taken === 0) out.push(words[i]!);
      i += Math.max(taken, 1);
    }
    return out.join(' ');
  };

  // The same few thousand words recur across entries and questions: stem each once.
  const stemmed = remember((w) => TERMS_OF_ART.get(w) ?? stem(w), 100_000);

  const termsOfWords = (words: readonly string[]): string[] =>
    words
      // "7 year old", "18 months old": the number is an age too.
      .filter((w, i) => w.length > 0 && !stopwords.has(w) && !AGE_OR_TIME.test(w) && !(/^\d+$/.test(w) && AGE_UNIT.test(words[i + 1] ?? '')))
      .map((w) => (/^\d/.test(w) ? w : stemmed(w)));
  const termsOfCanonical = (text: string): string[] => termsOfWords(text.split(' '));

  return { canonical, terms: (text) => termsOfCanonical(canonical(text)), termsOfCanonical, termsOfWords };
}
