import { startHarness, textOf, cardOf, type Harness } from '../helpers/harness';
import { message } from '../helpers/teams';

describe('replies when the Bot Connector pushes back', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('retries a 429 with backoff and delivers the reply once', async () => {
    const shape = { ...h.shape, conversationId: 'a:throttled' };
    h.connector.failNext = [429, 429];
    const before = h.connector.attempts;
    const [reply] = await h.say(message(shape, 'help'));
    expect(textOf(cardOf(reply!))).toContain('What this toolkit bot can do');
    expect(h.connector.attempts - before).toBe(3);
    expect(h.connector.activities('a:throttled')).toHaveLength(1);
  });

  it('does not retry other failures (a retried post could duplicate)', async () => {
    const shape = { ...h.shape, conversationId: 'a:failing' };
    h.connector.failNext = [500];
    const before = h.connector.attempts;
    const res = await h.post(message(shape, 'help'));
    expect(res.status).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 1500));
    // One failed attempt at the answer, then one "something went wrong" that got through.
    expect(h.connector.attempts - before).toBe(2);
    const delivered = h.connector.activities('a:failing');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text).toContain('Sorry, something went wrong');
  });
});
