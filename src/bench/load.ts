import { performance } from 'node:perf_hooks';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './connector';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { restify } from '../teams/restify';
import { readJsonBody } from '../teams/read-body';
import { freePort } from '../devtools/free-port';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function activity(serviceUrl: string, i: number, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: `m${i}`,
    channelId: 'msteams',
    serviceUrl,
    text,
    // 500 users: a handful of questions each, far below the per-user rate limit, so every
    // request is answered in full (a rate-limited reply is cheaper and would flatter the figures).
    from: { id: `29:user-${i % 500}`, aadObjectId: `aad-${i % 500}`, name: 'Bench' },
    recipient: { id: '28:bot', name: 'Toolkit' },
    conversation: { id: `a:conv-${i % 64}`, conversationType: 'personal', tenantId: 't' },
    channelData: { tenant: { id: 't' } },
  });
}

/** `total` questions, `concurrency` at a time, each a POST to /api/messages; latency per request. */
export async function drive(url: string, serviceUrl: string, questions: string[], total: number, concurrency: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const t = performance.now();
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activity(serviceUrl, i, questions[i % questions.length]!),
      });
      await res.arrayBuffer();
      if (res.status >= 300) throw new Error(`request ${i} answered ${res.status}`);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: total, seconds, perSecond: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * The floor in its own process, as the bot runs in its own: sharing the driver's process
 * would slow the floor and flatter the ratio.
 */
export async function floorProcess(): Promise<{ url: string; close: () => void }> {
  const child = fork(join(__dirname, 'floor.js'), [], { stdio: 'ignore' });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve(z.string().parse(m)));
    child.once('exit', () => reject(new Error('the floor server exited during start-up')));
  });
  return { url, close: () => child.kill('SIGTERM') };
}

/** The floor: a bare restify handler that parses the activity and posts one reply. */
export async function floorServer(): Promise<{ url: string; close: () => void }> {
  const server = restify.createServer();
  const Activity = z.object({ serviceUrl: z.string(), id: z.string(), conversation: z.object({ id: z.string() }) });
  server.post('/api/messages', async (req: Request, res: Response) => {
    const a = Activity.parse(await readJsonBody(req, 256 * 1024));
    const r = await fetch(
      `${a.serviceUrl}/v3/conversations/${encodeURIComponent(a.conversation.id)}/activities/${encodeURIComponent(a.id)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'ok' }),
      },
    );
    await r.arrayBuffer();
    res.send(200);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

/** Starts `npm start`'s program as a child; resolves with the time until /healthz answers 200. */
export async function coldStart(
  root: string,
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; ms: number; dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'toolkit-bench-'));
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the bot exited during start-up');
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) break;
    } catch {
      await new Promise((r) => setTimeout(r, 5)); // not listening yet
    }
  }
  return { child, url, ms: performance.now() - t0, dataDir };
}

export function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export { freePort };
