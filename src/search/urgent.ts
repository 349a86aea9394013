import { questionOf, type Question } from './question';
import { asksWhatWordMeans, dangerSituation, situations } from './danger';
import { DangerSpelling } from './danger-spelling';
import { modelSaysUrgent } from './urgent-model';
import { alt, past, S, tooMuchOf } from './urgent/fragments';
import { DANGER_DENIED, DENIABLE, dangerDenied } from './calm/denied';
import { CALM_FRAME, FIGURE_OF_SPEECH, SAID_NOT_REAL } from './urgent-calm';
import { rules } from './urgent/rules';
import { toldNow } from './urgent/told-now';
import { laterSentencesToRead, sentencesToldNowToRead } from './urgent/later-sentences';
import { tenseReading } from './urgent/tense-reading';
import { listItems } from './urgent/list-items';
import { quickTest } from './quick-test';

/**
 * Immediate risk described as happening now. Each rule names a situation, not a
 * topic: "signs of self harm" is information, "she's taken a load of paracetamol"
 * is an emergency. When a rule fits, the urgent card goes first: a false alarm
 * costs a glance, a miss can cost a life.
 *
 * Reading the rules: the message is cleaned first (lower case; apostrophes dropped, so "she's"
 * is "shes" and "won't" is "wont"; other punctuation becomes a space). `\b` marks the edge of a
 * word, `.*` is anything in between, `?` makes the letter or group before it optional, `\d+` is
 * a number. The rules are tried in order (./urgent/rules.ts): the first that fits names the situation.
 */

/** The rules' names, in the order they are tried. */
export const ruleNames: readonly string[] = rules.map((r) => r.name);

/**
 * An emergency is told in a sentence or two, so a long message is read in overlapping
 * windows: the rules' "this ... then that" patterns would otherwise cost the square of
 * its length (a pasted 50,000-character message took 300 ms; now a few).
 */
const WINDOW = 600;
const STEP = 300;

/** A word said three times or more in a row counts twice ("no no no" reads as "no no"): a run of one word tells nothing more. */
const REPEATED = /\b(\S+)(?: \1\b){2,}/g;

function windows(text: string): string[] {
  const t = text.length > WINDOW ? text.replace(REPEATED, '$1 $1') : text;
  if (t.length <= WINDOW) return [t];
  const out: string[] = [];
  for (let start = 0; start < t.length;) {
    let end = Math.min(t.length, start + WINDOW);
    if (end < t.length) end = Math.max(t.lastIndexOf(' ', end), start + STEP);
    out.push(t.slice(start, end));
    if (end >= t.length) break;
    const next = t.indexOf(' ', start + STEP);
    start = next < 0 ? t.length : next + 1;
  }
  // The same window twice (a pasted block repeated) is read once.
  return [...new Set(out)];
}

/** "od'd" loses its apostrophe when cleaned and reads as "odd": it is caught before cleaning. */
const ODD_WITH_APOSTROPHE = /\bod['’]d\b/i;
/** Of some child, told about afterwards: "after a bad night shift with a kid who OD'd". */
/** On sweets or screens, not a drug: "od'd on haribo, feel sick, never again". */
const ODD_ON_HARMLESS = new RegExp(S`\bodd? on ${tooMuchOf}\b`);
const ODD_TOLD_ABOUT = /\b(?:a|one|the) (?:\w+ ){0,2}(?:kid|child|yp|young person|girl|boy|lad|teen|teenager) who od['’]d\b/i;

/**
 * "FIRE", shouted and nothing else (or "FIRE!!", "fire fire", "help fire"): caught before cleaning, which
 * loses the capitals. A plain "fire" is more likely a search for the fire safety guidance.
 */
const SHOUTED_FIRE = /^\W*(?:(?:HELP\W+)?FIRE(?:\W+HELP)?\W*|(?:fire\W+)+fire\W*|(?:help\W+)?fire\s*!+\W*)$/i;
const CAPITALS = /[A-Z]{4}|!/;
/** A cry for help and nothing else, a key held down or shouted: "helpppp", "HELP!!!", "help help help" (a plain "help" asks for the help card). */
const CRY_FOR_HELP = /^\W*(?:h+e+l+p{3,}|h+e{2,}l+p+|HELP\W*!{2,}|(?:help\W+){2,}help)\W*$/i;

/**
 * The rules read once over a window: the first that fires, else whether any saw its danger words
 * and judged them calm (so the learned detector need not test every rule a second time), and the
 * first so judged where the danger is told as now all the same (./urgent/told-now.ts).
 */
function readRules(t: string): { rule?: string; judgedCalm: boolean; toldNow?: string } {
  let judgedCalm = false;
  let calmed: string | undefined;
  for (const r of quickRules) {
    if (!r.when(t)) continue;
    if (!(r.unless?.test(t) ?? false)) return { rule: r.name, judgedCalm };
    calmed ??= r.name;
    judgedCalm = true;
  }
  return { judgedCalm, ...(calmed && toldNow(t) ? { toldNow: calmed } : {}) };
}

/** Each rule's `when`, checked first for the words every match needs (quick-test.ts). */
const quickRules = rules.map((r) => ({ name: r.name, when: quickTest(r.when), unless: r.unless }));

/** Every pattern the detectors read a message with. */
const patterns: readonly RegExp[] = [
  ...rules.flatMap((r) => (r.unless ? [r.when, r.unless] : [r.when])),
  ...situations.flatMap((s) => [s.when, s.toldNow, s.unless].filter((r) => r !== undefined)),
  CALM_FRAME,
  DANGER_DENIED,
];

const spelling = new DangerSpelling(patterns);

/**
 * One small step a pattern: a pattern is compiled on its first use (up to about 0.2 s for the
 * largest), so a start-up warm-up taken one step a turn never holds a health check for longer.
 */
export function urgentWarmUpSteps(): (() => void)[] {
  return patterns.map((p) => () => void p.test('warming up'));
}

/** The cleaned message as every detector reads it: danger words mistyped put right ("ligture"). */
export function spelledForDanger(cleaned: string): string {
  return spelling.fix(cleaned);
}

/** The rule (or, behind the rules, the broader detector's situation) that finds an emergency. */
export function urgentRule(q: Question | string): string | undefined {
  const question = questionOf(q);
  const found = readWholeAndLater(question);
  if (found) return found;
  // Each item of a list alone: an item is often too short for the learned detector to judge.
  for (const item of listItems(question.text)) {
    const inItem = byTheRules(item);
    if (inItem) return inItem;
  }
  // Bare verbs read as done, as English written as a second language means them: "she take 40 tablet".
  const reading = tenseReading(question.text);
  return reading === undefined ? undefined : byTheRules(reading);
}

/** A text made from the message, read by the rules only: the learned detector was fitted on messages as typed. */
function byTheRules(text: string): string | undefined {
  const found = readWholeAndLater(questionOf(text));
  return found === 'model' ? undefined : found;
}

function readWholeAndLater(question: Question): string | undefined {
  const whole = readMessage(question);
  if (whole) return whole;
  // A danger told after routine business ("Is it ok to share the chronology? Also Jess is sneaking out to meet him now")
  // is read again from each later sentence on, so the business's calm frame or form words do not speak for it.
  for (const later of laterSentencesToRead(question.text, spelledForDanger)) {
    const found = readMessage(later.question);
    if (found && (found !== 'model' || later.modelMayDecide)) return found;
  }
  // And each sentence told as now, alone, by the rules: a history or an errand in another sentence does not speak for it. Not
  // where the whole says it was not meant or is denied (read once); nor by the detectors made for a whole message of a few words.
  let wholeCalm: boolean | undefined;
  for (const sentence of sentencesToldNowToRead(question.text, spelledForDanger)) {
    if ((wholeCalm ??= saidNotMeant(spelledForDanger(question.cleaned)))) return undefined;
    const found = readMessage(sentence.question);
    if (found && found !== 'model' && !found.startsWith('broad:short-') && (sentence.doing || !found.startsWith('broad:'))) return found;
  }
  return undefined;
}

/** Or said to be fine in another sentence: "actually just used her inhaler a lot in pe. shes fine". */
const FINE_NOW = new RegExp(
  S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'everyone is', 'everyones')} (?:now |all )?${alt('fine', 'ok', 'okay', 'safe', 'well', 'calm', 'settled', 'asleep', 'home', 'back')}\b`,
);
/** Said not to be real, a figure of speech, the danger denied, or all fine now: "clearly a figure of speech", "she doesnt have a knife now". */
const saidNotMeant = (cleaned: string) =>
  SAID_NOT_REAL.test(cleaned) || FIGURE_OF_SPEECH.test(cleaned) || dangerDenied(cleaned) || FINE_NOW.test(cleaned);

function readMessage(question: Question): string | undefined {
  const cleaned = spelledForDanger(question.cleaned);
  // Read at most once: a calm heading and a denial both yield to a danger told as now.
  let now: boolean | undefined;
  const toldAsNow = () => (now ??= toldNow(cleaned));
  if (SAID_NOT_REAL.test(cleaned) || (CALM_FRAME.test(cleaned) && !toldAsNow())) return undefined;
  const found = detect(question.text, cleaned);
  return found && DENIABLE.has(found) && dangerDenied(cleaned) && !toldAsNow() ? undefined : found;
}

function detect(text: string, cleaned: string): string | undefined {
  if (ODD_WITH_APOSTROPHE.test(text) && !ODD_TOLD_ABOUT.test(text) && !ODD_ON_HARMLESS.test(cleaned) && !past.test(cleaned)) return 'odd';
  if (SHOUTED_FIRE.test(text) && (CAPITALS.test(text) || /fire\W+fire/i.test(text))) return 'fire';
  if (CRY_FOR_HELP.test(text)) return 'help-message';
  const parts = windows(cleaned);
  const judgedCalm: boolean[] = [];
  let calmedButNow: string | undefined;
  for (const t of parts) {
    const read = readRules(t);
    if (read.rule) return read.rule;
    judgedCalm.push(read.judgedCalm);
    calmedButNow ??= read.toldNow;
  }
  for (const t of parts) {
    const situation = dangerSituation(t);
    if (situation) return `broad:${situation}`;
  }
  // A rule whose exceptions would call it calm, where the danger is told as happening now all the same.
  if (calmedButNow) return calmedButNow;
  // Behind both, the learned detector (urgent-model.ts) for ways of telling no rule names yet;
  // not where a rule saw its danger words and judged them calm ("ligature cutters in the office"), nor in a figure of speech.
  const modelMayRead = (t: string, i: number) => !judgedCalm[i] && !asksWhatWordMeans(t) && !FIGURE_OF_SPEECH.test(t);
  if (parts.some((t, i) => modelMayRead(t, i) && modelSaysUrgent(t))) return 'model';
  return undefined;
}

/**
 * A rule whose words are in the message, and whose exceptions say it is not an emergency, whether
 * or not another rule fires (test/eval/fit-urgent.ts holds the model back where this is so).
 */
export function rulesJudgedCalm(cleaned: string): boolean {
  return quickRules.some((r) => r.unless !== undefined && r.when(cleaned) && r.unless.test(cleaned));
}

export function isUrgent(q: Question | string): boolean {
  return urgentRule(q) !== undefined;
}
