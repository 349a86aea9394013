import { cardOf, textOf, type Harness } from './harness';
import { invoke, message, submit, type Shape } from './teams';
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

/** The data of the button that opens the form (in a dialog where the client can). */
export function openButtonData(card: Record<string, unknown>): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(card, (_k, v: unknown) => {
    const data = (v as { data?: { verb?: unknown } } | null)?.data;
    if (data?.verb === 'consultation-form') found ??= data as Record<string, unknown>;
    return v;
  });
  if (!found) throw new Error('card has no button opening the form');
  return found;
}

/**
 * Asks for the form in a personal chat and presses "Open the request form" as a client that
 * cannot open dialogs does (an ordinary submit): returns the in-chat form and its message id.
 */
export async function openForm(h: Harness, shape: Shape): Promise<{ card: Record<string, unknown>; formId: string }> {
  const [launcher] = await h.sayIn(message(shape, 'request enhanced consultation'));
  const [reply] = await h.sayIn(submit(shape, openButtonData(cardOf(launcher!)), String(launcher!.id)));
  return { card: cardOf(reply!), formId: String(reply!.id) };
}

/** What a task/fetch or task/submit invoke was answered with. */
export interface DialogAnswer {
  status: number;
  size: number;
  task: { type: 'continue'; value: { title: string; card: { content: Record<string, unknown> } } } | { type: 'message'; value: string };
}

async function dialogCall(h: Harness, shape: Shape, name: string, data: Record<string, unknown>): Promise<DialogAnswer> {
  const res = await h.post(invoke(shape, name, { data, context: { theme: 'default' } }));
  const empty: DialogAnswer['task'] = { type: 'message', value: '' };
  const task = res.body ? (JSON.parse(res.body) as { task: DialogAnswer['task'] }).task : empty;
  return { status: res.status, size: res.body.length * 2, task };
}

/** Presses a dialog button (task/fetch); returns what Teams would show. */
export function fetchDialog(
  h: Harness,
  shape: Shape,
  data: Record<string, unknown> = { verb: 'consultation-form' },
): Promise<DialogAnswer> {
  return dialogCall(h, shape, 'task/fetch', { ...data, msteams: { type: 'task/fetch' } });
}

/** Presses "Send request" in the dialog with `values` typed in. */
export function submitDialog(
  h: Harness,
  shape: Shape,
  card: Record<string, unknown>,
  values: Record<string, string>,
): Promise<DialogAnswer> {
  return dialogCall(h, shape, 'task/submit', { ...submitData(card), ...values });
}

/** The card a dialog answer shows (throws if it closed the dialog instead). */
export function dialogCard(answer: DialogAnswer): Record<string, unknown> {
  if (answer.task.type !== 'continue') throw new Error(`the dialog closed: ${answer.task.value}`);
  return answer.task.value.card.content;
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
