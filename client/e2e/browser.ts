import { readFileSync } from 'node:fs';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Chromium every journey file connects to (started by e2e/global-setup.ts). */
    browserEndpoint: string;
  }
}

/**
 * The demo has lived through 1/7/2025 (scripts/test.sh sets E2E_EXPECT_RESTRUCTURING=1 when it loads the shared
 * reference data): Bắc Giang's 2021 story is history, the new Bắc Ninh reports from its wards and communes
 * straight to its Sở Nội vụ.
 */
export const reformed = process.env.E2E_EXPECT_RESTRUCTURING === '1';

export interface E2eEnvironment {
  baseUrl: string;
  /** Password of each account the journeys may sign in as: the demo users and the system admin. */
  passwords: ReadonlyMap<string, string>;
}

const usage =
  'Run the journeys against a running API that serves the built client and has the Bắc Giang demo, e.g.\n' +
  '  E2E_BASE_URL=http://127.0.0.1:5080 E2E_DEMO_USERS=../.data/demo-users.txt E2E_ADMIN_PASSWORD="$(cat ../.data/admin-password)" npm run e2e';

/**
 * The API to test and the accounts to sign in with, from the environment: E2E_DEMO_USERS is the file
 * the demo seed writes (`user<TAB>password<TAB>role` lines), E2E_ADMIN_PASSWORD the admin's (user
 * E2E_ADMIN_USER, `admin` unless set). Throws a clear message when something is missing.
 */
export function readE2eEnvironment(env: NodeJS.ProcessEnv = process.env): E2eEnvironment {
  const missing = ['E2E_BASE_URL', 'E2E_DEMO_USERS', 'E2E_ADMIN_PASSWORD'].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new Error(`E2E setup: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.\n${usage}`);
  }
  const baseUrl = env.E2E_BASE_URL ?? '';
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new Error(`E2E setup: E2E_BASE_URL must be an http(s) URL, got "${baseUrl}".\n${usage}`);
  }
  let lines: string[];
  try {
    lines = readFileSync(env.E2E_DEMO_USERS ?? '', 'utf8').split('\n');
  } catch (error) {
    throw new Error(`E2E setup: cannot read E2E_DEMO_USERS (${env.E2E_DEMO_USERS}).\n${usage}`, { cause: error });
  }
  const passwords = new Map<string, string>();
  for (const line of lines) {
    const [user, password] = line.split('\t');
    if (user && password && !user.startsWith('#')) passwords.set(user.trim(), password.trim());
  }
  passwords.set(env.E2E_ADMIN_USER ?? 'admin', env.E2E_ADMIN_PASSWORD ?? '');
  return { baseUrl: baseUrl.replace(/\/+$/, ''), passwords };
}

/** The password of a demo account; a missing one names the account. */
export function passwordOf(env: E2eEnvironment, userName: string): string {
  const password = env.passwords.get(userName);
  if (password === undefined) throw new Error(`E2E setup: no password for ${userName} in E2E_DEMO_USERS.`);
  return password;
}

/** The shared Chromium, connected to from this test file. */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/** A fresh context (no session, no language choice) with one page at the desktop size. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  return { context, page };
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
