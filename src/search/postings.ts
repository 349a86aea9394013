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

/** One word's entries, as parallel typed arrays: a common word lists thousands of questions. */
interface DocList {
  doc: Int32Array;
  f: Float64Array;
  about: Uint8Array;
}

/**
 * Word -> entries and word -> listed questions, so a question only touches the entries
 * that share a word with it. Lists are typed arrays and running sums live in arrays reused
 * between questions: searching allocates almost nothing, which keeps garbage collection off
 * the tail when a common word touches most of the example questions.
 */
export class Postings {
  private readonly docs = new Map<string, DocList>();
  private readonly questionsOf = new Map<string, Int32Array>();
  private readonly questionDoc: Int32Array;
  private readonly questionWeight: Float64Array;
  /** BM25's length normalisation per entry, which does not depend on the question. */
  private readonly norm: Float64Array;
  private readonly bm25: Float64Array;
  private readonly matched: Float64Array;
  private readonly best: Float64Array;
  private readonly second: Float64Array;
  private readonly shared: Float64Array;
  private readonly touchedDocs: Int32Array;
  private readonly touchedQuestions: Int32Array;

  constructor(
    entries: readonly IndexedEntry[],
    private readonly k1: number,
    b: number,
  ) {
    const docs = new Map<string, { doc: number; f: number; about: boolean }[]>();
    const questionsOf = new Map<string, number[]>();
    const questionDoc: number[] = [];
    const questionWeight: number[] = [];
    entries.forEach((e, doc) => {
      for (const [t, f] of e.tf) push(docs, t, { doc, f, about: e.about.has(t) });
      for (const q of e.questions) {
        const n = questionDoc.push(doc) - 1;
        questionWeight.push(q.weight);
        for (const t of q.terms) push(questionsOf, t, n);
      }
    });
    for (const [t, list] of docs)
      this.docs.set(t, {
        doc: Int32Array.from(list, (p) => p.doc),
        f: Float64Array.from(list, (p) => p.f),
        about: Uint8Array.from(list, (p) => (p.about ? 1 : 0)),
      });
    for (const [t, list] of questionsOf) this.questionsOf.set(t, Int32Array.from(list));
    this.questionDoc = Int32Array.from(questionDoc);
    this.questionWeight = Float64Array.from(questionWeight);
    const avgLength = entries.reduce((s, e) => s + e.length, 0) / Math.max(1, entries.length);
    this.norm = Float64Array.from(entries, (e) => k1 * (1 - b + (b * e.length) / avgLength));
    this.bm25 = new Float64Array(entries.length);
    this.matched = new Float64Array(entries.length);
    this.best = new Float64Array(entries.length);
    this.second = new Float64Array(entries.length);
    this.touchedDocs = new Int32Array(entries.length);
    this.shared = new Float64Array(questionDoc.length);
    this.touchedQuestions = new Int32Array(questionDoc.length);
  }

  /** Tallies for every entry sharing a word with the question, in entry order. Not re-entrant. */
  /** `covers`: each word's weight towards coverage (0 for words that only say how one asks). */
  tally(terms: readonly string[], weights: readonly number[], covers: readonly number[] = weights): Tally[] {
    const totalWeight = weights.reduce((s, w) => s + w, 0);
    const k1 = this.k1;
    let docCount = 0;
    let questionCount = 0;
    for (let i = 0; i < terms.length; i += 1) {
      const idf = weights[i]!;
      const list = this.docs.get(terms[i]!);
      if (list)
        for (let j = 0; j < list.doc.length; j += 1) {
          const doc = list.doc[j]!;
          const f = list.f[j]!;
          if (this.bm25[doc] === 0) this.touchedDocs[docCount++] = doc;
          this.bm25[doc] += (idf * f * (k1 + 1)) / (f + this.norm[doc]!);
          if (list.about[j] === 1) this.matched[doc] += covers[i]!;
        }
      const questions = this.questionsOf.get(terms[i]!);
      if (questions)
        for (let j = 0; j < questions.length; j += 1) {
          const q = questions[j]!;
          if (this.shared[q] === 0) this.touchedQuestions[questionCount++] = q;
          this.shared[q] += idf;
        }
    }
    // Weighted Jaccard: union = question + query - shared, so no set is built per question.
    for (let j = 0; j < questionCount; j += 1) {
      const q = this.touchedQuestions[j]!;
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
    const touched = this.touchedDocs.subarray(0, docCount).sort();
    const tallies: Tally[] = [];
    for (const doc of touched) {
      tallies.push({
        doc,
        bm25: this.bm25[doc]!,
        matched: this.matched[doc]!,
        bestQuestion: this.best[doc]!,
        secondQuestion: this.second[doc]!,
      });
    }
    for (const doc of touched) this.bm25[doc] = this.matched[doc] = this.best[doc] = this.second[doc] = 0;
    return tallies;
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
