import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite';
import { RetentionSweep, type RetentionPolicy } from '../../src/retention/sweep';
import type { RetentionCutoffs, RetentionStore } from '../../src/store/store';

const DAY = 86_400_000;
const policy: RetentionPolicy = {
  consultationDays: 365,
  usageEventDays: 365,
  feedbackCommentDays: 90,
  unansweredDays: 90,
  conversationStateDays: 30,
};
const requester = { aadObjectId: 'aad-1', name: 'Sam Worker' };

/** The schedule, on a real SQLite file: the clock is the test's, the rows are real. */
describe('the retention sweep', () => {
  let dir: string;
  let store: SqliteStore;
  let now: Date;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    dir = mkdtempSync(join(tmpdir(), 'toolkit-retention-'));
    store = SqliteStore.open(dir);
    now = new Date('2027-06-01T12:00:00.000Z');
  });
  afterEach(async () => {
    jest.useRealTimers();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const tokens = async () => (await store.listConsultations()).map((r) => r.token).sort();
  const save = (token: string, daysAgo: number) =>
    store.saveConsultation({ token, requester, form: { childRef: 'JS' }, now: new Date(now.getTime() - daysAgo * DAY) });

  it('does nothing until started, sweeps at once when started, then on every interval, and stops', async () => {
    await save('a-400-days', 400);
    await save('b-300-days', 300);
    await save('c-today', 0);
    const logs: Record<string, unknown>[] = [];
    const logger = { info: (o: Record<string, unknown>) => logs.push(o), warn: (o: Record<string, unknown>) => logs.push(o) };
    const sweep = new RetentionSweep(store, policy, logger as never, () => now);
    await jest.advanceTimersByTimeAsync(3 * DAY);
    expect(await tokens()).toEqual(['a-400-days', 'b-300-days', 'c-today']);

    sweep.start(DAY);
    await jest.advanceTimersByTimeAsync(0);
    expect(await tokens()).toEqual(['b-300-days', 'c-today']);
    expect(logs).toEqual([expect.objectContaining({ event: 'retention-applied', consultations: 1 })]);

    // 70 days on, the 300-day request has passed 365 days: the next daily sweep takes it.
    now = new Date(now.getTime() + 70 * DAY);
    await jest.advanceTimersByTimeAsync(DAY);
    expect(await tokens()).toEqual(['c-today']);

    await sweep.stop();
    now = new Date(now.getTime() + 400 * DAY);
    await jest.advanceTimersByTimeAsync(5 * DAY);
    expect(await tokens()).toEqual(['c-today']);
    // Logs carry counts only, never content.
    expect(JSON.stringify(logs)).not.toContain('JS');
  });

  it('logs a failed sweep by its kind only, and tries again at the next interval', async () => {
    let calls = 0;
    const flaky: RetentionStore = {
      applyRetention: async (cutoffs: RetentionCutoffs) => {
        calls += 1;
        if (calls === 1) throw new TypeError('database is locked');
        return store.applyRetention(cutoffs);
      },
    };
    await save('old', 400);
    const logs: Record<string, unknown>[] = [];
    const logger = { info: (o: Record<string, unknown>) => logs.push(o), warn: (o: Record<string, unknown>) => logs.push(o) };
    const sweep = new RetentionSweep(flaky, policy, logger as never, () => now);
    sweep.start(DAY);
    await jest.advanceTimersByTimeAsync(0);
    expect(logs).toEqual([{ event: 'retention-failed', errorType: 'TypeError' }]);
    expect(await tokens()).toEqual(['old']);
    await jest.advanceTimersByTimeAsync(DAY);
    expect(await tokens()).toEqual([]);
    await sweep.stop();
  });

  it('uses a timer that never keeps the process alive', () => {
    const sweep = new RetentionSweep(store, policy, undefined, () => now);
    const spy = jest.spyOn(global, 'setInterval');
    sweep.start(DAY);
    const timer = spy.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    spy.mockRestore();
    return sweep.stop();
  });
});
