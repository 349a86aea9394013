import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { FakeConnector } from '../helpers/fake-connector';
import { BOT, TENANT, USER } from '../helpers/teams';
import { goodForm } from '../helpers/forms';
import { CHANNEL, openForm, pressOf } from '../helpers/consultation-flow';
import { SqliteStore } from '../../src/store/sqlite';
import { consultationsCommand } from '../../src/cli/consultations';
import type { Store } from '../../src/store/store';

const SLOW = { CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '600000' };
const FAST = { CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40', TEAM_DELIVERY_MAX_RETRY_MS: '300' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const cardsFor = (c: FakeConnector, reference: string) =>
  c.created(CHANNEL).filter((r) => textOf(cardOf(r.activity)).includes(`request ${reference}`));

async function exported(store: Store): Promise<Record<string, unknown>[]> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString('utf8')));
  expect(await consultationsCommand(store, ['export', '--format', 'json'], out)).toBe(0);
  return JSON.parse(text) as Record<string, unknown>[];
}

describe('deliveries outlive the process', () => {
  let connector: FakeConnector;
  let dir: string;
  const running: Harness[] = [];
  beforeEach(async () => {
    connector = new FakeConnector();
    await connector.start();
    dir = mkdtempSync(join(tmpdir(), 'toolkit-outbox-'));
  });
  afterEach(async () => {
    for (const h of running.splice(0)) await h.stop();
    await connector.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a restart posts the requests still pending, once each', async () => {
    const first = await startHarness(SLOW, dir, { connector });
    running.push(first);
    const stopFailing = connector.fail({ method: 'CREATE', status: 503 });
    const shape = { ...first.shape, conversationId: 'a:before-restart' };
    const references: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { card, formId } = await openForm(first, shape);
      await first.post(pressOf(shape, card, formId));
    }
    for (const r of await first.bot.store.listConsultations()) references.push(r.reference);
    await connector.until(() => connector.failed.filter((f) => f.method === 'CREATE').length >= 3, 5000, 'three failed posts');
    await first.stop();
    running.pop();
    stopFailing();
    expect(connector.created(CHANNEL)).toHaveLength(0);

    const second = await startHarness(SLOW, dir, { connector });
    running.push(second);
    // Generous: the restart warms the urgent patterns up in turns beside the first pass, slow on a loaded machine.
    await connector.until(() => connector.created(CHANNEL).length >= 3, 45_000, 'the pending posts after the restart');
    await sleep(300);
    for (const reference of references) expect(cardsFor(connector, reference)).toHaveLength(1);
    expect(connector.created(CHANNEL)).toHaveLength(3);
    for (const r of await exported(second.bot.store)) expect(r.teamDelivery).toMatchObject({ state: 'posted', attempts: 2 });
  }, 90_000);

  it('an answer lost after sending is never posted again by itself: it is uncertain, and the operator is told', async () => {
    const logs: Record<string, unknown>[] = [];
    const h = await startHarness(FAST, dir, { connector, logs });
    running.push(h);
    connector.fail({ method: 'CREATE', status: 0, drop: true, times: 1 });
    const shape = { ...h.shape, conversationId: 'a:lost-answer' };
    const { card, formId } = await openForm(h, shape);
    await h.post(pressOf(shape, card, formId));
    const [record] = await h.bot.store.listConsultations();
    await connector.until(() => logs.some((l) => l.event === 'team-delivery-uncertain'), 5000, 'the uncertain alert');
    await sleep(500);
    expect(cardsFor(connector, record!.reference)).toHaveLength(1);
    const [row] = await exported(h.bot.store);
    expect(row!.teamDelivery).toMatchObject({ state: 'uncertain', attempts: 1 });
    expect(logs.find((l) => l.event === 'team-delivery-uncertain')).toMatchObject({ level: 50, reference: record!.reference });
  });

  it('an instance killed between posting and marking leaves the request uncertain; the operator redelivers it once', async () => {
    // What a killed instance leaves behind: a committed request, claimed, never marked.
    const store = SqliteStore.open(dir);
    const notify = {
      serviceUrl: connector.url,
      channelId: 'msteams',
      conversation: { id: 'a:killed', conversationType: 'personal', tenantId: TENANT },
      bot: BOT,
      user: { id: USER.id, name: USER.name },
    };
    const past = new Date(Date.now() - 600_000);
    const { record } = await store.saveConsultation({
      token: 'killed-mid-post',
      requester: { aadObjectId: USER.aadObjectId, name: USER.name },
      form: { ...goodForm, concerns: ['concern-self-harm'], risks: ['self-harm'] },
      notify,
      teamDelivery: 'pending',
      now: past,
    });
    await store.claimTeamDeliveries({ now: past, due: past, leaseMs: 1000, limit: 10 });
    await store.close();

    const logs: Record<string, unknown>[] = [];
    const h = await startHarness(FAST, dir, { connector, logs });
    running.push(h);
    await connector.until(() => logs.some((l) => l.event === 'team-delivery-uncertain'), 5000, 'the uncertain alert');
    await sleep(300);
    expect(connector.created(CHANNEL)).toHaveLength(0);
    expect((await exported(h.bot.store))[0]!.teamDelivery).toMatchObject({ state: 'uncertain', lastError: 'interrupted' });

    // The operator looked in the channel and the card is not there.
    const out = new PassThrough();
    expect(await consultationsCommand(h.bot.store, ['redeliver', record.reference], out, out)).toBe(0);
    await connector.until(() => connector.created(CHANNEL).length >= 1, 10_000, 'the redelivered post');
    await sleep(300);
    expect(cardsFor(connector, record.reference)).toHaveLength(1);
    expect((await h.bot.store.getConsultation(record.reference))?.teamDelivery?.state).toBe('posted');
    expect(await consultationsCommand(h.bot.store, ['redeliver', record.reference], out, out)).toBe(1);
  });
});
