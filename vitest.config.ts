import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests run in Chromium under web-test-runner, not here.
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    globalSetup: ['test/temp-root.ts'],
  },
});
