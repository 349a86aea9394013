import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { cardSchemas, type CardData, type CardName } from './schemas';

/** An Adaptive Card as Teams receives it. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string } & Record<string, unknown>;

export class CardRenderError extends Error {}

const CARDS_DIR = join(__dirname, '..', '..', 'cards');
const templates = new Map<CardName, Template>();

function template(name: CardName): Template {
  let t = templates.get(name);
  if (!t) {
    // Parsed once per process: expansion is on the hot path of every answer.
    t = new Template(JSON.parse(readFileSync(join(CARDS_DIR, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/**
 * Cards whose data comes only from the toolkit, never from what someone typed: the same
 * data always gives the same card, so each expansion is kept (expanding was a tenth of
 * the time of a reply). Cards that echo a form or a note are expanded every time, so no
 * child's details stay in memory.
 */
const FROM_CONTENT: ReadonlySet<CardName> = new Set<CardName>(['concern', 'level', 'mha', 'practice', 'role', 'service', 'info', 'pathway', 'menu', 'welcome', 'choices', 'fallback', 'urgent']);
/** About 15 KB each in memory: 500 cards hold every entry's card and the common choices. */
const MAX_KEPT = 500;
const kept = new Map<string, AdaptiveCard>();

/** Kept cards are shared between replies: frozen, so a change to one is an error, not a leak. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Validates `data` against the template's schema and expands the cached template. */
export function renderCard<N extends CardName>(name: N, data: CardData<N>): AdaptiveCard {
  if (!FROM_CONTENT.has(name)) return expand(name, data);
  const key = `${name}\n${JSON.stringify(data)}`;
  let card = kept.get(key);
  if (card) kept.delete(key); // re-inserted below: the least recently used card goes first
  else card = deepFreeze(expand(name, data));
  // Content reloads change the data, so old keys simply stop being asked for; the bound caps them.
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, card);
  return card;
}

function expand<N extends CardName>(name: N, data: CardData<N>): AdaptiveCard {
  const parsed = cardSchemas[name].safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CardRenderError(`card "${name}": invalid data (${where})`);
  }
  const card = template(name).expand({ $root: parsed.data }) as AdaptiveCard;
  const json = JSON.stringify(card);
  // A leftover expression means a field the data did not supply: a bug, never sent.
  if (json.includes('${')) throw new CardRenderError(`card "${name}": unexpanded expression left in output`);
  delete card.$schema;
  return card;
}
