import { z } from 'zod';

/**
 * content/reserved-terms.yaml: one name for one thing. Each term says what it is, what it must
 * not be used for, and the phrases that would use it for that other thing. `content check`
 * fails an entry whose own words (not its keywords or the questions practitioners ask, which
 * may well use the wrong name) contain one of those phrases.
 *
 * A phrase is plain words, matched whole and in any case, within one clause (a comma, colon,
 * semicolon, full stop or bracket ends it):
 * - `*` on its own stands for up to three words, none of them "not", "never", "no" or "nor",
 *   so "the Gateway is not a referral route" is never read as calling it one;
 * - a word ending in `*` stands for any ending: `refer*` is refer, refers, referred, referral…
 * A phrase that follows a negation in its clause ("do not send referrals to the Gateway") is
 * not a misuse either.
 * `unless`: words that, in the same sentence, show the term is used rightly (a CTR for an adult).
 */
const phrase = z
  .string()
  .trim()
  .min(1)
  .refine((p) => !p.startsWith('*') && !p.endsWith(' *'), 'a phrase must begin and end with a word');

export const ReservedTerm = z.strictObject({
  term: z.string().trim().min(1),
  is: z.string().trim().min(1),
  not: z.string().trim().min(1),
  instead: z.string().trim().min(1).optional(),
  misuses: z.array(phrase).min(1),
  unless: z.array(z.string().trim().min(1)).default([]),
});
export type ReservedTerm = z.infer<typeof ReservedTerm>;

export const ReservedTerms = z.strictObject({ terms: z.array(ReservedTerm).min(1) });
export type ReservedTerms = z.infer<typeof ReservedTerms>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NEGATION = '(?:not|never|no|nor|isn\'t|isn’t)';
/** Up to three words in the same clause, none of them a negation. */
const GAP = `(?:[ \\t\\n]+(?!${NEGATION}(?![\\w'’]))[\\w'’-]+){0,3}`;

function word(token: string): string {
  if (token.length > 1 && token.endsWith('*')) return `${escape(token.slice(0, -1))}[\\w'’]*`;
  return /^[a-z]+$/i.test(token) ? `${escape(token)}(?:s|es)?` : escape(token);
}

/** The regular expression for a phrase of the rule table (see above). */
export function compilePhrase(p: string): RegExp {
  let source = '';
  for (const token of p.trim().split(/\s+/)) {
    if (token === '*') source += GAP;
    else source += (source ? '[ \\t\\n-]+' : '') + word(token);
  }
  return new RegExp(`(?<![\\w'’])${source}(?![\\w'’])`, 'gi');
}

/** A negation earlier in the clause: "do not send referrals to the Gateway" says what not to do. */
const NEGATED = new RegExp(`(?<![\\w'’])(?:${NEGATION}|don't|don’t|do not|instead of|rather than)(?![\\w'’])`, 'i');

function negatedBefore(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const clauseStart = Math.max(...['.', ',', ';', ':', '(', ')', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  return NEGATED.test(before.slice(clauseStart));
}

/** The sentence of `text` around position `at`. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('; ', at), text.lastIndexOf('\n', at)) + 1;
  const ends = ['. ', '; ', '\n'].map((s) => text.indexOf(s, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

export interface Misuse {
  term: ReservedTerm;
  found: string;
  message: string;
}

interface Compiled {
  term: ReservedTerm;
  patterns: RegExp[];
  unless: RegExp[];
}

export function compileTerms(table: ReservedTerms): Compiled[] {
  return table.terms.map((term) => ({
    term,
    patterns: term.misuses.map(compilePhrase),
    unless: term.unless.map(compilePhrase),
  }));
}

/** Every misuse of a reserved term in `text`. */
export function misusesIn(text: string, compiled: readonly Compiled[]): Misuse[] {
  const found: Misuse[] = [];
  for (const c of compiled) {
    for (const pattern of c.patterns) {
      for (const m of text.matchAll(pattern)) {
        if (negatedBefore(text, m.index)) continue;
        const sentence = sentenceAt(text, m.index);
        if (c.unless.some((u) => new RegExp(u.source, 'i').test(sentence))) continue;
        const t = c.term;
        found.push({
          term: t,
          found: m[0],
          message: `"${m[0].replace(/\s+/g, ' ')}": ${t.term} is not ${t.not}${t.instead ? `; ${t.instead}` : ''} (reserved-terms.yaml)`,
        });
      }
    }
  }
  return found;
}

/** Fields that hold the words practitioners use or citations, not the content's own statements. */
const NOT_STATEMENTS = new Set(['id', 'kind', 'keywords', 'questions', 'related', 'nextStep', 'source', 'reviewed', 'areas']);

/** Every string an entry states, with its path in the file (["steps", 2, "what"]). */
export function statements(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => statements(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (path.length === 0 && NOT_STATEMENTS.has(k) ? [] : statements(v, [...path, k])));
  }
  return [];
}
