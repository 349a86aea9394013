/**
 * A message of several items (a bulleted or numbered list, a handover of several children, a pasted email's points) tells
 * several things: one item's routine words ("thanks for the quarterly data") say nothing of another's danger ("a friend has
 * collapsed in the bathroom, they cant find a pulse"). Each item is read alone, as a message of its own.
 */

/** A line that starts an item: "- ", "* ", "• ", "1. ", "2) ", "a) ". */
const ITEM = /^[ \t]*(?:[-*•–—]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]+(?=\S)/;
/** Fewer than two marked lines is no list. */
const FEWEST = 2;
/** A pasted list of hundreds of lines is read for its first items only, as a long message is read in windows. */
const MOST = 12;

/** The message's list items, each with the unmarked lines that follow it; none when it is no list. */
export function listItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const marked = ITEM.exec(line);
    if (marked) items.push(line.slice(marked[0].length));
    else if (items.length > 0 && line.trim()) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items.length >= FEWEST ? items.slice(0, MOST) : [];
}
