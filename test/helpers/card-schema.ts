import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readSchema } from './schemas';
import { ENVELOPE_BYTES, TEAMS_MAX_BYTES, teamsBytes } from '../../src/cards/size';

let validate: ReturnType<Ajv['compile']> | undefined;

/** Validates against the official Adaptive Card 1.5 schema (vendored in test/schemas, no network). */
export function cardProblems(card: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    const schema = readSchema('adaptive-card-1.5.schema.json');
    // A draft-06 schema that names itself with "id": ajv 8 wants "$id".
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    validate = ajv.compile(schema);
  }
  const ok = validate(card);
  const problems = ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  // As Teams counts a message (UTF-16, two bytes a unit), leaving room for the activity around the card.
  const size = teamsBytes(card);
  if (size > TEAMS_MAX_BYTES - ENVELOPE_BYTES)
    problems.push(`card is ${size} bytes as Teams counts them, over ${TEAMS_MAX_BYTES - ENVELOPE_BYTES}`);
  const c = card as { version?: string; type?: string };
  if (c.type !== 'AdaptiveCard' || c.version !== '1.5') problems.push('not an AdaptiveCard version 1.5');
  return problems;
}

export function expectValidCard(card: unknown): void {
  expect(cardProblems(card)).toEqual([]);
}
