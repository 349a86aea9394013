/// <reference lib="dom" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadToolkit } from '../../src/content/toolkit';
import { gallery } from '../helpers/gallery';
import { readSchema } from '../helpers/schemas';
import { BROWSER_ARGS, CHROMIUM } from '../helpers/browser';
import { describeIfTool } from '../helpers/requires';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'build', 'cards');
const bundle = readFileSync(join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'), 'utf8');
const hostConfig = readSchema('teams-light.hostconfig.json');
const cards = gallery(loadToolkit(process.env.CONTENT_DIR ?? join(ROOT, 'content')).toolkit);

interface Rendered {
  problems: string[];
  height: number;
}

declare const AdaptiveCards: {
  AdaptiveCard: new () => {
    hostConfig: unknown;
    parse(card: unknown, ctx: unknown): void;
    render(): HTMLElement | undefined;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  HostConfig: new (json: unknown) => unknown;
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

describeIfTool(CHROMIUM, 'every card, rendered by the Adaptive Cards renderer in Chromium with the Teams host config', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM.found,
      args: BROWSER_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 420, height: 800 } });
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:#fff;font-family:Segoe UI,Arial,sans-serif"><div id="card" style="width:400px;padding:8px"></div></body></html>',
    );
    await page.addScriptTag({ content: bundle });
    mkdirSync(OUT, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
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
    const result: Rendered = await page.evaluate(
      ({ card, hc }) => {
        const ac = new AdaptiveCards.AdaptiveCard();
        ac.hostConfig = new AdaptiveCards.HostConfig(hc);
        const ctx = new AdaptiveCards.SerializationContext();
        ac.parse(card, ctx);
        const problems: string[] = [];
        for (let i = 0; i < ctx.eventCount; i += 1) problems.push(`parse: ${ctx.getEventAt(i).message}`);
        for (const e of ac.validateProperties().validationEvents) problems.push(`validate: ${e.message}`);
        const el = ac.render();
        const host = document.getElementById('card')!;
        host.innerHTML = '';
        if (!el) problems.push('render: nothing rendered');
        else host.appendChild(el);
        return { problems, height: host.getBoundingClientRect().height };
      },
      { card: cards[name], hc: hostConfig },
    );
    expect(result.problems).toEqual([]);
    expect(result.height).toBeGreaterThan(40);
    writeFileSync(join(OUT, `${name}.png`), await page.locator('#card').screenshot());
  });
});
