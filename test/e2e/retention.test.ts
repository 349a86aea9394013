import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startHarness } from '../helpers/harness';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { SqliteStore } from '../../src/store/sqlite';
import { PostgresStore } from '../../src/store/postgres';
import type { Store } from '../../src/store/store';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const requester = { aadObjectId: 'aad-1', name: 'Sam Worker' };

/** One of each kind, old and recent, as the bot would have stored them over a year or two. */
async function seed(store: Store): Promise<void> {
  await store.saveConsultation({ token: 'old', requester, form: { childRef: 'OLDCHILDREFQ' }, now: ago(400) });
  await store.saveConsultation({ token: 'kept', requester, form: { childRef: 'KEPTCHILDREFQ' }, now: ago(300) });
  await store.recordEvent({ at: ago(400).toISOString(), type: 'answer', band: 'direct', entryId: 'mha-s136' });
  await store.recordEvent({
    at: ago(120).toISOString(),
    type: 'feedback',
    entryId: 'mha-s136',
    reaction: 'dislike',
    comment: 'OLDCOMMENTQ',
  });
  await store.recordEvent({
    at: ago(10).toISOString(),
    type: 'feedback',
    entryId: 'mha-s136',
    reaction: 'like',
    comment: 'recent comment',
  });
  await store.recordUnanswered(ago(100).toISOString(), 'old [word] question');
  await store.recordUnanswered(ago(5).toISOString(), 'recent question');
  await store.writeState([
    { key: 'conv-old', value: { memory: { lastTopicId: 'mha-s136' } } },
    { key: 'conv-new', value: { memory: { lastTopicId: 'mha-s2' } } },
  ]);
}

/** What a first sweep at start, with the default periods, must leave. */
async function expectSwept(store: Store): Promise<void> {
  expect((await store.listConsultations()).map((r) => r.token)).toEqual(['kept']);
  const events = await store.listEvents(new Date(0));
  expect(events.map((e) => [e.reaction ?? e.band, e.comment])).toEqual([
    ['dislike', undefined],
    ['like', 'recent comment'],
  ]);
  expect((await store.listUnanswered(new Date(0))).map((u) => u.text)).toEqual(['recent question']);
  expect(Object.keys(await store.readState(['conv-old', 'conv-new']))).toEqual(['conv-new']);
}

const sweptLog = (logs: Record<string, unknown>[]) => logs.find((l) => l.event === 'retention-applied');

describe('retention, as the running bot applies it (SQLite files)', () => {
  it('sweeps at start with the default periods, and erases the text from the files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-retention-e2e-'));
    try {
      const store = SqliteStore.open(dir);
      await seed(store);
      // Conversation state is stamped by the store: one conversation last spoke 40 days ago.
      store.db.prepare('UPDATE bot_state SET updated_at = ? WHERE key = ?').run(ago(40).toISOString(), 'conv-old');
      await store.close();
      const logs: Record<string, unknown>[] = [];
      const h = await startHarness({}, dir, { logs });
      try {
        await h.connector.until(() => sweptLog(logs) !== undefined, 5000, 'the first sweep');
        expect(sweptLog(logs)).toMatchObject({
          consultations: 1,
          usageEvents: 1,
          feedbackComments: 1,
          unanswered: 1,
          conversationState: 1,
        });
        await expectSwept(h.bot.store);
        const onDisk = readdirSync(dir)
          .map((f) => readFileSync(join(dir, f)).toString('latin1'))
          .join('\n');
        expect(onDisk).not.toContain('OLDCHILDREFQ');
        expect(onDisk).not.toContain('OLDCOMMENTQ');
        expect(onDisk).toContain('KEPTCHILDREFQ');
      } finally {
        await h.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes each period from the configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-retention-e2e-'));
    try {
      const store = SqliteStore.open(dir);
      await seed(store);
      await store.close();
      const logs: Record<string, unknown>[] = [];
      const h = await startHarness({ RETENTION_CONSULTATION_DAYS: '200', RETENTION_USAGE_DAYS: '5', RETENTION_COMMENT_DAYS: '3650' }, dir, {
        logs,
      });
      try {
        await h.connector.until(() => sweptLog(logs) !== undefined, 5000, 'the first sweep');
        expect(await h.bot.store.listConsultations()).toEqual([]);
        expect(await h.bot.store.listEvents(new Date(0))).toEqual([]);
      } finally {
        await h.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeIfTool(POSTGRES, 'retention, as the running bot applies it (PostgreSQL)', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(async () => {
    await pg?.stop();
  });

  it('sweeps at start with the default periods', async () => {
    const store = await PostgresStore.open(pg.url, () => undefined);
    await seed(store);
    await store.close();
    const db = new Client({ connectionString: pg.url });
    await db.connect();
    await db.query(`UPDATE bot_state SET updated_at = now() - interval '40 days' WHERE key = 'conv-old'`);
    await db.end();
    const logs: Record<string, unknown>[] = [];
    const h = await startHarness({ DATABASE_URL: pg.url }, undefined, { logs });
    try {
      await h.connector.until(() => sweptLog(logs) !== undefined, 5000, 'the first sweep');
      expect(sweptLog(logs)).toMatchObject({ consultations: 1, usageEvents: 1, feedbackComments: 1, unanswered: 1, conversationState: 1 });
      await expectSwept(h.bot.store);
    } finally {
      await h.stop();
    }
  });
});
