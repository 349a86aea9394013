import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { message, submit, USER } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';
import { goodForm } from '../helpers/forms';
import { inputValue, openButtonData, openForm as open, submitData } from '../helpers/consultation-flow';

describe('enhanced consultation requests through Teams', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.connector.members.set(USER.id, {
      id: USER.id,
      name: 'Sam Worker',
      email: 'sam.worker@example.gov.uk',
      aadObjectId: USER.aadObjectId,
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function openForm(conversationId: string) {
    const shape = { ...h.shape, conversationId };
    return { shape, ...(await open(h, shape)) };
  }

  it('answers the command with one button that opens the form in a dialog, and the crisis pathway', async () => {
    const [reply] = await h.say(message({ ...h.shape, conversationId: 'a:launcher' }, 'request enhanced consultation'));
    const card = cardOf(reply!);
    expectValidCard(card);
    expect(JSON.stringify(card)).not.toContain('Input.');
    expect(openButtonData(card)).toEqual({ verb: 'consultation-form', msteams: { type: 'task/fetch' } });
    expect(textOf(card)).toContain('never their name');
    // Where dialogs do not open (the Agents Playground says so), the same form comes in the chat.
    const here = (card.actions as { title: string; data: Record<string, unknown> }[]).find((a) => a.title === 'Fill it in here instead')!;
    const [form] = await h.say(submit({ ...h.shape, conversationId: 'a:launcher' }, here.data, String(reply!.id)));
    expect(inputValue(cardOf(form!), 'requesterName')).toBe('Sam Worker');
    expect(submitData(cardOf(form!)).token).toEqual(expect.any(String));
  });

  it('offers the form with the requester prefilled from Teams', async () => {
    const { card } = await openForm('a:form-prefill');
    expectValidCard(card);
    expect(inputValue(card, 'requesterName')).toBe('Sam Worker');
    expect(inputValue(card, 'requesterEmail')).toBe('sam.worker@example.gov.uk');
    expect(textOf(card)).toContain('this form is not the route');
  });

  it("refuses a blank submit, names each field, clears a child's name, keeps nothing", async () => {
    const { shape, card, formId } = await openForm('a:form-blank');
    const [back] = await h.say(submit(shape, { ...submitData(card), childRef: 'Jane Smith', question: '' }, formId));
    const errorCard = cardOf(back!);
    expectValidCard(errorCard);
    expect(textOf(errorCard)).toContain('Nothing has been sent yet');
    expect(textOf(errorCard)).toContain('looked like a name, so it has been cleared');
    expect(textOf(errorCard)).toContain('Please fill this in.');
    expect(inputValue(errorCard, 'childRef')).toBe('');
    expect(JSON.stringify(h.connector.activities('a:form-blank'))).not.toContain('Jane Smith');
    expect(h.connector.received.at(-1)!.method).toBe('PUT');
    expect(await h.bot.store.listConsultations()).toHaveLength(0);
  });

  it('refuses bad values and gives back every value typed', async () => {
    const { shape, card, formId } = await openForm('a:form-bad');
    const typed: Record<string, string> = { ...goodForm, childDob: '1980-01-01', legalStatus: 'made-up' };
    const [back] = await h.say(submit(shape, { ...submitData(card), ...typed }, formId));
    const errorCard = cardOf(back!);
    expect(textOf(errorCard)).toContain('over 25');
    for (const field of ['question', 'triedSoFar', 'requesterTeam', 'childDob', 'placementAuthority']) {
      expect(inputValue(errorCard, field)).toBe(typed[field]);
    }
    expect(await h.bot.store.listConsultations()).toHaveLength(0);
  });

  it('stores a good request once, even on a double press, with the same receipt', async () => {
    const { shape, card, formId } = await openForm('a:form-good');
    const press = submit(shape, { ...submitData(card), ...goodForm }, formId);
    const first = await h.say(press, 2);
    const second = await h.say({ ...press, id: 'retry-1' }, 2);
    // The form becomes one line with the reference; the receipt is the one card that says what was sent.
    const sent = first.find((a) => a.id === formId)!;
    expect(textOf(cardOf(sent))).toContain('can no longer be changed');
    expect(textOf(cardOf(sent))).not.toContain('JS');
    expect(cardOf(sent).actions ?? []).toEqual([]);
    const receipt1 = cardOf(first.find((a) => a.id !== formId)!);
    const receipt2 = cardOf(second.find((a) => a.id !== formId)!);
    expectValidCard(receipt1);
    const ref = /EC-\d{4}-\d{5}/.exec(textOf(receipt1))![0];
    expect(textOf(receipt2)).toContain(ref);
    const stored = await h.bot.store.listConsultations();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.reference).toBe(ref);
    expect(stored[0]!.requester).toMatchObject({ aadObjectId: USER.aadObjectId, name: 'Sam Worker' });
    expect(stored[0]!.form.question).toBe(goodForm.question);
  });

  it("lists the requester's own requests", async () => {
    const [list] = await h.say(message({ ...h.shape, conversationId: 'a:form-good' }, 'my requests'));
    expect(textOf(cardOf(list!))).toMatch(/EC-\d{4}-\d{5}/);
    const [other] = await h.say(
      message(
        { ...h.shape, conversationId: 'a:someone-else', from: { id: '29:other', aadObjectId: 'aad-other', name: 'Other' } },
        'my requests',
      ),
    );
    expect(textOf(cardOf(other!))).toContain('You have not sent any requests yet.');
  });
});
