import { clean } from './normalise';

/**
 * Whose worry a message is about, in words the search drops as stop words. "how do I look after
 * myself", "my own anxiety", "support for carers themselves": the asker's own wellbeing, not the
 * child's. Each is a feature of the topic model only (topic-model.ts), never a search term, so
 * it can weigh toward an entry without counting against the words an entry shares.
 */
const MARKERS: readonly { feature: string; when: RegExp }[] = [
  // Reflexives and "own": the asker, the staff or the carers themselves.
  { feature: '~own', when: /\b(?:myself|ourselves|themselves|yourself|my own|our own|their own)\b/ },
  // Help asked for the asker ("where can I get help for me", "support for us as carers").
  { feature: '~for-me', when: /\b(?:for me|for us|support me|help me)\b/ },
];

/** The asker-word features of a message (a leading "~" keeps them apart from search terms). */
export function askerWords(text: string): string[] {
  const cleaned = clean(text);
  return MARKERS.filter((m) => m.when.test(cleaned)).map((m) => m.feature);
}
