import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * What `npm run build` works out ahead of start-up (the content snapshot, the search
 * analysis). Only ever a shortcut: a missing, damaged or unrecognised file reads as nothing,
 * and the caller does the work it would have saved.
 */
export function readBuildFile<T>(file: string, schema: z.ZodType<T>): T | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  return schema.safeParse(json).data;
}

/** Written whole, then renamed: a start-up never reads half a file. */
export function writeBuildFile(file: string, data: unknown): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(data));
  renameSync(`${file}.tmp`, file);
}
