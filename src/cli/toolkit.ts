import { resolve } from 'node:path';
import { loadContentFiles, formatProblem } from '../content/load';
import { crossCheck } from '../content/check';
import { ContentError, loadToolkit } from '../content/toolkit';
import { Answerer } from '../answers/answerer';
import { ConfigError, loadConfig } from '../config';
import type { Area } from '../content/areas';
import { openStore } from '../store/open';
import { ask } from './ask';
import { consultationsCommand } from './consultations';
import { buildReport } from '../usage/report';
import { reportCsv, reportText } from './report';

const usage = `usage: toolkit <command>
  ask [--json] "question"                     the answer a practitioner would get
  ask --jsonl                                 one question per line on stdin, one JSON answer per line
  content check                               validate every content file
  consultations export --format json|csv      every stored consultation request
  consultations purge --older-than DAYS       delete requests older than DAYS
  consultations redeliver EC-YYYY-NNNNN       post a request to the team's channel again (after checking it is not there)
  report [--days 30] [--format text|json|csv] what practitioners asked, what missed, what helped
`;

function contentCheck(dir: string, areas: readonly Area[]): number {
  const load = loadContentFiles(dir);
  const problems = [...load.problems, ...crossCheck(load, new Date(), { areas })];
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  process.stderr.write(`${load.entries.length} entries, ${errors} errors, ${problems.length - errors} warnings\n`);
  return errors > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ quiet: true });
  const config = loadConfig(process.env);
  const [cmd, ...rest] = argv;
  const contentDir = resolve(config.CONTENT_DIR);
  // The areas whose local facts are shown, from TOOLKIT_AREAS (parsed once, with the rest of the configuration).
  const content = { areas: config.TOOLKIT_AREAS };
  if (cmd === 'content' && rest[0] === 'check') return contentCheck(contentDir, config.TOOLKIT_AREAS);
  if (cmd === 'ask') return ask(new Answerer(loadToolkit(contentDir, content).toolkit), rest, process.stdout, process.stdin);
  if (cmd === 'consultations') {
    const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    try {
      return await consultationsCommand(store, rest, process.stdout);
    } finally {
      await store.close();
    }
  }
  if (cmd === 'report') {
    const option = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
    const days = Number(option('--days') ?? 30);
    const format = option('--format') ?? 'text';
    if (!Number.isInteger(days) || days < 1 || !['text', 'json', 'csv'].includes(format)) {
      process.stderr.write('usage: report [--days N] [--format text|json|csv]\n');
      return 2;
    }
    const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    try {
      const report = await buildReport(store, loadToolkit(contentDir, content).toolkit, days);
      process.stdout.write(
        format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? reportCsv(report) : `${reportText(report)}\n`,
      );
      return 0;
    } finally {
      await store.close();
    }
  }
  process.stderr.write(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ContentError || err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`toolkit: ${err instanceof Error ? err.name : 'error'}\n`);
    process.exitCode = 1;
  },
);
