import { CardFactory, type TaskModuleResponse } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';

/**
 * The consultation form opens in a Teams dialog (a task module). The core asks for the form with
 * a button whose data is `{ verb: 'consultation-form' }`; at the Teams edge every such button
 * becomes an Action.Submit carrying `msteams: { type: 'task/fetch' }`, so Teams sends the
 * `task/fetch` invoke and the bot answers with the form. A client that cannot open dialogs sends
 * the press as an ordinary submit with the same data, and gets the form in the chat instead.
 */
export const TASK_FETCH = { type: 'task/fetch' } as const;

export const DIALOG_TITLE = 'Request an enhanced consultation';

type Node = Record<string, unknown>;

const opensForm = (el: Node): boolean => {
  if (el.type !== 'Action.Submit' && el.type !== 'Action.Execute') return false;
  const data = el.data as Node | undefined;
  return data?.verb === 'consultation-form' || el.verb === 'consultation-form';
};

function asDialogButton(el: Node): Node {
  const rest = Object.fromEntries(Object.entries(el).filter(([k]) => k !== 'verb' && k !== 'data' && k !== 'type'));
  return {
    type: 'Action.Submit',
    ...rest,
    data: { ...((el.data as Node | undefined) ?? {}), verb: 'consultation-form', msteams: TASK_FETCH },
  };
}

/** The card with every "open the form" button opening the dialog; the same object when there is none. */
export function withDialogButtons<T>(node: T): T {
  if (Array.isArray(node)) {
    const mapped = node.map((n: unknown) => withDialogButtons(n));
    return (mapped.some((n, i) => n !== node[i]) ? mapped : node) as T;
  }
  if (!node || typeof node !== 'object') return node;
  const el = node as Node;
  if (opensForm(el)) return asDialogButton(el) as T;
  let changed: Node | undefined;
  for (const [k, v] of Object.entries(el)) {
    if (!v || typeof v !== 'object') continue;
    const next = withDialogButtons(v);
    if (next !== v) (changed ??= { ...el })[k] = next;
  }
  return (changed ?? node) as T;
}

/** Whether a submit came from a dialog button pressed in a client that sent it as a message instead. */
export function pressedForDialog(value: unknown): boolean {
  const msteams = (value as { msteams?: { type?: unknown } } | null | undefined)?.msteams;
  return msteams?.type === TASK_FETCH.type;
}

/** The dialog shows (or shows again) a card. */
export function showInDialog(card: AdaptiveCard, title = DIALOG_TITLE): TaskModuleResponse {
  return { task: { type: 'continue', value: { title, card: CardFactory.adaptiveCard(card), width: 'large', height: 'large' } } };
}

/** The dialog closes on a short message. */
export function closeDialog(message: string): TaskModuleResponse {
  return { task: { type: 'message', value: message } };
}
