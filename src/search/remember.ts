/**
 * Remembers a pure function's answers for words: the same few thousand words recur.
 * Bounded, so a flood of made-up words cannot grow memory without limit.
 */
export function remember(fn: (word: string) => string, limit: number): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let value = known.get(word);
    if (value === undefined) {
      value = fn(word);
      if (known.size < limit) known.set(word, value);
    }
    return value;
  };
}
