import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../src/devtools/playground';
import { freePort } from '../../src/bench/load';
import { BROWSER_ARGS, CHROMIUM } from '../helpers/browser';
import { describeIfTool } from '../helpers/requires';

/**
 * The bot as people see it without a Teams tenant: the Microsoft 365 Agents
 * Playground (its own web client and mock connector) in headless Chromium.
 */
const SHOTS = resolve(__dirname, '..', '..', 'build', 'playground');
jest.setTimeout(120_000);

describeIfTool(CHROMIUM, 'the bot in the Microsoft 365 Agents Playground', () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'playground-'));
    mkdirSync(SHOTS, { recursive: true });
    playground = await startPlayground({
      env: { LOG_LEVEL: 'silent', DATA_DIR: dataDir, ...(process.env.CONTENT_DIR ? { CONTENT_DIR: process.env.CONTENT_DIR } : {}) },
      botPort: 0,
      playgroundPort: await freePort(),
      logFile: join(dataDir, 'playground.log'),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM.found,
      args: BROWSER_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
    await page.goto(playground.url);
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cards = () => page.locator('.ac-adaptiveCard');
  const lastCard = () => cards().last();
  async function say(text: string): Promise<void> {
    const before = await cards().count();
    await page.locator('[data-lexical-editor="true"]').click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before);
  }

  it('shows the welcome card when the app is installed', async () => {
    await page.getByText('Try asking').first().waitFor();
    await expectVisible(page.getByText('Children in Care mental health toolkit').first());
  });

  it('answers a typed worry with its toolkit card', async () => {
    await say('my foster child is cutting herself what do i do');
    await expectVisible(lastCard().getByText('Self-harm', { exact: true }).first());
    await page.screenshot({ path: join(SHOTS, 'answer.png') });
  });

  it('walks a pathway in place: Next step replaces the card, recording the choice', async () => {
    await say('referral not accepted');
    const before = await cards().count();
    const card = lastCard();
    await expectVisible(card.getByText(/Step 1 of \d+/).first());
    await card.getByRole('button', { name: 'Next step', exact: true }).click();
    // Action.Execute: the Playground shows the bot's answer to the invoke in place of the card.
    await expectVisible(card.getByText(/Step 2 of \d+/).first());
    await expectVisible(card.getByText(/You chose "Next step" on step 1/).first());
    expect(await cards().count()).toBe(before);
    await page.screenshot({ path: join(SHOTS, 'pathway-in-place.png') });
  });

  it('takes a consultation request through the form and shows the receipt with its reference', async () => {
    await say('request enhanced consultation');
    // The Playground does not open Teams dialogs (it says so): the same form comes in the chat.
    const before0 = await cards().count();
    await lastCard().getByRole('button', { name: 'Fill it in here instead' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before0);
    const form = lastCard();
    await form.getByRole('button', { name: 'Send request' }).waitFor();
    await form.getByLabel('Your team or organisation').fill('Children in Care team');
    await form.getByLabel(/Child's initials or case reference/).fill('JS');
    await form.getByLabel('or age in years').fill('14');
    await choose(form, 'Your role', 'Social worker');
    await choose(form, 'Legal status', 'Section 31 care order');
    await choose(form, 'Placement type', 'Foster care');
    await choose(form, 'Where is the child placed?', 'In our area');
    await choose(form, 'Current level of need', 'Level 3: targeted or complex');
    await choose(form, 'Presenting concerns', 'Self-harm');
    await form.getByRole('checkbox', { name: 'Self-harm' }).check();
    await form.getByLabel('What has been tried so far').fill('Safety plan with carers; school counsellor weekly.');
    await form.getByLabel('Your question for the consultation').fill('How can carers respond when self-harm follows family time?');
    await page.screenshot({ path: join(SHOTS, 'form.png') });
    const before = await cards().count();
    await form.getByRole('button', { name: 'Send request' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 15_000 });
    await expectVisible(page.getByText(/EC-\d{4}-\d{5}/).first());
    await page.screenshot({ path: join(SHOTS, 'receipt.png') });
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 15_000 });
  expect(await locator.isVisible()).toBe(true);
}

/** A compact choice set is a combobox in the Playground's renderer: open it, pick the option. */
async function choose(form: ReturnType<Page['locator']>, label: string | RegExp, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label }).click();
  // Single choice: role option; multi-select: role menuitemcheckbox.
  await form
    .page()
    .getByRole('option', { name: option, exact: true })
    .or(form.page().getByRole('menuitemcheckbox', { name: option, exact: true }))
    .click();
  await form.page().keyboard.press('Escape');
}
