import { questionOf, type Question } from './question';

/**
 * Words that say what the asker wants to know, or who is asking about whom, rather than what
 * the worry is: "symptoms of depression in my foster son" is about depression. They still
 * rank (an entry's signs section is about "signs"), but they neither add to nor take from
 * how sure the bot is. Kept short and general: each is a way of asking, not a topic.
 */
export const NEUTRAL_WORDS = `
  sign signs symptom symptoms red flag flags warning indicator indicators look looking notice noticed spot
  spotting recognise recognize identify
  help helps helping helped support supporting advice advise guidance info information tips ideas idea
  strategies strategy ways way best
  should could would can do doing done deal dealing handle handling manage managing cope respond responding
  what how who where when why which whether process procedure steps step explain explained mean means
  meaning define definition stand
  worried worry worrying concerned concern concerns struggling struggle issue issues problem problems
  question questions wondering wonder unsure sure
  child son daughter boy girl lad lass teen teenager teenage adolescent toddler little foster fostering
  carer carers worker sw here
  recently lately currently started starting since ago week weeks month months day days now bit
  quite very really lot
  please anyone someone somebody
`
  .split(/\s+/)
  .filter(Boolean);

/** The part of an entry a question asks for: the card opens there. */
export type Focus = 'signs' | 'risks' | 'help' | 'more-help';

const FOCI: [Focus, RegExp][] = [
  ['risks', /\b(?:risk factors?|risks|what makes (?:it|them|a child) more likely|causes?)\b/],
  [
    'signs',
    /\b(?:signs?|symptoms?|red flags?|warning signs?|indicators?|look (?:out )?for|how (?:do|would|can) (?:i|you|we) (?:know|tell|spot)|what does (?:it|this) look like)\b/,
  ],
  [
    'more-help',
    /\b(?:when (?:to|should (?:i|we)) (?:get|seek|ask for) (?:more )?help|who (?:do|should|can) (?:i|we) (?:call|ring|phone|contact|tell)|who to (?:call|ring|contact)|where (?:to|can (?:i|we)) get help)\b/,
  ],
  [
    'help',
    /\b(?:what (?:helps|could help|can help|might help|can (?:i|we) do|should (?:i|we) do|to do)|how (?:can|do|should) (?:i|we) (?:help|support|respond|manage)|ways to help|strategies|tips)\b/,
  ],
];

/** The section a question asks for, if it names one. */
export function focusIn(q: Question | string): Focus | undefined {
  const t = questionOf(q).cleaned;
  return FOCI.find(([, re]) => re.test(t))?.[0];
}

/** What may stand around a follow-up's section words: "for him", "then", "please". */
const FOLLOW_UP_REST =
  /^(?:(?:for|of|with|about|in|to|on)\s+)?(?:him|her|them|it|this|that|the child|this child|the yp|them both|these)?\s*(?:then|too|as well|please|here)?$/;

/**
 * A short follow-up that names a section and nothing else ("and the risk factors?", "what
 * about signs", "who do I call?"), as a focus on the entry just shown. "signs of self harm"
 * names a topic too, so it is a new question.
 */
export function followUpFocus(q: Question | string): Focus | undefined {
  const t = questionOf(q).cleaned.replace(
    /^(?:(?:and|so|ok|okay|also|then|what about|how about|what are|whats|tell me|show me|the|any)\s+)+/,
    '',
  );
  for (const [focus, re] of FOCI) {
    const m = re.exec(t);
    if (m && FOLLOW_UP_REST.test(`${t.slice(0, m.index)} ${t.slice(m.index + m[0].length)}`.trim())) return focus;
  }
  return undefined;
}
