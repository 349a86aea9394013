import type { Toolkit } from '../content/toolkit';
import type { Command } from './commands';
import type { Focus } from '../search/intent';
import type { Memory } from './memory';
import { fallbackParts, screenParts, type Parts } from './parts';
import { menuCard, welcomeCard } from './screens';

/** What a command needs from the answerer: its entries, and how it shows them. */
export interface CommandOps {
  toolkit: Toolkit;
  show(id: string, memory: Memory, focus?: Focus): Parts | undefined;
  step(id: string, n: number, memory: Memory): Parts | undefined;
  urgent(memory: Memory): Parts;
}

const focusOf = {
  'focus-help': 'help',
  'focus-risks': 'risks',
  'focus-signs': 'signs',
  'focus-more-help': 'more-help',
} as const satisfies Record<string, Focus>;

/** The answer to a command typed or pressed: the menu, the welcome, a pathway's next step… */
export function commandReply(cmd: Command, memory: Memory, ops: CommandOps): Parts {
  const { toolkit } = ops;
  const screen = (kind: Parts['kind'], card: Parameters<typeof screenParts>[1], id: string | null = null) =>
    screenParts(kind, card, memory, id);
  const last = memory.lastTopicId ? toolkit.get(memory.lastTopicId) : undefined;
  switch (cmd) {
    case 'urgent':
      return ops.urgent(memory);
    case 'help':
      return { ...ops.show('help', memory)!, band: 'command' };
    case 'welcome':
      return screen('help', welcomeCard(), 'help');
    case 'menu':
      return screen('help', menuCard(toolkit));
    case 'levels':
      return screen('help', menuCard(toolkit, 'level'));
    case 'concerns':
      return screen('help', menuCard(toolkit, 'concern'));
    case 'pathways':
      return screen('help', menuCard(toolkit, 'pathway'));
    case 'mha':
      return screen('help', menuCard(toolkit, 'mha'));
    case 'consultation-form':
      return { ...ops.show('consultation-form', memory)!, band: 'command', intent: 'consultation-form' };
    case 'my-requests':
      return { ...screen('consultation', menuCard(toolkit)), intent: 'my-requests' };
    case 'next':
    case 'back':
    case 'restart': {
      const p = memory.pathway;
      if (p) return ops.step(p.id, cmd === 'restart' ? 0 : cmd === 'next' ? p.step + 1 : p.step - 1, memory)!;
      // A pathway offered but not yet walked (the emergency card's crisis pathway): "next" opens its step 1.
      if (cmd === 'next' && last?.kind === 'pathway') return ops.step(last.id, 0, memory)!;
      if (cmd === 'next' && last && 'nextStep' in last && last.nextStep) return ops.show(last.nextStep, memory)!;
      return screen('help', menuCard(toolkit, 'pathway'));
    }
    case 'focus-help':
    case 'focus-risks':
    case 'focus-signs':
    case 'focus-more-help':
      return (last ? ops.show(last.id, memory, focusOf[cmd]) : undefined) ?? fallbackParts(toolkit, memory);
  }
}
