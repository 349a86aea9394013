import { stopwords } from '../search/stopwords';
import { NEARBY_MIN_LENGTH, WORD, deletions, wordKey, type Vocabulary } from './vocabulary';

/**
 * Makes free text safe to keep for the content owners (unanswered questions, feedback
 * comments) by an allow-list: a word stays only if the toolkit uses it (or is one letter from
 * one of its longer words, a misspelling) or it is common English; every other word (a name, a
 * street, a school) becomes a placeholder, whatever its case. Emails, links, phone numbers,
 * dates and anything with a digit (ages, house numbers, postcodes, case numbers) go first, by
 * pattern. See usage/vocabulary.ts for the lists.
 */
const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const rules: [RegExp, string][] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]'],
  [/\bhttps?:\/\/\S+|\bwww\.\S+/gi, '[link]'],
  [/(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,10}\b/g, '[phone]'],
  [/\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/g, '[date]'],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})\\b(?:\\s+\\d{4})?`, 'gi'), '[date]'],
  [new RegExp(`\\b(?:${months})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'), '[date]'],
  [/[\p{L}\p{M}]*\d[\p{L}\p{M}\d/-]*/gu, '[number]'],
  // Initials written with stops: J.S., J. S.
  [/\b(?:\p{Lu}\.\s?){1,3}(?!\p{Ll})/gu, '[initials] '],
];

/** The words before one of these name a street: "acacia avenue", "park road". */
const STREETS = new Set(['road', 'rd', 'street', 'avenue', 'ave', 'lane', 'crescent', 'grove', 'terrace', 'mews', 'boulevard']);
/** Street words that are ordinary words too ("keep close"): the words before go only if the toolkit never uses them. */
const MAYBE_STREETS = new Set(['close', 'drive', 'gardens', 'court', 'walk', 'way', 'view', 'rise']);

const MASKED = /^\[(?:email|link|phone|date|number|initials)\]$/;
const TOKEN = new RegExp(`\\[(?:email|link|phone|date|number|initials)\\]|${WORD.source}`, 'gu');

interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  /** First word of the text or of a sentence: a capital there says nothing. */
  sentenceStart: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out.push({
      text: m[0],
      key: wordKey(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      sentenceStart: out.length === 0 || /[.!?]/.test(text.slice(last, m.index)),
    });
    last = m.index + m[0].length;
  }
  return out;
}

/** Inside one of the content's own longer names ("Dewi Jones Unit", "Ancora House"), in any case. */
function inContentName(t: Token, prev: Token | undefined, next: Token | undefined, v: Vocabulary): boolean {
  const beside = (a: Token, b: Token | undefined) => b !== undefined && (v.pairs.get(a.key)?.has(b.key) ?? false);
  return beside(t, prev) || beside(t, next) || (prev !== undefined && beside(prev, t)) || (next !== undefined && beside(next, t));
}

/** One letter from one of the toolkit's longer words, and no name: a misspelling ("secton", "saftey"). */
function misspelt(key: string, v: Vocabulary): boolean {
  if (key.length < NEARBY_MIN_LENGTH - 1 || v.people.has(key)) return false;
  return [key, ...deletions(key)].some((d) => v.nearby.has(d));
}

/** The placeholder for a word outside the vocabulary, or undefined to keep it. */
function verdict(t: Token, prev: Token | undefined, next: Token | undefined, v: Vocabulary): string | undefined {
  if (MASKED.test(t.text)) return undefined;
  // "Jayden's" is looked up as "jayden" too; "didn't" as "didnt".
  const keys = /['’`]s$/i.test(t.text) ? [t.key, t.key.slice(0, -1)] : [t.key];
  const some = (set: ReadonlySet<string>) => keys.some((k) => set.has(k));
  const capital = /^\p{Lu}/u.test(t.text);
  const letters = t.text.replace(/['’`]/g, '');
  const acronym = /^\p{Lu}{2,3}$/u.test(letters);
  if (inContentName(t, prev, next, v) || STREETS.has(t.key) || MAYBE_STREETS.has(t.key)) return undefined;
  if (v.nameOnly.has(t.key)) return acronym ? '[initials]' : capital ? '[name]' : '[word]';
  const word = () => some(v.toolkit) || some(v.common) || misspelt(t.key, v);
  if (!capital) return word() ? undefined : '[word]';
  if (letters.length === 1) return t.text === 'I' || (t.text === 'A' && t.sentenceStart) ? undefined : '[initials]';
  // Two or three capitals: an acronym the toolkit uses (GP, IRO, LAC) or someone's initials.
  if (acronym) return some(v.names) || (some(v.toolkit) && !some(v.common)) ? undefined : '[initials]';
  if (some(v.names)) return undefined;
  // In the middle of a sentence a capital marks a name unless the content writes the word so.
  const shouted = /^\p{Lu}+$/u.test(letters);
  if (!t.sentenceStart && !shouted) return '[name]';
  return word() ? undefined : '[name]';
}

export function redact(text: string, vocab: Vocabulary, maxLength = 500): string {
  let out = text.normalize('NFC').replace(/[\u0000-\u001f\u007f]+/g, ' ');
  for (const [re, placeholder] of rules) out = out.replace(re, placeholder);
  const ts = tokens(out);
  const verdicts = ts.map((t, i) => verdict(t, ts[i - 1], ts[i + 1], vocab));
  const replaced = [...verdicts];
  const placeholderOf = (t: Token) => (/^\p{Lu}/u.test(t.text) ? '[name]' : '[word]');
  // A common word that is also a name ("smith", "hope", "ward") goes beside a word already
  // replaced as unknown: "jayden smith", "smith jayden". ("paeds ward" loses "ward" too: the
  // cheaper mistake.)
  const besideName = (i: number) => verdicts[i] !== undefined && !MASKED.test(verdicts[i]!);
  // Two such words together that the toolkit never uses are a name too: "jack wood", "grace brown".
  const nameLike = (i: number) => verdicts[i] === undefined && vocab.peopleCommon.has(ts[i]?.key ?? '') && !vocab.toolkit.has(ts[i]!.key);
  ts.forEach((t, i) => {
    if (verdicts[i] !== undefined || !vocab.peopleCommon.has(t.key)) return;
    if (besideName(i - 1) || besideName(i + 1) || (nameLike(i) && (nameLike(i - 1) || nameLike(i + 1)))) replaced[i] = placeholderOf(t);
  });
  // "acacia avenue", "cherry tree close": up to two words before a street's kind go, the kind stays.
  ts.forEach((t, i) => {
    const sure = STREETS.has(t.key);
    if (!sure && !MAYBE_STREETS.has(t.key)) return;
    for (const j of [i - 1, i - 2]) {
      const before = ts[j];
      if (!before || MASKED.test(before.text) || stopwords.has(before.key) || ((!sure || j < i - 1) && vocab.toolkit.has(before.key)))
        break;
      replaced[j] ??= placeholderOf(before);
    }
  });
  let result = '';
  let last = 0;
  ts.forEach((t, i) => {
    result += out.slice(last, t.start) + (replaced[i] ?? t.text);
    last = t.end;
  });
  return (result + out.slice(last)).replace(/\s+/g, ' ').trim().slice(0, maxLength);
}
