import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { CHANNEL, openForm, pressOf, referenceIn } from '../helpers/consultation-flow';

const FAST = { CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '30', TEAM_DELIVERY_MAX_RETRY_MS: '150' };

describeIfTool(POSTGRES, 'two instances sharing PostgreSQL deliver to the team', () => {
  let pg: TestPostgres;
  let a: Harness;
  let b: Harness;
  const logsA: Record<string, unknown>[] = [];
  const logsB: Record<string, unknown>[] = [];
  beforeAll(async () => {
    pg = await startPostgres();
    a = await startHarness({ DATABASE_URL: pg.url, ...FAST }, undefined, { logs: logsA });
    b = await startHarness({ DATABASE_URL: pg.url, ...FAST }, undefined, { logs: logsB });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await pg?.stop();
  });

  it('posts each request once, while both retry through a failing stretch', async () => {
    const failing = [a.connector.fail({ method: 'CREATE', status: 502 }), b.connector.fail({ method: 'CREATE', status: 502 })];
    for (const [i, h] of [a, b, a, b, a, b, a, b, a, b].entries()) {
      const shape = { ...h.shape, conversationId: `a:pg-${i}` };
      const { card, formId } = await openForm(h, shape);
      expect((await h.post(pressOf(shape, card, formId))).status).toBe(200);
    }
    // Both instances retry every request for a while, then the channel comes back.
    const failures = () => a.connector.failed.length + b.connector.failed.length;
    await a.connector.until(() => failures() >= 30, 10_000, 'retries through the failing stretch');
    failing.forEach((stop) => stop());
    const cards = () =>
      [...a.connector.created(CHANNEL), ...b.connector.created(CHANNEL)].map((r) => referenceIn(textOf(cardOf(r.activity))));
    await a.connector.until(() => cards().length >= 10, 10_000, 'ten cards');
    await new Promise((r) => setTimeout(r, 500));
    const records = await a.bot.store.listConsultations();
    expect(records).toHaveLength(10);
    expect(cards().sort()).toEqual(records.map((r) => r.reference).sort());
    for (const r of records) expect(r.teamDelivery?.state).toBe('posted');
    // Each was marked posted by exactly one instance.
    const postedBy = [...logsA, ...logsB].filter((l) => l.event === 'consultation-posted').map((l) => l.reference);
    expect(postedBy.sort()).toEqual(records.map((r) => r.reference).sort());
  });
});
