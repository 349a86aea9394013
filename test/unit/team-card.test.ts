import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { teamCard } from '../../src/consultations/cards';
import { Consultations } from '../../src/consultations/service';
import { withAction } from '../../src/consultations/record';
import { newRecord } from '../../src/store/records';
import type { ConsultationStore } from '../../src/store/store';
import { cardText } from '../../src/answers/card-text';
import { expectValidCard } from '../helpers/card-schema';
import { goodForm } from '../helpers/forms';

const { toolkit } = loadToolkit(process.env.CONTENT_DIR ?? resolve(__dirname, '..', '..', 'content'));
const token = '00000000-0000-4000-8000-000000000016';

/** A request sent at `now`, as the form checks it (the stored values are the form's choice values). */
function recordOf(values: Record<string, string>, now: string) {
  const checked = new Consultations({} as ConsultationStore, toolkit).validate(values, token);
  if (!checked.ok) throw new Error('the form should be valid');
  return newRecord(
    { token, requester: { aadObjectId: 'aad-1', name: 'Sam Worker', email: 'sam@example.org' }, form: checked.form, now: new Date(now) },
    2026,
    16,
  );
}
const facts = (card: unknown): Record<string, string> => {
  const found = JSON.stringify(card).match(/\{"title":"[^"]*","value":"[^"]*"\}/g) ?? [];
  return Object.fromEntries(found.map((f) => JSON.parse(f) as { title: string; value: string }).map((f) => [f.title, f.value]));
};

describe("the consultation team's card, as the team reads it", () => {
  it('shows the form’s choices in words, not the values stored', () => {
    const card = teamCard(toolkit, recordOf(goodForm, '2026-11-24T10:15:00Z'));
    expectValidCard(card);
    expect(facts(card)).toMatchObject({
      From: 'Sam Worker (Social worker, Children in Care Team 2)',
      Age: 'born 14 May 2012',
      'Level of need': 'Level 3: targeted or complex',
      'How soon': 'Priority',
      'Legal status': 'Section 31 care order',
      Placement: 'Foster care, Out of area (Wirral)',
      'Risks now': 'Self-harm',
      "Child's views sought": 'Yes',
      'Manager aware': 'No',
    });
    const routine = teamCard(
      toolkit,
      recordOf({ ...goodForm, urgency: 'routine', legalStatus: 'not-sure', levelOfNeed: 'not-sure' }, '2026-11-24T10:15:00Z'),
    );
    expect(facts(routine)).toMatchObject({ 'How soon': 'Routine', 'Legal status': 'Not sure', 'Level of need': 'Not sure' });
  });

  it('gives times in UK local time, GMT in winter and BST in summer', () => {
    expect(facts(teamCard(toolkit, recordOf(goodForm, '2026-11-24T10:15:00Z'))).Sent).toBe('Tuesday 24 November 2026 at 10:15 (UK time)');
    const summer = recordOf(goodForm, '2026-07-01T23:30:00Z');
    expect(facts(teamCard(toolkit, summer)).Sent).toBe('Thursday 2 July 2026 at 00:30 (UK time)');
    const scheduled = withAction(summer, {
      action: 'schedule',
      date: '2026-07-09',
      time: '14:30',
      by: { aadObjectId: 'aad-lead', name: 'Team Lead' },
      at: '2026-07-02T08:05:00.000Z',
    });
    const text = cardText(teamCard(toolkit, scheduled));
    expect(text).toContain('Thursday 2 July 2026 at 09:05: Team Lead scheduled a consultation for 9 July 2026 at 14:30');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
