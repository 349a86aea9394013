import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { message, submit, TENANT, USER } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { goodForm } from '../helpers/forms';
import {
  CHANNEL,
  dialogCard,
  fetchDialog,
  inputValue,
  openButtonData,
  openForm,
  pressOf,
  referenceIn,
  submitData,
  submitDialog,
  texts,
  tokenOf,
} from '../helpers/consultation-flow';

const OTHER = { id: '29:other', aadObjectId: '99999999-8888-7777-6666-555555555555', name: 'Alex Other' };

/** Every action of a card, as Teams shows them. */
const actionsOf = (card: Record<string, unknown>) =>
  (card.actions ?? []) as { type: string; title: string; url?: string; data?: Record<string, unknown> }[];

describe('consultations are personal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40' });
    h.connector.members.set(USER.id, { id: USER.id, name: USER.name, email: 'sam.worker@example.gov.uk', aadObjectId: USER.aadObjectId });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it.each([
    ['a group chat', 'groupChat', 'request enhanced consultation', 'form'],
    ['a channel', 'channel', 'request enhanced consultation', 'form'],
    ['a group chat', 'groupChat', 'my requests', 'list'],
  ] as const)(
    'in %s, "%s" is answered briefly, with no form and no name, and an offer of a personal chat',
    async (_where, type, text, want) => {
      const shape = { ...h.shape, conversationId: `19:shared-${type}-${want}`, conversationType: type };
      const [reply] = await h.sayIn(message(shape, text, { mention: true }));
      const card = cardOf(reply!);
      expectValidCard(card);
      expect(textOf(card)).toContain('Consultation requests are personal');
      expect(JSON.stringify(card)).not.toMatch(/Input\.|Sam Worker|sam\.worker|EC-\d{4}/);
      expect(actionsOf(card).map((a) => a.data?.want ?? a.url)).toEqual([
        want,
        'https://teams.microsoft.com/l/chat/0/0?users=28%3Atoolkit-bot',
      ]);
    },
  );

  it('"Send me the form in my chat" starts the personal chat and sends the way in to the form there; the press in the group is answered there', async () => {
    const group = { ...h.shape, conversationId: '19:group-continue', conversationType: 'groupChat' as const };
    const [notice] = await h.sayIn(message(group, 'request enhanced consultation', { mention: true }));
    const button = actionsOf(cardOf(notice!))[0]!;
    const createdBefore = h.connector.created().length;
    const [said] = await h.sayIn(submit(group, button.data!));
    expect(said!.text).toBe('I have sent it to your own chat with me.');
    const created = h.connector.created().slice(createdBefore);
    expect(created).toHaveLength(1);
    const personalId = created[0]!.conversationId;
    // The new chat itself (Teams' create call carries no message here), then the button opening the form in it.
    const cards = () => h.connector.activities(personalId).filter((a) => a.attachments);
    await h.connector.until(() => cards().length === 1, 5000, 'the way in to the form in the personal chat');
    const personal = { ...h.shape, conversationId: personalId };
    const open = await fetchDialog(h, personal, openButtonData(cardOf(cards()[0]!)));
    expect(inputValue(dialogCard(open), 'requesterName')).toBe(USER.name);
    // The form sent from the personal chat is taken, and the receipt goes there.
    const sent = await submitDialog(h, personal, dialogCard(open), goodForm);
    expect(referenceIn(String(sent.task.value))).toBeDefined();
    await h.connector.until(() => cards().length === 2, 5000, 'the receipt in the personal chat');
    // The group saw the notice and one line, nothing of the form.
    expect(JSON.stringify(h.connector.activities(group.conversationId).map((a) => [a.text, a.attachments]))).not.toMatch(
      /Input\.|Sam Worker|EC-\d{4}/,
    );
  });

  it('a form pressed in a group chat is answered, and nothing is stored', async () => {
    const mine = { ...h.shape, conversationId: 'a:mine-for-group' };
    const { card } = await openForm(h, mine);
    const before = (await h.bot.store.listConsultations()).length;
    const group = { ...h.shape, conversationId: '19:group-press', conversationType: 'groupChat' as const };
    const [reply] = await h.sayIn(submit(group, { ...submitData(card), ...goodForm }));
    expect(textOf(cardOf(reply!))).toContain('Consultation requests are personal');
    expect((await h.bot.store.listConsultations()).length).toBe(before);
  });

  it("another person's press of someone's form gets a form of their own, never the other's receipt", async () => {
    const mine = { ...h.shape, conversationId: 'a:owner' };
    const { card, formId } = await openForm(h, mine);
    const theirs = { ...h.shape, conversationId: 'a:other-person', from: OTHER };
    const before = (await h.bot.store.listConsultations()).length;
    const replies = await h.sayIn(pressOf(theirs, card, formId), 2);
    expect(textOf(cardOf(replies[0]!))).toContain('That form was opened for someone else');
    const fresh = cardOf(replies[1]!);
    expect(tokenOf(fresh)).not.toBe(tokenOf(card));
    expect(inputValue(fresh, 'requesterName')).toBe(OTHER.name);
    expect((await h.bot.store.listConsultations()).length).toBe(before);
    // The owner sends it; the other person pressing it again still sees nothing of it.
    const sent = await h.sayIn(pressOf(mine, card, formId), 2);
    const reference = referenceIn(texts(sent).join('\n'))!;
    const again = await h.sayIn({ ...pressOf(theirs, card, formId), id: 'other-again' }, 2);
    expect(texts(again).join('\n')).not.toContain(reference);
    expect(texts(again).join('\n')).not.toMatch(/EC-\d{4}/);
    // Their own fresh form is theirs to send.
    const own = await h.sayIn(pressOf(theirs, fresh, String(replies[1]!.id)), 2);
    const ownRef = referenceIn(texts(own).join('\n'))!;
    expect((await h.bot.store.getConsultation(ownRef))?.requester.aadObjectId).toBe(OTHER.aadObjectId);
  });

  it("the team's card shows the Teams account beside the name typed in the form", async () => {
    const shape = { ...h.shape, conversationId: 'a:typed-name' };
    const { card, formId } = await openForm(h, shape);
    await h.sayIn(pressOf(shape, card, formId, { ...goodForm, requesterName: 'Someone Else' }), 2);
    const record = (await h.bot.store.listConsultations()).find((r) => r.token === tokenOf(card))!;
    await h.connector.until(
      () => h.connector.created(CHANNEL).some((c) => textOf(cardOf(c.activity)).includes(record.reference)),
      5000,
      'the team card',
    );
    const teamCard = cardOf(h.connector.created(CHANNEL).find((c) => textOf(cardOf(c.activity)).includes(record.reference))!.activity);
    const facts = JSON.stringify(teamCard);
    expect(facts).toContain('"title":"From","value":"Someone Else (Social worker');
    expect(facts).toContain(`"title":"Sent by (Teams)","value":"${USER.name}"`);
    expect(record.requester).toMatchObject({ aadObjectId: USER.aadObjectId, name: 'Someone Else', teamsName: USER.name });
  });
});

describe('the team works a request through defined steps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function posted(conversationId: string) {
    const shape = { ...h.shape, conversationId };
    const { card, formId } = await openForm(h, shape);
    await h.sayIn(pressOf(shape, card, formId), 2);
    const reference = (await h.bot.store.listConsultations()).find((r) => r.token === tokenOf(card))!.reference;
    await h.connector.until(
      () => h.connector.created(CHANNEL).some((c) => textOf(cardOf(c.activity)).includes(reference)),
      5000,
      'the team card',
    );
    const cardId = String(h.connector.created(CHANNEL).find((c) => textOf(cardOf(c.activity)).includes(reference))!.activity.id);
    const channel = {
      ...h.shape,
      conversationId: `${CHANNEL};messageid=${cardId}`,
      conversationType: 'channel' as const,
      from: { id: '29:lead', aadObjectId: 'aad-lead', name: 'Team Lead' },
    };
    const press = async (value: Record<string, unknown>) => {
      const res = await h.post({
        ...submit(channel, { verb: 'consultation-action', reference, ...value }, cardId),
        channelData: { tenant: { id: TENANT }, channel: { id: CHANNEL } },
      });
      expect(res.status).toBe(200);
    };
    return {
      reference,
      requester: () => h.connector.activities(conversationId).length,
      channel: () => h.connector.activities(channel.conversationId),
      press,
    };
  }

  it('declined is final: a later accept or a repeated decline changes nothing and tells the requester nothing more', async () => {
    const r = await posted('a:declined');
    const told = r.requester();
    await r.press({ action: 'decline', declineReason: 'Not for this service' });
    await h.connector.until(() => r.requester() === told + 1, 5000, 'the requester told once');
    const card = cardOf(
      r
        .channel()
        .filter((a) => a.attachments)
        .at(-1)!,
    );
    expect(textOf(card)).toContain('Declined');
    expect(actionsOf(card)).toEqual([]);
    await r.press({ action: 'accept' });
    await r.press({ action: 'decline', declineReason: 'Not for this service' });
    await new Promise((res) => setTimeout(res, 200));
    expect(r.requester()).toBe(told + 1);
    const said = r.channel().map((a) => String(a.text ?? ''));
    expect(said.some((t) => t.includes('declining is final'))).toBe(true);
    const stored = await h.bot.store.getConsultation(r.reference);
    expect(stored?.status).toBe('declined');
    expect(stored?.history.map((x) => x.action)).toEqual(['decline']);
  });

  it('accept happens once, a repeat press does not notify again, and the card offers only what follows', async () => {
    const r = await posted('a:accepted');
    const told = r.requester();
    await r.press({ action: 'accept' });
    await r.press({ action: 'accept' });
    await new Promise((res) => setTimeout(res, 200));
    expect(r.requester()).toBe(told + 1);
    const card = cardOf(
      r
        .channel()
        .filter((a) => a.attachments)
        .at(-1)!,
    );
    expect(actionsOf(card).map((a) => a.title)).toEqual(['Ask for details', 'Schedule', 'Decline']);
    await r.press({ action: 'more-info', moreInfoNote: 'Which school?' });
    await r.press({ action: 'more-info', moreInfoNote: 'Which school?' });
    await r.press({ action: 'more-info', moreInfoNote: 'And the GP?' });
    await new Promise((res) => setTimeout(res, 200));
    expect(r.requester()).toBe(told + 3);
    expect((await h.bot.store.getConsultation(r.reference))?.history.map((x) => x.action)).toEqual(['accept', 'more-info', 'more-info']);
  });

  it('an action stored when the requester cannot be told says so to the team, never "Sorry"', async () => {
    const r = await posted('a:unreachable');
    h.connector.fail({ conversationId: 'a:unreachable', method: 'POST', status: 502, times: 1 });
    const before = r.channel().length;
    await r.press({ action: 'accept' });
    await h.connector.until(() => r.channel().length > before + 1, 5000, 'the reply in the channel');
    const said = r
      .channel()
      .slice(before)
      .map((a) => String(a.text ?? ''));
    expect(said).toContain(`Saved for ${r.reference}, but the requester could not be told just now: please let them know directly.`);
    expect(said.join('\n')).not.toContain('Sorry');
    expect((await h.bot.store.getConsultation(r.reference))?.status).toBe('accepted');
  });
});
