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

// "s136", "sec. 2", "section two", "sect 5(2)", "sections 2 and 3" (first wins); typed in a hurry:
// "sction 3", "secton 2", "setion 5 2", "sectn 4", "whats setcion 2".
const sectionRef =
  /(?<![a-z0-9])(?:s|ss|sec|sect|section|sections|sction|secton|setion|sectoin|secion|sectin|seciton|sectn|sectio|sectino|sectionn|setcion|secsion|sektion|sectiom)\s?(\d{1,3}[a-z]?(?:\(\d\))?|one|two|three|four|five|six|seven|eight|nine)(?![a-z0-9])/;
// Numbers that are MHA sections even without "section": "5(2)", "117 aftercare", "136".
const bareRef = /(?<![a-z0-9])(5\(2\)|5\(4\)|117|135|136|131)(?![a-z0-9])/;
// Said as carers and wards say it: "put on a 3", "under a 2", "sectioned under 2", "detained on a 3" (not "on a 3 month
// waiting list").
const spokenRef =
  /(?<![a-z0-9])(?:(?:on|under) a|(?:sectioned|detained) (?:under|on)(?: a)?) ([2-5])(?![a-z0-9])(?! (?:months?|mths?|weeks?|wks?|days?|years?|yrs?|hours?|hrs?|mins?|minutes?|times?|point|out|of|to|or|and|pm|am)\b)/;

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
  const first = numberWords[m[1]] ?? m[1];
  return (HOLDING.has(first.replace(/\(.*$/, '')) ? undefined : movedTo(t, m.index + m[0].length)) ?? first;
}

// A move from one section to another: "on a section 2 and the consultant is now talking about
// a section 3", "went from s2 to s3 last week", "detained under section 2 last month and now on
// a section 3". The section moved to is what is asked about; two sections side by side ("s2 vs
// s3", "sections 2 and 3") keep the first, and so does a holding power that turns into a
// detention ("how does a section 4 turn into a section 2"):
// the tuning sets' authors asked about the holding power there, and about the 3 after a 2.
const moveCue =
  /\b(?:moving|moved|move|convert\w*|chang\w*|recommend\w*|talking about|thinking about|considering|going on|put (?:her |him |them )?on|upgrad\w*|becom\w*)\b|\b(?:to|onto|into) (?:a |an )?$|\bnow (?:on |under )?(?:a |an )?$/;
const sideBySide = /^(?:vs|versus|v|and|or|compared (?:to|with))(?: a| an| the)?$/;
const laterSection = new RegExp(sectionRef.source, 'g');
const HOLDING = new Set(['4', '5', '135', '136']);

function movedTo(t: string, after: number): string | undefined {
  laterSection.lastIndex = after;
  const later = laterSection.exec(t);
  if (!later?.[1]) return undefined;
  const between = t.slice(after, later.index);
  if (sideBySide.test(between.trim()) || !moveCue.test(between)) return undefined;
  return numberWords[later[1]] ?? later[1];
}

/** Maps a section to the entry covering it: "5(2)" and "5" both reach the s5 entry. */
export function routeSection(section: string, sectionsById: ReadonlyMap<string, readonly string[]>): string | undefined {
  const base = section.replace(/\(.*$/, '');
  for (const [id, sections] of sectionsById) {
    if (sections.some((s) => s === section || s.replace(/\(.*$/, '') === base)) return id;
  }
  return undefined;
}
