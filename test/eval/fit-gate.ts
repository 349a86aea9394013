import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Searcher } from '../../src/search/searcher';
import { FEATURES, chanceOf, expand, signalsOf, type Scale, type Signals } from '../../src/answers/gate-signals';
import { OUT_OF_SCOPE } from '../../src/search/topic-model';
import { tuningFiles } from './evaluate';
import { trainTopics } from './topic-train';
import { FOLDS, examplesOf, foldOf, listedRows, termReader, tuningItems } from './folds';

// Fits the topic model (src/search/topic-model.ts), the example questions (src/search/examples.ts)
// and the answer gate (src/answers/gate.ts) on
// the tuning sets only: test/eval/questions.json and test/eval/tuning/*.json, never
// test/eval/blind/. `npx tsx test/eval/fit-gate.ts [--write]`
// The gate must learn how far to trust the model on questions the model has not seen, so each
// tuning question is scored by a model and examples made without its fold (five folds); the weight the
// model's chance adds to the search score is chosen the same way. A fold holds whole sets, so
// each question is scored by a model that never saw its author: as a new author's would be.
const root = resolve(__dirname, '..', '..');
const toolkit = loadToolkit(join(root, 'content')).toolkit;
const reader = termReader(toolkit);
const files = tuningFiles();
const listed = listedRows(toolkit, reader);
const labelled = tuningItems().map((i) => ({ ...i, row: { terms: reader.topicTermsOf(i.q), label: i.id ?? OUT_OF_SCOPE } }));
const weights = [0, 0.5, 1, 1.5, 2, 3];
const outOfFold = weights.map(() => [] as { s: Signals; right: number; inScope: number; long: boolean; fold: number }[]);
for (let k = 0; k < FOLDS; k += 1) {
  const train = labelled.filter((l) => foldOf(l) !== k);
  const model = trainTopics([...listed, ...train.map((l) => l.row)], 0);
  const asked = examplesOf(train);
  weights.forEach((weight, wi) => {
    const searcher = new Searcher(toolkit, { ...model, weight }, asked);
    labelled.forEach((item) => {
      if (foldOf(item) !== k || item.urgent) return;
      const r = searcher.search(item.q, 5);
      const first = r.hits[0]?.id;
      const right = first !== undefined && (first === item.id || (item.also ?? []).includes(first)) ? 1 : 0;
      const s = signalsOf(r, first !== undefined && searcher.named(item.q) === first);
      outOfFold[wi]!.push({ s, right, inScope: item.id === null ? 0 : 1, long: item.q.trim().split(/\s+/).length >= 20, fold: k });
    });
  });
}
const firstRight = (rs: { right: number; inScope: number }[]) =>
  rs.filter((r) => r.right && r.inScope).length / rs.filter((r) => r.inScope).length;
weights.forEach((w, wi) => console.log(`model weight ${w}: right entry first (out of fold) ${firstRight(outOfFold[wi]!).toFixed(3)}`));
const best = weights.map((_, wi) => wi).reduce((a, b) => (firstRight(outOfFold[b]!) > firstRight(outOfFold[a]!) ? b : a));
const rows = outOfFold[best]!;
const topics = trainTopics([...listed, ...labelled.map((l) => l.row)], weights[best]!);

// Each signal scaled to the out-of-fold rows' mean and spread (gate.ts weighs pairs of them).
const mean = FEATURES.map((f) => rows.reduce((sum, r) => sum + (r.s[f] ?? 0), 0) / rows.length);
const spread = FEATURES.map((f, i) => Math.sqrt(rows.reduce((sum, r) => sum + ((r.s[f] ?? 0) - mean[i]!) ** 2, 0) / rows.length) || 1);
const scale: Scale = { mean: mean.map((x) => roundTo(x, 6)), spread: spread.map((x) => roundTo(x, 6)) };
const X = rows.map((r) => expand(r.s, scale));
function roundTo(x: number, places: number): number {
  return Math.round(x * 10 ** places) / 10 ** places;
}

/** Logistic regression by gradient descent, with a small L2 penalty on all but the constant. */
function fit(label: 'right' | 'inScope', use: (n: number) => boolean = () => true): number[] {
  const w = X[0]!.map(() => 0);
  const lambda = 0.001;
  const used = rows.map((_, n) => n).filter(use);
  for (let epoch = 0; epoch < 2000; epoch += 1) {
    const grad = w.map(() => 0);
    for (const n of used) {
      const x = X[n]!;
      const err = chanceOf(w, x) - rows[n]![label];
      for (let i = 0; i < x.length; i += 1) grad[i]! += err * x[i]!;
    }
    for (let i = 0; i < w.length; i += 1) w[i]! -= 0.5 * (grad[i]! / used.length + (i > 0 ? lambda * w[i]! : 0));
  }
  return w.map((x) => roundTo(x, 3));
}
/**
 * Each row's chance from a gate fitted without its fold: the thresholds are chosen on these, so
 * the gate's own fit (about 120 weights) does not flatter them.
 */
function outOfFoldChances(label: 'right' | 'inScope'): number[] {
  const p = rows.map(() => 0);
  for (let k = 0; k < FOLDS; k += 1) {
    const w = fit(label, (n) => rows[n]!.fold !== k);
    rows.forEach((r, n) => r.fold === k && (p[n] = chanceOf(w, X[n]!)));
  }
  return p;
}
const cvRight = outOfFoldChances('right');
const cvInScope = outOfFoldChances('inScope');
/** Each row with its cross-validated chances of being right and of being in scope. */
const scored = rows.map((r, n) => ({ ...r, pRight: cvRight[n]!, pInScope: cvInScope[n]! }));

const right = fit('right');
const inScope = fit('inScope');
const inScopeN = rows.filter((r) => r.inScope).length;
const oosN = rows.length - inScopeN;
const grid = Array.from({ length: 180 }, (_, i) => 0.05 + i * 0.005);
const directAt = (t: number) => {
  const d = scored.filter((r) => r.pRight >= t);
  return {
    t,
    ok: d.filter((r) => r.right && r.inScope).length / inScopeN,
    wrong: d.filter((r) => r.inScope && !r.right).length / inScopeN,
    oos: d.filter((r) => !r.inScope).length / oosN,
  };
};
// The lowest threshold that keeps wrong direct answers to 1.4% and out-of-scope answers to 3%.
// The target is 2% of topical questions on any new author's pair. At the 1.7% line pairs landed
// near 1.9% wrong; at the 1.2% line they landed at 1.40% but long messages fell to the edge of their
// own target, so the line sits between (docs/decisions.md, twelfth and thirteenth refits).
const direct = grid.map(directAt).find((x) => x.wrong <= 0.014 && x.oos <= 0.03) ?? directAt(0.95);
if (process.argv.includes('--curve'))
  for (const t of [0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92]) {
    const x = directAt(t);
    console.log(`direct at ${t}: right ${roundTo(x.ok, 3)}, wrong ${roundTo(x.wrong, 3)}, out of scope answered ${roundTo(x.oos, 3)}`);
  }
const long = scored.filter((r) => r.long && r.inScope);
console.log(
  `out of fold, messages of 20+ words answered directly and right: ${(long.filter((r) => r.right && r.pRight >= direct.t).length / long.length).toFixed(3)} of ${long.length}`,
);
const offerAt = (t: number) => ({
  t,
  refused: scored.filter((r) => !r.inScope && r.pInScope < t && r.pRight < direct.t).length / oosN,
  lost: scored.filter((r) => r.inScope && r.pInScope < t && r.pRight < direct.t).length / inScopeN,
});
// The lowest threshold that refuses 98% of out-of-scope questions (the target is 95% on any new
// author's pair, which lands a few points either side of the out-of-fold rate; docs/decisions.md,
// eighth refit). A question sent to the fallback still gets its nearest topics.
const offer = grid.map(offerAt).find((x) => x.refused >= 0.98) ?? offerAt(0.95);
const round = (x: number) => roundTo(x, 3);
console.log(`${rows.length} tuning questions (${oosN} out of scope) from ${files.length} files`);
console.log(
  `direct >= ${direct.t.toFixed(2)}: right ${round(direct.ok)}, wrong ${round(direct.wrong)}, out of scope answered ${round(direct.oos)}`,
);
console.log(
  `offer >= ${offer.t.toFixed(2)}: out of scope refused ${round(offer.refused)}, in scope sent to the fallback ${round(offer.lost)}`,
);
const fitted = {
  fittedOn: files.map((f) => f.slice(root.length + 1)),
  questions: rows.length,
  features: FEATURES,
  ...scale,
  right,
  inScope,
  direct: round(direct.t),
  offer: round(offer.t),
};
console.log(JSON.stringify(fitted));
console.log(`topic model: weight ${topics.weight}, ${Object.keys(topics.weights).length} features, ${topics.classes.length} classes`);
if (process.argv.includes('--write')) {
  writeFileSync(join(root, 'src', 'answers', 'gate-weights.json'), `${JSON.stringify(fitted, null, 2)}\n`);
  writeFileSync(join(root, 'src', 'search', 'topic-model.json'), `${JSON.stringify(topics)}\n`);
  writeFileSync(join(root, 'src', 'search', 'examples.json'), `${JSON.stringify(examplesOf(labelled), null, 1)}\n`);
}
if (process.argv.includes('--frontier')) for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) console.log(JSON.stringify(directAt(t)));
