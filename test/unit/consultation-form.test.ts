import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { choices, fieldNames, makeFormSchema, LONG } from '../../src/consultations/form';
import { goodForm } from '../helpers/forms';
import { cardNodes, type CardNode } from '../helpers/card-nodes';

const concernIds = ['concern-anxiety', 'concern-self-harm'] as const;
const schema = makeFormSchema([...concernIds], () => new Date('2026-11-24T12:00:00Z'));

const errorsFor = (patch: Record<string, string>): string[] => {
  const r = schema.safeParse({ ...goodForm, ...patch });
  return r.success ? [] : r.error.issues.map((i) => String(i.path[0]));
};

describe('the consultation form schema', () => {
  it('accepts a complete, sensible request', () => {
    const r = schema.parse(goodForm);
    expect(r.concerns).toEqual(['concern-self-harm']);
    expect(r.childViewsSought).toBe(true);
  });

  it.each([
    ['blank required text', { question: '   ' }, 'question'],
    ['an overlong answer', { triedSoFar: 'x'.repeat(LONG + 1) }, 'triedSoFar'],
    ['control characters', { question: 'help\u0007me' }, 'question'],
    ['an unknown choice', { legalStatus: 's99' }, 'legalStatus'],
    ['an unknown concern', { concerns: 'concern-anxiety,concern-made-up' }, 'concerns'],
    ['an impossible date', { childDob: '2013-02-30' }, 'childDob'],
    ['a date in the future', { childDob: '2027-01-01' }, 'childDob'],
    ['a date of birth making the child over 25', { childDob: '1990-01-01' }, 'childDob'],
    ['a full name for the child', { childRef: 'Jane Smith' }, 'childRef'],
    ['neither age nor date of birth', { childDob: '', childAge: '' }, 'childDob'],
    ['out of area with no authority', { placementAuthority: '' }, 'placementAuthority'],
    ['a bad email', { requesterEmail: 'not-an-email' }, 'requesterEmail'],
    ['"none" with a risk', { risks: 'none,self-harm' }, 'risks'],
  ])('refuses %s', (_what, patch, field) => {
    expect(errorsFor(patch)).toContain(field);
  });

  it('keeps line breaks in long answers', () => {
    expect(schema.parse(goodForm).triedSoFar).toContain('\n');
  });
});

/** Every input in the card, found wherever it is nested. */
function inputs(node: unknown): Record<string, CardNode> {
  const found = cardNodes(node).filter((el) => typeof el.type === 'string' && el.type.startsWith('Input.') && typeof el.id === 'string');
  return Object.fromEntries(found.map((el) => [String(el.id), el]));
}

describe("the form card carries the schema's constraints", () => {
  const card = JSON.parse(readFileSync(join(__dirname, '..', '..', 'cards', 'consultation-form.json'), 'utf8'));
  const byId = inputs(card.body);
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
  };

  it('has one input per schema field, and no other', () => {
    expect(Object.keys(byId).sort()).toEqual([...fieldNames].sort());
  });

  it.each(fieldNames)('%s: required, length and choices match', (field) => {
    const input = byId[field]!;
    const prop = json.properties[field]!;
    const text = JSON.stringify(prop);
    const required = !/""/.test(text) && !['childDob', 'childAge'].includes(field) && input.type !== 'Input.Toggle';
    expect(Boolean(input.isRequired)).toBe(required);
    if (input.isRequired) expect(input.errorMessage).toEqual(expect.any(String));
    const max = Number(/"maxLength":(\d+)/.exec(text)?.[1] ?? NaN);
    if (input.type === 'Input.Text' && !Number.isNaN(max)) expect(input.maxLength).toBe(max);
    if (input.type === 'Input.ChoiceSet' && field !== 'concerns') {
      const values = (input.choices as { value: string }[]).map((c) => c.value);
      expect(values).toEqual([...choices[field as keyof typeof choices]]);
    }
  });
});
