import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { loadQuestions } from './evaluate';
import { blindFigures, describe } from './blind';

// `npx tsx test/eval/blind-report.ts test/eval/blind/2026-12-02-a.json [--misses]`
const file = process.argv[2] ?? '';
const f = blindFigures(new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit), loadQuestions(resolve(file)));
console.log(JSON.stringify(describe(f), null, 1));
if (process.argv.includes('--misses')) for (const m of f.misses) console.log(`${m.expected.padEnd(34)} ${m.got.padEnd(90)} ${m.q}`);
