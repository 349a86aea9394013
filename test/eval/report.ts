import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { evaluate, loadQuestions } from './evaluate';

// Tuning aid: `npx ts-node`-free, run with `npx jest --testPathPattern report` is not needed;
// `node -r ts-node/register` is not installed, so this runs through jest's transformer (see README).
const set = loadQuestions();
const half = process.argv.includes('--odd')
  ? set.filter((_, i) => i % 2 === 1)
  : process.argv.includes('--even')
    ? set.filter((_, i) => i % 2 === 0)
    : set;
const f = evaluate(new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit), half);
console.log(JSON.stringify({ ...f, misses: f.misses.length }, null, 1));
for (const m of f.misses)
  console.log(`${m.kind.padEnd(9)} ${String(m.expected).padEnd(34)} ${m.got.slice(0, 3).join(',').padEnd(70)} ${m.q}`);
