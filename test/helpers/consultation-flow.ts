import { cardOf, textOf, type Harness } from './harness';
import { message, submit, type Shape } from './teams';
import { goodForm } from './forms';

export const CHANNEL = '19:consultation-team@thread.tacv2';

/** The token the form card was rendered with, as the client sends it back. */
export function tokenOf(card: Record<string, unknown>): string {
  const actions = card.actions as { data?: { verb?: string; token?: string } }[];
  const token = actions.find((a) => a.data?.verb === 'consultation-submit')?.data?.token;
  if (!token) throw new Error('form has no submit token');
  return token;
}

/** What a form's submit button sends: its data (token and signature), then the inputs. */
export function submitData(card: Record<string, unknown>): Record<string, unknown> {
  const actions = card.actions as { data?: Record<string, unknown> }[];
  const data = actions.find((a) => a.data?.verb === 'consultation-submit')?.data;
  if (!data) throw new Error('form has no submit button');
  return data;
}

/** Any input's value in a card, wherever it is nested. */
export function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  JSON.stringify(card, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { id?: unknown }).id === id && 'value' in (v as object))
      found = (v as { value: unknown }).value;
    return v;
  });
  return found;
}

/** Asks for the form in a personal chat; returns the card and the id of its message. */
export async function openForm(h: Harness, shape: Shape): Promise<{ card: Record<string, unknown>; formId: string }> {
  const [reply] = await h.sayIn(message(shape, 'request enhanced consultation'));
  return { card: cardOf(reply!), formId: String(reply!.id) };
}

/** A press of the form's button with `values` typed in (the good form by default). */
export function pressOf(
  shape: Shape,
  card: Record<string, unknown>,
  formId: string,
  values: Record<string, string> = goodForm,
): Record<string, unknown> {
  return submit(shape, { ...submitData(card), ...values }, formId);
}

/** Every visible text of every activity, in order. */
export function texts(activities: Record<string, unknown>[]): string[] {
  return activities.map((a) => (a.attachments ? textOf(cardOf(a)) : String(a.text ?? '')));
}

export const referenceIn = (text: string): string | undefined => /EC-\d{4}-\d{5}/.exec(text)?.[0];
