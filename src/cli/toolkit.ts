import { resolve } from 'node:path';
import { loadContentFiles, formatProblem } from '../content/load';
import { crossCheck } from '../content/check';
import { ContentError, loadToolkit } from '../content/toolkit';
import { Answerer } from '../answers/answerer';
import { ask } from './ask';

const usage = `usage: toolkit <command>
  ask [--json] "question"        the answer a practitioner would get
  ask --jsonl                    one question per line on stdin, one JSON answer per line
  content check                  validate every content file
`;

function contentCheck(dir: string): number {
  const load = loadContentFiles(dir);
  const problems = [...load.problems, ...crossCheck(load)];
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  process.stderr.write(`${load.entries.length} entries, ${errors} errors, ${problems.length - errors} warnings\n`);
  return errors > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
  if (cmd === 'content' && rest[0] === 'check') return contentCheck(contentDir);
  if (cmd === 'ask') {
    const { toolkit } = loadToolkit(contentDir);
    return ask(new Answerer(toolkit), rest, process.stdout, process.stdin);
  }
  process.stderr.write(usage);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ContentError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`toolkit: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
