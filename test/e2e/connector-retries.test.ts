import { startHarness, textOf, cardOf, type Harness } from '../helpers/harness';
import { FakeConnector } from '../helpers/fake-connector';
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
    // The answer comes after the turn, its error handler included, has finished.
    expect(res.status).toBeLessThan(500);
    // One failed attempt at the answer, then one "something went wrong" that got through.
    expect(h.connector.attempts - before).toBe(2);
    const delivered = h.connector.activities('a:failing');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.text).toContain('Sorry, something went wrong');
  });
});

describe('replies go back to the service URL each turn came from', () => {
  let h: Harness;
  let other: FakeConnector;
  beforeAll(async () => {
    h = await startHarness();
    other = new FakeConnector();
    await other.start();
  });
  afterAll(async () => {
    await h?.stop();
    await other?.stop();
  });

  it('keeps replies apart when conversations arrive from two regions, turn after turn', async () => {
    const here = { ...h.shape, conversationId: 'a:region-one' };
    const there = { serviceUrl: other.url, conversationId: 'a:region-two' };
    for (let round = 0; round < 3; round += 1) {
      await h.say(message(here, 'help'));
      const before = other.activities().length;
      const res = await h.post(message(there, 'what is section 117'));
      expect(res.status).toBe(200);
      await other.waitFor(before + 1);
    }
    expect(h.connector.activities('a:region-one')).toHaveLength(3);
    expect(h.connector.activities('a:region-two')).toHaveLength(0);
    expect(other.activities('a:region-two')).toHaveLength(3);
    expect(textOf(cardOf(other.activities('a:region-two')[0]!))).toContain('117');
    expect(other.activities('a:region-one')).toHaveLength(0);
  });
});
