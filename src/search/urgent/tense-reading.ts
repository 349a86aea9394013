/**
 * English written as a second language often leaves a verb in its bare form: "she take 40 tablet", "he come through window",
 * "she lock herself in car and start the engine". The rules are written in standard English, so such a message is read
 * once more with those verbs told as done ("took", "came", "locked").
 * Only verbs that tell a danger or how it came about are read so, and only after one doer ("she", "somebody"), where the
 * bare form cannot be right; after "they", "the men" or "i" it may be ("the police take a child to a place of safety"),
 * after a question's helper it is ("can she take her meds"), and in words reported it may be ("she say she jump from the
 * window when the fire alarm go" is a plan for a fire).
 */

/** A verb's bare form, and its past. */
const VERBS: Record<string, string> = {
  attack: 'attacked',
  bleed: 'bled',
  bring: 'brought',
  burn: 'burned',
  climb: 'climbed',
  collapse: 'collapsed',
  come: 'came',
  drink: 'drank',
  eat: 'ate',
  fall: 'fell',
  find: 'found',
  force: 'forced',
  give: 'gave',
  go: 'went',
  grab: 'grabbed',
  hang: 'hanged',
  have: 'had',
  hold: 'held',
  jump: 'jumped',
  kick: 'kicked',
  lock: 'locked',
  make: 'made',
  punch: 'punched',
  push: 'pushed',
  run: 'ran',
  say: 'said',
  send: 'sent',
  smoke: 'smoked',
  stab: 'stabbed',
  start: 'started',
  swallow: 'swallowed',
  take: 'took',
  tell: 'told',
  threaten: 'threatened',
  tie: 'tied',
  touch: 'touched',
  try: 'tried',
  want: 'wanted',
};

/** A question's or a negation's helper a few words before: "can the birth mother take the child for contact". */
const ASKED_BEFORE = new Set(
  'can could will would should may might must shall do does did dont doesnt didnt cant wont if whether'.split(' '),
);
/** Words reported, whose bare verbs may be a plan for some time to come: "she say she jump from the window when the fire alarm go". */
const REPORTED = new Set('say says said tell tells told think thinks thought'.split(' '));
const SOME_TIME = new Set('when whenever if once one someday'.split(' '));
const SOME_TIME_WITHIN = 8;
/** Seen or made to do it, where the bare form is right: "seeing someone collapse at the bus stop", "made her take". */
const SEEN_DOING = new Set(
  'see saw seeing seen watch watched watching hear heard hearing make made making let letting help helped helping'.split(' '),
);
const LOOK_BACK = 4;

const WORD = /^([A-Za-z]+)(\W*)$/;

const bare = (t: string | undefined) => (t ?? '').toLowerCase().replace(/[^a-z]/g, '');

/** Who does it, where a bare verb after them is wrong: "she take", "somebody lock" (after "they" or "the men" it may be right). */
const ONE_DOER = new Set(['he', 'she', 'someone', 'somebody', 'one']);
/**
 * One person named, where a bare verb of harm after them is wrong too: "grandad lock her in the shed", "the boy punch the staff".
 * Only verbs of harm: "the boy eat very spicy food" is not read as done, nor anything seen or helped ("help a child say goodbye",
 * "watching his dad stab his mum" told as a memory).
 */
const ONE_NAMED = new Set(
  (
    'man woman boy girl lad kid child dad mum mam father mother stepdad stepmum grandad granddad grandpa grandma nan nana ' +
    'uncle aunt auntie brother sister cousin boyfriend girlfriend son daughter neighbour'
  ).split(' '),
);
const HARM = new Set('attack burn force grab hold kick lock punch push stab threaten tie touch'.split(' '));

/** A verb that goes on with the same doer: "she lock herself in car and start the engine", "he say … then go out". */
const GOES_ON = new Set(['and', 'then']);

/** The message with its bare verbs read as done; none when it has none. */
export function tenseReading(text: string): string | undefined {
  const tokens = text.split(/(\s+)/);
  /** Up to n words back (-1) or on (+1) from token i; every other token is a space. */
  const words = (i: number, step: -1 | 1, n: number) => Array.from({ length: n }, (_, k) => bare(tokens[i + step * 2 * (k + 1)]));
  let changed = false;
  const out = tokens.map((t, i) => {
    const m = WORD.exec(t);
    const verb = m?.[1]?.toLowerCase();
    if (!m || !verb || !Object.hasOwn(VERBS, verb)) return t;
    const [before = '', twoBefore = ''] = words(i, -1, 2);
    const planned = REPORTED.has(twoBefore) && words(i, 1, SOME_TIME_WITHIN).some((w) => SOME_TIME.has(w));
    const named = ONE_NAMED.has(before) && HARM.has(verb) && !words(i, -1, LOOK_BACK + 1).some((w) => SEEN_DOING.has(w));
    const doer = ((ONE_DOER.has(before) || named) && !SEEN_DOING.has(twoBefore) && !planned) || (GOES_ON.has(before) && changed);
    if (!doer || words(i, -1, LOOK_BACK).some((w) => ASKED_BEFORE.has(w))) return t;
    changed = true;
    return VERBS[verb]! + m[2]!;
  });
  return changed ? out.join('') : undefined;
}
