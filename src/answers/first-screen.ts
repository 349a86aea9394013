import type { Entry } from '../content/schema';

/** What to do now, first on the card: the items that say what to do for this kind of entry. */
export function nowOf(e: Entry): { heading: string; pool: readonly string[] } | null {
  switch (e.kind) {
    case 'concern':
      return {
        heading: 'What to do now',
        pool: [e.helpForCarers[0], e.moreHelp[0], ...e.helpForCarers.slice(1)].filter((x): x is string => !!x),
      };
    case 'level':
      return { heading: 'What could help', pool: e.whatCouldHelp };
    case 'mha':
      return { heading: 'For a child in care', pool: e.childInCare };
    case 'practice':
      return { heading: 'What to do', pool: e.whatToDo };
    case 'role':
      return { heading: 'When to contact them', pool: e.whenToContact };
    case 'service':
      return { heading: 'How to refer', pool: e.howToRefer };
    case 'consultation':
    case 'help':
      return { heading: e.kind === 'help' ? 'What you can ask' : 'What it involves', pool: e.points };
    case 'pathway':
      return null;
  }
}

/**
 * How much of "what to do now" the first screen holds, in characters, with the summary: measured
 * at 340 px (test/render/phone.test.ts). The rest of the section is behind "Show more".
 */
export const FIRST_SCREEN_CHARS = 560;
export const NOW_MIN_CHARS = 200;
/** The room the urgent-help line takes on the help card, in characters of text. */
export const URGENT_LINE_CHARS = 150;

export function take(pool: readonly string[], budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const item of pool) {
    if (out.length > 0 && used + item.length > budget) break;
    out.push(item);
    used += item.length;
  }
  return out;
}
