import type { Kind } from '../content/schema';

/**
 * Ranking weights (docs/decisions.md has the measurements behind each).
 * fields: what a practitioner types matches questions and titles best; example questions
 * (examples.ts) weigh as the content's own questions (out of fold, 0.5, 1 and 3 were no better).
 * kindPrior: a worry told in general words is best met by the topic, so directory services
 * weigh less, unless the question asks for a service's details (serviceDetail).
 * questionWeight and secondQuestion: the closest listed question counts twice, the next
 * closest half as much again: two close questions are stronger evidence than one.
 * mentionDf: an entry that only mentions a word counts half towards how common it is, so the
 * entry about "alcohol" is not drowned by the many that mention it.
 */
export const tuning = {
  fields: { title: 3, questions: 2, examples: 2, keywords: 2.5, summary: 1, body: 0.4 },
  mentionDf: 0.5,
  /** A word no entry uses counts this much against coverage (an idf runs from about 0.3 to 4.5). */
  unknownWeight: 1.5,
  /** A message of more terms than this is also read sentence by sentence (see search()). */
  longMessage: 10,

  k1: 1.2,
  b: 0.5,
  questionWeight: 2,
  secondQuestion: 0.5,
  serviceDetail: new Set(
    'contact contacts number phone ring call email address where based located open opening hours waiting wait waits age ages range eligible eligibility criteria website'.split(
      ' ',
    ),
  ),
  serviceDetailPrior: 1,
  kindPrior: { level: 1, concern: 1, pathway: 1, mha: 1, practice: 1, role: 1, service: 0.8, consultation: 1, help: 1 } as Record<
    Kind,
    number
  >,
};
