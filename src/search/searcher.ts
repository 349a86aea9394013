import Fuse from 'fuse.js';
import type { Toolkit } from '../content/toolkit';
import type { Kind } from '../content/schema';
import { toDocument, type SearchDocument } from './documents';
import { stopwords } from './stopwords';
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

/**
 * Ranking weights, measured on the evaluation set (README, "How answers are chosen").
 * fields: what a practitioner types matches questions and titles best.
 * kindPrior: a worry described in general words is best met by the topic, so a
 * directory service ranks first only when its own words (its name) are used.
 */
export const tuning = {
  fields: { title: 3, questions: 2, keywords: 2.5, summary: 1, body: 0.4 },
  k1: 1.2,
  b: 0.5,
  questionWeight: 2.5,
  fuseWeight: 1.5,
  kindPrior: { level: 1, concern: 1, pathway: 1, mha: 1, practice: 1, role: 1, service: 1, consultation: 1, help: 1 } as Record<Kind, number>,
};
const FUSE_MAX_PATTERN = 32;
const FUSE_BELOW_COVERAGE = 0.7;
type Field = keyof typeof tuning.fields;

interface Indexed {
  id: string;
  kind: Kind;
  tf: Map<string, number>;
  length: number;
  questions: Set<string>[];
  /** Words in the title, questions or keywords: what the entry is about, not what it mentions. */
  about: Set<string>;
}

export class Searcher {
  private readonly normaliser: Normaliser;
  private readonly docs: Indexed[];
  private readonly idf = new Map<string, number>();
  private readonly avgLength: number;
  private readonly vocabulary: Fuse<string>;
  private readonly known = new Set<string>();
  /** Same content, same correction: remembered per word. */
  private readonly corrections = new Map<string, string>();
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
    return { id: d.id, kind: d.kind, about, tf, length, questions: d.questions.map((q) => new Set(this.normaliser.terms(q))) };
  }

  /** Replaces words the toolkit has never seen with the closest word it knows. */
  private correct(text: string): string {
    return this.normaliser
      .canonical(text)
      .split(' ')
      .map((w) => {
        if (w.length < 4 || this.known.has(w) || /\d/.test(w)) return w;
        let fixed = this.corrections.get(w);
        if (fixed === undefined) {
          const best = this.vocabulary.search(w, { limit: 1 })[0];
          fixed = best && (best.score ?? 1) < 0.25 ? best.item : w;
          // Bounded: a flood of made-up words must not grow memory without limit.
          if (this.corrections.size < 50_000) this.corrections.set(w, fixed);
        }
        return fixed;
      })
      .join(' ');
  }

  search(text: string, limit = 5): SearchResult {
    const corrected = this.correct(text);
    const terms = [...new Set(this.normaliser.terms(corrected))];
    if (terms.length === 0) return { hits: [], coverage: 0 };
    const weightOf = (t: string): number => this.idf.get(t) ?? 3;
    const totalWeight = terms.reduce((s, t) => s + weightOf(t), 0);

    const scored = this.docs.map((d) => {
      let bm25 = 0;
      let matched = 0;
      for (const t of terms) {
        const f = d.tf.get(t);
        if (!f) continue;
        const idf = weightOf(t);
        if (d.about.has(t)) matched += idf;
        bm25 += (idf * f * (tuning.k1 + 1)) / (f + tuning.k1 * (1 - tuning.b + (tuning.b * d.length) / this.avgLength));
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
      return { id: d.id, kind: d.kind, score: bm25 / totalWeight + tuning.questionWeight * bestQuestion, coverage: matched / totalWeight };
    });
    const best = scored.reduce((m, d) => (d.score > m.score ? d : m), scored[0]!);
    // Fuse is the fuzzy rescue: it runs when the words alone did not find a confident
    // match (typos, odd spellings) and the pattern fits its 32-character bitap window;
    // longer patterns are searched in slow chunks and have enough words anyway.
    const informative = corrected.split(' ').filter((w) => !stopwords.has(w)).join(' ');
    if (best.coverage < FUSE_BELOW_COVERAGE && informative.length <= FUSE_MAX_PATTERN) {
      const fuzzy = new Map(this.fuse.search(informative, { limit: 10 }).map((r) => [r.item.id, 1 - (r.score ?? 1)]));
      for (const d of scored) d.score += tuning.fuseWeight * (fuzzy.get(d.id) ?? 0);
    }
    for (const d of scored) d.score *= tuning.kindPrior[d.kind];
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, limit).filter((h) => h.score > 0);
    return { hits: top.map(({ id, score }) => ({ id, score })), coverage: top[0]?.coverage ?? 0 };
  }
}
