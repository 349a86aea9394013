declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms: "ran" -> "run", "fought" -> "fight". */
  const exceptions: Record<string, string>;
  export = exceptions;
}
