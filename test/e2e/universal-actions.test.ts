import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { invoke, message, submit, TENANT, type Shape } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { CHANNEL, openForm, pressOf, tokenOf } from '../helpers/consultation-flow';

type Card = Record<string, unknown>;
type Button = { type: string; title: string; verb?: string; data?: Record<string, unknown>; card?: Card };

/** Every button of a card, those inside a show-card too. */
function buttonsOf(card: Card): Button[] {
  const top = (card.actions ?? []) as Button[];
  return top.flatMap((b) => [b, ...(b.card ? buttonsOf(b.card) : [])]);
}
function button(card: Card, title: string): Button {
  const b = buttonsOf(card).find((x) => x.title === title && x.type !== 'Action.ShowCard');
  if (!b)
    throw new Error(
      `no "${title}" button: ${buttonsOf(card)
        .map((x) => x.title)
        .join(', ')}`,
    );
  return b;
}

/** What Teams sends when an Action.Execute is pressed (or a refresh runs) on the card in message `cardId`. */
function execute(shape: Shape, b: { verb?: string; data?: Record<string, unknown> }, cardId: string, inputs = {}, trigger = 'manual') {
  return {
    ...invoke(shape, 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: b.verb, data: { ...b.data, ...inputs } }, trigger }),
    replyToId: cardId,
  };
}

describe('cards that update in place (Universal Actions)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** Presses an Action.Execute: the invoke's answer must be the card that replaces the pressed one. */
  async function press(shape: Shape, b: Button, cardId: string, inputs = {}): Promise<Card> {
    const conversation = shape.conversationId ?? 'a:personal-1';
    const before = h.connector.activities(conversation).length;
    const res = await h.post(execute(shape, b, cardId, inputs));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { statusCode: number; type: string; value: Card };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expectValidCard(body.value);
    // In place: nothing new in the conversation.
    expect(h.connector.activities(conversation)).toHaveLength(before);
    return body.value;
  }

  describe('a pathway', () => {
    const shape = { serviceUrl: '', conversationId: 'a:pathway-walker' };
    let first: Card;
    let firstId: string;
    beforeAll(async () => {
      shape.serviceUrl = h.shape.serviceUrl;
      // Opened from a button (the menu's), so the test does not hang on how a question is ranked.
      const [reply] = await h.sayIn(submit(shape, { verb: 'show', id: 'pathway-referral-not-accepted' }));
      first = cardOf(reply!);
      firstId = String(reply!.id);
      expect(textOf(first)).toMatch(/Step 1 of \d+/);
    });

    it('answers "Next step" with step 2 in place, recording the choice', async () => {
      const next = button(first, 'Next step');
      expect(next.type).toBe('Action.Execute');
      expect(next.data).toEqual({ verb: 'pathway', id: 'pathway-referral-not-accepted', at: 0, move: 'next' });
      const before = h.connector.received.length;
      const card = await press(shape, next, firstId);
      expect(textOf(card)).toMatch(/Step 2 of \d+/);
      expect(textOf(card)).toContain('You chose \\"Next step\\" on step 1 of');
      expect(h.connector.received.length).toBe(before);
    });

    it('moves from the pressed card: an old step-1 card gives step 2 after the user reached step 3', async () => {
      const second = await press(shape, button(first, 'Next step'), firstId);
      const third = await press(shape, button(second, 'Next step'), firstId);
      expect(textOf(third)).toMatch(/Step 3 of \d+/);
      const again = await press(shape, button(first, 'Next step'), firstId);
      expect(textOf(again)).toMatch(/Step 2 of \d+/);
      expect(textOf(again)).not.toMatch(/Step 4 of/);
    });

    it('typed "next" carries on from the card last pressed', async () => {
      const [reply] = await h.sayIn(message(shape, 'next'));
      expect(textOf(cardOf(reply!))).toMatch(/Step 3 of \d+/);
    });

    it('ends the stalled pathway with the escalation pathway, in place', async () => {
      let card = first;
      for (let i = 0; i < 10 && buttonsOf(card).some((b) => b.title === 'Next step'); i++)
        card = await press(shape, button(card, 'Next step'), firstId);
      expect(textOf(card)).toMatch(/Step (\d+) of \1/);
      const escalate = button(card, 'Escalation pathway');
      expect(escalate.type).toBe('Action.Execute');
      const escalation = await press(shape, escalate, firstId);
      expect(textOf(escalation)).toContain('Escalation: when a child');
      expect(textOf(escalation)).toMatch(/Step 1 of \d+/);
      expect(textOf(escalation)).toContain('after \\"When a mental health referral is not accepted\\"');
    });

    it('still answers an old Action.Submit press (or a client without Universal Actions) with a new card', async () => {
      const fallback = button(first, 'Next step') as Button & { fallback?: Button };
      expect(fallback.fallback).toMatchObject({ type: 'Action.Submit', data: fallback.data });
      const [moved] = await h.sayIn(submit(shape, fallback.data!, firstId));
      expect(textOf(cardOf(moved!))).toMatch(/Step 2 of \d+/);
      const [old] = await h.sayIn(submit(shape, { verb: 'step', id: 'pathway-referral-not-accepted', step: 2 }, firstId));
      expect(textOf(cardOf(old!))).toMatch(/Step 3 of \d+/);
    });

    it('refuses what is not an Action.Execute or not a known button, with nothing sent', async () => {
      const sent = h.connector.received.length;
      const bad = await h.post({ ...invoke(shape, 'adaptiveCard/action', { action: { type: 'Action.Submit' } }) });
      expect(bad.status).toBe(400);
      const unknown = await h.post(execute(shape, { verb: 'x', data: { verb: 'jump', to: 'anywhere' } }, firstId));
      expect(unknown.status).toBe(400);
      const empty = await h.post(invoke(shape, 'adaptiveCard/action', {}));
      expect(empty.status).toBe(400);
      expect(h.connector.received.length).toBe(sent);
    });
  });

  describe("the team's card", () => {
    const lead = { id: '29:lead', aadObjectId: 'aad-lead', name: 'Team Lead' };
    let reference: string;
    let cardId: string;
    let posted: Card;
    const inChannel = (): Shape & Record<string, unknown> => ({
      ...h.shape,
      conversationId: `${CHANNEL};messageid=${cardId}`,
      conversationType: 'channel',
      from: lead,
    });
    const fromChannel = (a: Record<string, unknown>) => ({ ...a, channelData: { tenant: { id: TENANT }, channel: { id: CHANNEL } } });

    beforeAll(async () => {
      const shape = { ...h.shape, conversationId: 'a:team-requester' };
      const { card, formId } = await openForm(h, shape);
      await h.sayIn(pressOf(shape, card, formId), 2);
      reference = (await h.bot.store.listConsultations()).find((r) => r.token === tokenOf(card))!.reference;
      await h.connector.until(
        () => h.connector.created(CHANNEL).some((c) => textOf(cardOf(c.activity)).includes(reference)),
        5000,
        'team card',
      );
      const created = h.connector.created(CHANNEL).find((c) => textOf(cardOf(c.activity)).includes(reference))!;
      cardId = String(created.activity.id);
      posted = cardOf(created.activity);
    });

    it('is posted with a refresh that asks for the card as it stands, and Action.Execute buttons', () => {
      expectValidCard(posted);
      expect(posted.refresh).toEqual({
        action: {
          type: 'Action.Execute',
          title: 'Refresh',
          verb: 'consultation-refresh',
          data: { verb: 'consultation-refresh', reference },
        },
      });
      expect(button(posted, 'Accept')).toMatchObject({ type: 'Action.Execute', verb: 'consultation-action' });
    });

    it('accepts in place: the answer is the updated card, the channel copy is updated for everyone, the requester told', async () => {
      const told = h.connector.activities('a:team-requester').length;
      const res = await h.post(fromChannel(execute(inChannel(), button(posted, 'Accept'), cardId)));
      const body = JSON.parse(res.body) as { type: string; value: Card };
      expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(textOf(body.value)).toContain('Status: Accepted');
      expect(buttonsOf(body.value).map((b) => b.title)).not.toContain('Accept');
      await h.connector.until(() => h.connector.activities('a:team-requester').length === told + 1, 5000, 'requester told');
      const put = h.connector.received.filter((r) => r.method === 'PUT').at(-1)!;
      expect(textOf(cardOf(put.activity))).toContain('Status: Accepted');
      expect((await h.bot.store.getConsultation(reference))?.status).toBe('accepted');
    });

    it('a team member opening the old card later gets the current status from its refresh', async () => {
      const res = await h.post(fromChannel(execute(inChannel(), (posted.refresh as { action: Button }).action, cardId, {}, 'automatic')));
      const card = (JSON.parse(res.body) as { value: Card }).value;
      expectValidCard(card);
      expect(textOf(card)).toContain('Status: Accepted');
      expect(buttonsOf(card).map((b) => b.title)).toEqual(expect.arrayContaining(['Ask for details', 'Schedule', 'Decline']));
    });

    it('anyone outside the team gets the status without the buttons, and cannot act', async () => {
      const outsider = { ...h.shape, conversationId: 'a:someone-else', from: { id: '29:x', aadObjectId: 'aad-x', name: 'Not Team' } };
      const refreshed = await h.post(execute(outsider, (posted.refresh as { action: Button }).action, cardId, {}, 'automatic'));
      const card = (JSON.parse(refreshed.body) as { value: Card }).value;
      expect(textOf(card)).toContain('Status: Accepted');
      expect(card.actions).toBeUndefined();
      const pressed = await h.post(execute(outsider, button(posted, 'Decline'), cardId, { declineReason: 'no' }));
      expect((JSON.parse(pressed.body) as { value: Card }).value.actions).toBeUndefined();
      expect((await h.bot.store.getConsultation(reference))?.status).toBe('accepted');
    });
  });
});
