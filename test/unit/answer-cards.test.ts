import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { menuCard, welcomeCard } from '../../src/answers/screens';
import { BUTTON_MAX } from '../../src/cards/schemas';
import { cardNodes, type CardNode } from '../helpers/card-nodes';

/** Answer cards as a practitioner meets them: the answer first, the rest folded, few short buttons. */
describe('answer cards', () => {
  const { toolkit } = loadToolkit(resolve(__dirname, '..', '..', 'content'));
  const answerer = new Answerer(toolkit);
  /** Text a reader sees before opening anything: hidden parts (and everything inside them) left out. */
  const visibleText = (node: unknown): string[] => {
    if (Array.isArray(node)) return node.flatMap(visibleText);
    if (!node || typeof node !== 'object') return [];
    const el = node as CardNode;
    if (el.isVisible === false) return [];
    if (el.type === 'Action.ShowCard') return [];
    const own = el.type === 'TextBlock' && typeof el.text === 'string' ? [el.text] : [];
    return [...own, ...visibleText(el.items), ...visibleText(el.columns), ...visibleText(el.body)];
  };
  const cardOf = (q: string) => answerer.ask(q).answer.cards[0];

  it('show the summary and what to do now first, and fold the rest behind Show more', () => {
    const e = toolkit.get('concern-self-harm')!;
    const text = visibleText(answerer.act({ verb: 'show', id: e.id }).answer.cards[0]);
    expect(text.slice(0, 3)).toEqual(['Concern', 'Self-harm', e.summary]);
    expect(text).toContain('What to do now');
    expect(text).toContain('▸ Show more');
    expect(text.join('\n')).not.toMatch(/Risk factors\n|Source:/);
  });

  it('open the section a question names ("symptoms of depression": the signs) at the top, the rest folded', () => {
    const text = visibleText(cardOf('symptoms of depression'));
    expect(text[3]).toBe('▾ What to look out for');
    expect(text).toContain('▸ By age');
    expect(text).not.toContain('What to do now');
    const signs = toolkit.get('concern-low-mood');
    expect(signs?.kind === 'concern' && text.includes(`• ${signs.signs[0]}`)).toBe(true);
  });

  it.each(toolkit.entries.filter((e) => e.kind !== 'pathway').map((e) => [e.id] as const))(
    '%s: at most two buttons and More, every label 25 characters or fewer and never a cut title',
    (id) => {
      const card = answerer.act({ verb: 'show', id }).answer.cards[0] as { actions: CardNode[] };
      expect(card.actions.length).toBeLessThanOrEqual(2);
      const labels = cardNodes(card.actions)
        .filter((n) => n.type === 'Action.Submit' || n.type === 'Action.ShowCard')
        .map((n) => String(n.title));
      const names = new Set(toolkit.entries.flatMap((e) => [e.title, e.label ?? e.title, `Next: ${e.label ?? e.title}`]));
      for (const label of labels) {
        expect(label.length).toBeLessThanOrEqual(BUTTON_MAX);
        expect(names.has(label) || ['More', 'Main menu', 'Open the request form'].includes(label)).toBe(true);
      }
    },
  );

  it('offer the other entries that fit the question on the card itself, behind More', () => {
    for (const q of [
      'signs of self harm',
      'camhs referral in liverpool',
      'what is section 136',
      's3 to s117 discharge duties',
      'referral not accepted',
    ]) {
      const { answer } = answerer.ask(q);
      expect(answer.id).not.toBeNull();
      expect(answer.alternatives.length).toBeGreaterThan(0);
      const offered = cardNodes(answer.cards).flatMap((n) => {
        const id = (n.data as { id?: unknown } | undefined)?.id;
        return n.type === 'Action.Submit' && typeof id === 'string' ? [id] : [];
      });
      for (const id of answer.alternatives) expect({ q, id, offered: offered.includes(id) }).toEqual({ q, id, offered: true });
    }
  });

  it('the welcome, the menu and the help lead with urgent help, one press from the emergency card', () => {
    for (const card of [welcomeCard(), welcomeCard(toolkit), menuCard(toolkit), cardOf('help')]) {
      const text = visibleText(card);
      expect(text.findIndex((t) => t.startsWith('Child in danger now? Call 999'))).toBeLessThanOrEqual(2);
      expect(JSON.stringify(card)).toContain('"name":"urgent help"');
    }
    const urgent = answerer.act({ verb: 'command', name: 'urgent help' }).answer;
    expect(urgent.urgent).toBe(true);
    expect(JSON.stringify(urgent.cards[0])).toContain('tel:999');
  });
});
