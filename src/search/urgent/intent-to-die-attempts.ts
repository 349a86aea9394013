/**
 * Intent to die acted on: suicidal now, an attempt, an attempt going on.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, now, past, S, self, toldOver, tooMuchOf, type Rule } from './fragments';
import { askedWhatIf } from './intent-to-die-threats-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const intentToDieAttemptsRules: Rule[] = [
  // "actively suicidal", "suicidal right now"
  {
    name: 'suicidal-now',
    when: b(
      alt(
        'actively suicidal',
        S`active suicidal ${alt('plan', 'plans', 'intent')}`,
        S`suicidal ${now}`,
        S`${now} suicidal`,
        // Named with the child, then when: "we have a suicidal child in school right now and camhs arent answering".
        S`suicidal ${alt('child', 'kid', 'yp', 'young person', 'pupil', 'student', 'girl', 'boy', 'lad', 'teen', 'teenager', 'young man', 'young woman')}(?: \w+){0,4} ${now}(?! that)`,
        // Said of this child, not asked of any: "emergency child at risk of suicide now" (not "how do i know if a child is at risk
        // of suicide now", nor "now that she has moved").
        S`(?<!\bif (?:\w+ ){1,3})at (?:\w+ )?risk of suicide ${now}(?! that)`,
        'missing and suicidal',
        'suicidal and missing',
        'overdosing',
        // Typed short: "hes od'ing", "shes od-ing on her meds".
        S`(?:${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'yp', 'yp is')} )od ?ing`,
      ),
    ),
    // "past history of overdosing, now clean 6 months"; any child, asked of a level or a service ("is level 4 only for children who
    // are actively suicidal").
    unless: new RegExp(
      S`${past.source}|\b${alt('children', 'young people', 'kids', 'a child', 'a young person', 'someone', 'anyone')} who (?:are|is) actively suicidal\b|` +
        // Others in general, read about: "read an article about teens overdosing on paracetamol".
        S`\babout ${alt('teens', 'teenagers', 'young people', 'people', 'kids', 'children', 'students')} overdosing\b|` +
        // Too much of something harmless: "hes been overdosing on homework, 5 hours a night".
        S`\boverdosing on ${tooMuchOf}\b|` +
        // Feared for someone, a worry: "his mum is using heroin, he worries about her overdosing".
        S`\b${alt('worries', 'worried', 'worry', 'worrying', 'scared', 'afraid', 'frightened', 'fears?')} (?:about|of) (?:her|his|their|my|mum|dad|him|them|someone)(?: \w+)? overdosing\b|` +
        // Asked of the act itself: "is overdosing on paracetamol dangerous even if the person seems ok".
        S`^(?:is|can|does|how) overdosing\b`,
    ),
  },
  // "yp attempting suicide", "shes just tried to kill herself"
  {
    name: 'attempt',
    when: anyOf(
      S`\b${alt('threatening', 'attempting')} (?:to (?:commit )?)?suicide\b`,
      // Being resuscitated after it, as a ward says it: "lac pt (16) in resus after hanging attempt, social worker not answering".
      S`\bin resus(?:citation)?\b(?: \w+){0,2} after (?:an? |the |her |his )?(?:\w+ )?${alt('attempt', 'overdose', 'od', 'hanging', 'ligature', 'suicide attempt', 'stabbing')}\b`,
      S`\b${alt('just', 'has', 'have', 'shes', 'hes', 'theyve')} (?:just )?tried to ${alt(
        'kill',
        'hang',
        'strangle',
        'drown',
        'overdose',
        'suffocate',
      )}\b`,
      S`\bjust ${alt('attempted', 'tried')} suicide\b`,
      // In the middle of it: "whats the number for crisis?? got a kid mid attempt".
      S`\bmid ?${alt('attempt', 'overdose', 'ligature')}\b`,
    ),
    // "keeps attempting suicide": a pattern to plan for, asked about, not an attempt now.
    // Nor a threat told with its end: "threatening suicide earlier but has calmed down and gone to bed, what follow up".
    unless: new RegExp(
      S`${past.source}|\bkeeps? (?:attempting|trying)\b|` +
        // A kind of call asked about: "as an edt social worker, when a foster carer rings at midnight about a child threatening suicide".
        S`\bwhen (?:a|an) (?:\w+ )?${alt('carer', 'parent', 'worker', 'teacher', 'school', 'nurse', 'gp', 'officer', 'manager')} ${alt('rings', 'calls', 'phones', 'reports', 'emails')}\b|` +
        S`\bthreatening (?:to (?:commit )?)?suicide\b(?=.*\b${alt('calmed', 'settled')} (?:down )?and (?:has )?${alt('gone', 'went')} to ${alt('bed', 'sleep')}\b(?!.*\bbut\b))`,
    ),
  },
  // An attempt going on as it is told, over and over: "he keeps putting his head in the cell toilet trying to drown himself", "says
  // hes not stopping till hes dead", "pulled his trach out, said he wants to stop breathing and keeps trying to do it again".
  {
    name: 'attempt-going-on',
    when: anyOf(
      // Said outright, as a log or a radio call says it: "suicide attempt in progress".
      S`\b(?:suicide |suicidal |ligature |overdose )?attempt (?:is |now )?${alt('in progress', 'happening now', 'happening right now', 'going on now', 'underway', 'ongoing')}\b`,
      S`\b${alt('trying', 'tryin')} to ${alt('drown', 'hang', 'strangle', 'suffocate', 'smother', 'choke')} ${self}\b`,
      S`\bnot ${alt('stopping', 'going to stop', 'gonna stop')} ${alt('till', 'until', 'til')} ${alt('hes', 'shes', 'theyre', 'im', 'he is', 'she is', 'they are', 'i am')} dead\b`,
      S`\b${alt('wants?', 'wanting', 'trying')} to stop breathing\b.*\b${alt('trying to do it again', 'keeps trying', 'holding (?:his|her|their) hands', 'pulled (?:his|her|their) (?:trach|trachy|tube|line|ng tube|cannula) out')}\b`,
      S`\bpulled (?:his|her|their) (?:trach|trachy|tracheostomy|tube) out\b.*\b${alt('wants?', 'wanting', 'trying')} to ${alt('stop breathing', 'die')}\b`,
      // Wanting the pain of a crisis to kill them while refusing treatment: "sickle cell crisis refusing all treatment, says he wants the pain to kill him".
      S`\brefus\w* (?:all |any |his |her |their )?${alt('treatment', 'medication', 'meds', 'fluids', 'oxygen', 'insulin', 'pain relief')}\b.*\bwants? ${alt('the pain', 'it')} to kill ${alt('him', 'her', 'them', 'me')}\b`,
    ),
    // Asked about in general, or over: "a tier 4 admission last winter after trying to hang herself".
    unless: anyOf(
      toldOver.source,
      past.source,
      S`\bafter (?:trying|attempting)\b`,
      S`\b${alt(askedWhatIf, 'how (?:do|should) (?:i|we) respond')}\b`,
    ),
  },
];
