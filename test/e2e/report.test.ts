import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHarness, type Harness } from '../helpers/harness';
import { invoke, message, submit } from '../helpers/teams';
import { goodForm } from '../helpers/forms';
import { buildReport } from '../../src/usage/report';
import { reportCsv, reportText } from '../../src/cli/report';
import { loadToolkit } from '../../src/content/toolkit';
import { ContentReloader } from '../../src/content/reload';
import { Answerer } from '../../src/answers/answerer';
import { createLogger } from '../../src/log';
import { openForm, submitData } from '../helpers/consultation-flow';

const CONTENT = process.env.CONTENT_DIR ?? resolve(__dirname, '..', '..', 'content');

describe("the content owners' report, on a store filled through Teams", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const shape = { ...h.shape, conversationId: 'a:report' };
    for (const q of [
      'help',
      'what is section 136',
      'what is section 136',
      'book annual leave for Jane Smith on 12/03/2026',
      'annual leave booking form please',
      'ring Kayden on 07700 900123 about the wifi password',
      'can kayleigh obrien at 12 acacia avenue book annual leave',
    ])
      await h.say(message(shape, q));
    const [answer] = await h.say(message(shape, 'what is section 136'));
    await h.post({
      ...invoke(shape, 'message/submitAction', {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'too long for jayden smith, dob 12/03/2011' }) },
      }),
      replyToId: answer!.id,
    });
    const { card: form, formId } = await openForm(h, shape);
    await h.say(submit(shape, { ...submitData(form), ...goodForm }, formId), 2);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('shows every section', async () => {
    const r = await buildReport(h.bot.store, loadToolkit(CONTENT).toolkit, 30);
    expect(r.questionsPerDay[0]!.count).toBeGreaterThanOrEqual(6);
    expect(r.bands.direct).toBeGreaterThanOrEqual(3);
    expect(r.bands.fallback).toBeGreaterThanOrEqual(2);
    expect(r.topEntries[0]).toEqual({ id: 'mha-s136', count: 3 });
    expect(r.negativeFeedback[0]).toMatchObject({ id: 'mha-s136', dislikes: 1, comments: ['too long for [word] [word], dob [date]'] });
    expect(r.unanswered[0]!.count).toBeGreaterThanOrEqual(2);
    expect(r.consultations.new).toBe(1);
    const text = reportText(r);
    for (const title of [
      'Questions per day',
      'Answer bands',
      'Top entries',
      'most negative feedback',
      'Unanswered questions',
      'Consultation requests by status',
      'past their review date',
    ])
      expect(text).toContain(title);
    expect(reportCsv(r).split('\n')[0]).toBe('"section","key","value","detail"');
  });

  it('keeps no raw identifier from the unanswered questions or the feedback comments', async () => {
    const all = JSON.stringify([await h.bot.store.listUnanswered(new Date(0)), await h.bot.store.listEvents(new Date(0))]).toLowerCase();
    for (const secret of ['jane', 'smith', '12/03', 'kayden', '07700', '900123', 'kayleigh', 'obrien', 'acacia', 'jayden'])
      expect(all).not.toContain(secret);
    expect(all).toContain('[name]');
    expect(all).toContain('[word]');
  });
});

describe('content reload', () => {
  it('takes valid new content, and keeps the old when the new is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'toolkit-reload-'));
    try {
      cpSync(CONTENT, dir, { recursive: true });
      const answerer = new Answerer(loadToolkit(dir).toolkit);
      const reloader = new ContentReloader(dir, (t) => answerer.use(t), createLogger('silent'));
      const before = answerer.entryCount;
      writeFileSync(join(dir, 'broken.yaml'), 'id: practice-broken\nkind: practice\n');
      expect(reloader.reload()).toBe(false);
      expect(answerer.entryCount).toBe(before);
      expect(answerer.ask('help').answer.id).toBe('help');
      rmSync(join(dir, 'broken.yaml'));
      writeFileSync(
        join(dir, 'practice-reload-check.yaml'),
        'id: practice-reload-check\nkind: practice\ntitle: Zebra crossing drill\nsummary: A new entry.\nkeywords: [zebra crossing drill]\nquestions: [zebra crossing drill, zebra drill, crossing drill zebra, zebra crossing practice, zebra crossing help]\nsource: [{title: Toolkit}]\nreviewed: 2026-11-24\nkeyPoints: [one]\nwhatToDo: [two]\n',
      );
      expect(reloader.reload()).toBe(true);
      expect(answerer.entryCount).toBe(before + 1);
      expect(answerer.ask('zebra crossing drill').answer.id).toBe('practice-reload-check');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
