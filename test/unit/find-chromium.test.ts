import { describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE } from '../find-chromium.js';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('findChromium', () => {
  it('prefers CHROME_PATH', () => {
    const found = findChromium({
      env: { CHROME_PATH: '/opt/chrome' },
      canRun: only('/opt/chrome', '/usr/bin/chromium'),
    });
    expect(found).toBe('/opt/chrome');
  });

  it('rejects a CHROME_PATH that does not run, naming it', () => {
    expect(() => findChromium({ env: { CHROME_PATH: '/nope' }, canRun: only('/usr/bin/chromium') })).toThrow(
      'CHROME_PATH=/nope',
    );
  });

  it('finds a system browser on PATH', () => {
    const found = findChromium({ env: { PATH: '/snap/bin' }, canRun: only('/snap/bin/chromium-browser') });
    expect(found).toBe('/snap/bin/chromium-browser');
  });

  it("falls back to Playwright's own browser", () => {
    const found = findChromium({ env: {}, playwrightPath: () => '/pw/chrome', canRun: only('/pw/chrome') });
    expect(found).toBe('/pw/chrome');
  });

  it('says both ways to get a browser when none is found', () => {
    expect(() => findChromium({ env: {}, playwrightPath: () => '/pw/chrome', canRun: only() })).toThrow(
      NO_BROWSER_MESSAGE,
    );
    expect(NO_BROWSER_MESSAGE).toContain('apt-get install chromium');
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install chromium');
  });
});
