import { PassThrough } from 'node:stream';
import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { submit } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { fill, maxForm, WORST } from '../helpers/forms';
import { CHANNEL, inputValue, openForm, pressOf, tokenOf } from '../helpers/consultation-flow';
import { makeFormSchema, LONG } from '../../src/consultations/form';
import { consultationsCommand } from '../../src/cli/consultations';
import { TEAMS_MAX_BYTES } from '../../src/cards/size';

const FAST = { CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40', TEAM_DELIVERY_MAX_RETRY_MS: '300' };

/** As Teams measures a message: the serialized activity as UTF-16, two bytes a unit. */
const teamsSize = (activity: unknown) => JSON.stringify(activity).length * 2;

function concernIds(form: Record<string, unknown>): string[] {
  let ids: string[] = [];
  JSON.stringify(form, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { id?: unknown }).id === 'concerns')
      ids = ((v as { choices: { value: string }[] }).choices ?? []).map((c) => c.value);
    return v;
  });
  return ids;
}

describe('every message fits Teams, with every field at its maximum and full of characters escaping grows', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(FAST);
  });
  afterAll(async () => {
    // Whatever any test here sent, each message Teams would receive was under 80 KB.
    for (const r of h.connector.received) expect([r.method, teamsSize(r.activity)]).toEqual([r.method, expect.any(Number)]);
    expect(Math.max(...h.connector.received.map((r) => teamsSize(r.activity)))).toBeLessThan(TEAMS_MAX_BYTES);
    await h?.stop();
  });

  it('a good submit: receipt and summary fit, the team card shows shortened answers and fits, the export has every character', async () => {
    const shape = { ...h.shape, conversationId: 'a:max-good' };
    const { card, formId } = await openForm(h, shape);
    const values = maxForm(concernIds(card), WORST);
    expect(makeFormSchema(concernIds(card) as [string, ...string[]]).safeParse(values).success).toBe(true);
    await h.sayIn(pressOf(shape, card, formId, values), 2);
    await h.connector.until(() => h.connector.created(CHANNEL).length === 1, 5000, 'the team card');
    for (const a of h.connector.activities('a:max-good')) expect(teamsSize(a)).toBeLessThan(TEAMS_MAX_BYTES);
    const posted = h.connector.created(CHANNEL)[0]!.activity;
    expect(teamsSize(posted)).toBeLessThan(TEAMS_MAX_BYTES);
    const teamCard = cardOf(posted);
    expectValidCard(teamCard);
    const shown = textOf(teamCard);
    expect(shown.split('… full text in the record').length - 1).toBeGreaterThanOrEqual(2);

    const out = new PassThrough();
    let json = '';
    out.on('data', (d: Buffer) => (json += d.toString('utf8')));
    await consultationsCommand(h.bot.store, ['export', '--format', 'json'], out);
    const [row] = JSON.parse(json) as Record<string, unknown>[];
    for (const field of ['question', 'triedSoFar', 'concernsOther', 'servicesInvolved', 'requesterTeam', 'placementAuthority'])
      expect([field, row![field] === values[field]]).toEqual([field, true]);
    expect((row!.question as string).length).toBe(LONG);
  });

  it('a submit with one field over its limit: the form comes back with the errors shown, still fits, and nothing is stored', async () => {
    const shape = { ...h.shape, conversationId: 'a:max-over' };
    const { card, formId } = await openForm(h, shape);
    const values: Record<string, string> = { ...maxForm(concernIds(card)), question: fill(LONG * 10), childRef: 'Jane Smith' };
    const before = (await h.bot.store.listConsultations()).length;
    const [back] = await h.sayIn(pressOf(shape, card, formId, values));
    expect(back!.id).toBe(formId);
    expect(teamsSize(back)).toBeLessThan(TEAMS_MAX_BYTES);
    const form = cardOf(back!);
    expectValidCard(form);
    const text = textOf(form);
    expect(text.includes('Please keep this under 4,000 characters. It had 40,000')).toBe(true);
    expect(text.includes('looked like a name, so it has been cleared')).toBe(true);
    expect(inputValue(form, 'childRef')).toBe('');
    expect(text.includes('Sorry')).toBe(false);
    expect(inputValue(form, 'question') === values.question!.slice(0, LONG)).toBe(true);
    expect(inputValue(form, 'triedSoFar') === values.triedSoFar).toBe(true);
    expect(tokenOf(form)).toBe(tokenOf(card));
    expect((await h.bot.store.listConsultations()).length).toBe(before);
  });

  it('control codes and broken characters echoed back cannot blow the form up', async () => {
    const shape = { ...h.shape, conversationId: 'a:max-control' };
    const { card, formId } = await openForm(h, shape);
    const values: Record<string, string> = {
      ...maxForm(concernIds(card)),
      question: '\u0001'.repeat(LONG),
      triedSoFar: '\ud800'.repeat(LONG),
    };
    const [back] = await h.sayIn(pressOf(shape, card, formId, values));
    expect(teamsSize(back)).toBeLessThan(TEAMS_MAX_BYTES);
    expect(textOf(cardOf(back!)).includes('unusual characters')).toBe(true);
  });

  it("the team's card keeps fitting as its history grows", async () => {
    const [record] = await h.bot.store.listConsultations();
    const channel = {
      ...h.shape,
      conversationId: `${CHANNEL};messageid=1`,
      conversationType: 'channel' as const,
      from: { id: '29:lead', aadObjectId: 'aad-lead', name: fill(100) },
    };
    const cardId = String(h.connector.created(CHANNEL)[0]!.activity.id);
    for (let i = 0; i < 25; i += 1) {
      const press = submit(
        channel,
        { verb: 'consultation-action', reference: record!.reference, action: 'more-info', moreInfoNote: `${i} ${fill(1990)}` },
        cardId,
      );
      const res = await h.post({
        ...press,
        channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, channel: { id: CHANNEL } },
      });
      expect(res.status).toBe(200);
    }
    const updates = h.connector.received.filter((r) => r.method === 'PUT' && r.conversationId.startsWith(CHANNEL));
    expect(updates.length).toBeGreaterThanOrEqual(25);
    const last = updates.at(-1)!.activity;
    expect(teamsSize(last)).toBeLessThan(TEAMS_MAX_BYTES);
    expectValidCard(cardOf(last));
    expect(textOf(cardOf(last)).includes('earlier actions: full history in the record')).toBe(true);
    expect((await h.bot.store.getConsultation(record!.reference))?.history).toHaveLength(25);
  });
});
