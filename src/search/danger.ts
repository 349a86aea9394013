/**
 * The second, broader emergency detector, behind the rules in urgent.ts. The rules name exact
 * situations; this one looks for a danger and a sign that it is happening now, a few words
 * apart, whatever lies between ("a scarf pulled tight round his throat"), in everyday words,
 * slang and common misspellings. It may raise a few more false alarms than the rules: a false
 * alarm costs a glance, a miss can cost a life. Input is cleaned text (normalise.ts clean()).
 */

import { alt, gap, S } from './danger/fragments';
import { knownRiskHistory, pastUnlessToldAs, recordOfHarm, usedTo } from './danger/fragments-history';
import { situations } from './danger/situations';
import { quickTest } from './quick-test';
import { saidOfEverything } from './danger/fragments-now';

export { situations };

/**
 * General questions about a topic, not a situation: asked as a hypothetical anywhere ("what
 * should I do if"), or opened as a question about the topic ("signs of", "what is").
 */
/** "yp asked what an od is": a word asked about, which the learned detector leaves alone. */
const DEFINITION = /\bwhat (?:a |an )?\w+ (?:is|means)$/;
const general = new RegExp(
  [
    S`\b${alt(
      'what (?:should|do|would|can) (?:i|we) do if',
      'what to do (?:if|when)',
      // "how should i respond if hes written a note and wont let me in"
      S`how (?:should|do|would|can) (?:i|we|staff|carers) (?:respond|react|handle it|deal with it|manage it) (?:if|when)`,
      // "exploitation and missing - whats the link with mental health"
      S`(?:whats|what is) the link`,
      'link between',

      'what if',
      // A word asked about, in a few words: "trap house meanin".
      S`^(?:\w+ ){1,3}${alt('meaning', 'definition')}$`,
      // Asked of any child, or of a saying: "can a child in care be locked in their room at night", "the lads think its funny to say ill shank you".
      S`can (?:a|an|any) (?:child|yp|young person|kid|foster child|looked after child)(?: in care)? be\b`,
      S`(?:think|thinks) (?:its|it is) funny to say`,
      'if a (?:child|yp|young person)',
      'training (?:on|in|for|about)',
      'policy question',
      // (Not "not sure what counts as urgent", asked of this very telling.)
      'what counts as(?! (?:urgent|an emergency|emergency)\\b)',
      '(?:a|our|the) (?:policy|procedure) (?:on|for)',
      // "non verbal children and missing from home protocol"
      '(?:missing from home|missing|safeguarding|ligature|restraint) (?:protocol|procedure|policy)',
      'in the past',
      // Not the record of someone doing harm now: "dad turned up and took her, history of violence"; nor a known risk
      // named as the reason to fear now: "history of being exploited, someone saw her get into a taxi with two older men".
      S`history of(?! ${recordOfHarm})(?! ${knownRiskHistory})`,
      usedTo,
      // Told as over, safe again now; or asking about a pattern's signs.
      S`(?:shes|hes|theyre|is|are) (?:home|back|safe|settled)(?: with us)? now and (?:calm|safe|settled|fine|ok)`,
      S`(?:said|says) (?:she|he|they) (?:wouldnt|wont|would not) do it`,
      S`now (?:settled|calm)${gap(6)} no plan`,
      // Said earlier, calm now: "earlier tonight yp said they wanted to die, now calm and in bed".
      S`earlier${gap(10)} (?:now|is now|are now) (?:calm|settled|asleep)`,
      S`(?:calm|settled) now but earlier`,
      'nothing needing medical attention',
      saidOfEverything,
      'what are the (?:warning )?signs',
      // Reading for a course: "reading about county lines for my level 3 safeguarding course, whats a trap house" (not "sorry for the
      // essay", a long message excused).
      S`(?<!\b(?:sorry|apologies|soz) )for (?:my|our|a|the) (?:\w+ ){0,3}${alt('course', 'module', 'assignment', 'essay', 'dissertation', 'qualification', 'diploma', 'degree')}`,
      // A way of managing asked, of any child: "how do i help a foster carer manage a child who is hitting them".
      S`how (?:do|can|should|would) (?:i|we|you) (?:help (?:a |the |our )?(?:\w+ ){0,2})?${alt('manage', 'support', 'handle', 'deal with', 'cope with', 'respond to')} a ${alt('child', 'yp', 'young person', 'kid', 'teenager', 'teen', 'toddler')} who\b(?!.*\b(?:right now|tonight|as we speak|at the moment)\b)`,
      // A case looked back on: "in a case review were looking at a girl who was sexually exploited while missing".
      S`(?:in|for|from) (?:a|an|our|the) (?:\w+ )?${alt('case review', 'practice review', 'learning review', 'rapid review', 'cspr', 'serious case review')}`,
      // Teaching planned: "planning a course on paediatric first aid for foster carers, what should we cover on choking".
      S`(?:planning|running|delivering|designing|putting together) (?:a|an|the|our|some) (?:\w+ ){0,3}${alt('course', 'training', 'session', 'workshop', 'module', 'lesson')}`,
      S`signs of ${alt('cse', 'cce', 'exploitation', 'grooming', 'county lines')}`,
      // First aid asked in general: "whats the right first aid if someone has swallowed bleach".
      S`first aid (?:if|for|when) (?:someone|somebody|anyone|a child|a kid|a toddler|a baby|a young person|a yp)`,
      // How the police grade any missing child: "how do police decide if a missing child is high risk or low risk".
      S`how do (?:the )?police (?:decide|grade|assess|risk assess|judge)`,
      // How any child is reported: "how do i report a child missing and flag exploitation concerns".
      S`how (?:do|should|can|would) (?:i|we|you) report (?:a|any) ${alt('child', 'yp', 'young person', 'looked after child', 'child in care')} missing`,
    )}\b`,
    S`^${alt('signs of', 'how to (?:spot|recognise|tell)', 'what (?:is|are|does)')}\b`,
  ].join('|'),
);

/** A definition asked ("yp asked what an od is"): no situation, for any detector. */
export function asksWhatWordMeans(cleaned: string): boolean {
  return DEFINITION.test(cleaned);
}

/**
 * History, unless going out now is said so, which outweighs a past deed named along the way: "got a shank and going to meet the
 * boys who stabbed his mate last month, hes walking out now".
 */
const pastUnlessLeavingNow = pastUnlessToldAs(
  S`(?:hes|shes|theyre|he is|she is|they are) (?:walking|heading|going|leaving|running) (?:out )?(?:right )?now`,
);

/** Each situation's ways, checked first for the words every match needs (quick-test.ts). */
const quickSituations = situations.map((s) => ({
  name: s.name,
  when: quickTest(s.when),
  toldNow: s.toldNow && quickTest(s.toldNow),
  unless: s.unless,
}));

export function dangerSituation(cleaned: string): string | undefined {
  if (general.test(cleaned)) return undefined;
  // `past` is among the largest patterns: read at most once for the message, and only when some
  // situation's toldNow ways are in it.
  let toldAsHistory: boolean | undefined;
  const historyIn = () => (toldAsHistory ??= pastUnlessLeavingNow.test(cleaned));
  /** Its ways are in the message, or those that count only when nothing is told as history. */
  const seen = (s: (typeof quickSituations)[number]) => s.when(cleaned) || (s.toldNow?.(cleaned) === true && !historyIn());
  return quickSituations.find((s) => seen(s) && !(s.unless?.test(cleaned) ?? false))?.name;
}
