import Fuse from 'fuse.js';
import type { Toolkit } from '../content/toolkit';
import type { Kind } from '../content/schema';
import { toDocument, type SearchDocument } from './documents';
import { createNormaliser, type Normaliser } from './normalise';
import { remember } from './remember';

export interface Hit {
  id: string;
  score: number;
}

export interface SearchResult {
  hits: Hit[];
  /** Share (0–1) of the question's informative words that the best entry explains. */
  coverage: number;
}

/**
 * Ranking weights, measured on the evaluation set (README, "How answers are chosen").
 * fields: what a practitioner types matches questions and titles best.
 * kindPrior: a worry told in general words is best met by the topic, so the
 * directory's services (whose questions name ages, referrals and numbers) weigh 0.8:
 * it raised top-1 on both halves of the evaluation set (0.89 to 0.91, 0.86 to 0.875);
 * a service named in the question still comes first.
 * fuse.js corrects typos word by word (correct()); a document-level Fuse pass was
 * measured too: no better ranking, 20-90 ms a question against 0.3 ms.
 */
export const tuning = {
  fields: { title: 3, questions: 2, keywords: 2.5, summary: 1, body: 0.4 },
  k1: 1.2,
  b: 0.5,
  questionWeight: 2.5,
  kindPrior: { level: 1, concern: 1, pathway: 1, mha: 1, practice: 1, role: 1, service: 0.8, consultation: 1, help: 1 } as Record<Kind, number>,
};
type Field = keyof typeof tuning.fields;

interface Indexed {
  id: string;
  kind: Kind;
  tf: Map<string, number>;
  length: number;
  questions: { terms: Set<string>; weight: number }[];
  /** Words in the title, questions or keywords: what the entry is about, not what it mentions. */
  about: Set<string>;
}

export class Searcher {
  private readonly normaliser: Normaliser;
  private readonly docs: Indexed[];
  private readonly idf = new Map<string, number>();
  private readonly avgLength: number;
  /** Known words by first letter: a typo rarely changes the first letter, and 1/26 of the words is 26 times faster. */
  private readonly vocabulary = new Map<string, Fuse<string>>();
  private readonly known = new Set<string>();
  /** Same content, same correction: remembered per word. */
  private readonly closestKnown = remember((w) => {
    const best = this.vocabulary.get(w[0]!)?.search(w, { limit: 1 })[0];
    return best && (best.score ?? 1) < 0.25 ? best.item : w;
  }, 50_000);

  constructor(toolkit: Toolkit) {
    this.normaliser = createNormaliser(toolkit.synonyms);
    const documents = toolkit.entries.map(toDocument);
    this.docs = documents.map((d) => this.index(d));
    const df = new Map<string, number>();
    for (const d of this.docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = this.docs.length;
    for (const [t, f] of df) this.idf.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    // Each question's total word weight, for the Jaccard union (needs the idf, so after it).
    for (const d of this.docs) for (const q of d.questions) q.weight = [...q.terms].reduce((s, t) => s + this.weightOf(t), 0);
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
    const words = new Set<string>();
    for (const d of documents) {
      for (const w of this.normaliser.canonical([d.title, ...d.questions, ...d.keywords, d.summary, d.body].join(' ')).split(' ')) {
        if (w.length > 2) words.add(w);
      }
    }
    for (const w of words) this.known.add(w);
    // Fuzzy matching of single words rescues typos the misspellings list does not know.
    const byLetter = new Map<string, string[]>();
    for (const w of words) {
      const list = byLetter.get(w[0]!);
      if (list) list.push(w);
      else byLetter.set(w[0]!, [w]);
    }
    for (const [letter, list] of byLetter) {
      this.vocabulary.set(letter, new Fuse(list, { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 }));
    }
  }

  private index(d: SearchDocument): Indexed {
    const tf = new Map<string, number>();
    let length = 0;
    const about = new Set<string>();
    const add = (field: Field, text: string): void => {
      for (const t of this.normaliser.terms(text)) {
        if (field !== 'summary' && field !== 'body') about.add(t);
        tf.set(t, (tf.get(t) ?? 0) + tuning.fields[field]);
        length += 1;
      }
    };
    add('title', d.title);
    d.questions.forEach((q) => add('questions', q));
    d.keywords.forEach((k) => add('keywords', k));
    add('summary', d.summary);
    add('body', d.body);
    return { id: d.id, kind: d.kind, about, tf, length, questions: d.questions.map((q) => ({ terms: new Set(this.normaliser.terms(q)), weight: 0 })) };
  }

  /** A word's weight: its idf, or a high weight for a word no entry uses (it counts against coverage). */
  private weightOf(term: string): number {
    return this.idf.get(term) ?? 3;
  }

  /** Replaces words the toolkit has never seen with the closest word it knows. */
  private correct(text: string): string {
    return this.normaliser
      .canonical(text)
      .split(' ')
      .map((w) => {
        return w.length < 4 || this.known.has(w) || /\d/.test(w) ? w : this.closestKnown(w);
      })
      .join(' ');
  }

  search(text: string, limit = 5): SearchResult {
    const corrected = this.correct(text);
    const terms = [...new Set(this.normaliser.terms(corrected))];
    if (terms.length === 0) return { hits: [], coverage: 0 };
    const weights = terms.map((t) => this.weightOf(t));
    const totalWeight = weights.reduce((s, w) => s + w, 0);

    const scored = this.docs.map((d) => {
      let bm25 = 0;
      let matched = 0;
      for (let i = 0; i < terms.length; i += 1) {
        const t = terms[i]!;
        const f = d.tf.get(t);
        if (!f) continue;
        const idf = weights[i]!;
        if (d.about.has(t)) matched += idf;
        bm25 += (idf * f * (tuning.k1 + 1)) / (f + tuning.k1 * (1 - tuning.b + (tuning.b * d.length) / this.avgLength));
      }
      // How well the closest listed question says the same thing (weighted Jaccard):
      // union = question + query - shared, so no set is built per question.
      let bestQuestion = 0;
      for (const q of d.questions) {
        let shared = 0;
        for (let i = 0; i < terms.length; i += 1) if (q.terms.has(terms[i]!)) shared += weights[i]!;
        const union = q.weight + totalWeight - shared;
        if (union > 0 && shared / union > bestQuestion) bestQuestion = shared / union;
      }
      const score = tuning.kindPrior[d.kind] * (bm25 / totalWeight + tuning.questionWeight * bestQuestion);
      return { id: d.id, score, coverage: matched / totalWeight };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, limit).filter((h) => h.score > 0);
    return { hits: top.map(({ id, score }) => ({ id, score })), coverage: top[0]?.coverage ?? 0 };
  }
}
