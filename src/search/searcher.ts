import type { Toolkit } from '../content/toolkit';
import type { Kind } from '../content/schema';
import { tuning } from './ranking-weights';
import { OUT_OF_SCOPE, likeliestEntry, topicChances, topicModel, type TopicModel } from './topic-model';
import { toDocument, type SearchDocument } from './documents';
import { clean, createNormaliser, type Normaliser } from './normalise';
import { Postings, type IndexedEntry } from './postings';
import { TypoCorrector } from './typos';
import { englishWords } from './english';
import { NEUTRAL_WORDS } from './intent';
import { Names } from './names';
import { examples, type Examples } from './examples';
import { NOTHING_FOUND, type SearchResult } from './search-result';
import { askerWords } from './asker-words';

export type { Hit, SearchResult } from './search-result';

type Field = keyof typeof tuning.fields;

interface Indexed extends IndexedEntry {
  id: string;
  kind: Kind;
  tf: Map<string, number>;
  questions: { terms: Set<string>; weight: number }[];
  /** Words in the title, questions or keywords: what the entry is about, not what it mentions. */
  about: Set<string>;
}

export class Searcher {
  private readonly normaliser: Normaliser;
  private readonly docs: Indexed[];
  private readonly idf = new Map<string, number>();
  private readonly postings: Postings;
  private readonly typos: TypoCorrector;
  /** Every word the toolkit uses (filled while indexing): the typo correction's vocabulary. */
  private readonly known = new Set<string>();
  /** Terms of the words that say how one asks, not what about (intent.ts). */
  private readonly neutral: ReadonlySet<string>;
  private readonly names: Names;
  /** How many listed and example questions use each term: how familiar a word is in questions asked. */
  private readonly askedDf = new Map<string, number>();

  /**
   * `model`: the topic model (topic-model.ts); `asked`: example questions per entry (examples.ts).
   * Fitting passes both made without the questions it scores.
   */
  constructor(
    toolkit: Toolkit,
    private readonly model: TopicModel = topicModel,
    asked: Examples = examples,
  ) {
    this.normaliser = createNormaliser(toolkit.synonyms);
    this.neutral = new Set(NEUTRAL_WORDS.flatMap((w) => this.normaliser.terms(w)));
    // The words of every synonym are known too: "depresion" is corrected to "depression",
    // which the synonyms then turn into the content's "low mood".
    for (const g of toolkit.synonyms.groups)
      for (const t of g.terms) for (const w of clean(t).split(' ')) if (w.length > 2) this.known.add(w);
    this.names = new Names(toolkit.entries, this.normaliser);
    this.docs = toolkit.entries.map(toDocument).map((d) => this.index(d, asked[d.id] ?? []));
    const df = new Map<string, number>();
    for (const d of this.docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + (d.about.has(t) ? 1 : tuning.mentionDf));
    const n = this.docs.length;
    for (const [t, f] of df) this.idf.set(t, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    for (const d of this.docs) for (const q of d.questions) for (const t of q.terms) this.askedDf.set(t, (this.askedDf.get(t) ?? 0) + 1);
    // Each question's total word weight, for the Jaccard union (needs the idf, so after it).
    for (const d of this.docs) for (const q of d.questions) q.weight = [...q.terms].reduce((s, t) => s + this.weightOf(t), 0);
    this.postings = new Postings(this.docs, tuning.k1, tuning.b);
    // A word whose stem the toolkit uses ("plays" for "play"), a stop word, or any English word
    // is no typo: "scars" is not "scared", nor "dressed" "depressed".
    this.typos = new TypoCorrector(this.known, (w) => {
      const [term] = this.normaliser.termsOfCanonical(w);
      return term === undefined || this.idf.has(term) || englishWords().has(w);
    });
  }

  private index(d: SearchDocument, examples: readonly string[]): Indexed {
    const tf = new Map<string, number>();
    let length = 0;
    const about = new Set<string>();
    const add = (field: Field, text: string): string[] => {
      const words = this.normaliser.canonical(text).split(' ');
      // Every word the toolkit uses is known to the typo correction.
      for (const w of words) if (w.length > 2) this.known.add(w);
      const terms = this.normaliser.termsOfWords(words);
      for (const t of terms) {
        if (field !== 'summary' && field !== 'body') about.add(t);
        tf.set(t, (tf.get(t) ?? 0) + tuning.fields[field]);
        length += 1;
      }
      return terms;
    };
    add('title', d.title);
    const questions = [
      ...d.questions.map((q) => ({ terms: new Set(add('questions', q)), weight: 0 })),
      ...examples.map((q) => ({ terms: new Set(add('examples', q)), weight: 0 })),
    ];
    d.keywords.forEach((k) => add('keywords', k));
    add('summary', d.summary);
    add('body', d.body);
    return { id: d.id, kind: d.kind, about, tf, length, questions };
  }

  /** A word's weight: its idf, or a high weight for a word no entry uses (it counts against coverage). */
  private weightOf(term: string): number {
    return this.idf.get(term) ?? 3;
  }

  /** The one entry the question calls by its name or alias (names.ts), if any. */
  named(text: string): string | undefined {
    return this.names.named(text);
  }

  search(text: string, limit = 5): SearchResult {
    const whole = this.rank(text, limit);
    const first = whole.hits[0];
    if (whole.terms < tuning.longMessage || !first) return whole;
    // A long message tells its context before or after the worry: a sentence that points to the
    // same entry on its own says how sure to be, undiluted by the context (ranking it apart was
    // measured too, and made the order worse: docs/decisions.md).
    let coverage = whole.coverage;
    for (const part of text.split(/[.!?;\n]+|,(?=[^,]{25,})/)) {
      const r = this.rank(part, 1);
      if (r.terms >= 2 && r.hits[0]?.id === first.id) coverage = Math.max(coverage, r.coverage);
    }
    return { ...whole, coverage };
  }

  /** The message's search terms in order, misspellings corrected and synonyms joined. */
  termsOf(text: string): string[] {
    return this.normaliser.terms(this.corrected(text));
  }

  /** What the topic model reads: the search terms and the asker's words (asker-words.ts). */
  topicTermsOf(text: string): string[] {
    return [...this.termsOf(text), ...askerWords(text)];
  }

  private corrected(text: string): string {
    return this.normaliser
      .canonical(text)
      .split(' ')
      .map((w) => this.typos.correct(w))
      .join(' ');
  }

  private rank(text: string, limit: number): SearchResult {
    const corrected = this.corrected(text);
    const ordered = this.normaliser.terms(corrected);
    const terms = [...new Set(ordered)];
    // Small numbers alone ("2+2") say nothing about a topic: sections and levels are named
    // with words ("s2", "level 2"). A phone number ("0800 1111") is kept: it names a service.
    if (terms.every((t) => /^\d{1,2}$/.test(t))) return { ...NOTHING_FOUND, hits: [] };
    const asksServiceDetail = corrected.split(' ').some((w) => tuning.serviceDetail.has(w));
    const weights = terms.map((t) => this.weightOf(t));
    // A question made only of ways of asking ("who looks after the carers") is about them.
    const allNeutral = terms.every((t) => this.neutral.has(t));
    const covers = terms.map((t) => (this.neutral.has(t) && !allNeutral ? 0 : (this.idf.get(t) ?? tuning.unknownWeight)));
    const totalWeight = weights.reduce((s, w) => s + w, 0);
    const totalCover = covers.reduce((s, w) => s + w, 0);
    const unknownCover = terms.reduce((s, t, i) => s + (this.idf.has(t) ? 0 : covers[i]!), 0);
    const chances = topicChances(this.model, [...ordered, ...askerWords(text)]);
    const learned = (id: string) => this.model.weight * (chances.get(id) ?? 0);
    const scored = this.postings.tally(terms, weights, covers).map((t) => {
      const d = this.docs[t.doc]!;
      const prior = d.kind === 'service' && asksServiceDetail ? tuning.serviceDetailPrior : tuning.kindPrior[d.kind];
      const words = t.bm25 / totalWeight + tuning.questionWeight * (t.bestQuestion + tuning.secondQuestion * t.secondQuestion);
      return {
        id: d.id,
        score: prior * words + learned(d.id),
        question: t.bestQuestion,
        coverage: totalCover > 0 ? t.matched / totalCover : 0,
      };
    });
    scored.sort((a, b) => b.score - a.score);
    const top = scored.slice(0, limit).filter((h) => h.score > 0);
    const hits = top.map(({ id, score, question }) => ({ id, score, question }));
    const informativeTerms = terms.filter((_, i) => covers[i]! > 0);
    const unknown = totalCover > 0 ? unknownCover / totalCover : 0;
    // Everyday questions ("when do I plant sunflower seeds") use words the toolkit may know but
    // practitioners seldom ask with: the mean log count of questions using each informative word.
    const asked = informativeTerms.map((t) => Math.log1p(this.askedDf.get(t) ?? 0));
    const familiar = asked.length > 0 ? asked.reduce((s, x) => s + x, 0) / asked.length : 0;
    const [model, second] = [0, 1].map((i) => (top[i] ? (chances.get(top[i].id) ?? 0) : 0)) as [number, number];
    const outOfScope = chances.get(OUT_OF_SCOPE) ?? 0;
    const [likeliest, modelTop] = likeliestEntry(chances);
    return {
      hits,
      coverage: top[0]?.coverage ?? 0,
      unknown,
      familiar,
      terms: informativeTerms.length,
      model,
      outOfScope,
      modelMargin: model - second,
      modelTop,
      modelAgrees: top[0] !== undefined && likeliest === top[0].id ? 1 : 0,
      secondModel: second,
      modelKnowsFirst: top[0] === undefined || chances.has(top[0].id),
    };
  }
}
