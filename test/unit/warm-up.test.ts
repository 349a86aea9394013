import { resolve } from 'node:path';
import { warmUpInTurns } from '../../src/answers/warm-up';
import { Answerer } from '../../src/answers/answerer';
import { loadToolkit } from '../../src/content/toolkit';

describe('the start-up warm-up', () => {
  it('runs every step in order, one a turn, so other work (a health check) runs between steps', async () => {
    const seen: string[] = [];
    const w = warmUpInTurns([1, 2, 3].map((n) => () => void seen.push(`step ${n}`)));
    setImmediate(() => seen.push('health check'));
    await w.done;
    expect(seen).toEqual(['step 1', 'health check', 'step 2', 'step 3']);
  });

  it('stops at shutdown without running the steps left', async () => {
    const seen: number[] = [];
    const w = warmUpInTurns([1, 2, 3].map((n) => () => void seen.push(n)));
    w.stop();
    await w.done;
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([]);
  });

  it('covers every detector pattern and leaves the answers unchanged', () => {
    const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
    const before = answerer.ask('she has taken a load of paracetamol').answer;
    const steps = answerer.warmUpSteps();
    expect(steps.length).toBeGreaterThan(100);
    for (const step of steps) step();
    expect(answerer.ask('she has taken a load of paracetamol').answer).toEqual(before);
    expect(before.urgent).toBe(true);
  });
});
