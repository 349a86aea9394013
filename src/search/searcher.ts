import Fuse from 'fuse.js';
import type { Toolkit } from '../content/toolkit';
import { toDocument, type SearchDocument } from './documents';
import { createNormaliser, type Normaliser } from './normalise';

export interface Hit {
  id: string;
  score: number;
}

export interface SearchResult {
  hits: Hit[];
  /** Share (0–1) of the question's informative words that the best entry explains. */
  coverage: number;
}

/** Field weights for the token index: what a practitioner types matches questions and titles best. */
const fieldWeights = { title: 3, questions: 2, keywords: 2.5, summary: 1, body: 0.4 } as const;
type Field = keyof typeof fieldWeights;
const K1 = 1.2;
const B = 0.5;
const QUESTION_WEIGHT = 2.5;
const FUSE_WEIGHT = 1.5;

interface Indexed {
  id: string;
  tf: Map<string, number>;
  length: number;
  questions: Set<string>[];
}

export class Searcher {
  private readonly normaliser: Normaliser;
  private readonly docs: Indexed[];
  private readonly idf = new Map<string, number>();
  private readonly avgLength: number;
  private readonly vocabulary: Fuse<string>;
  private readonly known = new Set<string>();
  private readonly fuse: Fuse<SearchDocument>;

  constructor(toolkit: Toolkit) {
    this.normaliser = createNormaliser(toolkit.synonyms);
    const documents = toolkit.entries.map(toDocument);
    this.docs = documents.map((d) => this.index(d));
    const df = new Map<string, number>();
    for (const d of this.docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = this.docs.length;
    for (const [t, f] of df) this.idf.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
    const words = new Set<string>();
    for (const d of documents) {
      for (const w of this.normaliser.canonical([d.title, ...d.questions, ...d.keywords, d.summary, d.body].join(' ')).split(' ')) {
        if (w.length > 2) words.add(w);
      }
    }
    for (const w of words) this.known.add(w);
    // Fuzzy matching of single words rescues typos the misspellings list does not know.
    this.vocabulary = new Fuse([...words], { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 });
    this.fuse = new Fuse(
      documents.map((d) => ({ ...d, questions: d.questions.map((q) => this.normaliser.canonical(q)), title: this.normaliser.canonical(d.title) })),
      {
        keys: [
          { name: 'title', weight: 3 },
          { name: 'questions', weight: 3 },
          { name: 'keywords', weight: 2 },
          { name: 'summary', weight: 1 },
          { name: 'body', weight: 0.5 },
        ],
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        threshold: 0.35,
      },
    );
  }

  private index(d: SearchDocument): Indexed {
    const tf = new Map<string, number>();
    let length = 0;
    const add = (field: Field, text: string): void => {
      for (const t of this.normaliser.terms(text)) {
        tf.set(t, (tf.get(t) ?? 0) + fieldWeights[field]);
        length += 1;
      }
    };
    add('title', d.title);
    d.questions.forEach((q) => add('questions', q));
    d.keywords.forEach((k) => add('keywords', k));
    add('summary', d.summary);
    add('body', d.body);
    return { id: d.id, tf, length, questions: d.questions.map((q) => new Set(this.normaliser.terms(q))) };
  }

  /** Replaces words the toolkit has never seen with the closest word it knows. */
  private correct(text: string): string {
    return this.normaliser
      .canonical(text)
      .split(' ')
      .map((w) => {
        if (w.length < 4 || this.known.has(w) || /\d/.test(w)) return w;
        const best = this.vocabulary.search(w, { limit: 1 })[0];
        return best && (best.score ?? 1) < 0.25 ? best.item : w;
      })
      .join(' ');
  }

  search(text: string, limit = 5): SearchResult {
    const corrected = this.correct(text);
    const terms = [...new Set(this.normaliser.terms(corrected))];
    if (terms.length === 0) return { hits: [], coverage: 0 };
    const weightOf = (t: string): number => this.idf.get(t) ?? 3;
    const totalWeight = terms.reduce((s, t) => s + weightOf(t), 0);

    const fuseScores = new Map<string, number>();
    for (const r of this.fuse.search(corrected, { limit: 10 })) fuseScores.set(r.item.id, 1 - (r.score ?? 1));

    const scored = this.docs.map((d) => {
      let bm25 = 0;
      let matched = 0;
      for (const t of terms) {
        const f = d.tf.get(t);
        if (!f) continue;
        const idf = weightOf(t);
        matched += idf;
        bm25 += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / this.avgLength));
      }
      // How well the closest listed question says the same thing (weighted Jaccard).
      let bestQuestion = 0;
      for (const q of d.questions) {
        let shared = 0;
        let union = 0;
        const all = new Set([...q, ...terms]);
        for (const t of all) {
          const w = weightOf(t);
          union += w;
          if (q.has(t) && terms.includes(t)) shared += w;
        }
        bestQuestion = Math.max(bestQuestion, union ? shared / union : 0);
      }
      const score = bm25 / totalWeight + QUESTION_WEIGHT * bestQuestion + FUSE_WEIGHT * (fuseScores.get(d.id) ?? 0);
      return { id: d.id, score, coverage: matched / totalWeight };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, limit).filter((h) => h.score > 0);
    return { hits: top.map(({ id, score }) => ({ id, score })), coverage: top[0]?.coverage ?? 0 };
  }
}
