/** What a search returns: the entries found, and the signals the gate (src/answers/gate.ts) reads. */
export interface Hit {
  id: string;
  score: number;
  /** Similarity (0–1) of the entry's listed question closest to the message. */
  question: number;
}

export interface SearchResult {
  hits: Hit[];
  /** Share (0–1) of the question's informative words that the best entry explains. */
  coverage: number;
  /** Share (0–1) of the question's informative weight in words the toolkit has never used. */
  unknown: number;
  /** Mean over the informative words of log(1 + how many listed or example questions use it). */
  familiar: number;
  /** How many informative words the question has (neither stop words nor ways of asking). */
  terms: number;
  /** The topic model's chance (0–1) that the first entry is the one wanted. */
  model: number;
  /** The topic model's chance (0–1) that the toolkit does not cover the question. */
  outOfScope: number;
  /** The topic model's chance for the first entry less its chance for the second. */
  modelMargin: number;
  /** The topic model's highest chance for any entry, whichever it is. */
  modelTop: number;
  /** 1 when the topic model's likeliest entry is the first hit. */
  modelAgrees: number;
  /** The topic model's chance for the second hit. */
  secondModel: number;
  /** Whether the topic model was fitted with the first entry (an entry added since was not). */
  modelKnowsFirst: boolean;
}

/** A message with nothing to search for. */
export const NOTHING_FOUND: Readonly<SearchResult> = {
  hits: [],
  coverage: 0,
  unknown: 0,
  familiar: 0,
  terms: 0,
  model: 0,
  outOfScope: 1,
  modelMargin: 0,
  modelTop: 0,
  modelAgrees: 0,
  secondModel: 0,
  modelKnowsFirst: true,
};
