import { z } from 'zod';
import { entryId, Source } from './schema';

/**
 * content/glossary.yaml: the field's abbreviations and terms of art, each said in one line with
 * the entry that covers it. "what does IRO mean" is answered with the line and a button to open
 * that entry. The line must agree with the entry it opens.
 */
const line = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(240, 'one line: at most 240 characters')
  .refine((s) => !/\n/.test(s), 'one line: no line breaks');

export const GlossaryTerm = z.strictObject({
  /** As shown on the card: "IRO", "Tier 4", "CIC, LAC, CLA". */
  term: z.string().trim().min(1),
  /** Every other way of writing it that should find it: "iros", "independent reviewing officer". */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** What it means, in one line, after "<term>: ". */
  meaning: line,
  /** The entry that covers it, opened by the card's button. */
  entry: entryId,
  /** The button's words after "Open: ", written for the button (the whole label is 25 characters at most). */
  label: z.string().trim().min(1).max(19, 'at most 19 characters ("Open: " comes before it)'),
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

export const Glossary = z.strictObject({
  terms: z.array(GlossaryTerm).min(1),
  source: z.array(Source).min(1, 'cite at least one source'),
  reviewed: z.iso.date(),
});
export type Glossary = z.infer<typeof Glossary>;

/** How a term and a question are compared: lower case, words and numbers only ("A&E" is "a and e"). */
export function termKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every way of writing a term, as compared. */
export function keysOf(t: GlossaryTerm): string[] {
  const split = t.term.split(/\s*[,/]\s*/);
  return [...new Set([t.term, ...split, ...t.aliases].map(termKey).filter((k) => k.length > 0))];
}

/** Problems in the glossary that need the entries: an entry that does not exist, a way of writing used by two terms. */
export function glossaryProblems(glossary: Glossary, entryIds: ReadonlySet<string>): { index: number; field: string; message: string }[] {
  const problems: { index: number; field: string; message: string }[] = [];
  const seen = new Map<string, string>();
  glossary.terms.forEach((t, index) => {
    if (!entryIds.has(t.entry)) problems.push({ index, field: 'entry', message: `${t.term}: entry "${t.entry}" is not the id of any entry` });
    for (const key of keysOf(t)) {
      const other = seen.get(key);
      if (other && other !== t.term) problems.push({ index, field: 'aliases', message: `${t.term}: "${key}" is also a way of writing ${other}` });
      else seen.set(key, t.term);
    }
  });
  return problems;
}
