import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { message } from '../helpers/teams';
import { goodForm } from '../helpers/forms';
import { CHANNEL, openForm, pressOf, referenceIn, texts, tokenOf } from '../helpers/consultation-flow';
import { SORRY } from '../../src/teams/turn-error';

const FAST = { CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40', TEAM_DELIVERY_MAX_RETRY_MS: '300' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The team's cards for one request. */
function cardsFor(h: Harness, reference: string) {
  return h.connector.created(CHANNEL).filter((r) => textOf(cardOf(r.activity)).includes(`request ${reference}`));
}

/** Presses "Send request" on a fresh form; returns the stored reference and what the requester was sent. */
async function sendRequest(h: Harness, conversationId: string, before?: () => void) {
  const shape = { ...h.shape, conversationId };
  const { card, formId } = await openForm(h, shape);
  before?.();
  const seen = h.connector.activities(conversationId).length;
  const res = await h.post(pressOf(shape, card, formId));
  expect(res.status).toBe(200);
  const record = (await h.bot.store.listConsultations()).find((r) => r.token === tokenOf(card))!;
  expect(record).toBeDefined();
  return { shape, card, formId, reference: record.reference, told: () => texts(h.connector.activities(conversationId).slice(seen)) };
}

/** Waits for the team's card, then a little longer, to be sure no second one follows. */
async function expectOneTeamCard(h: Harness, reference: string): Promise<void> {
  await h.connector.until(() => cardsFor(h, reference).length >= 1, 5000, `the team's card for ${reference}`);
  await sleep(400);
  expect(cardsFor(h, reference)).toHaveLength(1);
  expect((await h.bot.store.getConsultation(reference))?.teamDelivery?.state).toBe('posted');
}

describe('the team gets each request exactly once, and the requester a receipt or "Saved", when the connector fails', () => {
  let h: Harness;
  const logs: Record<string, unknown>[] = [];
  beforeAll(async () => {
    h = await startHarness(FAST, undefined, { logs });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('the receipt fails once: the requester is told "Saved" with the reference, the team gets the card', async () => {
    const sent = await sendRequest(h, 'a:receipt-once', () =>
      h.connector.fail({ conversationId: 'a:receipt-once', method: 'POST', status: 502, times: 1 }),
    );
    const told = sent.told();
    expect(
      told.some(
        (t) => t.startsWith(`Saved: your reference is ${sent.reference}.`) && t.includes('The consultation team will see your request'),
      ),
    ).toBe(true);
    expect(told.join('\n')).not.toContain('Sorry');
    await expectOneTeamCard(h, sent.reference);
  });

  it('the channel post fails once: the requester gets the receipt, the team gets the card on the next attempt', async () => {
    const sent = await sendRequest(h, 'a:channel-once', () => h.connector.fail({ method: 'CREATE', status: 502, times: 1 }));
    expect(sent.told().some((t) => t.includes(`Your reference: ${sent.reference}`))).toBe(true);
    await expectOneTeamCard(h, sent.reference);
    expect((await h.bot.store.getConsultation(sent.reference))?.teamDelivery).toMatchObject({ state: 'posted', attempts: 2 });
  });

  it('both fail once: "Saved" for the requester, one card for the team', async () => {
    const sent = await sendRequest(h, 'a:both-once', () => {
      h.connector.fail({ conversationId: 'a:both-once', method: 'POST', status: 502, times: 1 });
      h.connector.fail({ method: 'CREATE', status: 502, times: 1 });
    });
    expect(sent.told().some((t) => t.startsWith(`Saved: your reference is ${sent.reference}.`))).toBe(true);
    await expectOneTeamCard(h, sent.reference);
  });

  it('both fail for a stretch: no "Sorry", an alert for the operator, the card once it passes, and "Saved" on the next turn', async () => {
    const failedBefore = h.connector.failed.length;
    let stretch: (() => void)[] = [];
    const sent = await sendRequest(h, 'a:stretch', () => {
      stretch = [h.connector.fail({ conversationId: 'a:stretch', status: 502 }), h.connector.fail({ method: 'CREATE', status: 503 })];
    });
    expect(sent.told()).toEqual([]);
    // The stretch lasts until the operator's alert has been raised.
    const alerted = () => logs.find((l) => l.event === 'team-delivery-failing' && l.reference === sent.reference);
    await h.connector.until(() => Boolean(alerted()), 10_000, 'the team-delivery-failing alert');
    expect(cardsFor(h, sent.reference)).toHaveLength(0);
    stretch.forEach((stop) => stop());
    expect(alerted()).toMatchObject({ level: 50, errorKind: 'http-503', attempts: 5 });
    await expectOneTeamCard(h, sent.reference);
    const failedTexts = h.connector.failed.slice(failedBefore).map((f) => JSON.stringify(f.activity));
    expect(failedTexts.some((t) => t.includes(SORRY))).toBe(false);
    const replies = await h.sayIn(message(sent.shape, 'help'), 2);
    expect(replies[0]!.text).toBe(
      `Saved: your reference is ${sent.reference}. The consultation team will see your request and reply to you here. If a child is at risk now, call 999.`,
    );
    expect(textOf(cardOf(replies[1]!))).toContain('What this toolkit bot can do');
    // Told once: the next turn is an ordinary one.
    const [next] = await h.sayIn(message(sent.shape, 'help'));
    expect(next!.attachments).toBeDefined();
  });

  it('logs no form value, name or email along the way', () => {
    const all = JSON.stringify(logs);
    for (const value of [goodForm.question, goodForm.triedSoFar, goodForm.requesterEmail, 'Sam Worker', goodForm.requesterTeam])
      expect(all).not.toContain(value);
  });
});

describe('a re-press picks a waiting delivery up again', () => {
  let h: Harness;
  beforeAll(async () => {
    // Retries far apart: only the re-press can bring the next attempt forward.
    h = await startHarness({ CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '600000' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('posts the waiting request at once, with the same receipt, and never a second card', async () => {
    const sent = await sendRequest(h, 'a:repress', () => h.connector.fail({ method: 'CREATE', status: 502, times: 1 }));
    await h.connector.until(() => h.connector.failed.some((f) => f.method === 'CREATE'), 5000, 'the failed channel post');
    await sleep(100);
    expect((await h.bot.store.getConsultation(sent.reference))?.teamDelivery).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'http-502',
    });
    expect(cardsFor(h, sent.reference)).toHaveLength(0);
    const again = await h.sayIn({ ...pressOf(sent.shape, sent.card, sent.formId), id: 'repress-1' }, 2);
    expect(texts(again).some((t) => t.includes(`Your reference: ${sent.reference}`))).toBe(true);
    await expectOneTeamCard(h, sent.reference);
    await h.sayIn({ ...pressOf(sent.shape, sent.card, sent.formId), id: 'repress-2' }, 2);
    await sleep(200);
    expect(cardsFor(h, sent.reference)).toHaveLength(1);
    expect(referenceIn(texts(again).join('\n'))).toBe(sent.reference);
  });
});
