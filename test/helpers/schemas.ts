import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The published schemas the tests validate against, vendored in test/schemas (origins and licences in its README). */
export const SCHEMAS_DIR = join(__dirname, '..', 'schemas');

export function readSchema(
  file: 'adaptive-card-1.5.schema.json' | 'teams-manifest-1.29.schema.json' | 'teams-light.hostconfig.json',
): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, file), 'utf8')) as Record<string, unknown>;
}
