/**
 * `npm run screenshots`: a PNG of each card kind as a phone (340 px) and Teams desktop show it,
 * first screen as sent (folds closed), in docs/screenshots/cards/. Same renderer and host config as
 * test/render/phone.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { CardScreen, DESKTOP_WIDTH, PHONE_WIDTH } from '../helpers/phone';
import { phoneCards } from '../helpers/phone-cards';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'screenshots', 'cards');

/**
 * One card of each kind: the emergency card for an overdose, an answer of every kind, a focused answer,
 * the screens, a pathway's first, middle and last step, and the team's card (new, and scheduled).
 */
const KINDS: Record<string, string> = {
  emergency: 'urgent-swallowed',
  'emergency-general': 'urgent',
  'answer-concern': 'answer-concern-self-harm',
  'answer-concern-signs': 'answer-concern-low-mood-signs',
  'answer-level': 'answer-level-3',
  'answer-mha': 'answer-mha-s117',
  'answer-practice': 'answer-practice-helping-conversations',
  'answer-role': 'answer-role-iro',
  'answer-service': 'answer-service-camhs',
  'answer-consultation': 'answer-consultation-form',
  help: 'answer-help',
  welcome: 'welcome',
  menu: 'menu',
  choices: 'choices-concern-anxiety',
  fallback: 'fallback',
  notice: 'notice',
  'pathway-first-step': 'pathway-crisis-1',
  'pathway-step': 'pathway-local-6',
  'pathway-last-step': 'pathway-referral-not-accepted-5',
  team: 'team-new',
  'team-scheduled': 'team-scheduled',
};

async function main(): Promise<void> {
  const cards = phoneCards(loadToolkit(process.env.CONTENT_DIR ?? join(ROOT, 'content')).toolkit);
  mkdirSync(OUT, { recursive: true });
  const screen = await CardScreen.open();
  try {
    for (const [kind, name] of Object.entries(KINDS)) {
      const card = cards.find((c) => c.name === name);
      if (!card) throw new Error(`no card "${name}" for ${kind}`);
      for (const [size, width] of [
        ['phone', PHONE_WIDTH],
        ['desktop', DESKTOP_WIDTH],
      ] as const) {
        const seen = await screen.render(card.card, width);
        writeFileSync(join(OUT, `${kind}-${size}.png`), await screen.screenshot());
        process.stdout.write(`${kind}-${size}.png ${Math.round(seen.height)} px\n`);
      }
    }
  } finally {
    await screen.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
