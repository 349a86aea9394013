import { resolve } from 'node:path';
import fc from 'fast-check';
import { startHarness, type Harness } from '../helpers/harness';
import { invoke, message, submit, USER, type Shape } from '../helpers/teams';
import { dialogCard, fetchDialog, submitData } from '../helpers/consultation-flow';
import { ConsultationRecord } from '../../src/consultations/record';
import { choices, fieldNames, makeFormSchema } from '../../src/consultations/form';
import { loadToolkit } from '../../src/content/toolkit';

const CONTENT = process.env.CONTENT_DIR ?? resolve(__dirname, '..', '..', 'content');
const concernIds = loadToolkit(CONTENT)
  .toolkit.byKind('concern')
  .map((e) => e.id) as [string, ...string[]];

/** Characters a practitioner might type, with those that grow when escaped and a line break. */
const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?\'"()*_[]<>{}#|~$@&%/\\-+=éñøü€', '\n', '\t'];
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0);
const optional = (max: number) => fc.oneof(fc.constant(''), text(max));
const pick = <T extends readonly string[]>(values: T) => fc.constantFrom(...values);
const some = (values: readonly string[]) => fc.subarray([...values], { minLength: 1 }).map((v) => v.join(','));

/** A form a practitioner could send: valid by construction, not by asking the schema. */
const validForm: fc.Arbitrary<Record<string, string>> = fc
  .record({
    requesterName: text(100),
    requesterEmail: fc.stringMatching(/^[a-z][a-z0-9]{0,15}(\.[a-z0-9]{1,10})?@[a-z]{2,10}\.(gov\.uk|nhs\.net|org)$/),
    requesterRole: pick(choices.requesterRole),
    requesterTeam: text(200),
    requesterPhone: fc.constantFrom('', '0151 123 4567', '+44 7700 900123', '(0151) 496-0000'),
    childRef: fc.constantFrom('JS', 'J.S.', 'A B', 'jk', 'ABCD', 'LAC-20391', 'CIC/2024-17', '1234567'),
    born: fc.oneof(
      fc.record({ childDob: fc.constantFrom('2012-05-14', '2008-02-29', '2020-12-31'), childAge: fc.constant('') }),
      fc.record({ childDob: fc.constant(''), childAge: fc.integer({ min: 0, max: 25 }).map(String) }),
    ),
    legalStatus: pick(choices.legalStatus),
    placementType: pick(choices.placementType),
    placement: fc.oneof(
      fc.record({ placementArea: fc.constant('in-area'), placementAuthority: optional(100) }),
      fc.record({ placementArea: fc.constant('out-of-area'), placementAuthority: text(100) }),
    ),
    levelOfNeed: pick(choices.levelOfNeed),
    concerns: some(concernIds),
    concernsOther: optional(2000),
    risks: fc.oneof(fc.constant('none'), some(choices.risks.filter((r) => r !== 'none'))),
    servicesInvolved: optional(2000),
    triedSoFar: text(4000),
    question: text(4000),
    childViewsSought: fc.constantFrom('true', 'false'),
    carerAware: fc.constantFrom('true', 'false'),
    managerAware: fc.constantFrom('true', 'false'),
    urgency: pick(choices.urgency),
  })
  .map(({ born, placement, ...rest }) => ({ ...rest, ...born, ...placement }));

/** One change that makes any valid form invalid, each for a reason of its own. */
const breaks: [string, (f: Record<string, string>) => Record<string, string>][] = [
  ['a required field empty', (f) => ({ ...f, question: '   ' })],
  ['a required field missing', (f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'requesterName'))],
  ['a name over its limit', (f) => ({ ...f, requesterName: 'x'.repeat(101) })],
  ['the question over its limit', (f) => ({ ...f, question: 'q'.repeat(4001) })],
  ['a choice not offered', (f) => ({ ...f, requesterRole: 'head-of-service' })],
  ['a level that does not exist', (f) => ({ ...f, levelOfNeed: '5' })],
  ['the child named', (f) => ({ ...f, childRef: 'jayden smith' })],
  ['the child named with a capital', (f) => ({ ...f, childRef: 'Amy' })],
  ['a name with a year', (f) => ({ ...f, childRef: 'Jayden2011' })],
  ['a control character', (f) => ({ ...f, triedSoFar: 'talked\u0007to carer' })],
  ['an email that is none', (f) => ({ ...f, requesterEmail: 'sam at council' })],
  ['a birth in the future', (f) => ({ ...f, childDob: '2999-01-01', childAge: '' })],
  ['a date that does not exist', (f) => ({ ...f, childDob: '2012-02-30', childAge: '' })],
  ['neither birth date nor age', (f) => ({ ...f, childDob: '', childAge: '' })],
  ['too old', (f) => ({ ...f, childDob: '', childAge: '26' })],
  ['out of area with no authority', (f) => ({ ...f, placementArea: 'out-of-area', placementAuthority: '' })],
  ['no risk with a risk', (f) => ({ ...f, risks: 'none,missing' })],
  ['a concern the toolkit does not have', (f) => ({ ...f, concerns: 'concern-made-up' })],
  ['a yes or no that is neither', (f) => ({ ...f, carerAware: 'yes' })],
];

/** What a press carries and whether a record must follow from it. */
interface Press {
  kind: string;
  values: Record<string, unknown>;
  /** Who presses: the person the form was given to, or someone else. */
  presser: 'owner' | 'other';
  /** The token or its signature changed on the way. */
  tampered: boolean;
  via: 'chat' | 'dialog';
  /** Pressed twice (a double press or a Teams retry). */
  twice: boolean;
}

const press: fc.Arbitrary<Press> = fc
  .record({
    form: fc.oneof(
      { weight: 3, arbitrary: validForm.map((values) => ({ kind: 'valid', values })) },
      {
        weight: 3,
        arbitrary: fc.tuple(validForm, fc.integer({ min: 0, max: breaks.length - 1 })).map(([f, i]) => ({
          kind: breaks[i]![0],
          values: breaks[i]![1](f) as Record<string, unknown>,
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .dictionary(fc.constantFrom(...fieldNames, 'token', 'sig', 'verb'), fc.oneof(fc.string(), fc.anything()))
          .map((values) => ({ kind: 'random', values })),
      },
    ),
    presser: fc.constantFrom('owner', 'owner', 'owner', 'other'),
    tampered: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    via: fc.constantFrom('chat', 'dialog'),
    twice: fc.boolean(),
  })
  .map(({ form, ...rest }) => ({ ...form, ...rest }));

describe('incoming activities of random shape', () => {
  let h: Harness;
  beforeAll(async () => {
    // The rate limit would answer most of a fuzz run with "please slow down" and test nothing.
    h = await startHarness({ RATE_LIMIT_PER_MINUTE: '1000000' });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('never get a 5xx, never a stack trace', async () => {
    const base = message(h.shape, 'help');
    const activity = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(
          'type',
          'text',
          'value',
          'channelId',
          'serviceUrl',
          'conversation',
          'from',
          'entities',
          'channelData',
          'name',
          'replyToId',
        ),
        fc.anything(),
      ),
      fc
        .record({
          text: fc.string(),
          value: fc.anything(),
          type: fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'typing', 'event', 'messageReaction', 'x'),
        })
        .map((r) => ({ ...base, ...r })),
    );
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        const res = await fetch(`${h.bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(a) ?? 'null',
        });
        const body = await res.text();
        expect(res.status).toBeLessThan(500);
        expect(body).not.toMatch(/\bat .*\.(ts|js):\d+|Error:/);
      }),
      { numRuns: 150 },
    );
  });

  describe('consultation submits, each with a form the bot issued', () => {
    const schema = makeFormSchema(concernIds);
    const other = { id: '29:someone-else', aadObjectId: '99999999-2222-3333-4444-555555555555', name: 'Someone Else' };
    let run = 0;
    const kinds = new Map<string, number>();

    /** Asks the bot for a fresh form, presses it as `p` says, and checks what the store holds after. */
    async function pressAndCheck(p: Press): Promise<void> {
      run += 1;
      // Counted per press, so a failure (and fast-check's smaller versions of it) stands alone.
      const before = (await h.bot.store.listConsultations()).length;
      const owner: Shape = { ...h.shape, conversationId: `a:fuzz-form-${run}` };
      // A fresh form, issued by the bot to its owner as Teams asks for it (the dialog's task/fetch).
      const issued = submitData(dialogCard(await fetchDialog(h, owner)));
      const data = { ...issued, ...p.values };
      if (p.tampered) Object.assign(data, { token: issued.token, sig: 'x'.repeat(43) });
      const shape: Shape = p.presser === 'owner' ? owner : { ...owner, from: other };
      const send = () =>
        p.via === 'dialog'
          ? h.post(invoke(shape, 'task/submit', { data, context: { theme: 'default' } }))
          : h.post(submit(shape, data, `form-${run}`));
      for (let i = 0; i < (p.twice ? 2 : 1); i += 1) expect((await send()).status).toBeLessThan(500);

      const kept = p.kind === 'valid' && p.presser === 'owner' && !p.tampered;
      const label = `${p.kind}${kept ? ' (stored)' : ''}`;
      kinds.set(label, (kinds.get(label) ?? 0) + 1);
      const stored = await h.bot.store.listConsultations();
      expect({ kind: p.kind, presser: p.presser, added: stored.length - before }).toEqual({
        kind: p.kind,
        presser: p.presser,
        added: kept ? 1 : 0,
      });
      for (const r of stored) expect(ConsultationRecord.safeParse(r).success).toBe(true);
      if (kept) {
        const record = stored.find((r) => r.token === issued.token);
        const typed = Object.fromEntries(fieldNames.map((f) => [f, String(p.values[f] ?? '')]));
        expect(record?.requester.aadObjectId).toBe(USER.aadObjectId);
        expect(record?.form).toEqual(schema.parse(typed));
      }
    }

    it('refuses each kind of bad form, in the chat and in the dialog', async () => {
      const [form] = fc.sample(validForm, { numRuns: 1, seed: 42 });
      for (const [kind, spoil] of breaks)
        for (const via of ['chat', 'dialog'] as const)
          await pressAndCheck({ kind, values: spoil(form!), presser: 'owner', tampered: false, via, twice: false });
      await pressAndCheck({ kind: 'valid', values: form!, presser: 'other', tampered: false, via: 'chat', twice: false });
      await pressAndCheck({ kind: 'valid', values: form!, presser: 'owner', tampered: true, via: 'dialog', twice: false });
      await pressAndCheck({ kind: 'valid', values: form!, presser: 'owner', tampered: false, via: 'chat', twice: true });
    });

    it('stores every valid submit exactly once, and nothing else, whatever is typed', async () => {
      await fc.assert(fc.asyncProperty(press, pressAndCheck), { numRuns: 120 });
      // The run stored many forms and refused many kinds of bad one.
      expect(kinds.get('valid (stored)')).toBeGreaterThan(10);
      expect(kinds.size).toBeGreaterThan(10);
    });
  });
});
