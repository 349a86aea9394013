import { lineAt, type ContentLoad, type Problem } from './load';
import type { Source } from './schema';

/** A title that names a note of the project's own rather than a public source. */
const NOTE_TITLE = /domain[- ]?facts|research|internal|fact ?sheet/i;
/** A path into the project's shared folder (its research notes and seeds as files). */
const SHARED_PATH = /(^|[\s("'/])(\.\.\/)+shared\/|(^|[\s("'])shared\/research\//i;

/**
 * Whether a citation is an internal note: a path into ../shared, or a title mentioning the
 * domain facts, research, an internal note or a fact sheet with no public address to check
 * it against. A practitioner cannot look such a note up; cite what it rests on instead.
 */
export function isInternalNote(s: Source): boolean {
  if (SHARED_PATH.test(s.title) || (s.url !== undefined && SHARED_PATH.test(s.url))) return true;
  return s.url === undefined && NOTE_TITLE.test(s.title);
}

const FIX = "cite the service's own page, the legislation, the NICE guideline or the seed by section (its title, and its url where it has one)";

/** Warnings for entries (and the urgent card) that rest on internal notes. */
export function sourceProblems(load: ContentLoad): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, entryLine: number, sources: readonly Source[]): void => {
    const internal = sources.map((s, i) => ({ s, i })).filter(({ s }) => isInternalNote(s));
    if (internal.length === 0) return;
    if (internal.length === sources.length) {
      problems.push({ file, line: entryLine, message: `its only source is an internal note ("${internal[0]!.s.title}"): ${FIX}`, severity: 'warning' });
      return;
    }
    for (const { s, i } of internal) {
      problems.push({ file, line: lineAt(file, ['source', i]), message: `source "${s.title}" is an internal note: ${FIX}, or leave it out where another source already gives the fact`, severity: 'warning' });
    }
  };
  for (const l of load.entries) check(l.file, l.line, l.entry.source);
  if (load.urgent) check(load.files.urgent ?? 'urgent-safety.yaml', 1, load.urgent.source);
  return problems;
}
