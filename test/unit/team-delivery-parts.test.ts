import { TestAdapter } from 'botbuilder';
import pino from 'pino';
import { retryDelay } from '../../src/consultations/delivery';
import { classify } from '../../src/teams/team-channel';
import { sizeGuard, TOO_LARGE } from '../../src/teams/size-guard';
import { toCsv, forExport } from '../../src/cli/consultations';
import type { ConsultationRecord } from '../../src/consultations/record';

describe('the outbox, piece by piece', () => {
  it('waits twice as long after each failure, within ±20%, up to the maximum', () => {
    const timing = { firstRetryMs: 1000, maxRetryMs: 60_000 };
    expect([1, 2, 3, 4].map((n) => retryDelay(n, timing, () => 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(30, timing, () => 0.5)).toBe(60_000);
    expect(retryDelay(1, timing, () => 0)).toBe(800);
    expect(retryDelay(1, timing, () => 1)).toBe(1200);
  });

  it('retries only what certainly did not reach Teams', () => {
    expect(classify({ statusCode: 502 }, true)).toMatchObject({ kind: 'http-502', sent: 'no' });
    expect(classify({ response: { status: 429 } }, true)).toMatchObject({ kind: 'http-429', sent: 'no' });
    expect(classify({ code: 'ECONNREFUSED' }, true)).toMatchObject({ kind: 'econnrefused', sent: 'no' });
    expect(classify(Object.assign(new Error('token'), { name: 'AuthError' }), false)).toMatchObject({ sent: 'no' });
    expect(classify({ code: 'ECONNRESET' }, true)).toMatchObject({ kind: 'econnreset', sent: 'unknown' });
    expect(classify({ code: 'TIMEOUT' }, true)).toMatchObject({ sent: 'unknown' });
  });

  it('shows the delivery state in the export, JSON and CSV', () => {
    const record: ConsultationRecord = {
      reference: 'EC-2026-00001',
      token: 't',
      status: 'new',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      requester: { aadObjectId: 'a', name: 'A' },
      form: { question: 'q' },
      history: [],
      teamDelivery: { state: 'pending', attempts: 3, lastError: 'http-502', nextAttemptAt: '2026-01-01T00:05:00.000Z' },
    };
    expect(forExport(record).teamDelivery).toEqual(record.teamDelivery);
    const [header, row] = toCsv([record]).trim().split('\n');
    expect(header).toContain('"teamDelivery.state","teamDelivery.attempts","teamDelivery.lastError"');
    expect(row).toContain('"pending","3","http-502"');
  });
});

describe('the last check on outgoing messages', () => {
  it('replaces a message Teams would refuse with a short line, and logs it', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (l: string) => void lines.push(l) });
    const adapter = new TestAdapter(async (context) => {
      await context.sendActivity({ type: 'message', text: 'x'.repeat(41_000) });
      await context.sendActivity('small');
    });
    adapter.use(sizeGuard(logger));
    await adapter.send('hi').assertReply(TOO_LARGE).assertReply('small');
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: 'activity-too-large' });
  });
});
