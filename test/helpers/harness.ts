import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, type Running } from '../../src/index';
import { FakeConnector } from './fake-connector';
import type { Shape } from './teams';

export interface Harness {
  bot: Running;
  connector: FakeConnector;
  dataDir: string;
  shape: Shape;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  /** Posts and waits until the connector has seen `replies` more activities. */
  say(activity: Record<string, unknown>, replies?: number): Promise<Record<string, unknown>[]>;
  /** The same, counting only the activity's own conversation (other posts may go on meanwhile). */
  sayIn(activity: Record<string, unknown>, replies?: number): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** A connector that outlives this server (a restart test); it is not stopped with it. */
  connector?: FakeConnector;
  /** Collects the bot's log lines (level info and above) as objects. */
  logs?: Record<string, unknown>[];
}

/** Starts the real server (src/index.ts wiring) on a free port, with a fake connector beside it. */
export async function startHarness(env: Record<string, string> = {}, dataDir?: string, opts: HarnessOptions = {}): Promise<Harness> {
  const connector = opts.connector ?? new FakeConnector();
  if (!opts.connector) await connector.start();
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'toolkit-test-'));
  const contentDir = process.env.CONTENT_DIR ? { CONTENT_DIR: process.env.CONTENT_DIR } : {};
  const logs = opts.logs;
  const destination = logs ? { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) } : undefined;
  const bot = await start(
    { PORT: '0', DATA_DIR: dir, LOG_LEVEL: logs ? 'info' : 'silent', NODE_ENV: 'test', ...contentDir, ...env },
    destination,
  );
  const post = async (activity: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    return { status: res.status, body: await res.text() };
  };
  return {
    bot,
    connector,
    dataDir: dir,
    shape: { serviceUrl: connector.url },
    post,
    say: async (activity, replies = 1) => {
      const before = connector.activities().length;
      const res = await post(activity);
      if (res.status >= 300) throw new Error(`POST /api/messages answered ${res.status}`);
      await connector.waitFor(before + replies);
      return connector.activities().slice(before);
    },
    sayIn: async (activity, replies = 1) => {
      const conversation = String((activity.conversation as { id?: unknown } | undefined)?.id ?? '');
      const before = connector.activities(conversation).length;
      const res = await post(activity);
      if (res.status >= 300) throw new Error(`POST /api/messages answered ${res.status}`);
      await connector.until(
        () => connector.activities(conversation).length >= before + replies,
        5000,
        `${replies} replies in ${conversation}`,
      );
      return connector.activities(conversation).slice(before);
    },
    stop: async () => {
      await bot.close();
      if (!opts.connector) await connector.stop();
      if (!dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Adaptive Card content of a reply activity. */
export function cardOf(activity: Record<string, unknown>): Record<string, unknown> {
  const attachments = activity.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`reply has no Adaptive Card: ${JSON.stringify(activity).slice(0, 200)}`);
  return card.content;
}

/** All visible text in a card, for assertions a reader would make. */
export function textOf(card: unknown): string {
  return JSON.stringify(card, (k, v: unknown) => (k === 'data' ? undefined : v))
    .match(/"(?:text|title|value)":"((?:[^"\\]|\\.)*)"/g)!
    .map((s) => s.replace(/^"(?:text|title|value)":"/, '').replace(/"$/, ''))
    .join('\n');
}
