// Finds a Chromium for the browser tests the way a user would expect: an explicit CHROME_PATH first,
// then a system Chromium or Chrome, then the browser Playwright downloads on machines with internet.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags this sandbox needs (root, no GPU, closed network); harmless on an ordinary machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_BROWSER_MESSAGE =
  'No Chromium found for browser tests: set CHROME_PATH to a Chrome or Chromium binary, or install one ' +
  '(Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium).';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the path of the Chromium to test with, or throws an Error with one line saying how to get one.
 * @param {{ env?: Record<string, string | undefined>, playwrightPath?: () => string | undefined,
 *   canRun?: (path: string) => boolean }} [deps] seams for tests; defaults read the real machine
 * @returns {string}
 */
export function findChromium(deps = {}) {
  const env = deps.env ?? process.env;
  const canRun = deps.canRun ?? isExecutable;
  const explicit = env.CHROME_PATH;
  if (explicit) {
    if (canRun(explicit)) return explicit;
    throw new Error(
      `CHROME_PATH=${explicit} is not an executable file; point it at a Chrome or Chromium binary.`,
    );
  }
  const dirs = ['/usr/bin', ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const name of SYSTEM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (canRun(candidate)) return candidate;
    }
  }
  const downloaded = (deps.playwrightPath ?? (() => undefined))();
  if (downloaded && canRun(downloaded)) return downloaded;
  throw new Error(NO_BROWSER_MESSAGE);
}
