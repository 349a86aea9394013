import { allAreas, areaTitles, joinTitles, shownIn, type Area } from './areas';
import { lineAt, type ContentLoad, type LoadedEntry, type Problem } from './load';
import type { Contact, Entry } from './schema';

const within = (inner: readonly Area[], outer: readonly Area[] | undefined): boolean => !outer || inner.every((a) => outer.includes(a));

const NO_AREA =
  'is a local fact with no area: add areas: [liverpool, sefton] (the ones it is for), national: true for a national line, or localise: true with what is unknown';

/** A contact inherits its entry's areas, or, in a national service's entry, its being national. */
function contactProblems(
  contacts: readonly Contact[],
  entryAreas: readonly Area[] | undefined,
  entryNational: boolean,
  problem: (i: number, message: string) => Problem,
): Problem[] {
  const problems: Problem[] = [];
  contacts.forEach((c, i) => {
    if (c.national && c.areas) problems.push(problem(i, `contact "${c.label}" is marked national and for ${joinTitles(c.areas)}: a national line belongs to no area; keep one`));
    else if (entryNational && c.areas) problems.push(problem(i, `contact "${c.label}" is for ${joinTitles(c.areas)} in a national service's entry: give the local contact its own entry`));
    else if (!c.national && !entryNational && !c.areas && !entryAreas && !c.localise) problems.push(problem(i, `contact "${c.label}" ${NO_AREA}`));
    else if (c.areas && !within(c.areas, entryAreas)) {
      problems.push(problem(i, `contact "${c.label}" is for ${joinTitles(c.areas)} but its entry is for ${joinTitles(entryAreas ?? [])} only`));
    }
  });
  return problems;
}

/**
 * The area model: every local fact says which area it belongs to, national content says
 * none, and each area shown (`areas`, from TOOLKIT_AREAS) has a crisis contact on the
 * urgent card and whole pathways.
 */
export function areaProblems(load: ContentLoad, areas: readonly Area[] = allAreas): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(load.entries.map((l) => [l.entry.id, l]));
  const at = (l: LoadedEntry, path: (string | number)[], message: string): Problem => ({
    file: l.file,
    line: path.length ? lineAt(l.file, path) : l.line,
    message,
    severity: 'error',
  });

  for (const l of load.entries) {
    const e: Entry = l.entry;
    if (e.national && e.areas) problems.push(at(l, ['national'], `marked national and for ${joinTitles(e.areas)}: a national service belongs to no area; keep one`));
    if (e.kind === 'service' && !e.areas && !e.national) {
      problems.push(at(l, [], 'a service is a local fact with no area: add areas: [liverpool, sefton] (the ones it serves), or national: true for a national service or line'));
    }
    if ('contacts' in e) problems.push(...contactProblems(e.contacts, e.areas, e.national === true, (i, m) => at(l, ['contacts', i], m)));
    if (e.kind === 'pathway') {
      e.steps.forEach((s, i) => {
        if (s.areas && !within(s.areas, e.areas)) problems.push(at(l, ['steps', i, 'areas'], `step "${s.title}" is for ${joinTitles(s.areas)} but the pathway is for ${joinTitles(e.areas ?? [])} only`));
      });
    }
    for (const area of areas) {
      if (!shownIn(e.areas, [area])) continue;
      if (e.kind === 'pathway' && !e.steps.some((s) => shownIn(s.areas, [area]))) {
        problems.push(at(l, ['steps'], `no step of this pathway is for ${areaTitles[area]}: add one, or leave the pathway out of ${areaTitles[area]}`));
      }
      const next = 'nextStep' in e && e.nextStep ? byId.get(e.nextStep) : undefined;
      if (next && !shownIn(next.entry.areas, [area])) {
        problems.push(at(l, ['nextStep'], `nextStep: "${next.entry.id}" is not shown for ${areaTitles[area]} (it is for ${joinTitles(next.entry.areas ?? [])})`));
      }
    }
  }

  const urgent = load.urgent;
  if (urgent) {
    const file = load.files.urgent ?? 'urgent-safety.yaml';
    const problem = (path: (string | number)[], message: string): Problem => ({ file, line: lineAt(file, path), message, severity: 'error' });
    problems.push(...contactProblems(urgent.contacts, undefined, false, (i, m) => problem(['contacts', i], m)));
    for (const area of areas) {
      if (!urgent.contacts.some((c) => c.areas?.includes(area))) {
        problems.push(
          problem(['contacts'], `no crisis contact for ${areaTitles[area]}: the urgent card needs one with areas including ${area} (the crisis line that covers it), or leave ${area} out of TOOLKIT_AREAS`),
        );
      }
    }
  }
  return problems;
}
