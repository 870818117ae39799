import { defineConfig } from 'vitest/config';

// Browser journeys against a running API (which serves the built client): `npm run e2e`.
// They drive Debian's Chromium through playwright-core; see e2e/browser.ts for the variables.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One journey at a time: two cores, one browser, and the API's sign-in limit per address.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
