import type { TopicModel } from '../../src/search/topic-model';
import { topicFeatures } from '../../src/search/topic-model';

export interface TopicRow {
  terms: string[];
  label: string;
}

/**
 * A softmax model fitted by stochastic gradient descent with an L2 penalty: each feature seen
 * at least twice gets a weight per class; weights under 0.05 are dropped to keep the file small.
 */
export function trainTopics(rows: readonly TopicRow[], weight: number, epochs = Number(process.env.EPOCHS ?? 14)): TopicModel {
  const classes = [...new Set(rows.map((r) => r.label))].sort();
  const classOf = new Map(classes.map((c, i) => [c, i]));
  const C = classes.length;
  const counts = new Map<string, number>();
  const data = rows.map((r) => ({ f: topicFeatures(r.terms), y: classOf.get(r.label)! }));
  for (const d of data) for (const f of d.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const W = new Map<string, Float64Array>();
  for (const [f, n] of counts) if (n >= 2) W.set(f, new Float64Array(C));
  const bias = new Float64Array(C);
  const l2 = Number(process.env.L2 ?? 0.002);
  const z = new Float64Array(C);
  let seed = 7;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    // A fixed shuffle per epoch, so a fit is repeatable.
    for (let i = order.length - 1; i > 0; i -= 1) {
      seed = (seed * 16807) % 2147483647;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = 0.5 / (1 + epoch / 3);
    for (const i of order) {
      const d = data[i]!;
      const ws = d.f.map((f) => W.get(f)).filter((w): w is Float64Array => w !== undefined);
      z.set(bias);
      for (const w of ws) for (let c = 0; c < C; c += 1) z[c]! += w[c]!;
      let max = -Infinity;
      for (let c = 0; c < C; c += 1) max = Math.max(max, z[c]!);
      let sum = 0;
      for (let c = 0; c < C; c += 1) sum += z[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < C; c += 1) {
        const g = z[c]! / sum - (c === d.y ? 1 : 0);
        bias[c]! -= rate * 0.1 * g;
        for (const w of ws) w[c]! -= rate * (g + l2 * w[c]!);
      }
    }
  }
  const weights: TopicModel['weights'] = {};
  for (const [f, w] of W) {
    const kept: number[] = [];
    w.forEach((v, c) => {
      if (Math.abs(v) >= 0.05) kept.push(c, Math.round(v * 100) / 100);
    });
    if (kept.length > 0) weights[f] = kept;
  }
  return { weight, classes, bias: [...bias].map((b) => Math.round(b * 1000) / 1000), weights };
}
