import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { installed, membersAdded, message, TENANT } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';

describe('the bot, as Teams talks to it', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('reports healthy with its version and content count once ready', async () => {
    const res = await fetch(`${h.bot.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; version: string; entries: number };
    expect(body.status).toBe('ok');
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.entries).toBeGreaterThan(50);
  });

  it('listens on loopback only in local mode', () => {
    expect(h.bot.config.localMode).toBe(true);
    expect(h.bot.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('answers "help" with the help card, as a reply to the message', async () => {
    const [reply] = await h.say(message(h.shape, 'help'));
    const card = cardOf(reply!);
    expectValidCard(card);
    expect(textOf(card)).toContain('What this toolkit bot can do');
    const received = h.connector.received.at(-1)!;
    expect(received.path).toMatch(/^\/v3\/conversations\/a:personal-1\/activities\/.+/);
  });

  it('welcomes on install, once, even when Teams sends both install events', async () => {
    const shape = { ...h.shape, conversationId: 'a:new-install' };
    const [welcome] = await h.say(installed(shape));
    expect(textOf(cardOf(welcome!))).toContain('Children in Care mental health toolkit');
    expectValidCard(cardOf(welcome!));
    const before = h.connector.activities('a:new-install').length;
    const res = await h.post(membersAdded(shape));
    expect(res.status).toBe(200);
    expect(h.connector.activities('a:new-install').length).toBe(before);
  });

  it('welcomes once when both install events arrive at the same moment', async () => {
    const shape = { ...h.shape, conversationId: 'a:simultaneous-install' };
    const results = await Promise.all([h.post(installed(shape)), h.post(membersAdded(shape))]);
    // Each answer comes after its turn has finished, so any second welcome has been posted by now.
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(h.connector.activities('a:simultaneous-install')).toHaveLength(1);
  });

  it('welcomes when added to a group chat (membersAdded with the bot)', async () => {
    const shape = { ...h.shape, conversationId: '19:group-welcome@thread.v2', conversationType: 'groupChat' as const };
    const [welcome] = await h.say(membersAdded(shape));
    expect(textOf(cardOf(welcome!))).toContain('Try asking');
  });

  it('understands an @mentioned message in a group chat', async () => {
    const shape = { ...h.shape, conversationId: '19:group@thread.v2', conversationType: 'groupChat' as const };
    const [reply] = await h.say(message(shape, 'help', { mention: true }));
    expect(textOf(cardOf(reply!))).toContain('What this toolkit bot can do');
  });

  it('answers a worry with a toolkit card', async () => {
    const [reply] = await h.say(message(h.shape, 'signs of self harm'));
    const card = cardOf(reply!);
    expectValidCard(card);
    expect(textOf(card)).toMatch(/self-harm/i);
  });

  it('answers an emergency with one card: what to do first, then the numbers to call, then the crisis pathway', async () => {
    const shape = { ...h.shape, conversationId: 'a:emergency' };
    await h.say(message(shape, 'he has just taken an overdose'));
    const sent = h.connector.activities('a:emergency');
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]!);
    expectValidCard(card);
    const text = textOf(card);
    expect(text.indexOf('Call 999 or go to A&E now')).toBe(0);
    const calls = JSON.stringify(card).match(/"url":"tel:[0-9]+"/g);
    expect(calls).toEqual(['"url":"tel:999"', '"url":"tel:111"', '"url":"tel:01512933577"']);
    expect(text).toContain('Crisis pathway');
  });

  it('walks the crisis pathway when "next" is typed after the emergency card', async () => {
    const shape = { ...h.shape, conversationId: 'a:emergency-next' };
    await h.say(message(shape, 'he has just taken an overdose'));
    const [first] = await h.say(message(shape, 'next'));
    expect(textOf(cardOf(first!))).toMatch(/Step 1 of \d+: Immediate danger/);
    const [second] = await h.say(message(shape, 'next'));
    expect(textOf(cardOf(second!))).toMatch(/Step 2 of \d+/);
  });

  it('refuses malformed JSON and non-activities with 400 and no detail', async () => {
    const bad = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message",',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toMatch(/JSON|Unexpected|at |stack/i);
    const notActivity = await h.post({ hello: 'world' } as Record<string, unknown>);
    expect(notActivity.status).toBe(400);
    expect(notActivity.body).toBe('{"error":"bad request"}');
  });

  it('refuses a body over 256 KB with 413', async () => {
    const big = message(h.shape, 'x'.repeat(300 * 1024));
    const res = await h.post(big);
    expect(res.status).toBe(413);
    expect(res.body).not.toMatch(/stack|Error:/);
  });

  it('only knows the routes it serves', async () => {
    const res = await fetch(`${h.bot.url}/nope`);
    expect(res.status).toBe(404);
    const wrongMethod = await fetch(`${h.bot.url}/api/messages`);
    expect([404, 405]).toContain(wrongMethod.status);
  });

  it('keeps the tenant fence: other tenants get one line, no content', async () => {
    const fenced = await startHarness({ ALLOWED_TENANT_IDS: TENANT });
    try {
      const other = { ...fenced.shape, tenantId: '99999999-9999-9999-9999-999999999999' };
      const [refusal] = await fenced.say(message(other, 'signs of self harm'));
      expect(refusal!.text).toBe('Sorry, this bot is not available to your organisation.');
      expect(refusal!.attachments ?? []).toEqual([]);
      const [allowed] = await fenced.say(message(fenced.shape, 'help'));
      expect(textOf(cardOf(allowed!))).toContain('What this toolkit bot can do');
    } finally {
      await fenced.stop();
    }
  });
});
