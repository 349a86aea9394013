import { clean } from './normalise';

/**
 * One reading of a message, shared by every step that decides its answer (commands, urgent
 * safety, follow-ups, section routing, the crisis-word check): the text is cleaned once, not
 * again by each step.
 */
export interface Question {
  /** As typed: urgent safety reads "od'd" before cleaning drops its apostrophe. */
  readonly text: string;
  /** Lower case, words and numbers only (normalise.ts clean()). */
  readonly cleaned: string;
}

export function readQuestion(text: string): Question {
  return { text, cleaned: clean(text) };
}

/** A step called with text alone (a test, the compose-box search) reads it here. */
export function questionOf(q: Question | string): Question {
  return typeof q === 'string' ? readQuestion(q) : q;
}
