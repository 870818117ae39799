import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

export interface E2eEnvironment {
  baseUrl: string;
  userName: string;
  password: string;
}

const usage =
  'Run the journeys against a running API that serves the built client, e.g.\n' +
  '  E2E_BASE_URL=http://127.0.0.1:5080 E2E_USER=admin E2E_PASSWORD=… npm run e2e';

/** The API to test and the account to sign in with, from the environment; throws a clear message when unset. */
export function readE2eEnvironment(env: NodeJS.ProcessEnv = process.env): E2eEnvironment {
  const missing = ['E2E_BASE_URL', 'E2E_USER', 'E2E_PASSWORD'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`E2E setup: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.\n${usage}`);
  }
  const baseUrl = env.E2E_BASE_URL ?? '';
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new Error(`E2E setup: E2E_BASE_URL must be an http(s) URL, got "${baseUrl}".\n${usage}`);
  }
  return { baseUrl: baseUrl.replace(/\/+$/, ''), userName: env.E2E_USER ?? '', password: env.E2E_PASSWORD ?? '' };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Debian's Chromium (no browser download) with a profile of its own, so every run starts with empty
 * storage: no session, no language choice.
 */
export async function launchBrowser(): Promise<Browser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'papi-e2e-'));
  try {
    const context = await chromium.launchPersistentContext(profileDir, {
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
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    page.setDefaultNavigationTimeout(30_000);
    return {
      context,
      page,
      async close() {
        await context.close().catch(() => undefined);
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** Runs one step of a journey; a failure names the step and the page it happened on. */
export async function step<T>(page: Page | undefined, name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = page ? ` (at ${page.url()})` : '';
    throw new Error(`E2E step "${name}" failed${where}: ${message}`, { cause: error });
  }
}
