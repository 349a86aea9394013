import fc from 'fast-check';
import { startHarness, type Harness } from '../helpers/harness';
import { message, submit } from '../helpers/teams';
import { ConsultationRecord } from '../../src/consultations/record';

describe('incoming activities of random shape', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('never get a 5xx, never a stack trace', async () => {
    const base = message(h.shape, 'help');
    const activity = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'type',
          'text',
          'value',
          'channelId',
          'serviceUrl',
          'conversation',
          'from',
          'entities',
          'channelData',
          'name',
          'replyToId',
        ),
        fc.anything(),
      ),
      fc
        .record({
          text: fc.string(),
          value: fc.anything(),
          type: fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'typing', 'event', 'messageReaction', 'x'),
        })
        .map((r) => ({ ...base, ...r })),
      fc
        .record({ value: fc.dictionary(fc.string(), fc.anything()) })
        .map((r) => submit(h.shape, { verb: 'consultation-submit', ...r.value, token: '00000000-0000-4000-8000-000000000000' })),
    );
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const res = await fetch(`${h.bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(a) ?? 'null',
        });
        const body = await res.text();
        expect(res.status).toBeLessThan(500);
        expect(body).not.toMatch(/\bat .*\.(ts|js):\d+|Error:/);
      }),
      { numRuns: 150 },
    );
  });

  it('never store an invalid record', async () => {
    for (const r of await h.bot.store.listConsultations()) expect(ConsultationRecord.safeParse(r).success).toBe(true);
  });
});
