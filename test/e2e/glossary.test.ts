import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { message, submit } from '../helpers/teams';
import { expectValidCard } from '../helpers/card-schema';

describe('a definition question, through the real server', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers "what does IRO mean" with one line and a button to the IRO entry', async () => {
    const replies = await h.say(message(h.shape, 'what does IRO mean'));
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]!) as { body: { type: string; text: string }[]; actions: { title: string; data: unknown }[] };
    expectValidCard(card);
    expect(card.body).toHaveLength(1);
    expect(card.body[0]!.text).toMatch(/^\*\*IRO\*\*: Independent Reviewing Officer: [^\n]+$/);
    expect(card.actions.map((a) => [a.title, a.data])).toEqual([['Open: Reviewing officer', { verb: 'show', id: 'role-iro' }]]);
  });

  it('opens the entry when the button is pressed', async () => {
    const [reply] = await h.say(submit(h.shape, { verb: 'show', id: 'role-iro' }));
    expect(textOf(cardOf(reply!))).toContain('Independent Reviewing Officer (IRO)');
  });
});
