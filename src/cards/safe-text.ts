/**
 * Text a user typed, made safe to show back in a card: no control characters,
 * no card expressions, no markdown links or emphasis that could disguise a link.
 */
export function shownBack(text: string, max = 200): string {
  const flat = text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\$\{/g, '$\u200b{')
    .replace(/([\\`*_[\]()<>#!|~])/g, '\\$1')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
