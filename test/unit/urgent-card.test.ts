import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { cardText } from '../../src/answers/card-text';
import { ruleNames } from '../../src/search/urgent';
import { situations } from '../../src/search/danger';
import { expectValidCard } from '../helpers/card-schema';
import { cardNodes } from '../helpers/card-nodes';

/** What a practitioner sees when a message describes an emergency: one card, what to do first, the numbers. */
describe('the emergency card', () => {
  const { toolkit } = loadToolkit(resolve(__dirname, '..', '..', 'content'));
  const answerer = new Answerer(toolkit);
  const urgent = (q: string) => answerer.ask(q).answer;
  const buttons = (card: unknown) =>
    cardNodes(card).filter((n) => typeof n.type === 'string' && n.type.startsWith('Action.') && n.type !== 'Action.ToggleVisibility');

  it('is the only card, and first: no crisis pathway card sent after it', () => {
    const a = urgent('he has just taken an overdose');
    expect(a.urgent).toBe(true);
    expect(a.cards).toHaveLength(1);
    expectValidCard(a.cards[0]);
  });

  it.each([
    ['he has just taken an overdose', /^Call 999 or go to A&E now, even if they seem well/],
    ['shes swallowed batteries', /^Call 999 or go to A&E now/],
    ['found her with a belt round her neck', /^Call 999 now\. If it is safe, cut or remove/],
    ['shes just tried to kill herself', /^Call 999 now\. Stay with them/],
    ['a man has dragged our 13yo into his car', /^Call 999 for the police now/],
    ['hes got a knife and is threatening staff', /^Call 999 for the police now\. Get other children away/],
    ['missing since 6, last thing on her insta was no one will miss me', /missing and at risk now/],
  ])('"%s" opens with what to do for that situation', (q, first) => {
    const card = urgent(q).cards[0] as { body: { items?: { text: string }[] }[] };
    expect(card.body[0]!.items![0]!.text).toMatch(first);
  });

  it('has a general first line for anything the table does not name', () => {
    const card = answerer.act({ verb: 'command', name: 'urgent help' }).answer.cards[0] as { body: { items?: { text: string }[] }[] };
    expect(card.body[0]!.items![0]!.text).toBe(toolkit.urgent.lead);
  });

  it('names only situations the urgent detector reports', () => {
    const known = new Set([...ruleNames, ...situations.map((s) => `broad:${s.name}`)]);
    const named = toolkit.urgent.situations.flatMap((s) => s.rules);
    expect(named.filter((r) => !known.has(r))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
  });

  it('gives every rule and broad situation its own first line (only the learned detector gets the general one)', () => {
    const named = new Set(toolkit.urgent.situations.flatMap((s) => s.rules));
    expect([...ruleNames, ...situations.map((s) => `broad:${s.name}`)].filter((r) => !named.has(r))).toEqual([]);
  });

  it('calls 999, 111 and the Alder Hey crisis line from tel: buttons, with the crisis pathway: four buttons', () => {
    const card = urgent('he has just taken an overdose').cards[0];
    const all = buttons(card);
    expect(all.map((b) => [b.type, b.title, b.url ?? (b.data as { id?: string }).id])).toEqual([
      ['Action.OpenUrl', 'Call 999', 'tel:999'],
      ['Action.OpenUrl', 'Call 111', 'tel:111'],
      ['Action.OpenUrl', 'Call crisis line', 'tel:01512933577'],
      ['Action.Submit', 'Crisis pathway', 'pathway-crisis'],
    ]);
  });

  it('shows the numbers as the largest text on the card', () => {
    const texts = cardNodes(urgent('he has just taken an overdose').cards[0]).filter((n) => n.type === 'TextBlock');
    const largest = texts.filter((t) => t.size === 'ExtraLarge').map((t) => t.text);
    expect(largest).toEqual(['999', '111', '0151 293 3577']);
  });

  it('keeps the other helplines and the advice, folded', () => {
    const text = cardText(urgent('he has just taken an overdose').cards[0]);
    for (const line of ['Childline', '0800 1111', 'Samaritans', '116 123', 'SHOUT to 85258', '24/7']) expect(text).toContain(line);
  });
});
