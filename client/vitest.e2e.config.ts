import { defineConfig } from 'vitest/config';

// Browser journeys against a running API (which serves the built client): `npm run e2e`.
// They drive Debian's Chromium through playwright-core; see e2e/journey.e2e.ts for the variables.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    // One browser at a time: the journeys share an account and the API's sign-in rate limit.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
