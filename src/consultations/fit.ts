import { shownBack } from '../cards/safe-text';
import { CHOICE_MAX, maxLengths } from './form';

/** How a shortened answer ends on the team's card: the export always has all of it. */
export const MORE = ' … full text in the record';

/** UTF-16 units a string takes inside JSON (what Teams counts, before doubling). */
export const jsonUnits = (s: string): number => JSON.stringify(s).length - 2;

/** One shown character: an escape with what it escapes, or one whole code point (never half an emoji). */
const TOKEN = /\\[\s\S]|[\s\S]/gu;

/**
 * Text someone typed, made safe to show (see shownBack), in at most `units` as JSON counts them.
 * Escaping can triple a character ("*" becomes "\\*" in JSON), so the cut is by that count, and
 * never inside an escape or a character; a cut text ends with "… full text in the record".
 */
export function shownWithin(text: string, units: number): string {
  const safe = shownBack(text, Number.MAX_SAFE_INTEGER);
  if (jsonUnits(safe) <= units) return safe;
  const budget = Math.max(0, units - jsonUnits(MORE));
  let used = 0;
  let end = 0;
  for (const m of safe.matchAll(TOKEN)) {
    used += jsonUnits(m[0]);
    if (used > budget) break;
    end = m.index + m[0].length;
  }
  return `${safe.slice(0, end).trimEnd()}${MORE}`;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Line breaks and tabs stay (they are allowed in long answers); other control codes are refused by the form.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The most a field's value may hold when echoed back into the form. */
export const echoMax = (field: string): number => (field in maxLengths ? maxLengths[field as keyof typeof maxLengths] : CHOICE_MAX);

/**
 * A value going back into the form's input as it was typed, bounded: cut to the field's limit
 * (whole characters only), control codes and broken characters shown as "\ufffd" (so JSON never
 * spells them out six units long), and card expressions neutralised.
 */
export function echoValue(field: string, value: unknown): string {
  if (typeof value !== 'string') return '';
  const clean = value.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '\ufffd');
  const max = echoMax(field);
  let cut = clean.length > max ? clean.slice(0, max) : clean;
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.replace(/\$\{/g, '$\u200b{');
}
