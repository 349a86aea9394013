import { crossCheck } from './check';
import { formatProblem, loadContentFiles, type Problem } from './load';
import { allAreas, shownIn, type Area } from './areas';
import type { Contact, Entry, Kind, Synonyms, UrgentSafety } from './schema';
import type { GlossaryTerm } from './glossary';

/** The loaded, validated toolkit: what every other part of the core reads. */
export interface Toolkit {
  entries: readonly Entry[];
  synonyms: Synonyms;
  urgent: UrgentSafety;
  /** The areas whose local facts are shown (TOOLKIT_AREAS): cards label facts that differ between them. */
  areas: readonly Area[];
  /** content/glossary.yaml: the field's terms in one line each, with the entry that covers them. */
  glossary: readonly GlossaryTerm[];
  get(id: string): Entry | undefined;
  byKind<K extends Kind>(kind: K): Extract<Entry, { kind: K }>[];
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`content is invalid:\n${problems.map(formatProblem).join('\n')}`);
  }
}

export function buildToolkit(
  entries: Entry[],
  synonyms: Synonyms,
  urgent: UrgentSafety,
  areas: readonly Area[] = allAreas,
  glossary: readonly GlossaryTerm[] = [],
): Toolkit {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    synonyms,
    urgent,
    areas,
    glossary,
    get: (id) => byId.get(id),
    byKind: <K extends Kind>(kind: K) => entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind),
  };
}

const contactsIn = (contacts: readonly Contact[], areas: readonly Area[]): Contact[] => contacts.filter((c) => shownIn(c.areas, areas));

/**
 * The content as the chosen areas see it: an entry for other areas only is left out (never
 * shown, never searched), and a contact or pathway step for other areas only is dropped from
 * its entry. National content, which names no area, is always kept.
 */
export function forAreas(entries: readonly Entry[], urgent: UrgentSafety, areas: readonly Area[]): { entries: Entry[]; urgent: UrgentSafety } {
  const kept = entries
    .filter((e) => shownIn(e.areas, areas))
    .map((e): Entry => {
      if (e.kind === 'pathway') return { ...e, steps: e.steps.filter((s) => shownIn(s.areas, areas)), contacts: contactsIn(e.contacts, areas) };
      if (e.kind === 'service' || e.kind === 'role') return { ...e, contacts: contactsIn(e.contacts, areas) };
      return e;
    });
  return { entries: kept, urgent: { ...urgent, contacts: contactsIn(urgent.contacts, areas) } };
}

export interface LoadOptions {
  /** The areas whose local facts are shown (TOOLKIT_AREAS, parsed once in config.ts); default every area. */
  areas?: readonly Area[];
  /** The date the review-date checks count back from. */
  today?: Date;
}

/**
 * Loads content from `dir`; throws ContentError (with file:line problems) if any error is found.
 */
export function loadToolkit(dir: string, options: LoadOptions = {}): { toolkit: Toolkit; warnings: Problem[] } {
  const areas = options.areas ?? allAreas;
  const load = loadContentFiles(dir);
  const problems = [...load.problems, ...crossCheck(load, options.today ?? new Date(), { areas })];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !load.urgent) throw new ContentError(errors);
  const shown = forAreas(
    load.entries.map((l) => l.entry),
    load.urgent,
    areas,
  );
  return {
    toolkit: buildToolkit(shown.entries, load.synonyms, shown.urgent, areas, load.glossary?.terms ?? []),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
