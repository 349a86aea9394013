import { renderCard, type AdaptiveCard } from '../cards/render';
import type { Entry } from '../content/schema';
import type { GlossaryTerm } from '../content/glossary';
import { show } from './actions';

/**
 * A term's meaning in one line, bold term first, and one button to open the entry that covers
 * it. The button is left off when that entry is not shown in the areas served.
 */
export function glossaryCard(term: GlossaryTerm, entry: Entry | undefined): AdaptiveCard {
  return renderCard('glossary', {
    line: `**${term.term}**: ${term.meaning}`,
    actions: entry ? [{ title: `Open: ${term.label}`, data: show(entry.id) }] : [],
  });
}
