import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { message, USER } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { fill, goodForm, maxForm, WORST } from '../helpers/forms';
import {
  CHANNEL,
  dialogCard,
  fetchDialog,
  inputValue,
  openButtonData,
  referenceIn,
  submitDialog,
  texts,
} from '../helpers/consultation-flow';
import { LONG } from '../../src/consultations/form';
import { ukTime } from '../../src/consultations/wording';
import { TEAMS_MAX_BYTES } from '../../src/cards/size';

const teamsSize = (activity: unknown) => JSON.stringify(activity).length * 2;

/** The text block right after an input, in the same list: where its error is shown. */
function besideField(card: unknown, id: string): string | undefined {
  let found: string | undefined;
  JSON.stringify(card, (_k, v: unknown) => {
    if (Array.isArray(v)) {
      const i = v.findIndex((el: { id?: unknown }) => el?.id === id);
      const next = v[i + 1] as { type?: string; text?: string; color?: string } | undefined;
      if (i >= 0 && next?.type === 'TextBlock' && next.color === 'Attention') found = next.text;
    }
    return v;
  });
  return found;
}

const concernIds = (card: unknown): string[] => {
  let ids: string[] = [];
  JSON.stringify(card, (_k, v: unknown) => {
    if ((v as { id?: unknown })?.id === 'concerns') ids = (v as { choices: { value: string }[] }).choices.map((c) => c.value);
    return v;
  });
  return ids;
};

describe('the consultation form in a Teams dialog', () => {
  let h: Harness;
  const logs: Record<string, unknown>[] = [];
  const shape = (conversationId: string) => ({ ...h.shape, conversationId });
  beforeAll(async () => {
    h = await startHarness({ CONSULTATION_CHANNEL_ID: CHANNEL, TEAM_DELIVERY_RETRY_MS: '40' }, undefined, { logs });
    h.connector.members.set(USER.id, { id: USER.id, name: USER.name, email: 'sam.worker@example.gov.uk', aadObjectId: USER.aadObjectId });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('the command, the menu and the pathway each offer a button that opens the dialog', async () => {
    const [launcher] = await h.sayIn(message(shape('a:d-open'), 'request enhanced consultation'));
    const [menu] = await h.sayIn(message(shape('a:d-open'), 'menu'));
    const [pathway] = await h.sayIn(message(shape('a:d-open'), 'enhanced consultation pathway'));
    for (const reply of [launcher, menu, pathway])
      expect(openButtonData(cardOf(reply!))).toMatchObject({ verb: 'consultation-form', msteams: { type: 'task/fetch' } });
  });

  it('task/fetch answers with the form, prefilled from Teams, grouped, in a large dialog', async () => {
    const answer = await fetchDialog(h, shape('a:d-fetch'));
    expect(answer.status).toBe(200);
    expect(answer.task.type).toBe('continue');
    const card = dialogCard(answer);
    expectValidCard(card);
    expect(answer.task.value).toMatchObject({ title: 'Request an enhanced consultation', width: 'large', height: 'large' });
    expect(inputValue(card, 'requesterName')).toBe(USER.name);
    expect(inputValue(card, 'requesterEmail')).toBe('sam.worker@example.gov.uk');
    const text = textOf(card);
    const order = ['1. The child', '2. The concern', '3. The request', '4. You'].map((t) => text.indexOf(t));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain('Not sure');
    expect(text).toContain('Priority means');
    // The dialog has its own close button: the only action is "Send request".
    expect((card.actions as { title: string }[]).map((a) => a.title)).toEqual(['Send request']);
  });

  it('task/submit with errors shows the form again, each error beside its field and a summary beside Send; nothing is stored', async () => {
    const card = dialogCard(await fetchDialog(h, shape('a:d-errors')));
    const answer = await submitDialog(h, shape('a:d-errors'), card, { ...goodForm, question: '', childDob: '1980-01-01' });
    const back = dialogCard(answer);
    expectValidCard(back);
    expect(besideField(back, 'question')).toBe('Please fill this in.');
    expect(besideField(back, 'childDob')).toContain('over 25');
    const body = back.body as { items?: { text?: string }[] }[];
    const last = body.at(-1)!.items![0]!.text!;
    expect(last).toContain('Nothing has been sent yet');
    expect(last).toContain('your question');
    expect(inputValue(back, 'triedSoFar')).toBe(goodForm.triedSoFar);
    expect(await h.bot.store.listConsultations()).toHaveLength(0);
    expect(h.connector.activities('a:d-errors')).toHaveLength(0);
  });

  it("a child's full name is cleared with the reason, never echoed, kept or logged", async () => {
    const card = dialogCard(await fetchDialog(h, shape('a:d-name')));
    for (const name of ['Jayden Smith', 'jayden smith', 'JAYDEN SMITH', 'Jayden2011']) {
      const answer = await submitDialog(h, shape('a:d-name'), card, { ...goodForm, childRef: name });
      const back = dialogCard(answer);
      expect([name, inputValue(back, 'childRef')]).toEqual([name, '']);
      expect(besideField(back, 'childRef')).toContain('looked like a name, so it has been cleared');
      expect(JSON.stringify(answer).toLowerCase()).not.toContain('jayden');
    }
    expect(await h.bot.store.listConsultations()).toHaveLength(0);
    expect(JSON.stringify(h.connector.received).toLowerCase()).not.toContain('jayden');
    expect(JSON.stringify(logs).toLowerCase()).not.toContain('jayden');
  });

  it('a good submit stores one record, closes on the reference and posts one receipt in plain words; a re-submit adds nothing', async () => {
    const card = dialogCard(await fetchDialog(h, shape('a:d-good')));
    const answer = await submitDialog(h, shape('a:d-good'), card, goodForm);
    expect(answer.task.type).toBe('message');
    const reference = referenceIn(String(answer.task.value))!;
    expect(answer.task.value).toBe(`Request sent — reference ${reference}. Your receipt is in the chat.`);
    const stored = await h.bot.store.listConsultations();
    expect(stored.map((r) => r.reference)).toEqual([reference]);
    expect(stored[0]!.requester).toMatchObject({ aadObjectId: USER.aadObjectId, teamsName: USER.name });
    await h.connector.until(() => h.connector.activities('a:d-good').length === 1, 5000, 'the receipt');
    const [receipt] = h.connector.activities('a:d-good');
    expectValidCard(cardOf(receipt!));
    const text = textOf(cardOf(receipt!));
    for (const words of [
      `Your reference: ${reference}`,
      'What happens next',
      'Priority',
      'Level 3: targeted or complex',
      'born 14 May 2012',
    ])
      expect(text).toContain(words);
    expect(text).toContain(`${ukTime(stored[0]!.createdAt)} (UK time)`);
    expect(text).toContain('usually by the next working day');
    expect(text).not.toMatch(/\bpriority\b|UTC/);
    // The team gets it once, through the outbox.
    await h.connector.until(() => h.connector.created(CHANNEL).some((c) => textOf(cardOf(c.activity)).includes(reference)), 5000, 'team');

    const again = await submitDialog(h, shape('a:d-good'), card, goodForm);
    expect(again.task.value).toBe(answer.task.value);
    expect(await h.bot.store.listConsultations()).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(h.connector.activities('a:d-good')).toHaveLength(1);
    expect(h.connector.created(CHANNEL).filter((c) => textOf(cardOf(c.activity)).includes(reference))).toHaveLength(1);
  });

  it('stays under 80 KB at every field maximum, as an error and as a receipt', async () => {
    const card = dialogCard(await fetchDialog(h, shape('a:d-max')));
    const values = maxForm(concernIds(card), WORST);
    const over = await submitDialog(h, shape('a:d-max'), card, { ...values, question: fill(LONG * 10), childRef: 'Jane Smith' });
    expect(over.size).toBeLessThan(TEAMS_MAX_BYTES);
    const back = dialogCard(over);
    expectValidCard(back);
    expect(besideField(back, 'question')).toContain('It had 40,000');
    const sent = await submitDialog(h, shape('a:d-max'), card, values);
    expect(sent.task.type).toBe('message');
    await h.connector.until(() => h.connector.activities('a:d-max').length === 1, 5000, 'the receipt');
    for (const a of h.connector.activities('a:d-max')) expect(teamsSize(a)).toBeLessThan(TEAMS_MAX_BYTES);
  });

  it("a form opened for someone else is not taken: a form of their own, and nothing of the other's", async () => {
    const card = dialogCard(await fetchDialog(h, shape('a:d-owner')));
    const other = { ...h.shape, conversationId: 'a:d-other', from: { id: '29:other', aadObjectId: 'aad-d-other', name: 'Alex Other' } };
    const before = (await h.bot.store.listConsultations()).length;
    const answer = await submitDialog(h, other, card, goodForm);
    const fresh = dialogCard(answer);
    expect(textOf(fresh)).toContain('That form was opened for someone else');
    expect(inputValue(fresh, 'requesterName')).toBe('Alex Other');
    expect(inputValue(fresh, 'question')).toBe('');
    expect((await h.bot.store.listConsultations()).length).toBe(before);
    expect(h.connector.activities('a:d-other')).toHaveLength(0);
  });

  it('in a group chat or channel the dialog does not open and nothing is stored', async () => {
    const mine = dialogCard(await fetchDialog(h, shape('a:d-shared')));
    const before = (await h.bot.store.listConsultations()).length;
    for (const conversationType of ['groupChat', 'channel'] as const) {
      const where = { ...h.shape, conversationId: `19:d-${conversationType}`, conversationType };
      const fetched = await fetchDialog(h, where);
      expect(fetched.task).toMatchObject({ type: 'message', value: expect.stringContaining('personal') });
      const submitted = await submitDialog(h, where, mine, goodForm);
      expect(submitted.task).toMatchObject({ type: 'message', value: expect.stringContaining('personal') });
      expect(texts(h.connector.activities(where.conversationId))).toEqual([]);
    }
    expect((await h.bot.store.listConsultations()).length).toBe(before);
  });
});
