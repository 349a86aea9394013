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
    return best && (best.score ?? 1) < CLOSE_ENOUGH ? best.item : w;
  }, 50_000);

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
