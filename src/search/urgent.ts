import { questionOf, type Question } from './question';
import { asksWhatWordMeans, dangerSituation, situations } from './danger';
import { DangerSpelling } from './danger-spelling';
import { modelSaysUrgent } from './urgent-model';
import { alt, past, S, type Rule } from './urgent/fragments';
import { takenSomethingRules } from './urgent/taken-something';
import { ligatureRules } from './urgent/ligature';
import { intentToDieRules } from './urgent/intent-to-die';
import { selfHarmRules } from './urgent/self-harm';
import { placesRules } from './urgent/places';
import { violenceRules } from './urgent/violence';
import { heldRules } from './urgent/held';
import { missingRules } from './urgent/missing';
import { bodySignsRules } from './urgent/body-signs';
import { fireRules } from './urgent/fire';
import { inOrder } from './in-order';

/**
 * Immediate risk described as happening now. Each rule names a situation, not a
 * topic: "signs of self harm" is information, "she's taken a load of paracetamol"
 * is an emergency. When a rule fits, the urgent card goes first: a false alarm
 * costs a glance, a miss can cost a life.
 *
 * Reading the rules: the message is cleaned first (lower case; apostrophes dropped, so "she's"
 * is "shes" and "won't" is "wont"; other punctuation becomes a space). `\b` marks the edge of a
 * word, `.*` is anything in between, `?` makes the letter or group before it optional, `\d+` is
 * a number. The rules are tried in order: the first that fits names the situation.
 */

// ---------------------------------------------------------------- the rules, in order
/**
 * Each rule by name, in the order they are tried: the first that fits names the situation. The rules
 * themselves, each with an example it catches, live by kind in ./urgent/, each with its own word lists.
 */
const rules: Rule[] = inOrder(
  'urgent rules',
  'rule',
  [
    'poisoned', // taken-something.ts
    'ingested', // taken-something.ts
    'overdosed', // taken-something.ts
    'ligature', // ligature.ts
    'neck', // ligature.ts
    'hanging', // ligature.ts
    'suffocation', // ligature.ts
    'threat', // intent-to-die.ts
    'wants-to-die-now', // intent-to-die.ts
    'plan', // intent-to-die.ts
    'goodbye', // intent-to-die.ts
    'weapon', // violence.ts
    'threatening-with', // violence.ts
    'place', // places.ts
    'strangling', // ligature.ts
    'wounds', // self-harm.ts
    'emergency-services', // body-signs.ts
    'suicidal-now', // intent-to-die.ts
    'bleeding', // self-harm.ts
    'collapse', // body-signs.ts
    'harming-now', // self-harm.ts
    'danger-now', // body-signs.ts
    'help-message', // held.ts
    'od-alone', // taken-something.ts
    'odd', // taken-something.ts
    'pills-taken', // taken-something.ts
    'taken-something', // taken-something.ts
    'stockpiled', // taken-something.ts
    'missing-and-suicidal', // missing.ts
    'fire', // fire.ts
    'breathing', // body-signs.ts
    'warning-signs', // intent-to-die.ts
    'od-refusing', // taken-something.ts
    'means-and-plan', // intent-to-die.ts
    'road', // places.ts
    'access-to-means', // intent-to-die.ts
    'attempt', // intent-to-die.ts
    'taking-now', // taken-something.ts
    'fresh-wounds', // self-harm.ts
    'not-coming-back', // missing.ts
    'held', // held.ts
    'violence-now', // violence.ts
  ],
  [
    takenSomethingRules,
    ligatureRules,
    intentToDieRules,
    selfHarmRules,
    placesRules,
    violenceRules,
    heldRules,
    missingRules,
    bodySignsRules,
    fireRules,
  ],
);

/** The rules' names, in the order they are tried. */
export const ruleNames: readonly string[] = rules.map((r) => r.name);

/**
 * An emergency is told in a sentence or two, so a long message is read in overlapping
 * windows: the rules' "this ... then that" patterns would otherwise cost the square of
 * its length (a pasted 50,000-character message took 300 ms; now a few).
 */
const WINDOW = 600;
const STEP = 300;

function windows(t: string): string[] {
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
  return out;
}

/** "od'd" loses its apostrophe when cleaned and reads as "odd": it is caught before cleaning. */
const ODD_WITH_APOSTROPHE = /\bod['’]d\b/i;

/**
 * "FIRE", shouted and nothing else (or "FIRE!!", "fire fire", "help fire"): caught before cleaning, which
 * loses the capitals. A plain "fire" is more likely a search for the fire safety guidance.
 */
const SHOUTED_FIRE = /^\W*(?:(?:HELP\W+)?FIRE(?:\W+HELP)?\W*|(?:fire\W+)+fire\W*|(?:help\W+)?fire\s*!+\W*)$/i;
const CAPITALS = /[A-Z]{4}|!/;

/**
 * Said outright to be no emergency: a hypothetical, a policy question or a debrief; material for teaching; a story
 * from the news about someone else; a reflection; or a risk worded for a plan. Nothing else silences every
 * detector, so each way is told narrowly.
 */
const CALM_FRAME = new RegExp(
  [
    S`\b${alt('hypothetically', 'theoretically', 'in theory', 'policy question', 'debrief', S`whats the (?:route|referral route) into`)}\b`,
    // Teaching material, headed or asked as such: "for the carers training scenario: a child is on the roof",
    // "carers handbook: how to respond if you find a ligature", "someone at training asked ... whats the answer for the handbook"
    // (not "handbook says call 999, shes not breathing").
    S`^(?:for (?:the |a |our )?)?(?:carers |staff |foster carers )?(?:training (?:scenario|exercise|question|pack)\b|` +
      S`(?:handbook|manual)(?: \w+){0,2} ${alt('how to', 'what to do', 'step by step', 'section', 'chapter', 'page', 'entry', 'wording')}\b)`,
    S`\b${alt(S`(?:someone|somebody|a carer|a colleague|a trainee) (?:at|on) (?:the |a |our )?training asked`, S`for the (?:carers |staff )?(?:handbook|manual)$`)}`,
    // The news, about someone else: "read in the echo about a lad who jumped off a bridge" (not when its our child).
    S`\b(?:read|saw|seen|heard|watched)(?: \w+){0,2} (?:in|on) the ${alt('news', 'echo', 'paper', 'papers', 'local paper', 'telly', 'tv', 'radio')}(?: \w+){0,2} about ` +
      S`(?:a|an|the|some|this) ${alt('lad', 'boy', 'girl', 'child', 'kid', 'teenager', 'teen', 'man', 'woman', 'young person')}\b(?!.*\b(?:its|thats|it is|that is) (?:our|ours|her|him|my)\b)`,
    // A reflection on what a case means for ours: "friends kid took an overdose at the weekend, shes fine now, made me wonder what
    // the pathway is for one of ours".
    S`\b(?:made|makes|got|gets) me (?:wonder|wondering|think|thinking) (?:what|how|whether|if|about)(?: \w+){0,4} ` +
      S`${alt('pathway', 'process', 'procedure', 'policy', 'one of ours', 'our own', 'our kids', 'our young people')}\b`,
    // Written up afterwards, or worded for a record: "writing up tuesdays incident when he set fire to the bin, what heading does it go
    // under", "need wording for 'previous attempted ligature 2022'", "does that go in the care plan or the chronology".
    S`\b${alt('writing', 'write', 'doing')} up (?:\w+s |the |an |last \w+s |yesterdays )?${alt('incident', 'notes', 'log', 'report', 'recording', 'chronology')}\b(?!.*\b(?:right now|as we speak|still)\b)`,
    S`\b${alt(S`(?:need|want|looking for|help with) (?:the |some )?${alt('wording', 'phrasing', 'a heading')} for`, S`what ${alt('heading', 'section', 'category')} (?:does|should|do) (?:it|this|that) go under`)}\b`,
    S`\bdoes (?:that|it|this) go (?:in|on|into) (?:the|her|his|their) (?:new )?${alt('care plan', 'chronology', 'file', 'notes', 'report', 'risk assessment', 'log')}\b`,
    S`\bhow (?:do|should|would|can) (?:i|we) (?:write|word|phrase|record|log|put)\b.*\b${alt('neutral', 'neutrally', S`for the ${alt('file', 'log', 'report', 'notes', 'record', 'chronology')}`)}\b`,
    // Fiction, for a lesson: "a pupil wrote a story about a boy who jumps off a bridge, its fiction for english".
    S`\b${alt('wrote', 'written', 'writing')} a ${alt('story', 'poem', 'play', 'script')} about (?:a|an|the|some) ${alt('boy', 'girl', 'lad', 'child', 'character', 'man', 'woman', 'kid')}\b(?=.*\b${alt('fiction', 'for english', 'for drama', 'creative writing', 'homework')}\b)`,
    // A policy or a pathway asked, for a pack: "what is the local pathway for paracetamol od in under 16s? updating our training pack".
    S`\b${alt(S`(?:whats|what is) the (?:local )?${alt('policy', 'pathway', 'procedure', 'protocol')} (?:on|for)`, S`updating (?:our|the|my) ${alt('training', 'policy', 'guidance', 'handbook')}`)}\b(?!.*\b(?:right now|as we speak)\b)`,
    // A near miss reported: "nearly gave the wrong kid the wrong tabs but caught it, no harm done, how do i report it".
    S`\bnear miss\b.*\bno harm\b`,
    // A risk worded for a plan: "she tends to head to the bridge when shes upset, how do we word that in her risk assessment".
    S`\bhow (?:do|should|would|can) (?:i|we) (?:word|phrase|write|describe|put) (?:that|this|it)(?: \w+){0,3} (?:in|into|on) (?:her|his|their|the|a) ` +
      S`${alt('risk assessment', 'safety plan', 'care plan', 'plan', 'report', 'referral', 'notes')}\b(?!.*\b(?:right now|as we speak)\b)`,
  ].join('|'),
);

/**
 * Danger denied by the teller ("not in danger now, hes calm"): believed about talk of dying, not
 * about anything done (DENIABLE below): an overdose can look well for a day while it harms
 * (paracetamol), so "took 16 paracetamol but not in danger" still gets the card. Not a denial:
 * the teller's own safety ("im not in danger but my sister is"), a denial followed by "but" ("not
 * in danger now but threatening to jump"), or danger said of someone else too ("the baby is in
 * danger, the others are not").
 */
const DENIAL = S`(?<!\b(?:im|i am|were|we are|ive been|weve been) )\b${alt(
  S`not hurting (?:her|him|them)sel(?:f|ves)`,
  S`(?:not|isnt|arent|no) (?:in )?(?:any )?(?:immediate )?danger(?: right now| now)?`,
  // "no plan", "no plan or intent", "says she wouldnt do it", "now asleep and safe"
  S`no (?:current )?(?:plan|plans|intent)(?: or (?:plan|plans|intent))?`,
  // Said earlier, calm now: "calm now but earlier she said she wants to die".
  S`(?:calm|settled) now but earlier`,
  // Taken back at once: "said 'im going to kill myself' after a row then laughed it off".
  'laughed it off',
  S`(?:says|said|saying) (?:she|he|they) (?:wouldnt|would never|wont|will not|would not) (?:do it|act on it|do anything)`,
  S`(?:shes|hes|theyre|she is|he is|they are) (?:now )?(?:asleep and |settled and |calm and |home and |back and )?safe(?: now)?`,
)}\b`;
const DANGER_DENIED = new RegExp(S`${DENIAL}(?!.*\bbut\b)`);
const EVERY_DENIAL = new RegExp(DENIAL, 'g');
const DANGER_SAID = /\b(?:in|at) (?:real |immediate |serious |grave )?danger\b/;

function dangerDenied(cleaned: string): boolean {
  return DANGER_DENIED.test(cleaned) && !DANGER_SAID.test(cleaned.replace(EVERY_DENIAL, ' '));
}
/**
 * What a denial can silence: talk of wanting to die or of a plan, and the learned detector. Never
 * something done or happening (swallowed, a ligature, a height, a wound, violence, abuse, a child
 * taken or missing): the teller may not know how dangerous it is.
 */
const DENIABLE = new Set([
  'threat',
  'wants-to-die-now',
  'plan',
  'goodbye',
  'suicidal-now',
  'danger-now',
  'warning-signs',
  'access-to-means',
  'broad:intent-soon',
  'broad:despair-shut-in',
  'broad:means-it',
  'broad:final-acts',
  'model',
]);

/**
 * The rules read once over a window: the first that fires, else whether any saw its danger words
 * and judged them calm (so the learned detector need not test every rule a second time).
 */
function readRules(t: string): { rule?: string; judgedCalm: boolean } {
  let judgedCalm = false;
  for (const r of rules) {
    if (!r.when.test(t)) continue;
    if (!(r.unless?.test(t) ?? false)) return { rule: r.name, judgedCalm };
    judgedCalm = true;
  }
  return { judgedCalm };
}

const spelling = new DangerSpelling([
  ...rules.flatMap((r) => (r.unless ? [r.when, r.unless] : [r.when])),
  ...situations.flatMap((s) => [s.when, s.toldNow, s.unless].filter((r) => r !== undefined)),
  CALM_FRAME,
  DANGER_DENIED,
]);

/** The cleaned message as every detector reads it: danger words mistyped put right ("ligture"). */
export function spelledForDanger(cleaned: string): string {
  return spelling.fix(cleaned);
}

/** The rule (or, behind the rules, the broader detector's situation) that finds an emergency. */
export function urgentRule(q: Question | string): string | undefined {
  const question = questionOf(q);
  const cleaned = spelledForDanger(question.cleaned);
  if (CALM_FRAME.test(cleaned)) return undefined;
  const found = detect(question.text, cleaned);
  return found && DENIABLE.has(found) && dangerDenied(cleaned) ? undefined : found;
}

function detect(text: string, cleaned: string): string | undefined {
  if (ODD_WITH_APOSTROPHE.test(text) && !past.test(cleaned)) return 'odd';
  if (SHOUTED_FIRE.test(text) && (CAPITALS.test(text) || /fire\W+fire/i.test(text))) return 'fire';
  const parts = windows(cleaned);
  const judgedCalm: boolean[] = [];
  for (const t of parts) {
    const read = readRules(t);
    if (read.rule) return read.rule;
    judgedCalm.push(read.judgedCalm);
  }
  for (const t of parts) {
    const situation = dangerSituation(t);
    if (situation) return `broad:${situation}`;
  }
  // Behind both, the learned detector (urgent-model.ts) for ways of telling no rule names yet;
  // not where a rule saw its danger words and judged them calm ("ligature cutters in the office").
  if (parts.some((t, i) => !judgedCalm[i] && !asksWhatWordMeans(t) && modelSaysUrgent(t))) return 'model';
  return undefined;
}

/**
 * A rule whose words are in the message, and whose exceptions say it is not an emergency, whether
 * or not another rule fires (test/eval/fit-urgent.ts holds the model back where this is so).
 */
export function rulesJudgedCalm(cleaned: string): boolean {
  return rules.some((r) => r.unless !== undefined && r.when.test(cleaned) && r.unless.test(cleaned));
}

export function isUrgent(q: Question | string): boolean {
  return urgentRule(q) !== undefined;
}
