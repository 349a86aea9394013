import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { submit, USER } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { goodForm } from '../helpers/forms';
import { openForm, submitData } from '../helpers/consultation-flow';

const CHANNEL = '19:consultation-team@thread.tacv2';

describeIfTool(POSTGRES, 'the consultation team, across two instances sharing PostgreSQL', () => {
  let pg: TestPostgres;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    pg = await startPostgres();
    a = await startHarness({ DATABASE_URL: pg.url, CONSULTATION_CHANNEL_ID: CHANNEL });
    b = await startHarness({ DATABASE_URL: pg.url, CONSULTATION_CHANNEL_ID: CHANNEL });
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await pg?.stop();
  });

  it('stores on one instance, posts to the channel, and the other instance sees it', async () => {
    const shape = { ...a.shape, conversationId: 'a:requester' };
    const { card: form, formId } = await openForm(a, shape);
    // The submit lands on the other instance, as it may behind a load balancer.
    const replies = await b.say(submit({ ...b.shape, conversationId: 'a:requester' }, { ...submitData(form), ...goodForm }, formId), 3);
    const created = b.connector.received.find((r) => r.method === 'CREATE')!;
    expect(created).toBeDefined();
    const teamCard = (created.activity.attachments as { content: Record<string, unknown> }[])[0]!.content;
    expectValidCard(teamCard);
    const reference = /EC-\d{4}-\d{5}/.exec(textOf(teamCard))![0];
    expect(textOf(teamCard)).toContain(goodForm.question);
    expect(replies.some((r) => textOf(cardOf(r)).includes(reference))).toBe(true);
    const onA = await a.bot.store.getConsultation(reference);
    expect(onA?.status).toBe('new');
  });

  it('lets the team act from the channel: stored with who and when, card updated, requester told', async () => {
    const [record] = await a.bot.store.listConsultations();
    const channelShape = {
      ...a.shape,
      conversationId: `${CHANNEL};messageid=1`,
      conversationType: 'channel' as const,
      from: { id: '29:lead', aadObjectId: 'aad-lead', name: 'Team Lead' },
    };
    const press = {
      ...submit(
        channelShape,
        { verb: 'consultation-action', reference: record!.reference, action: 'schedule', date: '2026-12-03', time: '14:30' },
        'team-card-1',
      ),
      channelData: { tenant: { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' }, channel: { id: CHANNEL }, team: { id: '19:team' } },
    };
    const before = a.connector.activities().length;
    const requesterBefore = b.connector.activities('a:requester').length;
    const res = await a.post(press);
    expect(res.status).toBe(200);
    await a.connector.waitFor(before + 1);
    const update = a.connector.received.at(-1)!;
    expect(update.method).toBe('PUT');
    expect(textOf(cardOf(update.activity))).toContain('Scheduled');
    // The requester is told through the service they wrote from (instance b's connector here).
    await b.connector.waitFor(b.connector.activities().length);
    const told = b.connector.activities('a:requester').slice(requesterBefore);
    expect(told).toHaveLength(1);
    expect(textOf(cardOf(told[0]!))).toContain('2026-12-03 at 14:30');
    const stored = await b.bot.store.getConsultation(record!.reference);
    expect(stored?.status).toBe('scheduled');
    expect(stored?.history[0]).toMatchObject({ action: 'schedule', by: { aadObjectId: 'aad-lead', name: 'Team Lead' } });
  });

  it('refuses team actions from anywhere but the consultation channel', async () => {
    const [record] = await a.bot.store.listConsultations();
    const [refusal] = await a.say(
      submit(
        { ...a.shape, conversationId: 'a:requester', from: USER },
        { verb: 'consultation-action', reference: record!.reference, action: 'accept' },
      ),
    );
    expect(refusal!.text).toContain('Only the consultation team');
    expect((await a.bot.store.getConsultation(record!.reference))?.status).toBe('scheduled');
  });
});
