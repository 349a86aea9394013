import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeName, makeFormSchema } from '../../src/consultations/form';
import { PRIORITY_WITHIN, REPLY_WITHIN, choiceTitle, ukDate, ukTime } from '../../src/consultations/wording';
import { pressedForDialog, withDialogButtons } from '../../src/teams/dialog';
import { goodForm } from '../helpers/forms';

const schema = makeFormSchema(['concern-self-harm'], () => new Date('2026-11-24T12:00:00Z'));
const childRefOk = (childRef: string) => schema.safeParse({ ...goodForm, childRef }).success;

describe("the child's reference: initials or a case reference, and what looks like a name", () => {
  it.each(['JS', 'J.S.', 'J S', 'js', 'AB C', 'LAC-20391', 'lac-20391', '2039/1234567-890'])('accepts %s', (ref) => {
    expect(childRefOk(ref)).toBe(true);
  });

  it.each(['Jane Smith', 'jane smith', 'JANE SMITH', 'Amy', 'Jay', 'Jayden2011', 'jayden2011', "Mary-Jane O'Neil"])(
    'refuses %s, and it looks like a name (so it is cleared)',
    (ref) => {
      expect(childRefOk(ref)).toBe(false);
      expect(looksLikeName(ref)).toBe(true);
    },
  );

  it.each(['LAC 2039 1', '12', 'J.S.!'])('refuses %s without calling it a name', (ref) => {
    expect(childRefOk(ref)).toBe(false);
    expect(looksLikeName(ref)).toBe(false);
  });
});

describe('buttons asking for the form open the dialog', () => {
  const card = Object.freeze({
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'consultation-form', title: 'Open', data: { x: 1 } }] }],
    actions: [
      { type: 'Action.Submit', title: 'Request an enhanced consultation', style: 'positive', data: { verb: 'consultation-form' } },
      { type: 'Action.Submit', title: 'Menu', data: { verb: 'command', name: 'menu' } },
    ],
  });

  it('Action.Submit and Action.Execute alike, keeping title and style, without changing the card given', () => {
    const out = withDialogButtons(card);
    const fetch = { verb: 'consultation-form', msteams: { type: 'task/fetch' } };
    expect(out.actions[0]).toEqual({ type: 'Action.Submit', title: 'Request an enhanced consultation', style: 'positive', data: fetch });
    expect(out.body[0]!.actions[0]).toEqual({ type: 'Action.Submit', title: 'Open', data: { x: 1, ...fetch } });
    expect(out.actions[1]).toBe(card.actions[1]);
    expect(card.actions[0]!.data).toEqual({ verb: 'consultation-form' });
  });

  it('a card with no such button is returned as it is', () => {
    const plain = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x' }] };
    expect(withDialogButtons(plain)).toBe(plain);
  });

  it('knows a dialog press sent as a message', () => {
    expect(pressedForDialog({ verb: 'consultation-form', msteams: { type: 'task/fetch' } })).toBe(true);
    expect(pressedForDialog({ verb: 'consultation-form' })).toBe(false);
    expect(pressedForDialog(null)).toBe(false);
  });
});

describe('the words the receipt uses', () => {
  it('gives times in UK local time, GMT or BST as it falls', () => {
    expect(ukTime('2026-12-02T09:15:00.000Z')).toBe('Wednesday 2 December 2026 at 09:15');
    expect(ukTime('2026-07-24T09:15:00.000Z')).toBe('Friday 24 July 2026 at 10:15');
    expect(ukDate('2026-03-28T23:30:00.000Z')).toBe('28 March 2026');
    expect(ukDate('2026-07-31T23:30:00.000Z')).toBe('1 August 2026');
  });

  it("reads choices as the form shows them, the form's timing as the receipt says it", () => {
    expect(choiceTitle('levelOfNeed', '3')).toBe('Level 3: targeted or complex');
    expect(choiceTitle('legalStatus', 'not-sure')).toBe('Not sure');
    const form = readFileSync(join(__dirname, '..', '..', 'cards', 'consultation-form.json'), 'utf8');
    expect(form).toContain(`within ${REPLY_WITHIN}`);
    expect(form).toContain(`by ${PRIORITY_WITHIN}`);
  });
});
