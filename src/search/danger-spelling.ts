import { englishWords } from './english';
import { editDistance } from './typos';
import { remember } from './remember';
import { JOINED, PHRASES, PLACES, RUN_TOGETHER_ANCHORS, SHORT_WORDS, SUBJECTS, TEXT_SPEAK } from './danger-spelling-table';

/** "bein" is "being", "pickin" is "picking": the "g" dropped from a word ending "ing" (not "pin", "jerkin"). */
function gDropped(w: string): string | undefined {
  if (w.length < 4 || !w.endsWith('in') || englishWords().has(w)) return undefined;
  return englishWords().has(`${w}g`) ? `${w}g` : undefined;
}

/**
 * Danger words mistyped ("ligture", "paracetmol", "stragling", "nekced") put right before the
 * urgent rules read a message. The rules are written word for word; a slip of the keyboard at
 * 2am must not hide an emergency from them.
 *
 * The words are the rules' own: every word of four or more letters written in their patterns.
 * A typed word of four or more letters is put right only when it is neither English nor one of
 * them, and one of them is nearest (one edit, two for words of eight letters or more; a swap of
 * neighbours is one edit) with the same first letter. An English word is never changed: "bleak"
 * is not "bleach".
 */
export class DangerSpelling {
  private readonly byKey = new Map<string, string[]>();
  private readonly words: ReadonlySet<string>;
  /** The same words recur from message to message. */
  private readonly remembered = remember((w) => this.nearest(w), 20_000);

  constructor(patterns: readonly RegExp[]) {
    const words = new Set<string>();
    // Escapes out first: the "b" of "\bligature" is no letter of the word.
    for (const p of patterns) for (const w of p.source.replace(/\\[a-zA-Z]/g, ' ').match(/[a-z]{4,}/g) ?? []) words.add(w);
    this.words = words;
    for (const w of words) {
      for (let length = w.length - 2; length <= w.length + 2; length += 1) {
        const key = `${w[0]!}${length}`;
        const list = this.byKey.get(key);
        if (list) list.push(w);
        else this.byKey.set(key, [w]);
      }
    }
  }

  /** The cleaned message with mistyped danger words put right; unchanged when none is. */
  fix(cleaned: string): string {
    let changed = false;
    const out = cleaned.split(' ').map((w) => {
      const fixed = this.remembered(w);
      if (fixed !== w) changed = true;
      return fixed;
    });
    // A danger word typed in two ("over dosed") is read as one.
    for (let i = out.length - 2; i >= 0; i -= 1) {
      const joined = out[i]! + out[i + 1]!;
      if (JOINED.has(joined)) {
        out.splice(i, 2, joined);
        changed = true;
      }
    }
    let text = changed ? out.join(' ') : cleaned;
    for (const [phrase, meant] of PHRASES) text = text.replace(phrase, meant);
    return text;
  }

  /** A word put right: a letter held down ("helpppp"), text-speak, a slip of one or two letters, or words run together. */
  private nearest(w: string): string {
    // A count written as a clinician notes it: "took approx 30x paracetamol".
    if (/^\d+x$/.test(w)) return w.slice(0, -1);
    if (PLACES.has(w)) return w;
    if (/([a-z])\1\1/.test(w)) {
      const two = w.replace(/([a-z])\1{2,}/g, '$1$1');
      if (this.words.has(two) || englishWords().has(two)) return two;
      return this.nearest(w.replace(/([a-z])\1{2,}/g, '$1'));
    }
    const mended = this.mended(w);
    return mended !== w ? mended : (this.parted(w) ?? w);
  }

  /**
   * Run together, parted into two to four known words, one an anchor: "shesstranglin" is "shes strangling". A message typed so
   * mostly opens with its subject, so a leading "hes", "shes", "im" is taken first when the rest parts ("hesgotagun" is "hes got
   * a gun", not "he shotgun").
   */
  private parted(w: string): string | undefined {
    if (w.length < 7 || w.length > 24 || !/^[a-z]+$/.test(w) || englishWords().has(w) || this.words.has(w)) return undefined;
    for (const subject of SUBJECTS) {
      const rest = w.startsWith(subject) ? this.split(w.slice(subject.length), 3) : undefined;
      if (rest) return [subject, ...rest].join(' ');
    }
    // Otherwise only into whole words of three letters or more (or "a"), one of them a danger word: "cutherself" (not "devistated"
    // into "devil ta ted", nor "cancelld" into "can cells").
    const parts = this.split(w, 3, false);
    const whole = (p: string) => p === 'a' || (p.length >= 3 && (englishWords().has(p) || this.words.has(p)));
    return parts && parts.length > 1 && parts.every(whole) && parts.some((p) => RUN_TOGETHER_ANCHORS.has(p) || this.words.has(p))
      ? parts.join(' ')
      : undefined;
  }

  /** The cheapest reading of w as up to `most` known words: fewest parts, then fewest put right, then most anchors. */
  private split(w: string, most: number, mend = true): string[] | undefined {
    const isAnchor = (p: string) => RUN_TOGETHER_ANCHORS.has(p) || this.words.has(p);
    /** The part as read, and what it costs: nothing for a known word, one for a word put right. */
    const read = (p: string): [string, number] | undefined => {
      if (p.length === 1) return p === 'a' || p === 'i' ? [p, 0] : undefined;
      // Text-speak run into a danger word: "wivblood" is "with blood".
      if (p.length >= 3 && TEXT_SPEAK.has(p)) return [TEXT_SPEAK.get(p)!, 0];
      // A rare short word ("ta", "ow") is likelier the edge of another: "gotagun" is "got a gun".
      if (p.length === 2 && englishWords().has(p)) return [p, SHORT_WORDS.has(p) ? 0 : 1];
      if (englishWords().has(p) || this.words.has(p)) return [p, 0];
      const mended = mend && p.length >= 5 ? this.mended(p) : p;
      return mended !== p ? [mended, 1] : undefined;
    };
    const best: ({ parts: string[]; cost: number } | undefined)[] = [{ parts: [], cost: 0 }];
    for (let end = 1; end <= w.length; end += 1) {
      for (let start = 0; start < end; start += 1) {
        const before = best[start];
        const part = before && before.parts.length < most ? read(w.slice(start, end)) : undefined;
        if (!before || !part) continue;
        const cost = before.cost + 4 + 2 * part[1] - (isAnchor(part[0]) ? 1 : 0);
        if (!best[end] || best[end]!.cost > cost) best[end] = { parts: [...before.parts, part[0]], cost };
      }
    }
    return best[w.length]?.parts;
  }

  private mended(w: string): string {
    const spoken = TEXT_SPEAK.get(w) ?? gDropped(w);
    if (spoken !== undefined) return spoken;
    if (w.length < 4 || !/^[a-z]+$/.test(w) || this.words.has(w) || englishWords().has(w)) return w;
    const limit = w.length >= 8 ? 2 : 1;
    const scored = (this.byKey.get(`${w[0]!}${w.length}`) ?? []).map((k) => ({ k, d: editDistance(w, k, limit) }));
    const min = Math.min(limit + 1, ...scored.map((x) => x.d));
    const nearest = scored.filter((x) => x.d === min).map((x) => x.k);
    if (min > limit || nearest.length === 0) return w;
    if (nearest.length === 1) return nearest[0]!;
    // A tie with the rules' own misspellings of one word ("paracetamol", "paracetemol") is no
    // doubt: the English word is meant. A tie between two English words ("stabbed", "stubbed") is.
    const english = nearest.filter((k) => englishWords().has(k));
    if (english.length === 1) return english[0]!;
    // Forms of one word ("swallowd": "swallow", "swallowed"): a letter left out is the likelier
    // slip, so the longest; the rules read the forms of a word alike.
    const longest = [...english].sort((a, b) => b.length - a.length)[0];
    if (longest && english.every((k) => longest.startsWith(k))) return longest;
    const [first, ...rest] = nearest.sort();
    return english.length === 0 && rest.every((k) => editDistance(first!, k, 1) <= 1) ? first! : w;
  }
}
