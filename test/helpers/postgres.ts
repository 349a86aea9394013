import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Tool } from './requires';

export { startPostgres, type TestPostgres } from '../../src/devtools/postgres';

/** The initdb startPostgres runs: Debian's, under the newest /usr/lib/postgresql/<version>/bin. */
export function initdbPath(root = '/usr/lib/postgresql'): string | undefined {
  let versions: string[];
  try {
    versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  } catch {
    return undefined;
  }
  const initdb = versions[0] ? join(root, versions[0], 'bin', 'initdb') : undefined;
  return initdb && existsSync(initdb) ? initdb : undefined;
}

export const POSTGRES: Tool = {
  name: 'PostgreSQL',
  found: initdbPath(),
  install: 'apt-get install postgresql (the tests run /usr/lib/postgresql/<version>/bin/initdb in a temporary folder)',
};
