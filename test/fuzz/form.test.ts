import fc from 'fast-check';
import { choices, fieldNames, makeFormSchema, LONG } from '../../src/consultations/form';
import { goodForm } from '../helpers/forms';

const schema = makeFormSchema(['concern-anxiety', 'concern-self-harm'], () => new Date('2026-11-24T12:00:00Z'));

/** Strings that look like what people (and attackers) paste into forms. */
const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '${x}',
    '[a](http://x)',
    '<script>',
    '\u0000',
    '1990-01-01',
    '2012-02-30',
    'JS',
    'Jane Smith',
    's31',
    'none,self-harm',
    '9'.repeat(30),
  ),
  fc.string({ minLength: LONG - 2, maxLength: LONG + 2 }).map((s) => s.padEnd(LONG + 1, 'x')),
);

describe('the form validator under random input', () => {
  it('never throws, and whatever it accepts keeps every rule', () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(fieldNames.map((f) => [f, nasty])) as Record<string, fc.Arbitrary<string>>),
        fc.subarray([...fieldNames]),
        (random, keepGood) => {
          const input = { ...random, ...Object.fromEntries(keepGood.map((f) => [f, goodForm[f]])) };
          const r = schema.safeParse(input);
          if (!r.success) return;
          const f = r.data;
          expect(/^(?:[A-Za-z]\.?\s?){1,4}$|^(?=.*\d)[A-Za-z0-9/-]{3,20}$/.test(f.childRef)).toBe(true);
          expect(choices.legalStatus).toContain(f.legalStatus);
          expect(f.question.length).toBeLessThanOrEqual(LONG);
          expect(f.triedSoFar.length).toBeLessThanOrEqual(LONG);
          expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(f.question + f.triedSoFar + f.requesterTeam)).toBe(false);
          expect(f.childDob || f.childAge).toBeTruthy();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('accepts the good form with any one field blanked only if that field is optional', () => {
    const optional = new Set(['requesterPhone', 'childDob', 'childAge', 'placementAuthority', 'concernsOther', 'servicesInvolved']);
    for (const f of fieldNames) {
      const r = schema.safeParse({ ...goodForm, [f]: '' });
      // goodForm gives a date of birth and no age; out of area needs the authority.
      const out = f === 'placementAuthority' || f === 'childDob' ? false : optional.has(f);
      expect([f, r.success]).toEqual([f, out]);
    }
  });
});
