import { crossCheck } from './check';
import { formatProblem, loadContentFiles, type Problem } from './load';
import { readSnapshot } from './snapshot';
import type { Entry, Kind, Synonyms, UrgentSafety } from './schema';

/** The loaded, validated toolkit: what every other part of the core reads. */
export interface Toolkit {
  entries: readonly Entry[];
  synonyms: Synonyms;
  urgent: UrgentSafety;
  get(id: string): Entry | undefined;
  byKind<K extends Kind>(kind: K): Extract<Entry, { kind: K }>[];
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`content is invalid:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function buildToolkit(entries: Entry[], synonyms: Synonyms, urgent: UrgentSafety): Toolkit {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    synonyms,
    urgent,
    get: (id) => byId.get(id),
    byKind: <K extends Kind>(kind: K) => entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind),
  };
}

/**
 * Loads content from `dir`; throws ContentError (with file:line problems) if any error is found.
 * When the build's snapshot was taken of exactly these files it is used instead of parsing
 * the YAML again (a sixth of the start-up time); the checks that depend on the date still run.
 */
export function loadToolkit(dir: string, today: Date = new Date()): { toolkit: Toolkit; warnings: Problem[] } {
  const load = readSnapshot(dir) ?? loadContentFiles(dir);
  const problems = [...load.problems, ...crossCheck(load, today)];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !load.urgent) throw new ContentError(errors);
  return {
    toolkit: buildToolkit(
      load.entries.map((l) => l.entry),
      load.synonyms,
      load.urgent,
    ),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
