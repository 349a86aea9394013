import { startHarness, type Harness } from '../helpers/harness';
import { invoke, message } from '../helpers/teams';

describe('the per-user rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('counts searches and other invokes with messages: over the limit an invoke gets 429 and no work is done', async () => {
    const shape = { ...h.shape, conversationId: 'a:limit' };
    const search = () =>
      h.post(invoke(shape, 'composeExtension/query', { commandId: 'searchToolkit', parameters: [{ name: 'query', value: 'self harm' }] }));
    for (let i = 0; i < 3; i += 1) expect((await search()).status).toBe(200);
    const over = await search();
    expect(over).toEqual({ status: 429, body: '{"error":"too many requests"}' });
    // A message from the same user is over the limit too, and gets the slow-down notice.
    const [notice] = await h.say(message(shape, 'signs of self harm'));
    expect(JSON.stringify(notice)).toContain('Please slow down');
  });
});
