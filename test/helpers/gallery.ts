import type { Toolkit } from '../../src/content/toolkit';
import { kinds } from '../../src/content/schema';
import type { AdaptiveCard } from '../../src/cards/render';
import { entryCard } from '../../src/answers/entry-cards';
import { pathwayCard } from '../../src/answers/pathway-card';
import { choicesCard, fallbackCard, menuCard, noticeCard, urgentCard, welcomeCard } from '../../src/answers/screens';
import { glossaryCard } from '../../src/answers/glossary';
import { formCard, launcherCard, listCard, receiptCard, sentCard, teamCard } from '../../src/consultations/cards';
import { Consultations } from '../../src/consultations/service';
import { newRecord } from '../../src/store/records';
import { withAction } from '../../src/consultations/record';
import type { ConsultationStore } from '../../src/store/store';
import { goodForm } from './forms';

/** One card of every template, filled with real content: what people would see. */
export function gallery(toolkit: Toolkit): Record<string, AdaptiveCard> {
  const cards: Record<string, AdaptiveCard> = {};
  for (const kind of kinds) {
    const entry = toolkit.entries.find((e) => e.kind === kind);
    if (entry) cards[`entry-${kind}`] = entryCard(toolkit, entry);
  }
  const pathway = toolkit.byKind('pathway').find((p) => p.steps.length > 2);
  if (pathway) cards['pathway-step-2'] = pathwayCard(toolkit, pathway, 1);
  const concern = toolkit.byKind('concern')[0];
  if (concern) cards['entry-concern-what-could-help'] = entryCard(toolkit, concern, 'help');
  cards.menu = menuCard(toolkit);
  cards.welcome = welcomeCard();
  cards.choices = choicesCard(
    toolkit,
    toolkit.entries.slice(0, 3).map((e) => e.id),
  );
  cards.fallback = fallbackCard(
    toolkit,
    toolkit.entries.slice(0, 3).map((e) => e.id),
  );
  cards.urgent = urgentCard(toolkit);
  const term = toolkit.glossary.find((t) => t.term === 'IRO') ?? toolkit.glossary[0];
  if (term) cards.glossary = glossaryCard(term, toolkit.get(term.entry));
  cards.notice = noticeCard('Please slow down', ['You have sent a lot of messages in the last minute.', 'Please try again in a minute.']);
  const token = '00000000-0000-4000-8000-000000000042';
  cards['consultation-form'] = formCard(toolkit, { token, values: { requesterName: 'Sam Worker', requesterEmail: 'sam@example.org' } });
  cards['consultation-form-dialog'] = formCard(toolkit, { token, values: { requesterName: 'Sam Worker' }, mode: 'dialog' });
  cards['consultation-launcher'] = launcherCard();
  const unused = {} as ConsultationStore;
  const invalid = new Consultations(unused, toolkit).validate(
    { ...goodForm, childRef: 'Jane Smith', question: '', childDob: '1980-01-01' },
    token,
  );
  if (!invalid.ok) cards['consultation-form-errors'] = invalid.form;
  const checked = new Consultations(unused, toolkit).validate(goodForm, token);
  const form = checked.ok ? checked.form : {};
  const record = newRecord(
    {
      token,
      requester: { aadObjectId: 'aad-1', name: 'Sam Worker', email: 'sam@example.org' },
      form,
      now: new Date('2026-11-24T10:15:00Z'),
    },
    2026,
    42,
  );
  cards['consultation-receipt'] = receiptCard(toolkit, record);
  cards['consultation-summary'] = sentCard(record);
  cards['consultation-team'] = teamCard(toolkit, record);
  const scheduled = withAction(record, {
    action: 'schedule',
    date: '2026-12-03',
    time: '14:30',
    by: { aadObjectId: 'aad-lead', name: 'Team Lead' },
    at: '2026-11-24T11:00:00.000Z',
  });
  cards['consultation-team-scheduled'] = teamCard(toolkit, scheduled);
  cards['consultation-list'] = listCard([scheduled, record]);
  return cards;
}
