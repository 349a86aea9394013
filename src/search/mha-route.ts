import { questionOf, type Question } from './question';

const numberWords: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

// "s136", "sec. 2", "section two", "sect 5(2)", "sections 2 and 3" (first wins).
const sectionRef =
  /(?<![a-z0-9])(?:s|ss|sec|sect|section|sections)\s?(\d{1,3}[a-z]?(?:\(\d\))?|one|two|three|four|five|six|seven|eight|nine)(?![a-z0-9])/;
// Numbers that are MHA sections even without "section": "5(2)", "117 aftercare", "136".
const bareRef = /(?<![a-z0-9])(5\(2\)|5\(4\)|117|135|136|131)(?![a-z0-9])/;
// Said as carers and wards say it: "put on a 3", "under a 2" (not "on a 3 month waiting list").
const spokenRef =
  /(?<![a-z0-9])(?:on|under) a ([2-5])(?![a-z0-9])(?! (?:months?|mths?|weeks?|wks?|days?|years?|yrs?|hours?|hrs?|mins?|minutes?|times?|point|out|of|to|or|and|pm|am)\b)/;

/**
 * Finds a Mental Health Act section named in the question, in any of the forms
 * practitioners type, and returns it as written in law ("2", "5(2)", "117").
 */
export function sectionIn(q: Question | string): string | undefined {
  const t = questionOf(q).cleaned;
  // "does section 3 give you 117", "s3 to s117": aftercare is what is asked about, whatever section led to it.
  if (/(?<![a-z0-9(])(?:s|ss|sec|sect|section\s?)?117(?![a-z0-9])/.test(t)) return '117';
  const m = sectionRef.exec(t) ?? bareRef.exec(t) ?? spokenRef.exec(t);
  if (!m?.[1]) return undefined;
  return numberWords[m[1]] ?? m[1];
}

/** Maps a section to the entry covering it: "5(2)" and "5" both reach the s5 entry. */
export function routeSection(section: string, sectionsById: ReadonlyMap<string, readonly string[]>): string | undefined {
  const base = section.replace(/\(.*$/, '');
  for (const [id, sections] of sectionsById) {
    if (sections.some((s) => s === section || s.replace(/\(.*$/, '') === base)) return id;
  }
  return undefined;
}
