import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeConnector } from '../helpers/fake-connector';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { itIfTool } from '../helpers/requires';
import { submit } from '../helpers/teams';
import { goodForm } from '../helpers/forms';
import { freePort } from '../../src/bench/load';
import { SqliteStore } from '../../src/store/sqlite';
import { PostgresStore } from '../../src/store/postgres';
import type { Store } from '../../src/store/store';
import { FormTokens } from '../../src/consultations/tokens';
import { USER } from '../helpers/teams';

/** The bot's form key, put in the store first, so the burst can sign its own forms as the bot would. */
async function formKey(open: () => Promise<Store>): Promise<FormTokens> {
  const store = await open();
  const secret = await store.ensureSecret('form-token', FormTokens.newSecret());
  await store.close();
  return FormTokens.fromSecret(secret);
}

const ROOT = resolve(__dirname, '..', '..');

async function startBot(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      ...(process.env.CONTENT_DIR ? { CONTENT_DIR: process.env.CONTENT_DIR } : {}),
      ...env,
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  // Waited for by time, not by tries: a 503 while it warms up (the store reopening after a kill, under a full
  // suite's load) comes back at once, and counting those as tries gave up in well under a second.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return { child, url };
    } catch {
      // still starting
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('bot did not become healthy');
}

/** Sends submissions until the process is killed; returns the references receipts showed. */
async function burstThenKill(env: Record<string, string>, connector: FakeConnector, tokens: FormTokens): Promise<string[]> {
  const bot = await startBot(env);
  const shape = { serviceUrl: connector.url, conversationId: 'a:burst' };
  const receiptsSoFar = () => connector.activities('a:burst').filter((a) => JSON.stringify(a).includes('Your reference')).length;
  let next = 0;
  let killed = false;
  // Eight senders in parallel; the process is killed once ten receipts are out, mid-burst.
  const sender = async (): Promise<void> => {
    while (next < 200 && !killed) {
      const token = `00000000-0000-4000-8000-${String(next++).padStart(12, '0')}`;
      await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(submit(shape, { verb: 'consultation-submit', token, sig: tokens.sign(token, USER.aadObjectId), ...goodForm })),
      }).catch(() => undefined);
      if (!killed && receiptsSoFar() >= 10) {
        killed = true;
        bot.child.kill('SIGKILL');
      }
    }
  };
  const exited = new Promise((r) => bot.child.once('exit', r));
  await Promise.all(Array.from({ length: 8 }, sender));
  await exited;
  const texts = connector.activities('a:burst').map((a) => JSON.stringify(a));
  return [...new Set(texts.flatMap((t) => /Your reference: (EC-\d{4}-\d{5})/.exec(t)?.[1] ?? []))];
}

async function checkAfterRestart(env: Record<string, string>, receipts: string[], open: () => Promise<Store>): Promise<void> {
  const again = await startBot(env);
  again.child.kill('SIGTERM');
  await new Promise((r) => again.child.once('exit', r));
  const store = await open();
  const stored = await store.listConsultations();
  await store.close();
  const refs = stored.map((r) => r.reference);
  expect(new Set(refs).size).toBe(refs.length);
  expect(new Set(stored.map((r) => r.token)).size).toBe(stored.length);
  for (const ref of receipts) expect(refs).toContain(ref);
}

describe('SIGKILL during a burst of submissions', () => {
  let connector: FakeConnector;
  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
    connector = new FakeConnector();
    await connector.start();
  }, 120_000);
  afterAll(async () => {
    await connector.stop();
  });

  it('SQLite: every request that got a receipt is there once after restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-crash-'));
    try {
      const receipts = await burstThenKill({ DATA_DIR: dir }, connector, await formKey(async () => SqliteStore.open(dir)));
      expect(receipts.length).toBeGreaterThan(0);
      await checkAfterRestart({ DATA_DIR: dir }, receipts, async () => SqliteStore.open(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  itIfTool(
    POSTGRES,
    'PostgreSQL: every request that got a receipt is there once after restart',
    async () => {
      const pg: TestPostgres = await startPostgres();
      try {
        connector.received.length = 0;
        const receipts = await burstThenKill(
          { DATABASE_URL: pg.url },
          connector,
          await formKey(() => PostgresStore.open(pg.url, () => undefined)),
        );
        expect(receipts.length).toBeGreaterThan(0);
        await checkAfterRestart({ DATABASE_URL: pg.url }, receipts, () => PostgresStore.open(pg.url, () => undefined));
      } finally {
        await pg.stop();
      }
    },
    60_000,
  );
});
