import type { TestProject } from 'vitest/node';

import { chromium } from 'playwright-core';

/**
 * One Debian Chromium (no browser download) for every journey file: each file connects to it and
 * opens contexts of its own (empty storage each), which is much cheaper than a browser per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
