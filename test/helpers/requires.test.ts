import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_LOCATIONS, chromiumPath } from './browser';
import { initdbPath } from './postgres';
import { requireAllTests } from './requires';

describe('finding the programs some suites need', () => {
  const only =
    (...present: string[]) =>
    (p: string) =>
      present.includes(p);

  it('takes CHROMIUM_PATH when it names an existing file', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('falls back to the usual locations, in order, when CHROMIUM_PATH is unset or points nowhere', () => {
    expect(chromiumPath({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/nonexistent' }, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
    expect(chromiumPath({}, only('/snap/bin/chromium', '/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(BROWSER_LOCATIONS).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    ]);
  });

  it('finds none when none is installed, or when CHROMIUM_PATH=none', () => {
    expect(chromiumPath({}, only())).toBeUndefined();
    expect(chromiumPath({ CHROMIUM_PATH: 'none' }, only(...BROWSER_LOCATIONS))).toBeUndefined();
  });

  it('finds initdb under the newest PostgreSQL version, as startPostgres runs it', () => {
    const root = mkdtempSync(join(tmpdir(), 'toolkit-pgroot-'));
    try {
      expect(initdbPath(join(root, 'missing'))).toBeUndefined();
      expect(initdbPath(root)).toBeUndefined();
      for (const v of ['9', '15']) {
        mkdirSync(join(root, v, 'bin'), { recursive: true });
        writeFileSync(join(root, v, 'bin', 'initdb'), '');
      }
      expect(initdbPath(root)).toBe(join(root, '15', 'bin', 'initdb'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('requires every test under CI=true or REQUIRE_ALL_TESTS=1 only', () => {
    expect(requireAllTests({})).toBe(false);
    expect(requireAllTests({ CI: 'false' })).toBe(false);
    expect(requireAllTests({ CI: 'true' })).toBe(true);
    expect(requireAllTests({ REQUIRE_ALL_TESTS: '1' })).toBe(true);
  });
});
