import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { ContentLoad, loadContentFiles, yamlFiles } from './load';
import { readBuildFile, writeBuildFile } from './build-file';

/** Beside the compiled code: `npm run build` writes it, start-up reads it. */
export const SNAPSHOT_FILE = join(__dirname, '..', 'content-snapshot.json');
/** Changes whenever the snapshot's shape does, so an old snapshot is never misread. */
const FORMAT = 'content-snapshot/2';

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
  const snapshot = readBuildFile(file, Snapshot);
  if (!snapshot || snapshot.cwd !== process.cwd() || snapshot.fingerprint !== fingerprint(dir)) return undefined;
  return ContentLoad.safeParse(snapshot.load).data;
}

export function writeSnapshot(dir: string, file = SNAPSHOT_FILE): ContentLoad {
  const load = loadContentFiles(dir);
  writeBuildFile(file, { format: FORMAT, fingerprint: fingerprint(dir), cwd: process.cwd(), load });
  return load;
}

if (require.main === module) {
  const dir = resolve(process.argv[2] ?? 'content');
  const load = writeSnapshot(dir);
  process.stdout.write(`content snapshot: ${load.entries.length} entries from ${relative(process.cwd(), dir) || dir}\n`);
}
