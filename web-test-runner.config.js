import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './test/find-chromium.js';

let executablePath;
try {
  executablePath = findChromium({ playwrightPath: () => chromium.executablePath() });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

export default {
  files: ['test/**/*.browser.test.ts'],
  // Test files share one origin's IndexedDB outbox and localStorage: run them one at a time.
  concurrency: 1,
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  // A busy 2-core machine starts Chromium slowly; generous limits avoid false failures.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
};
