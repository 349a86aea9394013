import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * What any text a pattern matches must contain, read from the pattern itself: a string, one of
 * several (`any`), all of several (`all`), or nothing known (`true`). "took (?: \S+){0,12} (?:grey|blue)"
 * needs "took" and one of "grey" or "blue". Most messages lack the words of most urgent patterns, so
 * checking them first spares the pattern's search; the check can only say no where the pattern would.
 */
export type Need = true | string | { any: Need[] } | { all: Need[] };

const anyOf = (needs: Need[]): Need => (needs.includes(true) ? true : needs.length === 1 ? needs[0]! : { any: needs });
const allOf = (needs: Need[]): Need => {
  const kept = needs.filter((n) => n !== true);
  return kept.length === 0 ? true : kept.length === 1 ? kept[0]! : { all: kept };
};

function ofAlternatives(alternatives: AST.Alternative[], fold: boolean): Need {
  return anyOf(alternatives.map((a) => ofAlternative(a, fold)));
}

/** Letters in a row make one string; each other part adds its own need. */
function ofAlternative(alternative: AST.Alternative, fold: boolean): Need {
  const needs: Need[] = [];
  let run = '';
  for (const e of alternative.elements) {
    const need = ofElement(e, fold);
    if (e.type === 'Character' && typeof need === 'string') {
      run += need;
      continue;
    }
    if (run) needs.push(run);
    run = '';
    needs.push(need);
  }
  if (run) needs.push(run);
  return allOf(needs);
}

function ofElement(e: AST.Element, fold: boolean): Need {
  switch (e.type) {
    case 'Character': {
      // Outside ASCII, case-blind matching and toLowerCase part ways ("ſ" matches "s"): no need is read.
      if (fold && e.value > 0x7f) return true;
      const c = String.fromCodePoint(e.value);
      return fold ? c.toLowerCase() : c;
    }
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(e.alternatives, fold);
    case 'Quantifier':
      return e.min >= 1 ? ofElement(e.element, fold) : true;
    case 'Assertion':
      // What a lookahead or lookbehind asks for is in the text too, if not in the match.
      return (e.kind === 'lookahead' || e.kind === 'lookbehind') && !e.negate ? ofAlternatives(e.alternatives, fold) : true;
    default:
      // Classes, \w, \S, ., back-references and \b ask for no particular letters.
      return true;
  }
}

function meets(need: Need, text: string): boolean {
  if (need === true) return true;
  if (typeof need === 'string') return text.includes(need);
  return 'any' in need ? need.any.some((n) => meets(n, text)) : need.all.every((n) => meets(n, text));
}

/**
 * `pattern.test`, answering no at once when the text lacks the words every match needs. The need is
 * read on first use (a few milliseconds for the largest pattern), as the pattern is compiled then.
 * A global or sticky pattern keeps its own test: skipping it would not reset its lastIndex.
 */
export function quickTest(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky) return (text) => pattern.test(text);
  let need: Need | undefined;
  const fold = pattern.ignoreCase;
  return (text) => {
    need ??= needOf(pattern);
    if (fold && NOT_ASCII.test(text)) return pattern.test(text);
    return meets(need, fold ? text.toLowerCase() : text) && pattern.test(text);
  };
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** What every match of the pattern needs; nothing, should the pattern be one the parser does not read. */
export function needOf(pattern: RegExp): Need {
  try {
    return ofAlternatives(
      new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(pattern.toString()).pattern.alternatives,
      pattern.ignoreCase,
    );
  } catch {
    return true;
  }
}
