/** Any of the words or phrases (regular-expression sources), matched whole. */
export const wholeWords = (list: readonly string[]): RegExp => new RegExp(String.raw`\b(?:${list.join('|')})\b`);
