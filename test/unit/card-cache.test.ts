import { join } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { menuCard, noticeCard } from '../../src/answers/screens';
import { entryCard } from '../../src/answers/entry-cards';

const { toolkit } = loadToolkit(join(__dirname, '..', '..', 'content'));

describe('cards kept between replies', () => {
  it('expands a card built from content once and hands out the same card after', () => {
    const entry = toolkit.get('concern-anxiety')!;
    expect(entryCard(toolkit, entry)).toBe(entryCard(toolkit, entry));
    expect(menuCard(toolkit)).toBe(menuCard(toolkit));
  });

  it('freezes a kept card, so a change meant for one reply cannot reach the next', () => {
    const card = entryCard(toolkit, toolkit.get('concern-sleep')!);
    expect(Object.isFrozen(card)).toBe(true);
    expect(() => {
      (card as Record<string, unknown>).actions = [];
    }).toThrow(TypeError);
    expect(Array.isArray(entryCard(toolkit, toolkit.get('concern-sleep')!).actions)).toBe(true);
  });

  it('never keeps a card that shows back what someone typed', () => {
    const a = noticeCard('Not sent yet', ['Your request about AB could not be saved.']);
    const b = noticeCard('Not sent yet', ['Your request about AB could not be saved.']);
    expect(a).not.toBe(b);
    expect(Object.isFrozen(a)).toBe(false);
  });
});
