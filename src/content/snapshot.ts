import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { ContentLoad, loadContentFiles, yamlFiles } from './load';

/** Beside the compiled code: `npm run build` writes it, start-up reads it. */
export const SNAPSHOT_FILE = join(__dirname, '..', 'content-snapshot.json');
/** Changes whenever the snapshot's shape does, so an old snapshot is never misread. */
const FORMAT = 'content-snapshot/1';

const Snapshot = z.object({ format: z.literal(FORMAT), fingerprint: z.string(), cwd: z.string(), load: z.unknown() });

/** A hash of every content file's path and bytes: any edit, added or removed file changes it. */
export function fingerprint(dir: string): string {
  const hash = createHash('sha256').update(FORMAT);
  for (const path of yamlFiles(dir)) hash.update(`\0${relative(dir, path)}\0`).update(readFileSync(path));
  return hash.digest('hex');
}

/**
 * The parsed content, if the snapshot was taken of these very files. Problems name files
 * relative to the folder the build ran in, so a snapshot taken elsewhere is not used.
 * The entries are validated again on the way in (cheap next to parsing YAML).
 */
export function readSnapshot(dir: string, file = SNAPSHOT_FILE): ContentLoad | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // A damaged snapshot only costs the parse it would have saved.
  }
  const snapshot = Snapshot.safeParse(json);
  if (!snapshot.success || snapshot.data.cwd !== process.cwd() || snapshot.data.fingerprint !== fingerprint(dir)) return undefined;
  return ContentLoad.safeParse(snapshot.data.load).data;
}

export function writeSnapshot(dir: string, file = SNAPSHOT_FILE): ContentLoad {
  const load = loadContentFiles(dir);
  // Written whole, then renamed: a start-up never reads half a snapshot.
  writeFileSync(`${file}.tmp`, JSON.stringify({ format: FORMAT, fingerprint: fingerprint(dir), cwd: process.cwd(), load }));
  renameSync(`${file}.tmp`, file);
  return load;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? 'content');
  const load = writeSnapshot(dir);
  process.stdout.write(`content snapshot: ${load.entries.length} entries from ${relative(process.cwd(), dir) || dir}\n`);
}
