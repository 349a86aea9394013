import { existsSync } from 'node:fs';
import type { Tool } from './requires';

/** Where Chromium or Chrome is usually installed, in the order tried. */
export const BROWSER_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * The browser for the render and Playground tests: CHROMIUM_PATH when it names an existing
 * file, else the first of the usual locations. CHROMIUM_PATH=none pretends none is installed.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured === 'none') return undefined;
  return [...(configured ? [configured] : []), ...BROWSER_LOCATIONS].find((p) => exists(p));
}

export const CHROMIUM: Tool = {
  name: 'Chromium',
  found: chromiumPath(),
  install: 'apt-get install chromium, or set CHROMIUM_PATH to a Chromium or Chrome executable',
};

/** Headless, no sandbox (CI runs as root), nothing that reaches the network by itself. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
