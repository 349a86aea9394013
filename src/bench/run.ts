import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { loadToolkit, type Toolkit } from '../content/toolkit';
import { FormTokens } from '../consultations/tokens';
import { Consultations } from '../consultations/service';
import { SqliteStore } from '../store/sqlite';
import { PostgresStore } from '../store/postgres';
import type { Store } from '../store/store';
import { startPostgres } from '../devtools/postgres';
import { benchConnector } from './connector';
import { benchRetrieval, inflate } from './retrieval';
import { cleanup, coldStart, drive, floorProcess, rssMb } from './load';

const ROOT = resolve(__dirname, '..', '..');
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const say = (line: string) => process.stdout.write(`${line}\n`);

function form(toolkit: Toolkit): Record<string, string> {
  return {
    requesterName: 'Bench Worker',
    requesterEmail: 'bench@example.org',
    requesterRole: 'social-worker',
    requesterTeam: 'Team',
    requesterPhone: '',
    childRef: 'AB',
    childDob: '',
    childAge: '12',
    legalStatus: 's20',
    placementType: 'foster',
    placementArea: 'in-area',
    placementAuthority: '',
    levelOfNeed: '3',
    concerns: toolkit.byKind('concern')[0]?.id ?? '',
    concernsOther: '',
    risks: 'none',
    servicesInvolved: '',
    triedSoFar: 'Routines and talking.',
    question: 'What would help next?',
    childViewsSought: 'true',
    carerAware: 'true',
    managerAware: 'true',
    urgency: 'routine',
  };
}

async function submits(store: Store, toolkit: Toolkit, n: number, concurrency: number): Promise<number> {
  const tokens = FormTokens.ephemeral();
  const c = new Consultations(store, toolkit, { tokens });
  const f = form(toolkit);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next += 1;
        const token = randomUUID();
        const r = await c.submit({ ...f, sig: tokens.sign(token, 'bench') }, token, { aadObjectId: 'bench', name: 'Bench' });
        if (!r.ok) throw new Error('bench form did not validate');
      }
    }),
  );
  return n / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const questions = z
    .array(z.object({ q: z.string() }))
    .parse(JSON.parse(readFileSync(join(ROOT, 'test', 'eval', 'questions.json'), 'utf8')))
    .map((x) => x.q);
  const { toolkit } = loadToolkit(join(ROOT, 'content'));
  say(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );

  // First, and cold, as at start-up.
  const real = benchRetrieval(toolkit, questions);
  const big = benchRetrieval(inflate(toolkit, 20), questions);
  say(
    `retrieval, real content (${toolkit.entries.length} entries): build ${round(real.buildMs)} ms, p50 ${round(real.p50, 3)} ms, p99 ${round(real.p99, 3)} ms`,
  );
  say(
    `retrieval, 20x content (${toolkit.entries.length * 20} entries): build ${round(big.buildMs)} ms, p50 ${round(big.p50, 3)} ms, p99 ${round(big.p99, 3)} ms`,
  );

  const connector = await benchConnector();
  const bot = await coldStart(ROOT, {});
  say(`cold start to healthy: ${round(bot.ms, 0)} ms`);
  await drive(bot.url, connector.url, questions, 200, 32); // warm up
  const load = await drive(bot.url, connector.url, questions, 2000, 32);
  const rss = rssMb(bot.child.pid!);
  bot.child.kill('SIGTERM');
  cleanup(bot.dataDir);
  const floor = await floorProcess();
  await drive(floor.url, connector.url, questions, 200, 32);
  const bare = await drive(floor.url, connector.url, questions, 2000, 32);
  floor.close();
  await connector.close();
  const ratio = load.perSecond / bare.perSecond;
  say(
    `end to end, 2000 questions at 32 concurrent: ${round(load.perSecond, 0)}/s, p50 ${round(load.p50)} ms, p99 ${round(load.p99)} ms, RSS after ${round(rss, 0)} MB`,
  );
  say(
    `floor (bare restify handler, one reply): ${round(bare.perSecond, 0)}/s, p50 ${round(bare.p50)} ms, p99 ${round(bare.p99)} ms; ratio ${round(ratio)}`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'toolkit-bench-sqlite-'));
  const sqlite = SqliteStore.open(dir);
  const sqlitePerSecond = await submits(sqlite, toolkit, 500, 1);
  await sqlite.close();
  cleanup(dir);
  const pg = await startPostgres();
  const pgStore = await PostgresStore.open(pg.url, () => undefined);
  const pgPerSecond = await submits(pgStore, toolkit, 500, 8);
  await pgStore.close();
  await pg.stop();
  say(
    `consultation submits: SQLite ${round(sqlitePerSecond, 0)}/s (durable, synchronous=FULL), PostgreSQL ${round(pgPerSecond, 0)}/s (8 concurrent)`,
  );

  say(
    JSON.stringify({
      retrieval: {
        real: { entries: toolkit.entries.length, buildMs: round(real.buildMs), p50Ms: round(real.p50, 3), p99Ms: round(real.p99, 3) },
        x20: { entries: toolkit.entries.length * 20, buildMs: round(big.buildMs), p50Ms: round(big.p50, 3), p99Ms: round(big.p99, 3) },
      },
      endToEnd: {
        requests: load.requests,
        concurrency: 32,
        perSecond: round(load.perSecond, 0),
        p50Ms: round(load.p50),
        p99Ms: round(load.p99),
        floorPerSecond: round(bare.perSecond, 0),
        ratio: round(ratio),
        coldStartMs: round(bot.ms, 0),
        rssMb: round(rss, 0),
      },
      consultations: { sqlitePerSecond: round(sqlitePerSecond, 0), postgresPerSecond: round(pgPerSecond, 0) },
    }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
