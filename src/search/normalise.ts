import stem from 'wink-porter2-stemmer';
import type { Synonyms } from '../content/schema';
import { stopwords } from './stopwords';
import { remember } from './remember';

/** Lower case, no accents, words and numbers only ("5(2)" keeps its brackets). */
export function clean(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/(\d)\s*\(\s*(\d)\s*\)/g, '$1($2)')
    .replace(/[^a-z0-9()]+/g, ' ')
    .replace(/(?<!\d)[()]|[()](?!\d|\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "13yo", "6yrs": an age says who, not what the worry is, so it never decides the topic. */
const AGE = /^\d+(?:yo|yos|yr|yrs|y|yro)$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Normaliser {
  /** Cleaned text with misspellings fixed and synonyms replaced by their canonical words. */
  canonical(text: string): string;
  /** Search terms: canonical words without stop words, stemmed. */
  terms(text: string): string[];
  /** terms() of text that is already canonical (saves a second pass when both are needed). */
  termsOfCanonical(canonicalText: string): string[];
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
  // Longest first, so "child in care" wins over "care".
  const alternatives = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = alternatives.length ? new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g') : null;

  const canonical = (text: string): string => {
    const words = clean(text)
      .split(' ')
      .map((w) => misspellings.get(w) ?? w)
      .join(' ');
    return pattern ? words.replace(pattern, (m) => replacements.get(m) ?? m) : words;
  };

  // The same few thousand words recur across entries and questions: stem each once.
  const stemmed = remember(stem, 100_000);

  const termsOfCanonical = (text: string): string[] =>
    text
      .split(' ')
      .filter((w) => w.length > 0 && !stopwords.has(w) && !AGE.test(w))
      .map((w) => (/^\d/.test(w) ? w : stemmed(w)));

  return { canonical, terms: (text) => termsOfCanonical(canonical(text)), termsOfCanonical };
}
