import { startHarness, cardOf, textOf, type Harness } from '../helpers/harness';
import { POSTGRES, startPostgres, type TestPostgres } from '../helpers/postgres';
import { describeIfTool } from '../helpers/requires';
import { message, submit } from '../helpers/teams';
import { goodForm } from '../helpers/forms';
import { dialogCard, fetchDialog, inputValue, openForm, submitData, submitDialog, tokenOf } from '../helpers/consultation-flow';

describeIfTool(POSTGRES, 'PostgreSQL stopped mid-use', () => {
  let pg: TestPostgres;
  let h: Harness;
  beforeAll(async () => {
    pg = await startPostgres();
    h = await startHarness({ DATABASE_URL: pg.url });
  });
  afterAll(async () => {
    await h?.stop();
    await pg?.stop();
  });

  it('tells the user the request is not saved yet, gives the form back filled in, and recovers without a restart', async () => {
    const shape = { ...h.shape, conversationId: 'a:db-down' };
    const { card, formId } = await openForm(h, shape);
    const token = tokenOf(card);
    const data = submitData(card);
    await pg.pause();
    const replies = await h.say(submit(shape, { ...data, ...goodForm }, formId), 2);
    expect(textOf(cardOf(replies[0]!))).toContain("couldn't be saved yet");
    const back = cardOf(replies[1]!);
    expect(inputValue(back, 'question')).toBe(goodForm.question);
    expect(tokenOf(back)).toBe(token);
    const health = await fetch(`${h.bot.url}/healthz`);
    expect(health.status).toBe(503);
    // Ordinary questions still get answers while the store is down.
    const [answer] = await h.say(message(shape, 'help'));
    expect(textOf(cardOf(answer!))).toContain('What this toolkit bot can do');

    await pg.resume();
    // The form given back is still this person's: the same token, and its press is taken.
    const after = await h.say(submit(shape, { ...submitData(back), ...goodForm }, formId), 2);
    const receipt = after
      .map(cardOf)
      .map(textOf)
      .find((t) => t.includes('Your reference'));
    expect(receipt).toMatch(/EC-\d{4}-\d{5}/);
    expect(await h.bot.store.listConsultations()).toHaveLength(1);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });

  it('in the dialog: the form stays open as filled in, saying it is not saved yet, and is taken once the store is back', async () => {
    const shape = { ...h.shape, conversationId: 'a:db-down-dialog' };
    const card = dialogCard(await fetchDialog(h, shape));
    await pg.pause();
    const down = dialogCard(await submitDialog(h, shape, card, goodForm));
    expect(textOf(down)).toContain("couldn't be saved yet");
    expect(inputValue(down, 'question')).toBe(goodForm.question);
    expect(tokenOf(down)).toBe(tokenOf(card));
    await pg.resume();
    const sent = await submitDialog(h, shape, down, goodForm);
    expect(String(sent.task.value)).toMatch(/^Request sent — reference EC-\d{4}-\d{5}/);
    expect(await h.bot.store.listConsultations()).toHaveLength(2);
  });
});
