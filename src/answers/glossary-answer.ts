import type { Toolkit } from '../content/toolkit';
import { sectionIn } from '../search/mha-route';
import type { Question } from '../search/question';
import { definitionAsked, titleNames, type GlossaryIndex } from '../search/glossary';
import { glossaryCard } from './glossary';
import type { Memory } from './memory';
import type { Parts } from './parts';

/**
 * "what does IRO mean", "define Gillick", "whats a CTO": a glossary term's meaning in one line.
 * "what is an IRO" or "what is s117", where the term is its entry's title or a Mental Health Act
 * section, is left to the whole entry; only the meaning asked outright gets the line then.
 */
export function glossaryParts(q: Question, memory: Memory, toolkit: Toolkit, glossary: GlossaryIndex): Parts | undefined {
  const asked = definitionAsked(q.text, glossary);
  if (!asked) return undefined;
  const entry = toolkit.get(asked.term.entry);
  if (!asked.meaning && (sectionIn(q) !== undefined || (entry !== undefined && titleNames(entry.title, asked.said)))) return undefined;
  // The contract's kinds: the answer is the entry that covers the term, told in one line (a
  // follow-up then opens that entry); with no entry shown in the areas served, a help answer.
  return {
    kind: entry?.kind ?? 'help',
    id: entry?.id ?? null,
    alternatives: [],
    urgent: false,
    cards: [glossaryCard(asked.term, entry)],
    band: 'glossary',
    memory: entry ? { lastTopicId: entry.id } : memory,
  };
}

/**
 * "what is camhs": a meaning asked of a term that is its entry's title is that entry, shown whole
 * whatever the gate makes of so short a message (a Mental Health Act section is routed apart).
 */
export function entryDefined(q: Question, toolkit: Toolkit, glossary: GlossaryIndex): string | undefined {
  const asked = definitionAsked(q.text, glossary);
  if (!asked || asked.meaning || sectionIn(q) !== undefined) return undefined;
  const entry = toolkit.get(asked.term.entry);
  return entry && titleNames(entry.title, asked.said) ? entry.id : undefined;
}
