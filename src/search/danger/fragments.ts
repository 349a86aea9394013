/**
 * Shared parts of the broad emergency detector's situations (../danger.ts): the helpers that build
 * the patterns, and the shape of a situation. Word lists used by more than one kind of situation live
 * beside it, by kind: fragments-now.ts, fragments-body.ts, fragments-means.ts, fragments-reach.ts and
 * fragments-history.ts.
 */

export const S = String.raw;
/** Up to n words of anything between two parts of a situation. */
export const gap = (n: number) => S`(?: \S+){0,${n}}`;
/** One of several words or phrases. */
export const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
/** The words somewhere in the message, before or after what is matched so far (read once it is, not from every place). */
export const eitherSide = (x: string) => S`(?:(?<=\b${x}\b.*)|(?=.*\b${x}\b))`;
/** Whole words only, around every alternative. */
export const b = (x: string) => new RegExp(S`\b(?:${x})\b`);

export interface Situation {
  name: string;
  when: RegExp;
  /**
   * Ways that count only when nothing in the message is told as history (past): the check is made once for the message
   * (../danger.ts), not written into each way, where it would cost hundreds of kilobytes of compiled code apiece.
   */
  toldNow?: RegExp;
  /** Words that make it history, not now. */
  unless?: RegExp;
}
