import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { clean } from '../../src/search/normalise';
import { loadQuestions, tuningFiles } from './evaluate';
import { blindFigures, describe } from './blind';

// `npx tsx test/eval/blind-report.ts test/eval/blind/2026-12-02-a.json [--misses] [--new-only]`
// --new-only: leave out the questions some tuning set already holds word for word (short
// fragments such as "setion 3 how long" recur between authors), since the tuning sets'
// questions are searched as examples (src/search/examples.ts) and would be found as themselves.
const file = process.argv[2] ?? '';
const all = loadQuestions(resolve(file));
const questions = process.argv.includes('--new-only') ? newOnly(all) : all;
const f = blindFigures(new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit), questions);
console.log(`${questions.length} of ${all.length} questions`);
console.log(JSON.stringify(describe(f), null, 1));
if (process.argv.includes('--misses')) for (const m of f.misses) console.log(`${m.expected.padEnd(34)} ${m.got.padEnd(90)} ${m.q}`);

function newOnly(questions: typeof all): typeof all {
  const seen = new Set(tuningFiles().flatMap((f) => loadQuestions(f).map((q) => clean(q.q))));
  return questions.filter((q) => !seen.has(clean(q.q)));
}
