/** What the index needs of an entry: weighted word counts, what it is about, its listed questions. */
export interface IndexedEntry {
  tf: ReadonlyMap<string, number>;
  length: number;
  about: ReadonlySet<string>;
  questions: readonly { terms: ReadonlySet<string>; weight: number }[];
}

export interface Tally {
  doc: number;
  /** Sum over the question's words of the BM25 term score. */
  bm25: number;
  /** Coverage weight of the question's words the entry is about. */
  matched: number;
  /** Weighted Jaccard similarity of the closest listed question. */
  bestQuestion: number;
  /** The same for the next closest: several close questions are stronger evidence than one. */
  secondQuestion: number;
}

/**
 * Word -> entries and word -> listed questions, so a question only touches the entries
 * that share a word with it. Running sums live in arrays reused between questions:
 * searching allocates almost nothing, which keeps garbage collection off the tail.
 */
export class Postings {
  private readonly docs = new Map<string, { doc: number; f: number; about: boolean }[]>();
  private readonly questionsOf = new Map<string, number[]>();
  private readonly questionDoc: number[] = [];
  private readonly questionWeight: number[] = [];
  private readonly bm25: Float64Array;
  private readonly matched: Float64Array;
  private readonly best: Float64Array;
  private readonly second: Float64Array;
  private readonly shared: Float64Array;
  private readonly avgLength: number;

  constructor(
    private readonly entries: readonly IndexedEntry[],
    private readonly k1: number,
    private readonly b: number,
  ) {
    entries.forEach((e, doc) => {
      for (const [t, f] of e.tf) push(this.docs, t, { doc, f, about: e.about.has(t) });
      for (const q of e.questions) {
        const n = this.questionDoc.push(doc) - 1;
        this.questionWeight.push(q.weight);
        for (const t of q.terms) push(this.questionsOf, t, n);
      }
    });
    this.avgLength = entries.reduce((s, e) => s + e.length, 0) / Math.max(1, entries.length);
    this.bm25 = new Float64Array(entries.length);
    this.matched = new Float64Array(entries.length);
    this.best = new Float64Array(entries.length);
    this.second = new Float64Array(entries.length);
    this.shared = new Float64Array(this.questionDoc.length);
  }

  /** Tallies for every entry sharing a word with the question, in entry order. Not re-entrant. */
  /** `covers`: each word's weight towards coverage (0 for words that only say how one asks). */
  tally(terms: readonly string[], weights: readonly number[], covers: readonly number[] = weights): Tally[] {
    const totalWeight = weights.reduce((s, w) => s + w, 0);
    const touchedDocs: number[] = [];
    const touchedQuestions: number[] = [];
    for (let i = 0; i < terms.length; i += 1) {
      const idf = weights[i]!;
      for (const p of this.docs.get(terms[i]!) ?? []) {
        if (this.bm25[p.doc] === 0) touchedDocs.push(p.doc);
        const norm = this.k1 * (1 - this.b + (this.b * this.entries[p.doc]!.length) / this.avgLength);
        this.bm25[p.doc] += (idf * p.f * (this.k1 + 1)) / (p.f + norm);
        if (p.about) this.matched[p.doc] += covers[i]!;
      }
      for (const q of this.questionsOf.get(terms[i]!) ?? []) {
        if (this.shared[q] === 0) touchedQuestions.push(q);
        this.shared[q] += idf;
      }
    }
    // Weighted Jaccard: union = question + query - shared, so no set is built per question.
    for (const q of touchedQuestions) {
      const s = this.shared[q]!;
      const union = this.questionWeight[q]! + totalWeight - s;
      const doc = this.questionDoc[q]!;
      const sim = union > 0 ? s / union : 0;
      if (sim > this.best[doc]!) {
        this.second[doc] = this.best[doc]!;
        this.best[doc] = sim;
      } else if (sim > this.second[doc]!) this.second[doc] = sim;
      this.shared[q] = 0;
    }
    touchedDocs.sort((a, b) => a - b);
    const tallies = touchedDocs.map((doc) => ({
      doc,
      bm25: this.bm25[doc]!,
      matched: this.matched[doc]!,
      bestQuestion: this.best[doc]!,
      secondQuestion: this.second[doc]!,
    }));
    for (const doc of touchedDocs) this.bm25[doc] = this.matched[doc] = this.best[doc] = this.second[doc] = 0;
    return tallies;
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
