import { z } from 'zod';

/**
 * The areas the toolkit serves. A local fact (a service, a contact, a pathway step, a levels
 * framework) names the areas it belongs to; national content (the Mental Health Act, the
 * concerns' advice, national lines such as Childline) names none and is shown everywhere.
 * An area adopting the toolkit adds its name here and writes its own local facts (README,
 * "Adopting the toolkit for your area").
 */
export const areaNames = ['liverpool', 'sefton'] as const;
export const Area = z.enum(areaNames);
export type Area = z.infer<typeof Area>;

/** How an area is named on a card ("Sefton: …"). */
export const areaTitles: Record<Area, string> = { liverpool: 'Liverpool', sefton: 'Sefton' };

export const allAreas: readonly Area[] = areaNames;

/** `areas` as a list in the contract's order, without repeats. */
function ordered(areas: Iterable<Area>): Area[] {
  const set = new Set(areas);
  return areaNames.filter((a) => set.has(a));
}

/**
 * Reads TOOLKIT_AREAS: comma-separated names, any case, spaces ignored. Unset or blank means
 * every area. Returns the areas, or the names it does not know (so the caller can say so).
 */
export function parseAreas(value: string | undefined): { areas: Area[] } | { unknown: string[] } {
  if (value === undefined || value.trim() === '') return { areas: [...allAreas] };
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !(areaNames as readonly string[]).includes(n));
  if (unknown.length > 0 || names.length === 0) return { unknown: names.length === 0 ? [value] : unknown };
  return { areas: ordered(names as Area[]) };
}

/** Whether a fact belongs to at least one of the areas shown. A fact with no areas is everyone's. */
export function shownIn(factAreas: readonly Area[] | undefined, shown: readonly Area[]): boolean {
  return !factAreas || factAreas.some((a) => shown.includes(a));
}

/**
 * The label a card puts on a local fact when several areas are shown and this fact is not
 * true for all of them (`within`: the areas the surrounding entry is shown for). "Sefton", or
 * undefined when the fact holds for every area in view (nothing to tell apart).
 */
export function areaLabel(factAreas: readonly Area[] | undefined, shown: readonly Area[], within: readonly Area[] = shown): string | undefined {
  if (!factAreas || shown.length < 2) return undefined;
  const scope = within.filter((a) => shown.includes(a));
  const mine = ordered(factAreas.filter((a) => scope.includes(a)));
  if (mine.length === 0 || mine.length === scope.length) return undefined;
  return joinTitles(mine);
}

export function joinTitles(areas: readonly Area[]): string {
  const titles = ordered(areas).map((a) => areaTitles[a]);
  return titles.length <= 1 ? (titles[0] ?? '') : `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}
