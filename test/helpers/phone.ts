/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readSchema } from './schemas';
import { BROWSER_ARGS, CHROMIUM } from './browser';

/**
 * Cards as a phone shows them: Microsoft's Adaptive Cards renderer with the Teams light host
 * config, in headless Chromium, at the width Teams gives a card on a phone (README, Cards on a
 * phone). The fonts are the machine's (Segoe UI is not on Linux: the host config falls back to
 * DejaVu Sans, wider than Segoe UI), so heights and label widths err on the tall, wide side.
 */
export const PHONE_WIDTH = 340;
/**
 * A card in Teams desktop in a 1280×900 window: Teams keeps a bot's card narrower than the chat
 * (unless the card asks for full width), about 560 px; an assumed figure, not a measured one.
 */
export const DESKTOP_WIDTH = 560;
/** The first screen of a phone: what shows of a card before any scrolling (README). */
export const PHONE_SCREEN = 600;

const ROOT = join(__dirname, '..', '..');
const bundle = readFileSync(join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js'), 'utf8');
const hostConfig = readSchema('teams-light.hostconfig.json');

export interface ButtonSeen {
  label: string;
  /** The label's full width, and the width it was given: more than that is cut ("…"). */
  scrollWidth: number;
  clientWidth: number;
  /** Whether the whole button lies inside the card (a strip too wide pushes buttons off its edge). */
  inside: boolean;
}

export interface CardSeen {
  problems: string[];
  height: number;
  /** Where each heading and text starts, from the card's top: for "what shows on the first screen". */
  texts: { text: string; top: number }[];
  buttons: ButtonSeen[];
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

/** Every part shown: what a user sees after opening every fold and every "More". */
export function allOpen(card: unknown): unknown {
  return JSON.parse(JSON.stringify(card), (key, value: unknown) => (key === 'isVisible' ? true : value));
}

export class CardScreen {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async open(): Promise<CardScreen> {
    const browser = await chromium.launch({ executablePath: CHROMIUM.found, args: BROWSER_ARGS });
    const page = await browser.newPage({ viewport: { width: DESKTOP_WIDTH + 40, height: 900 } });
    await page.setContent(
      '<!doctype html><html><body style="margin:0;background:#fff;font-family:Segoe UI,Arial,sans-serif"><div id="card" style="display:inline-block"></div></body></html>',
    );
    await page.addScriptTag({ content: bundle });
    return new CardScreen(browser, page);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Renders `card` `width` px wide; `expand` presses every "More" (Action.ShowCard) first. */
  async render(card: unknown, width: number, expand = false): Promise<CardSeen> {
    return this.page.evaluate(
      ({ card, hc, width, expand }) => {
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
        host.style.width = `${width}px`;
        if (!el) problems.push('render: nothing rendered');
        else host.appendChild(el);
        if (expand) {
          for (let round = 0; round < 3; round += 1)
            host.querySelectorAll<HTMLElement>('[aria-expanded="false"]').forEach((b) => {
              if (b.classList.contains('ac-pushButton')) b.click();
            });
        }
        const box = host.getBoundingClientRect();
        const texts = Array.from(host.querySelectorAll<HTMLElement>('.ac-textBlock'))
          .filter((t) => t.offsetParent !== null)
          .map((t) => ({ text: t.innerText.trim(), top: t.getBoundingClientRect().top - box.top }));
        const buttons = Array.from(host.querySelectorAll<HTMLElement>('.ac-pushButton'))
          .filter((b) => b.offsetParent !== null)
          .map((b) => {
            const label = (b.querySelector('div') ?? b) as HTMLElement;
            const r = b.getBoundingClientRect();
            return {
              label: label.innerText.trim(),
              scrollWidth: label.scrollWidth,
              clientWidth: label.clientWidth,
              inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
            };
          });
        return { problems, height: box.height, texts, buttons };
      },
      { card, hc: hostConfig, width, expand },
    );
  }

  /** A PNG of the card as last rendered. */
  async screenshot(): Promise<Buffer> {
    return this.page.locator('#card').screenshot();
  }
}
