import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The read-only shared folder (schemas, inventory) that sits next to the project. */
export function sharedDir(): string {
  const candidates = [process.env.SHARED_DIR, resolve(__dirname, '..', '..', '..', 'shared'), '/work/shared'].filter((c): c is string => Boolean(c));
  const found = candidates.find((c) => existsSync(join(c, 'schemas', 'adaptive-card-1.5.schema.json')));
  if (!found) throw new Error(`shared/ not found (looked in ${candidates.join(', ')}); set SHARED_DIR`);
  return found;
}
