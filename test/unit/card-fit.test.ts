import fc from 'fast-check';
import { MORE, echoValue, jsonUnits, shownWithin } from '../../src/consultations/fit';
import { shownBack } from '../../src/cards/safe-text';
import { LONG } from '../../src/consultations/form';

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('shortening typed text for a card', () => {
  it('keeps text that fits as it is, made safe', () => {
    expect(shownWithin('a *bold* [link](x)', 1000)).toBe(shownBack('a *bold* [link](x)', 1000));
  });

  it('stays within the budget as JSON counts it, cuts only between whole characters and escapes, and says where the rest is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('*', '_', '[', '<', '\\', '"', '🙂', 'a', ' ', '\n', '\ud800'), maxLength: 400 }),
        fc.integer({ min: 40, max: 600 }),
        (text, units) => {
          const out = shownWithin(text, units);
          const full = shownBack(text, Number.MAX_SAFE_INTEGER);
          if (out === full) return expect(jsonUnits(out)).toBeLessThanOrEqual(units);
          expect(jsonUnits(out)).toBeLessThanOrEqual(units);
          expect(out.endsWith(MORE)).toBe(true);
          const kept = out.slice(0, -MORE.length);
          expect(full.startsWith(kept)).toBe(true);
          // Never half an emoji: a high surrogate at the end was alone in the text too.
          expect(/[\ud800-\udbff]$/.test(kept) && /^[\udc00-\udfff]/.test(full.slice(kept.length))).toBe(false);
          // An escape is never split from what it escapes.
          expect(/(^|[^\\])(\\\\)*\\$/.test(kept)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('echoing a value back into the form', () => {
  it('cuts to the field limit without splitting an emoji, and spells no control code or broken character six units long', () => {
    const emoji = '🙂'.repeat(LONG);
    const cut = echoValue('question', emoji);
    expect(cut.length).toBeLessThanOrEqual(LONG);
    expect(LONE.test(cut)).toBe(false);
    expect(echoValue('question', '\u0001\ud800x')).toBe('\ufffd\ufffdx');
    expect(echoValue('legalStatus', 'x'.repeat(5000)).length).toBe(1000);
    expect(echoValue('question', '${a}')).toBe('$\u200b{a}');
    expect(echoValue('question', 7)).toBe('');
  });
});
