import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { invoke, message } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';

describe('the Teams app: compose-box search and feedback', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('searches the toolkit from the compose box and returns cards to insert', async () => {
    const res = await h.post(
      invoke(h.shape, 'composeExtension/query', {
        commandId: 'searchToolkit',
        parameters: [{ name: 'query', value: 'self harm' }],
        queryOptions: { skip: 0, count: 25 },
      }),
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as {
      composeExtension: { type: string; attachments: { content: Record<string, unknown>; preview: { content: { title: string } } }[] };
    };
    expect(body.composeExtension.type).toBe('result');
    const titles = body.composeExtension.attachments.map((a) => a.preview.content.title);
    expect(titles[0]).toMatch(/self-harm/i);
    for (const a of body.composeExtension.attachments) {
      expectValidCard(a.content);
      expect(a.content.actions).toBeUndefined();
    }
  });

  it('returns no results, not an error, for an empty search', async () => {
    const res = await h.post(
      invoke(h.shape, 'composeExtension/query', { commandId: 'searchToolkit', parameters: [{ name: 'query', value: '' }] }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).composeExtension.attachments).toEqual([]);
  });

  it('turns on Teams feedback on answers and stores a reaction against the entry', async () => {
    const shape = { ...h.shape, conversationId: 'a:feedback' };
    const [answer] = await h.say(message(shape, 'what is section 136'));
    expect(answer!.channelData).toMatchObject({ feedbackLoopEnabled: true });
    expect(textOf(cardOf(answer!))).toContain('136');
    const res = await h.post({
      ...invoke(shape, 'message/submitAction', {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'needed the local number' }) },
      }),
      replyToId: answer!.id,
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    const events = await h.bot.store.listEvents(new Date(0));
    expect(events.filter((e) => e.type === 'feedback')).toEqual([
      expect.objectContaining({ entryId: 'mha-s136', reaction: 'dislike', comment: 'needed the local number' }),
    ]);
  });

  it('keeps the reaction when the comment comes as an object, or in a shape it cannot read', async () => {
    const shape = { ...h.shape, conversationId: 'a:feedback-shapes' };
    const [answer] = await h.say(message(shape, 'what is section 135'));
    const send = (feedback: unknown) =>
      h.post({
        ...invoke(shape, 'message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'like', feedback } }),
        replyToId: answer!.id,
      });
    expect((await send({ feedbackText: 'clear' })).status).toBe(200);
    expect((await send(42)).status).toBe(200);
    const stored = (await h.bot.store.listEvents(new Date(0))).filter((e) => e.type === 'feedback' && e.entryId === 'mha-s135');
    expect(stored).toEqual([
      expect.objectContaining({ reaction: 'like', comment: 'clear' }),
      expect.objectContaining({ reaction: 'like' }),
    ]);
    expect(stored[1]!.comment ?? undefined).toBeUndefined();
  });
});
