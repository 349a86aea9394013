import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContentFiles } from '../../src/content/load';
import { readSnapshot, writeSnapshot } from '../../src/content/snapshot';

const CONTENT = join(__dirname, '..', '..', 'content');

describe('the build snapshot of the content', () => {
  let work: string;
  let content: string;
  let snapshot: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'toolkit-snapshot-'));
    content = join(work, 'content');
    snapshot = join(work, 'content-snapshot.json');
    cpSync(CONTENT, content, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('gives exactly what parsing the files gives', () => {
    writeSnapshot(content, snapshot);
    expect(readSnapshot(content, snapshot)).toEqual(loadContentFiles(content));
  });

  it('is not used once a file is edited: the edit is what the bot serves', () => {
    writeSnapshot(content, snapshot);
    const file = join(content, 'mha', 'mha-s117.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Section 117 aftercare (edited)'));
    expect(readSnapshot(content, snapshot)).toBeUndefined();
    expect(loadContentFiles(content).entries.find((e) => e.entry.id === 'mha-s117')?.entry.title).toBe('Section 117 aftercare (edited)');
  });

  it('is not used when a file is added or removed', () => {
    writeSnapshot(content, snapshot);
    rmSync(join(content, 'services', 'service-kooth.yaml'));
    expect(readSnapshot(content, snapshot)).toBeUndefined();
  });

  it('is ignored, not trusted, when it is damaged', () => {
    writeSnapshot(content, snapshot);
    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').slice(0, 1000));
    expect(() => readSnapshot(content, snapshot)).not.toThrow();
    expect(readSnapshot(content, snapshot)).toBeUndefined();
  });

  it('is not used for a content folder with a broken file, so start-up still stops with file:line', () => {
    writeSnapshot(content, snapshot);
    writeFileSync(join(content, 'concerns', 'concern-sleep.yaml'), 'id: [unclosed\n');
    expect(readSnapshot(content, snapshot)).toBeUndefined();
    expect(loadContentFiles(content).problems.map((p) => `${p.file}:${p.line}`).join('\n')).toMatch(/concern-sleep\.yaml:\d+/);
  });
});
