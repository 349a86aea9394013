import { englishWords } from './english';
import { editDistance } from './typos';
import { remember } from './remember';

/**
 * Text-speak typed at 2am, read as the words it stands for: "jst", "n", "wen", "tonite", "u". A whole word only,
 * and only these; a word like "bein" or "happenin" (its "g" dropped) is read with it when that makes an English word.
 */
const TEXT_SPEAK: ReadonlyMap<string, string> = new Map([
  ['n', 'and'],
  ['u', 'you'],
  ['w', 'with'],
  ['r', 'are'],
  ['jst', 'just'],
  ['jus', 'just'],
  ['wen', 'when'],
  ['wat', 'what'],
  ['wats', 'whats'],
  ['wot', 'what'],
  ['tonite', 'tonight'],
  ['tonites', 'tonights'],
  ['nite', 'night'],
  ['2nite', 'tonight'],
  ['2day', 'today'],
  ['tmrw', 'tomorrow'],
  ['tmw', 'tomorrow'],
  ['kno', 'know'],
  ['ovr', 'over'],
  ['thru', 'through'],
  ['cnt', 'cant'],
  ['cudnt', 'couldnt'],
  ['every1', 'everyone'],
  ['sum1', 'someone'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['no1', 'no one'],
  ['b4', 'before'],
  ['ppl', 'people'],
  ['bc', 'because'],
  ['cos', 'because'],
  ['coz', 'because'],
  ['wiv', 'with'],
  ['alredy', 'already'],
  ['tho', 'though'],
  ['bout', 'about'],
  ['rly', 'really'],
  // Spelt as said, at a bleeding child's side: "theres blud evrywere" (the mender cannot choose between "bled" and "blood").
  ['blud', 'blood'],
  // Spelt as said: "shes sed she wants to die but not rite now".
  ['sed', 'said'],
  ['rite', 'right'],
  // A vowel dropped from a short danger word, where the mender would tie "take" and "taken": "shes takn a ovrdose".
  ['takn', 'taken'],
  ['tkn', 'taken'],
  // A silent letter left out, so the first letters differ and the mender cannot see it: "13yo has a nife in class".
  ['nife', 'knife'],
  ['nifes', 'knives'],
  ['nives', 'knives'],
  // Texted to a worker as the whole message: "kms for real this time".
  ['kms', 'kill myself'],
  // The words a platform's filter cannot see: "unalive herself", "sewerslide", "ctb" (catch the bus).
  ['unalive', 'kill'],
  ['unalived', 'killed'],
  ['unaliving', 'killing'],
  ['unalives', 'kills'],
  ['sewerslide', 'suicide'],
  ['ctb', 'suicide'],
]);

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
    return changed ? out.join(' ') : cleaned;
  }

  private nearest(w: string): string {
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
