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

/** Validates `data` against the template's schema and expands the cached template. */
export function renderCard<N extends CardName>(name: N, data: CardData<N>): AdaptiveCard {
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
