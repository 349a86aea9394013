import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { BUTTON_MAX } from '../../src/cards/schemas';
import { CHROMIUM } from '../helpers/browser';
import { describeIfTool } from '../helpers/requires';
import { expectValidCard } from '../helpers/card-schema';
import { CardScreen, PHONE_SCREEN, PHONE_WIDTH, allOpen } from '../helpers/phone';
import { phoneCards } from '../helpers/phone-cards';

/**
 * Issue 16, measured: at phone width (340 px) with the Teams host config, the emergency card and
 * every answer card show what to do on the first screen (600 px), every pathway step starts on it,
 * and no button label is cut, with every fold and "More" open. Every content entry's card and every
 * step of every pathway is rendered, not a sample.
 */
const ROOT = resolve(__dirname, '..', '..');
const cards = phoneCards(loadToolkit(process.env.CONTENT_DIR ?? join(ROOT, 'content')).toolkit);
const heights: Record<string, number> = {};

describeIfTool(CHROMIUM, 'cards at phone width, as Teams shows them', () => {
  let screen: CardScreen;
  beforeAll(async () => {
    screen = await CardScreen.open();
  }, 60_000);
  afterAll(async () => {
    await screen?.close();
    mkdirSync(join(ROOT, 'build', 'cards'), { recursive: true });
    writeFileSync(join(ROOT, 'build', 'cards', 'phone-heights.json'), `${JSON.stringify(heights, null, 2)}\n`);
  });

  it('measures every kind: the emergency card per situation, every entry, the screens', () => {
    const names = cards.map((c) => c.name);
    for (const n of ['urgent', 'welcome', 'menu', 'fallback', 'notice', 'answer-help', 'answer-concern-self-harm', 'answer-mha-s117'])
      expect(names).toContain(n);
    expect(names.some((n) => n.startsWith('choices-'))).toBe(true);
    for (const n of ['pathway-crisis-1', 'pathway-local-10', 'pathway-referral-not-accepted-5', 'team-new']) expect(names).toContain(n);
  });

  const short = cards.filter((c) => c.fit !== 'tall');
  const tall = cards.filter((c) => c.fit === 'tall');

  it.each(tall.map((c) => [c.name, c] as const))(
    '%s (read whole, from its channel): a valid card, its height recorded',
    async (_name, c) => {
      expectValidCard(c.card);
      const seen = await screen.render(c.card, PHONE_WIDTH);
      expect(seen.problems).toEqual([]);
      heights[c.name] = Math.round(seen.height);
    },
  );

  it.each(short.map((c) => [c.name, c] as const))('%s fits the first screen of a phone', async (_name, c) => {
    expectValidCard(c.card);
    const seen = await screen.render(c.card, PHONE_WIDTH);
    expect(seen.problems).toEqual([]);
    heights[c.name] = Math.round(seen.height);
    if (c.fit === 'whole') expect(Math.round(seen.height)).toBeLessThanOrEqual(PHONE_SCREEN);
    else if (c.fit === 'step') {
      // A pathway step: the whole card on the first screen, or the step's heading within it (its text follows).
      const heading = seen.texts.find((t) => t.text.startsWith(c.heading!));
      expect(heading).toBeDefined();
      if (Math.round(seen.height) > PHONE_SCREEN) expect(heading!.top).toBeLessThanOrEqual(PHONE_SCREEN - 60);
    } else {
      // A focused answer opens its section at the top: the heading and its first line are on the first screen.
      const heading = seen.texts.find((t) => t.text.endsWith(c.heading!));
      expect(heading).toBeDefined();
      expect(heading!.top).toBeLessThanOrEqual(PHONE_SCREEN - 60);
    }
  });

  it.each(cards.map((c) => [c.name, c] as const))('%s: no button label is cut, with everything open', async (_name, c) => {
    const seen = await screen.render(allOpen(c.card), PHONE_WIDTH, true);
    expect(seen.problems).toEqual([]);
    const cut = seen.buttons.filter((b) => b.label.length > BUTTON_MAX || b.scrollWidth > b.clientWidth || !b.inside);
    expect(cut).toEqual([]);
  });
});
