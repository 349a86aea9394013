import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { CardActionData } from '../../src/answers/actions';
import { ESCALATION } from '../../src/answers/pathway-card';
import { expectValidCard } from '../helpers/card-schema';
import { cardText as textOf } from '../../src/answers/card-text';

const { toolkit } = loadToolkit(process.env.CONTENT_DIR ?? resolve(__dirname, '..', '..', 'content'));
const answerer = new Answerer(toolkit);

type Button = {
  type: string;
  title: string;
  verb?: string;
  data: Record<string, unknown>;
  fallback?: { type: string; data: unknown };
  card?: { body: { actions?: Button[] }[] };
};
/** The row of buttons a step shows ("More" one of them). */
const row = (card: Record<string, unknown>) => (card.actions ?? []) as Button[];
/** Every button a step offers: the row's, and those behind "More". */
const buttons = (card: Record<string, unknown>): Button[] =>
  row(card).flatMap((b) => (b.type === 'Action.ShowCard' ? (b.card?.body ?? []).flatMap((s) => s.actions ?? []) : [b]));
const card = (id: string, step: number) => answerer.act({ verb: 'step', id, step }).answer.cards[0] as Record<string, unknown>;
const press = (b: Button) => {
  const data = CardActionData.parse(b.data);
  return answerer.act(data);
};
const button = (c: Record<string, unknown>, title: string) => {
  const b = buttons(c).find((x) => x.title === title);
  if (!b)
    throw new Error(
      `no "${title}" on the card: ${buttons(c)
        .map((x) => x.title)
        .join(', ')}`,
    );
  return b;
};

describe('a pathway, one step at a time', () => {
  const pathways = toolkit.byKind('pathway');

  it('every step of every pathway is a valid card with at most four buttons, none cut on a phone', () => {
    for (const p of pathways)
      p.steps.forEach((_, n) => {
        const c = card(p.id, n);
        expectValidCard(c);
        expect(row(c).length).toBeLessThanOrEqual(4);
        for (const b of [...row(c), ...buttons(c)]) expect(b.title.length).toBeLessThanOrEqual(25);
      });
  });

  it('leads with the way on and keeps the row short enough for a phone: the rest behind "More"', () => {
    const middle = card('pathway-local', 2);
    expect(row(middle).map((b) => b.title)).toEqual(['Next step', 'Back', 'Start again', 'Main menu']);
    const form = card('pathway-enhanced-consultation', 1);
    expect(row(form).map((b) => b.title)).toEqual(['Next step', 'Open the request form', 'More']);
    expect(buttons(form).map((b) => b.title)).toEqual(['Next step', 'Open the request form', 'Back', 'Start again', 'Main menu']);
    // Folded away: the contacts, "If it stalls" and the sources; the step itself is never folded.
    expect(JSON.stringify(middle)).toMatch(/"id":"show-more","isVisible":false/);
  });

  it('each move carries the pathway and the step its card shows', () => {
    const c = card('pathway-local', 2);
    for (const b of buttons(c).filter((x) => x.data.verb === 'pathway')) expect(b.data).toMatchObject({ id: 'pathway-local', at: 2 });
    expect(button(c, 'Next step').data).toEqual({ verb: 'pathway', id: 'pathway-local', at: 2, move: 'next' });
  });

  it('moves from the pressed card, whatever step the conversation has reached', () => {
    const first = card('pathway-referral-not-accepted', 0);
    const next = button(first, 'Next step');
    // The practitioner walks on to step 3 on later cards…
    const third = press(button(card('pathway-referral-not-accepted', 1), 'Next step'));
    expect(third.memory.pathway).toEqual({ id: 'pathway-referral-not-accepted', step: 2 });
    // …then presses Next on the first card again: step 2, never step 4.
    const again = answerer.act(CardActionData.parse(next.data), third.memory);
    expect(again.memory.pathway).toEqual({ id: 'pathway-referral-not-accepted', step: 1 });
    expect(textOf(again.answer.cards[0])).toMatch(/Step 2 of \d+/i);
  });

  it('records the choice on the card it leads to', () => {
    const back = press(button(card('pathway-local', 3), 'Back'));
    expect(textOf(back.answer.cards[0])).toContain('You chose "Back" on step 4 of');
    expect(textOf(back.answer.cards[0])).toMatch(/Step 3 of \d+/i);
    // A first card records nothing.
    expect(textOf(card('pathway-local', 0))).not.toContain('You chose');
  });

  it('ends a pathway that can stall with the escalation pathway, and carries on there', () => {
    const p = toolkit.get('pathway-referral-not-accepted');
    if (p?.kind !== 'pathway') throw new Error('no referral not accepted pathway');
    const last = card(p.id, p.steps.length - 1);
    const escalate = button(last, 'Escalation pathway');
    expect(escalate.data).toEqual({ verb: 'pathway', id: p.id, at: p.steps.length - 1, move: 'escalate' });
    const reply = press(escalate);
    expect(reply.answer.id).toBe(ESCALATION);
    expect(reply.memory.pathway).toEqual({ id: ESCALATION, step: 0 });
    expect(textOf(reply.answer.cards[0])).toContain(`after "${p.title}"`);
    // Earlier steps walk on; the escalation pathway does not offer itself.
    expect(buttons(card(p.id, 0)).some((b) => b.data.move === 'escalate')).toBe(false);
    const esc = toolkit.get(ESCALATION);
    if (esc?.kind !== 'pathway') throw new Error('no escalation pathway');
    expect(buttons(card(ESCALATION, esc.steps.length - 1)).some((b) => b.data.move === 'escalate')).toBe(false);
  });

  it('refuses a move that names no pathway, and clamps a step past the end', () => {
    expect(answerer.act({ verb: 'pathway', id: 'concern-self-harm', at: 0, move: 'next' }).band).toBe('fallback');
    const past = answerer.act({ verb: 'pathway', id: 'pathway-local', at: 99, move: 'next' });
    expect(past.memory.pathway?.step).toBe((toolkit.get('pathway-local') as { steps: unknown[] }).steps.length - 1);
    expect(CardActionData.safeParse({ verb: 'pathway', id: 'pathway-local', at: 1, move: 'jump' }).success).toBe(false);
  });

  it('still takes the step an old card asked for, and typed next and back', () => {
    expect(answerer.act({ verb: 'step', id: 'pathway-local', step: 1 }).memory.pathway).toEqual({ id: 'pathway-local', step: 1 });
    const typed = answerer.ask('next', { pathway: { id: 'pathway-local', step: 1 } });
    expect(typed.memory.pathway).toEqual({ id: 'pathway-local', step: 2 });
    expect(answerer.ask('back', typed.memory).memory.pathway).toEqual({ id: 'pathway-local', step: 1 });
  });
});
