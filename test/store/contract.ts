import { applyAction } from '../../src/consultations/record';
import type { Store } from '../../src/store/store';

const requester = { aadObjectId: 'aad-1', name: 'Sam Worker', email: 'sam@example.org' };
const form = { childRef: 'JS', question: 'What next?' };

/** One behaviour, two stores: every implementation must pass exactly these tests. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers ping once open', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('stores, reads and deletes conversation state', async () => {
      await store.writeState([{ key: 'c1', value: { memory: { lastTopicId: 'concern-anxiety' } } }]);
      const read = await store.readState(['c1', 'missing']);
      expect(read.c1).toEqual({ memory: { lastTopicId: 'concern-anxiety' } });
      expect(read.missing).toBeUndefined();
      await store.deleteState(['c1']);
      expect(await store.readState(['c1'])).toEqual({});
    });

    it('overwrites conversation state: the last write wins (botbuilder writes with eTag "*")', async () => {
      await store.writeState([{ key: 'c2', value: { n: 1 } }]);
      await store.writeState([
        { key: 'c2', value: { n: 2 } },
        { key: 'c3', value: { n: 3 } },
      ]);
      expect(await store.readState(['c2', 'c3'])).toEqual({ c2: { n: 2 }, c3: { n: 3 } });
    });

    it('stores a request once per token and numbers references in sequence', async () => {
      const now = new Date('2026-03-01T10:00:00Z');
      const a = await store.saveConsultation({ token: 't-a', requester, form, now });
      const again = await store.saveConsultation({ token: 't-a', requester, form: { other: true }, now });
      const b = await store.saveConsultation({ token: 't-b', requester, form, now });
      expect(a.created).toBe(true);
      expect(again.created).toBe(false);
      expect(again.record).toEqual(a.record);
      expect(a.record.reference).toBe('EC-2026-00001');
      expect(b.record.reference).toBe('EC-2026-00002');
      expect((await store.listConsultations()).length).toBe(2);
    });

    it('gives each of many simultaneous submissions its own reference, and repeats none', async () => {
      const tokens = Array.from({ length: 20 }, (_, i) => `burst-${i % 10}`);
      const results = await Promise.all(tokens.map((token) => store.saveConsultation({ token, requester, form })));
      const refs = new Set(results.map((r) => r.record.reference));
      expect(refs.size).toBe(10);
      expect((await store.listConsultations()).length).toBe(10);
      expect(results.filter((r) => r.created).length).toBe(10);
    });

    it("lists only the requester's own requests when asked", async () => {
      await store.saveConsultation({ token: 'mine', requester, form });
      await store.saveConsultation({ token: 'theirs', requester: { aadObjectId: 'aad-2', name: 'Other' }, form });
      const mine = await store.listConsultations({ requesterId: 'aad-1' });
      expect(mine.map((r) => r.token)).toEqual(['mine']);
    });

    it('records team actions with who and when, and moves the status on', async () => {
      const { record } = await store.saveConsultation({ token: 'act', requester, form });
      const by = { aadObjectId: 'aad-team', name: 'Team Lead' };
      await store.recordAction(record.reference, { action: 'accept', by, at: '2026-03-02T09:00:00.000Z' }, applyAction);
      const updated = await store.recordAction(
        record.reference,
        {
          action: 'schedule',
          date: '2026-03-10',
          time: '14:30',
          by,
          at: '2026-03-02T09:05:00.000Z',
        },
        applyAction,
      );
      expect(updated?.record.status).toBe('scheduled');
      expect(updated?.record.history.map((h) => h.action)).toEqual(['accept', 'schedule']);
      expect((await store.getConsultation(record.reference))?.history[1]).toMatchObject({ date: '2026-03-10', time: '14:30', by });
      expect(
        await store.recordAction('EC-2026-99999', { action: 'accept', by, at: '2026-03-02T09:00:00.000Z' }, applyAction),
      ).toBeUndefined();
    });

    it('follows the status rules: declined is final, a repeat changes nothing, accept happens once', async () => {
      const { record } = await store.saveConsultation({ token: 'rules', requester, form });
      const by = { aadObjectId: 'aad-team', name: 'Team Lead' };
      const at = (m: number) => `2026-03-02T09:${String(m).padStart(2, '0')}:00.000Z`;
      const act = (item: Record<string, unknown>, m: number) =>
        store.recordAction(record.reference, { ...item, by, at: at(m) } as Parameters<Store['recordAction']>[1], applyAction);
      expect(await act({ action: 'more-info', note: 'Which school?' }, 1)).toMatchObject({ applied: true });
      expect(await act({ action: 'more-info', note: 'Which school?' }, 2)).toMatchObject({ applied: false, refused: 'repeat' });
      expect(await act({ action: 'more-info', note: 'And the GP?' }, 3)).toMatchObject({ applied: true });
      expect(await act({ action: 'accept' }, 4)).toMatchObject({ applied: true });
      expect(await act({ action: 'accept' }, 5)).toMatchObject({ applied: false, refused: 'repeat' });
      expect(await act({ action: 'schedule', date: '2026-03-10', time: '14:30' }, 6)).toMatchObject({ applied: true });
      expect(await act({ action: 'accept' }, 7)).toMatchObject({ applied: false, refused: 'not-allowed' });
      expect(await act({ action: 'schedule', date: '2026-03-11', time: '10:00' }, 8)).toMatchObject({ applied: true });
      expect(await act({ action: 'decline', note: 'Not for us' }, 9)).toMatchObject({ applied: true });
      expect(await act({ action: 'accept' }, 10)).toMatchObject({ applied: false, refused: 'final', record: { status: 'declined' } });
      expect(await act({ action: 'decline', note: 'Again' }, 11)).toMatchObject({ applied: false, refused: 'final' });
      const stored = await store.getConsultation(record.reference);
      expect(stored?.history.map((h) => h.action)).toEqual(['more-info', 'more-info', 'accept', 'schedule', 'schedule', 'decline']);
    });

    it('applies one of several simultaneous presses of the same action', async () => {
      const { record } = await store.saveConsultation({ token: 'presses', requester, form });
      const by = { aadObjectId: 'aad-team', name: 'Team Lead' };
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          store.recordAction(record.reference, { action: 'accept', by, at: `2026-03-02T09:0${i}:00.000Z` }, applyAction),
        ),
      );
      expect(results.filter((r) => r?.applied)).toHaveLength(1);
      expect((await store.getConsultation(record.reference))?.history).toHaveLength(1);
    });

    it('purges requests older than the cut-off only', async () => {
      await store.saveConsultation({ token: 'old', requester, form, now: new Date('2025-01-01T00:00:00Z') });
      await store.saveConsultation({ token: 'new', requester, form, now: new Date() });
      expect(await store.purgeConsultations(new Date('2025-06-01T00:00:00Z'))).toBe(1);
      expect((await store.listConsultations()).map((r) => r.token)).toEqual(['new']);
    });

    it('keeps the first secret stored under a name, for every caller', async () => {
      const first = await store.ensureSecret('form-token', 'one');
      const results = await Promise.all(['two', 'three'].map((v) => store.ensureSecret('form-token', v)));
      expect(first).toBe('one');
      expect(results).toEqual(['one', 'one']);
      expect(await store.ensureSecret('other', 'four')).toBe('four');
    });

    it('keeps usage events, without user ids, and lists them from a date', async () => {
      await store.recordEvent({ at: '2026-01-01T10:00:00.000Z', type: 'answer', entryId: 'concern-anxiety', band: 'direct' });
      await store.recordEvent({
        at: '2026-02-01T10:00:00.000Z',
        type: 'feedback',
        entryId: 'concern-anxiety',
        reaction: 'dislike',
        comment: 'too long',
      });
      const events = await store.listEvents(new Date('2026-01-15T00:00:00Z'));
      expect(events).toEqual([
        { at: '2026-02-01T10:00:00.000Z', type: 'feedback', entryId: 'concern-anxiety', reaction: 'dislike', comment: 'too long' },
      ]);
    });

    it('keeps redacted unanswered questions and purges them after the retention limit', async () => {
      await store.recordUnanswered('2026-01-01T00:00:00.000Z', 'old [name] question');
      await store.recordUnanswered(new Date().toISOString(), 'book annual leave');
      expect(await store.purgeUnanswered(new Date('2026-02-01T00:00:00Z'))).toBe(1);
      expect((await store.listUnanswered(new Date(0))).map((u) => u.text)).toEqual(['book annual leave']);
    });

    it('applies retention: every kind older than its cut-off goes, recent rows and other kinds stay', async () => {
      const day = 86_400_000;
      const now = Date.now();
      const ago = (days: number) => new Date(now - days * day);
      // Requests: one old and finished, one old but acted on lately, one old the team may not have seen, one new.
      await store.saveConsultation({ token: 'ret-old', requester, form, now: ago(400) });
      const { record: worked } = await store.saveConsultation({ token: 'ret-worked', requester, form, now: ago(400) });
      const by = { aadObjectId: 'aad-team', name: 'Team Lead' };
      await store.recordAction(worked.reference, { action: 'accept', by, at: ago(10).toISOString() }, applyAction);
      await store.saveConsultation({ token: 'ret-unseen', requester, form, now: ago(400), teamDelivery: 'pending' });
      await store.saveConsultation({ token: 'ret-new', requester, form, now: ago(1) });
      for (const [at, comment] of [
        [ago(400), 'old comment'],
        [ago(100), 'older than comments are kept'],
        [ago(1), 'recent comment'],
      ] as const)
        await store.recordEvent({ at: at.toISOString(), type: 'feedback', entryId: 'concern-anxiety', reaction: 'dislike', comment });
      await store.recordEvent({ at: ago(400).toISOString(), type: 'answer', band: 'direct', entryId: 'concern-anxiety' });
      await store.recordUnanswered(ago(100).toISOString(), 'old [word] question');
      await store.recordUnanswered(ago(1).toISOString(), 'new question');
      // Conversation state is stamped by the store as it is written: one before the cut-off, one after.
      await store.writeState([{ key: 'conv-old', value: { n: 1 } }]);
      await new Promise((r) => setTimeout(r, 30));
      const stateCutoff = new Date();
      await new Promise((r) => setTimeout(r, 30));
      await store.writeState([{ key: 'conv-new', value: { n: 2 } }]);

      const counts = await store.applyRetention({
        consultations: ago(365),
        usageEvents: ago(365),
        feedbackComments: ago(90),
        unanswered: ago(90),
        conversationState: stateCutoff,
      });
      expect(counts).toEqual({ consultations: 1, usageEvents: 2, feedbackComments: 1, unanswered: 1, conversationState: 1 });
      expect((await store.listConsultations()).map((r) => r.token).sort()).toEqual(['ret-new', 'ret-unseen', 'ret-worked']);
      const events = await store.listEvents(new Date(0));
      expect(events.map((e) => e.comment)).toEqual([undefined, 'recent comment']);
      expect(events[0]).toMatchObject({ type: 'feedback', reaction: 'dislike', entryId: 'concern-anxiety' });
      expect((await store.listUnanswered(new Date(0))).map((u) => u.text)).toEqual(['new question']);
      expect(await store.readState(['conv-old', 'conv-new'])).toEqual({ 'conv-new': { n: 2 } });
      // A kind without a cut-off is left alone, and a second sweep finds nothing more.
      expect(await store.applyRetention({})).toEqual({
        consultations: 0,
        usageEvents: 0,
        feedbackComments: 0,
        unanswered: 0,
        conversationState: 0,
      });
      expect(await store.applyRetention({ consultations: ago(365), usageEvents: ago(365), feedbackComments: ago(90) })).toMatchObject({
        consultations: 0,
        usageEvents: 0,
        feedbackComments: 0,
      });
    });

    describe('the team outbox', () => {
      const t0 = new Date('2026-03-01T10:00:00.000Z');
      const later = (ms: number) => new Date(t0.getTime() + ms);
      const claim = (now: Date, due = now, limit = 10) => store.claimTeamDeliveries({ now, due, leaseMs: 60_000, limit });

      it('commits a request with its delivery pending and due, and never offers one with no channel', async () => {
        const { record } = await store.saveConsultation({ token: 'out-1', requester, form, now: t0, teamDelivery: 'pending' });
        await store.saveConsultation({ token: 'out-none', requester, form, now: t0 });
        expect(record.teamDelivery).toEqual({ state: 'pending', attempts: 0, nextAttemptAt: t0.toISOString() });
        const claimed = await claim(later(1));
        expect(claimed.map((c) => c.record.reference)).toEqual([record.reference]);
        expect(claimed[0]!.record.teamDelivery).toMatchObject({ state: 'posting', attempts: 1 });
        expect(await claim(later(2))).toEqual([]);
      });

      it('retries when due, marks posted once with the post, and only for the holder of the claim', async () => {
        const { record } = await store.saveConsultation({ token: 'out-2', requester, form, now: t0, teamDelivery: 'pending' });
        const [first] = await claim(t0);
        expect(
          await store.finishTeamDelivery(record.reference, first!.claim, {
            state: 'pending',
            error: 'http-502',
            nextAttemptAt: later(5000),
          }),
        ).toBe(true);
        expect((await store.getConsultation(record.reference))?.teamDelivery).toEqual({
          state: 'pending',
          attempts: 1,
          lastError: 'http-502',
          nextAttemptAt: later(5000).toISOString(),
        });
        expect(await claim(later(4000))).toEqual([]);
        const [second] = await claim(later(5000));
        expect(second!.record.teamDelivery?.attempts).toBe(2);
        expect(
          await store.finishTeamDelivery(record.reference, 'not-the-claim', {
            state: 'posted',
            post: { activityId: 'x' },
            at: later(5001),
          }),
        ).toBe(false);
        const post = { reference: { conversation: { id: '19:c;messageid=1' } }, activityId: '1' };
        expect(await store.finishTeamDelivery(record.reference, second!.claim, { state: 'posted', post, at: later(5001) })).toBe(true);
        const stored = await store.getConsultation(record.reference);
        expect(stored?.channelPost).toEqual(post);
        expect(stored?.teamDelivery).toEqual({ state: 'posted', attempts: 2, postedAt: later(5001).toISOString() });
        expect(stored?.form).toEqual(form);
        expect(
          await store.finishTeamDelivery(record.reference, second!.claim, { state: 'pending', error: 'late', nextAttemptAt: later(9000) }),
        ).toBe(false);
        expect(await claim(later(1e9), later(1e9))).toEqual([]);
        // A team action keeps the post, and the delivery state stays in its own columns.
        const acted = await store.recordAction(
          record.reference,
          {
            action: 'accept',
            by: { aadObjectId: 'a', name: 'Lead' },
            at: later(6000).toISOString(),
          },
          applyAction,
        );
        expect(acted?.record.channelPost).toEqual(post);
        expect((await store.getConsultation(record.reference))?.teamDelivery?.state).toBe('posted');
      });

      it('turns a claim that outlived its lease into uncertain, never posts it again by itself, and lets an operator requeue it', async () => {
        const { record } = await store.saveConsultation({ token: 'out-3', requester, form, now: t0, teamDelivery: 'pending' });
        const [held] = await claim(t0);
        expect(await store.expireTeamDeliveryClaims(later(59_000))).toEqual([]);
        expect(await store.expireTeamDeliveryClaims(later(61_000))).toEqual([record.reference]);
        expect((await store.getConsultation(record.reference))?.teamDelivery).toMatchObject({
          state: 'uncertain',
          lastError: 'interrupted',
        });
        expect(await claim(later(1e9), later(1e9))).toEqual([]);
        expect(await store.requeueTeamDelivery(record.reference, later(62_000), ['pending'])).toBe(false);
        // The instance that held it may still finish: a late success is recorded, a late failure is not.
        expect(
          await store.finishTeamDelivery(record.reference, held!.claim, { state: 'pending', error: 'http-502', nextAttemptAt: later(1) }),
        ).toBe(false);
        expect(await store.requeueTeamDelivery(record.reference, later(62_000), ['pending', 'uncertain'])).toBe(true);
        expect((await claim(later(62_000))).map((c) => c.record.reference)).toEqual([record.reference]);
      });

      it('never gives one request to two claims at once', async () => {
        for (let i = 0; i < 25; i += 1)
          await store.saveConsultation({ token: `race-${i}`, requester, form, now: t0, teamDelivery: 'pending' });
        const batches = await Promise.all(Array.from({ length: 6 }, () => claim(later(1), later(1), 7)));
        const refs = batches.flat().map((c) => c.record.reference);
        expect(refs).toHaveLength(25);
        expect(new Set(refs).size).toBe(25);
      });
    });
  });
}
