import Fuse from 'fuse.js';
import { remember } from './remember';

/** A typo rarely changes a word's length by more than this. */
const MAX_LENGTH_CHANGE = 2;
/** Fuse score (0 exact, 1 nothing alike) under which a known word replaces a typed one. */
const CLOSE_ENOUGH = 0.25;

/**
 * Replaces words the toolkit has never seen with the closest word it knows (fuse.js,
 * one word at a time). Known words are listed by first letter and by the lengths they
 * could be mistyped as: a typo rarely changes either, and one search over those few
 * words keeps the first sight of an unknown word cheap.
 */
export class TypoCorrector {
  private readonly lists = new Map<string, string[]>();
  /** Built on first use: most lists are never needed, and building them all slowed start-up. */
  private readonly searchers = new Map<string, Fuse<string>>();
  /** Same content, same correction: remembered per word, bounded against floods of made-up words. */
  readonly closest = remember((w) => {
    const best = this.searcher(`${w[0]!}${w.length}`)?.search(w, { limit: 1 })[0];
    if (best && (best.score ?? 1) < CLOSE_ENOUGH) return best.item;
    return this.swapped(w) ?? w;
  }, 50_000);

  /**
   * Fuse's bitap scoring is poor at swapped or doubled-up letters ("tramua", "anxeity",
   * "experiances"): the one known word fewest edits away (at most one, two for long words;
   * a swap of neighbours is one edit) replaces it; a tie corrects nothing.
   */
  private swapped(w: string): string | undefined {
    const limit = w.length >= 8 ? 2 : w.length >= 5 ? 1 : 0;
    if (limit === 0) return undefined;
    const scored = (this.lists.get(`${w[0]!}${w.length}`) ?? [])
      .map((k) => ({ k, d: editDistance(w, k, limit) }))
      .filter((x) => x.d <= limit);
    const min = Math.min(...scored.map((x) => x.d));
    const nearest = scored.filter((x) => x.d === min);
    return nearest.length === 1 ? nearest[0]!.k : undefined;
  }

  constructor(
    private readonly known: ReadonlySet<string>,
    /** True for a word that is known in another form, or carries no topic: left alone. */
    private readonly knownForm: (word: string) => boolean = () => false,
  ) {
    for (const w of known) {
      for (let length = w.length - MAX_LENGTH_CHANGE; length <= w.length + MAX_LENGTH_CHANGE; length += 1) {
        const key = `${w[0]!}${length}`;
        const list = this.lists.get(key);
        if (list) list.push(w);
        else this.lists.set(key, [w]);
      }
    }
  }

  private searcher(key: string): Fuse<string> | undefined {
    let fuse = this.searchers.get(key);
    const list = this.lists.get(key);
    if (!fuse && list) {
      fuse = new Fuse(list, { threshold: 0.3, includeScore: true, ignoreLocation: true, minMatchCharLength: 3 });
      this.searchers.set(key, fuse);
    }
    return fuse;
  }

  /** Short words, numbers, known words and their other forms are left as they are. */
  correct(word: string): string {
    return word.length < 4 || this.known.has(word) || /\d/.test(word) || this.knownForm(word) ? word : this.closest(word);
  }
}

/** Optimal string alignment distance (edits, with a swap of neighbours as one), capped at limit + 1. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
