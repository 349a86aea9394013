/**
 * How Teams measures a message: the serialized activity as UTF-16, two bytes a code unit.
 * Teams refuses a bot message over about 80 KB measured this way (HTTP 413 from the connector).
 */
export const TEAMS_MAX_BYTES = 80 * 1024;

/** Room kept for what goes around a card in the activity: ids, accounts, conversation, service URL. */
export const ENVELOPE_BYTES = 4 * 1024;

/** The size Teams counts for a value sent as JSON. */
export function teamsBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/** Whether a card, once wrapped in its activity, stays under Teams' limit. */
export function cardFits(card: unknown): boolean {
  return teamsBytes(card) <= TEAMS_MAX_BYTES - ENVELOPE_BYTES;
}
