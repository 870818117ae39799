/**
 * The sign-in journey through the real API and database, in Debian's Chromium.
 * Needs E2E_BASE_URL (the API, serving the built client), E2E_USER and E2E_PASSWORD.
 * Asks for no ranking data: a database without scores shows the "no release" state.
 */
import { mkdir } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import type { components } from '../src/types/api';
import { launchBrowser, readE2eEnvironment, step, type Browser } from './browser';

const failureScreenshot = 'test-results/e2e-failure.png';

async function open(page: Page, url: string): Promise<void> {
  let status: number | undefined;
  try {
    status = (await page.goto(url, { waitUntil: 'domcontentloaded' }))?.status();
  } catch (error) {
    const reason = error instanceof Error ? (/net::[A-Z_]+/.exec(error.message)?.[0] ?? error.message) : String(error);
    throw new Error(`could not open ${url} (${reason}). Is the API running there and serving the built client?`);
  }
  if (status !== undefined && status >= 400) {
    throw new Error(`${url} answered HTTP ${status}. Does the API serve the built client (client/dist)?`);
  }
}

/** Waits for the rankings page to settle on a table or an empty state; an error alert fails with its text. */
async function expectRankingsContent(page: Page): Promise<void> {
  const table = page.getByRole('table');
  const emptyState = page.locator('.empty-state');
  const alert = page.getByRole('alert');
  await table.or(emptyState).or(alert).first().waitFor();
  if (await alert.isVisible()) {
    throw new Error(`the rankings page shows an error instead of data or an empty state: ${await alert.innerText()}`);
  }
}

describe('journey', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in, reads the rankings in Vietnamese and English, and signs out', async () => {
    const env = readE2eEnvironment();
    browser = await step(undefined, 'start Chromium', launchBrowser);
    const { page } = browser;
    const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

    try {
      await step(page, 'open the dashboard and land on sign-in', async () => {
        await open(page, `${env.baseUrl}/`);
        await heading('Đăng nhập').waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
      });

      await step(page, 'sign in', async () => {
        const meAnswer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/me');
        // Awaited below; when sign-in fails first, the browser closes under it and that is no news.
        meAnswer.catch(() => undefined);
        await page.getByLabel('Tên đăng nhập', { exact: true }).fill(env.userName);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(env.password);
        await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

        const signInAlert = page.locator('.sign-in').getByRole('alert');
        await heading('Xếp hạng PAPI').or(signInAlert).first().waitFor();
        if (await signInAlert.isVisible()) {
          throw new Error(`the API refused E2E_USER: ${await signInAlert.innerText()}`);
        }
        expect(new URL(page.url()).pathname).toBe('/rankings');

        const me = await meAnswer;
        expect(me.status(), 'GET /api/v1/me').toBe(200);
        const body = (await me.json()) as components['schemas']['MeDto'];
        const displayName = body.user?.displayName;
        expect(displayName, 'the signed-in user has a display name').toBeTruthy();
        await page.getByRole('banner').getByText(displayName ?? '', { exact: true }).waitFor();
      });

      await step(page, 'see the rankings, or a clear empty state when no scores are loaded', () =>
        expectRankingsContent(page),
      );

      await step(page, 'stay signed in across a reload (the refresh token renews the session)', async () => {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await heading('Xếp hạng PAPI').waitFor();
        await expectRankingsContent(page);
      });

      await step(page, 'switch to English', async () => {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await heading('PAPI rankings').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      });

      await step(page, 'sign out and land on sign-in', async () => {
        await page.getByRole('banner').getByRole('button', { name: 'Sign out', exact: true }).click();
        await heading('Sign in').waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
      });

      await step(page, 'find the rankings closed after signing out', async () => {
        await open(page, `${env.baseUrl}/rankings`);
        await heading('Sign in').waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
      });
    } catch (error) {
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: failureScreenshot, fullPage: true }).catch(() => undefined);
      throw error;
    }
  });
});
