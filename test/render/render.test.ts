import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { gallery } from '../helpers/gallery';
import { CHROMIUM } from '../helpers/browser';
import { CardScreen } from '../helpers/phone';
import { describeIfTool } from '../helpers/requires';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'build', 'cards');
const cards = gallery(loadToolkit(process.env.CONTENT_DIR ?? join(ROOT, 'content')).toolkit);
/** The width the gallery is drawn at: wide enough that no card is squeezed. */
const WIDTH = 400;

describeIfTool(CHROMIUM, 'every card, rendered by the Adaptive Cards renderer in Chromium with the Teams host config', () => {
  let screen: CardScreen;
  beforeAll(async () => {
    screen = await CardScreen.open();
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await screen?.close();
  });

  it('has a card for every template', () => {
    const templates = [
      'concern',
      'level',
      'pathway',
      'mha',
      'practice',
      'role',
      'service',
      'info',
      'menu',
      'welcome',
      'choices',
      'fallback',
      'urgent',
      'notice',
      'consultation-form',
      'consultation-summary',
      'consultation-receipt',
      'consultation-team',
      'consultation-list',
    ];
    expect(Object.keys(cards).length).toBeGreaterThanOrEqual(templates.length);
    for (const kind of ['level', 'concern', 'pathway', 'mha', 'practice', 'role', 'service', 'consultation', 'help'])
      expect(Object.keys(cards)).toContain(`entry-${kind}`);
  });

  it.each(Object.keys(cards))('%s renders with no warnings or errors', async (name) => {
    const result = await screen.render(cards[name], WIDTH);
    expect(result.problems).toEqual([]);
    expect(result.height).toBeGreaterThan(40);
    writeFileSync(join(OUT, `${name}.png`), await screen.screenshot());
  });
});
