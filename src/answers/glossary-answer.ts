import type { Toolkit } from '../content/toolkit';
import { sectionIn } from '../search/mha-route';
import type { Question } from '../search/question';
import { definitionAsked, titleNames, type GlossaryIndex } from '../search/glossary';
import { glossaryCard } from './glossary';
import type { Memory } from './memory';
import type { Parts } from './parts';

/** What a meaning asked comes to: a glossary line, or an entry shown whole. */
export type Defined = { line: Parts } | { entry: string };

/**
 * "what does IRO mean", "define Gillick", "whats a CTO": a glossary term's meaning in one line.
 * "what is camhs" or "what is an IRO", where the term is its entry's title, is that entry, shown
 * whole whatever the gate makes of so short a message; "what is s117" is left to the section
 * route. Only the meaning asked outright ("what does IRO mean") gets the line then.
 */
export function definedAnswer(q: Question, memory: Memory, toolkit: Toolkit, glossary: GlossaryIndex): Defined | undefined {
  const asked = definitionAsked(q.text, glossary);
  if (!asked) return undefined;
  const entry = toolkit.get(asked.term.entry);
  if (!asked.meaning) {
    if (sectionIn(q) !== undefined) return undefined;
    if (entry && titleNames(entry.title, asked.said)) return { entry: entry.id };
  }
  // The contract's kinds: the answer is the entry that covers the term, told in one line (a
  // follow-up then opens that entry); with no entry shown in the areas served, a help answer.
  return {
    line: {
      kind: entry?.kind ?? 'help',
      id: entry?.id ?? null,
      alternatives: [],
      urgent: false,
      cards: [glossaryCard(asked.term, entry)],
      band: 'glossary',
      memory: entry ? { lastTopicId: entry.id } : memory,
    },
  };
}
