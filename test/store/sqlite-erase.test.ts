import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite';

/** What a purge leaves on disk, read as bytes the way anyone holding the files could. */
describe('SQLite data at rest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'toolkit-erase-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const onDisk = () =>
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f)).toString('latin1'))
      .join('\n');

  it('keeps the folder and its files readable by the bot alone (0700, 0600)', async () => {
    const store = SqliteStore.open(join(dir, 'data'));
    await store.close();
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(join(dir, 'data')))
      expect({ f, mode: statSync(join(dir, 'data', f)).mode & 0o777 }).toEqual({ f, mode: 0o600 });
  });

  it('erases a purged request and a purged question: their text is in no database file afterwards', async () => {
    const store = SqliteStore.open(dir);
    const old = new Date(Date.now() - 400 * 86_400_000);
    const requester = { aadObjectId: 'aad-1', name: 'Sam Worker' };
    await store.saveConsultation({
      token: 't-old',
      requester,
      form: { childRef: 'JAYDENSMITHXQ', concernsOther: 'twelve acacia avenue' },
      now: old,
    });
    await store.recordUnanswered(old.toISOString(), 'unanswered about KAYLAJONESZQ');
    // The check can fail: before the purge both are on disk.
    expect(onDisk()).toContain('JAYDENSMITHXQ');
    expect(onDisk()).toContain('KAYLAJONESZQ');
    expect(await store.purgeConsultations(new Date())).toBe(1);
    expect(await store.purgeUnanswered(new Date())).toBe(1);
    expect(onDisk()).not.toContain('JAYDENSMITHXQ');
    expect(onDisk()).not.toContain('acacia');
    expect(onDisk()).not.toContain('KAYLAJONESZQ');
    await store.close();
    expect(onDisk()).not.toContain('JAYDENSMITHXQ');
  });

  it('erases what a retention sweep deletes or empties, and keeps what is recent', async () => {
    const store = SqliteStore.open(dir);
    const old = new Date(Date.now() - 400 * 86_400_000);
    const requester = { aadObjectId: 'aad-1', name: 'Sam Worker' };
    await store.saveConsultation({
      token: 't-old',
      requester,
      form: { childRef: 'KAYLEIGHOBRIENQ', concernsOther: 'cherry tree close' },
      now: old,
    });
    await store.saveConsultation({ token: 't-new', requester, form: { childRef: 'RECENTCHILDQ' } });
    await store.recordEvent({
      at: old.toISOString(),
      type: 'feedback',
      entryId: 'concern-anxiety',
      reaction: 'like',
      comment: 'COMMENTTEXTQ',
    });
    await store.writeState([{ key: 'conv-old', value: { memory: { note: 'STATETEXTQ' } } }]);
    for (const marker of ['KAYLEIGHOBRIENQ', 'cherry tree', 'COMMENTTEXTQ', 'STATETEXTQ']) expect(onDisk()).toContain(marker);
    const counts = await store.applyRetention({
      consultations: new Date(Date.now() - 365 * 86_400_000),
      feedbackComments: new Date(Date.now() - 90 * 86_400_000),
      conversationState: new Date(Date.now() + 1000),
    });
    expect(counts).toMatchObject({ consultations: 1, feedbackComments: 1, conversationState: 1 });
    for (const marker of ['KAYLEIGHOBRIENQ', 'cherry tree', 'COMMENTTEXTQ', 'STATETEXTQ']) expect(onDisk()).not.toContain(marker);
    expect(onDisk()).toContain('RECENTCHILDQ');
    await store.close();
  });
});
