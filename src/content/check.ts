import type { Entry } from './schema';
import { lineAt, type ContentLoad, type LoadedEntry, type Problem } from './load';
import { allAreas, type Area } from './areas';
import { areaProblems } from './check-areas';
import { sourceProblems } from './check-sources';
import { compileTerms, misusesIn, statements } from './reserved-terms';
import { glossaryProblems } from './glossary';

const REVIEW_MONTHS = 12;
/** The longest button label that fits a phone-width card (README, Cards on a phone). */
export const BUTTON_CHARS = 25;

function referencesOf(entry: Entry): { field: string; id: string }[] {
  const refs = entry.related.map((id) => ({ field: 'related', id }));
  if ('nextStep' in entry && entry.nextStep) refs.push({ field: 'nextStep', id: entry.nextStep });
  return refs;
}

export function normaliseQuestion(q: string): string {
  return q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface CheckOptions {
  /** The areas shown (TOOLKIT_AREAS): each needs a crisis contact and whole pathways. */
  areas?: readonly Area[];
}

/** Entries (and the urgent card) that use a reserved term for another thing (content/reserved-terms.yaml). */
function reservedTermProblems(load: ContentLoad): Problem[] {
  if (!load.reservedTerms) return [];
  const compiled = compileTerms(load.reservedTerms);
  const problems: Problem[] = [];
  const check = (file: string, value: unknown): void => {
    for (const { path, text } of statements(value)) {
      for (const m of misusesIn(text, compiled)) problems.push({ file, line: lineAt(file, path), message: `${path.join('.')}: ${m.message}`, severity: 'error' });
    }
  };
  for (const l of load.entries) check(l.file, l.entry);
  if (load.urgent) check(load.files.urgent ?? 'urgent-safety.yaml', load.urgent);
  // The glossary's own words are its meanings: its aliases are how people ask.
  const glossaryFile = load.files.glossary ?? 'glossary.yaml';
  load.glossary?.terms.forEach((t, i) => {
    for (const m of misusesIn(t.meaning, compiled)) problems.push({ file: glossaryFile, line: lineAt(glossaryFile, ['terms', i, 'meaning']), message: `terms.${i}.meaning: ${m.message}`, severity: 'error' });
  });
  return problems;
}

/**
 * Checks that need every entry at once: ids, references, duplicate questions, review dates,
 * the area model, reserved terms and internal-note sources.
 */
export function crossCheck(load: ContentLoad, today: Date = new Date(), options: CheckOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LoadedEntry>();
  const at = (e: LoadedEntry, message: string, severity: Problem['severity'] = 'error'): Problem => ({
    file: e.file,
    line: e.line,
    message,
    severity,
  });

  for (const e of load.entries) {
    const first = byId.get(e.entry.id);
    if (first) problems.push(at(e, `duplicate id "${e.entry.id}" (also in ${first.file}:${first.line})`));
    else byId.set(e.entry.id, e);
  }

  const questions = new Map<string, LoadedEntry>();
  const cutoff = new Date(today);
  cutoff.setMonth(cutoff.getMonth() - REVIEW_MONTHS);
  for (const e of load.entries) {
    for (const ref of referencesOf(e.entry)) {
      if (!byId.has(ref.id)) problems.push(at(e, `${ref.field}: "${ref.id}" is not the id of any entry`));
    }
    if (e.entry.kind === 'level' || e.entry.kind === 'concern') {
      const next = byId.get(e.entry.nextStep);
      if (next && next.entry.kind !== 'pathway') problems.push(at(e, `nextStep: "${e.entry.nextStep}" is not a pathway`));
    }
    for (const q of e.entry.questions) {
      const key = normaliseQuestion(q);
      const other = questions.get(key);
      if (other && other.entry.id !== e.entry.id) {
        problems.push(at(e, `duplicate question "${q}" (also in ${other.entry.id})`));
      } else questions.set(key, e);
    }
    // Buttons name an entry by its label; a phone cuts anything longer than 25 characters.
    if (!e.entry.label && e.entry.title.length > BUTTON_CHARS) {
      problems.push(at(e, `label: the title is over ${BUTTON_CHARS} characters, so the entry needs a label of ${BUTTON_CHARS} or fewer for its buttons`));
    }
    if (new Date(e.entry.reviewed) < cutoff) {
      problems.push(at(e, `not reviewed since ${e.entry.reviewed} (over ${REVIEW_MONTHS} months ago)`, 'warning'));
    }
  }
  problems.push(...areaProblems(load, options.areas ?? allAreas), ...reservedTermProblems(load), ...sourceProblems(load));
  if (load.glossary) {
    // Every term opens an entry: one that does not exist (or was renamed) fails the check.
    const file = load.files.glossary ?? 'glossary.yaml';
    for (const p of glossaryProblems(load.glossary, new Set(byId.keys()))) {
      problems.push({ file, line: lineAt(file, ['terms', p.index, p.field]), message: `terms.${p.index}.${p.field}: ${p.message}`, severity: 'error' });
    }
  }
  return problems;
}
