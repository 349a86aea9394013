/**
 * Suites that need a program Node does not bring (Chromium, PostgreSQL). Without it they are
 * skipped with one line naming what to install, so `npm ci && npm test` passes with Node alone;
 * under CI=true or REQUIRE_ALL_TESTS=1 a missing program is a failing test instead.
 */
export interface Tool {
  /** What is missing, as people call it: "Chromium". */
  name: string;
  /** Where it was found; undefined when it was not. */
  found: string | undefined;
  /** How to get it: "apt-get install chromium, or set CHROMIUM_PATH". */
  install: string;
}

export function requireAllTests(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1' || env.REQUIRE_ALL_TESTS === '1' || env.REQUIRE_ALL_TESTS === 'true';
}

function missing(tool: Tool): Error {
  return new Error(
    `${tool.name} not found: ${tool.install}. Under CI=true or REQUIRE_ALL_TESTS=1 every test must run, so this fails rather than skips.`,
  );
}

function skipping(tool: Tool, title: string): string {
  const line = `skipped: ${title} (${tool.name} not found: ${tool.install})`;
  // Straight to stderr: one plain line, not console.warn's block with a stack.
  process.stderr.write(`${line}\n`);
  return line;
}

/** `describe(title, fn)` when the tool is there; otherwise a skip (locally) or a failure (CI). */
export function describeIfTool(tool: Tool, title: string, fn: () => void): void {
  if (tool.found) describe(title, fn);
  else if (requireAllTests()) {
    describe(title, () => {
      it(`needs ${tool.name}`, () => {
        throw missing(tool);
      });
    });
  } else describe.skip(skipping(tool, title), fn);
}

/** The same for one test among others that need nothing. */
export function itIfTool(tool: Tool, title: string, fn: () => Promise<void>, timeout?: number): void {
  if (tool.found) it(title, fn, timeout);
  else if (requireAllTests()) {
    it(title, () => {
      throw missing(tool);
    });
  } else it.skip(skipping(tool, title), fn, timeout);
}
