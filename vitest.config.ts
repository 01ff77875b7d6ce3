import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests run in Chromium under web-test-runner, not here.
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    globalSetup: ['test/temp-root.ts'],
    // A timeout here only catches a hang (speed is checked by bench/, not by tests). The first analysis in a
    // worker builds the language packs, seconds on a busy machine: vitest's 5 s default failed such tests
    // while other jobs shared the two cores.
    testTimeout: 30_000,
  },
});
