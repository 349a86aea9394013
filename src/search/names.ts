import type { Entry } from '../content/schema';
import type { Normaliser } from './normalise';

/**
 * What each entry is called: its title (and the parts of a title before a colon or bracket)
 * and any keyword no other entry has ("Kooth", "Ancora House", "referral not accepted").
 * A question that names one entry this way has said what it wants, even when a sibling
 * entry scores close.
 */
export class Names {
  private readonly byName = new Map<string, string>();
  /** Names by their first word, so a question is read once, word by word. */
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(
    entries: readonly Entry[],
    private readonly normaliser: Normaliser,
  ) {
    // A title names its entry even when other entries list the same words as a keyword
    // ("IRO" is the IRO entry, though the escalation pathway mentions IROs).
    const titles = new Map<string, Set<string>>();
    const keywords = new Map<string, Set<string>>();
    const add = (owners: Map<string, Set<string>>, name: string, id: string) => {
      const n = normaliser.canonical(name);
      // One word names an entry only when it is distinctive ("kooth"), never an everyday word.
      if (n.length < 3 || (!n.includes(' ') && normaliser.terms(n).length === 0)) return;
      const set = owners.get(n) ?? new Set<string>();
      set.add(id);
      owners.set(n, set);
    };
    for (const e of entries) {
      add(titles, e.title, e.id);
      for (const part of e.title.split(/[:(),]/)) add(titles, part, e.id);
      // A keyword is a name when it is a phrase or a proper name or acronym ("Kooth", "SDQ").
      for (const k of e.keywords) if (/\s|[A-Z]/.test(k.trim())) add(keywords, k, e.id);
    }
    for (const [name, ids] of keywords) if (ids.size === 1 && !titles.has(name)) this.byName.set(name, [...ids][0]!);
    for (const [name, ids] of titles) if (ids.size === 1) this.byName.set(name, [...ids][0]!);
    for (const name of this.byName.keys()) {
      const words = name.split(' ');
      const list = this.byFirstWord.get(words[0]!) ?? [];
      list.push(words);
      this.byFirstWord.set(words[0]!, list);
    }
  }

  /** The entry the question names, when it names exactly one (the longest name wins). */
  named(text: string): string | undefined {
    const words = this.normaliser.canonical(text).split(' ');
    const found: { id: string; length: number }[] = [];
    words.forEach((w, i) => {
      for (const name of this.byFirstWord.get(w) ?? []) {
        if (name.every((n, j) => words[i + j] === n)) found.push({ id: this.byName.get(name.join(' '))!, length: name.join(' ').length });
      }
    });
    const longest = Math.max(0, ...found.map((f) => f.length));
    // Two entries named with names as long as each other: the question compares them, so no shortcut.
    const best = new Set(found.filter((f) => f.length === longest).map((f) => f.id));
    return best.size === 1 ? [...best][0] : undefined;
  }
}
