/**
 * The viewer's journey (bg.viewer, a leader of the province) through the real API and database: sign-in, the overview, plans,
 * actions, gap analysis and reporting pages, a page out of the reader's scope, the language switch
 * and sign-out. Every page is checked with axe-core (no serious or critical violation) and saved as a
 * screenshot in e2e/screenshots/ for a reviewer.
 * Needs the environment of e2e/browser.ts. With E2E_EXPECT_SCORES=1 (the official scores imported) the overview must show
 * Bắc Giang's real 2020 result, 44.32 and rank 13 of 63; without it, a clear empty state will do. After the reform
 * (`reformed`) the overview opens on the new Bắc Ninh and its 2026 plan, and the viewer picks Bắc Giang for 2020.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import type { components } from '../src/types/api';
import { connectBrowser, newPage, passwordOf, readE2eEnvironment, reformed, step } from './browser';
import { expectNoErrorAlert, heading as headingOf, keepFailure, navigate, open, phoneSizes, reviewer, settled } from './pages';

const expectScores = process.env.E2E_EXPECT_SCORES === '1';
const review = reviewer('viewer');

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

  it('signs in, goes through the overview, plans, actions, gap analysis and reporting, is refused a page out of scope, switches language and signs out', async () => {
    const env = readE2eEnvironment();
    const userName = 'bg.viewer';
    browser = await step(undefined, 'connect to Chromium', connectBrowser);
    const { page } = await newPage(browser);
    const heading = (name: string | RegExp) => headingOf(page, name);

    try {
      await step(page, 'open the dashboard and land on sign-in', async () => {
        await open(page, `${env.baseUrl}/`);
        await heading('Đăng nhập').waitFor();
        expect(new URL(page.url()).pathname).toBe('/login');
        await review(page, 'sign-in');
      });

      await step(page, 'sign in', async () => {
        const meAnswer = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/me');
        // Awaited below; when sign-in fails first, the browser closes under it and that is no news.
        meAnswer.catch(() => undefined);
        await page.getByLabel('Tên đăng nhập', { exact: true }).fill(userName);
        await page.getByLabel('Mật khẩu', { exact: true }).fill(passwordOf(env, userName));
        await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

        const signInAlert = page.locator('.sign-in').getByRole('alert');
        await heading('Xếp hạng PAPI').or(signInAlert).first().waitFor();
        if (await signInAlert.isVisible()) {
          throw new Error(`the API refused ${userName}: ${await signInAlert.innerText()}`);
        }
        expect(new URL(page.url()).pathname).toBe('/rankings');

        const me = await meAnswer;
        expect(me.status(), 'GET /api/v1/me').toBe(200);
        const body = (await me.json()) as components['schemas']['MeDto'];
        const displayName = body.user?.displayName;
        expect(displayName, 'the signed-in user has a display name').toBeTruthy();
        await page.getByRole('banner').getByText(displayName ?? '', { exact: true }).waitFor();
      });

      await step(page, 'see the rankings, or a clear empty state when no scores are loaded', async () => {
        await expectRankingsContent(page);
        await review(page, 'rankings');
      });

      await step(page, 'stay signed in across a reload (the refresh token renews the session)', async () => {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await heading('Xếp hạng PAPI').waitFor();
        await expectRankingsContent(page);
      });

      let overviewPath = '/overview';
      await step(page, "open the overview of the plan's province: Bắc Giang, 2020 when asked", async () => {
        await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan', exact: true }).click();
        if (reformed) {
          await heading('Tổng quan: Bắc Ninh').waitFor();
          await page.getByRole('link', { name: /tỉnh Bắc Ninh năm 2026/ }).waitFor();
          await settled(page);
          await expectNoErrorAlert(page);
          await review(page, 'overview-2026');
          const picker = page.getByRole('combobox', { name: 'Tìm tỉnh/thành phố' });
          await picker.fill('bac giang');
          await page.getByRole('option', { name: 'Bắc Giang (đến 30/06/2025)', exact: true }).click();
          await page.waitForURL(/province=/);
          overviewPath = `/overview?province=${new URL(page.url()).searchParams.get('province')}&`;
        }
        await heading('Tổng quan: Bắc Giang').waitFor();
        await settled(page);
        if (expectScores) {
          await page.getByLabel('Năm', { exact: true }).selectOption('2020');
          const kpis = page.getByRole('list', { name: 'Kết quả năm 2020' });
          await kpis.waitFor();
          const text = await kpis.innerText();
          expect(text).toContain('44,32');
          expect(text).toContain('13/63');
          // Both charts drew (ECharts renders SVG into its container).
          await page.locator('.chart svg').nth(1).waitFor();
          await page.getByRole('table', { name: /Chỉ số thành phần của Bắc Giang năm 2020/ }).waitFor();
        }
        await expectNoErrorAlert(page);
        await review(page, 'overview');
      });

      let planUrl = '';
      await step(page, 'open the plans and the Bắc Giang 2021 plan with its targets', async () => {
        await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Kế hoạch', exact: true }).click();
        await heading('Kế hoạch').waitFor();
        const table = page.getByRole('table', { name: 'Các kế hoạch' });
        await table.waitFor();
        await review(page, 'plans');
        await table.getByRole('link').first().click();
        await page.getByRole('navigation', { name: 'Các trang của kế hoạch' }).waitFor();
        await page.getByRole('heading', { level: 2, name: 'Mục tiêu và tiến độ' }).waitFor();
        planUrl = new URL(page.url()).pathname;
        await expectNoErrorAlert(page);
        await review(page, 'plan');
      });

      await step(page, 'filter the actions and open one with its progress log', async () => {
        await navigate(page, `${planUrl}/actions`);
        const table = page.getByRole('table', { name: /nhiệm vụ$/ });
        await table.waitFor();
        await page.getByLabel('Chỉ số nội dung', { exact: true }).selectOption('1');
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        await page.waitForURL(/dimension=1/);
        await table.waitFor();
        await review(page, 'actions');
        await table.getByRole('rowheader').getByRole('link').first().click();
        await page.getByRole('heading', { level: 2, name: 'Nhật ký tiến độ' }).waitFor();
        // A viewer reads; recording progress and editing are for others.
        expect(await page.getByRole('heading', { name: 'Báo cáo tiến độ' }).count()).toBe(0);
        await expectNoErrorAlert(page);
        await review(page, 'action');
      });

      for (const [path, title] of [
        ['coverage', 'Độ bao phủ của nhiệm vụ'],
        ['rank-calculator', 'Tính hạng mục tiêu'],
        ['effect', 'Hiệu quả của nhiệm vụ'],
      ] as const) {
        await step(page, `open the gap analysis: ${path}`, async () => {
          await navigate(page, `${planUrl}/${path}`);
          await heading(title).waitFor();
          await settled(page);
          if (expectScores) await expectNoErrorAlert(page);
          await review(page, path);
        });
      }

      await step(page, 'on a phone, reach the reports through the menu button; Escape closes it and gives focus back', async () => {
        await page.setViewportSize(phoneSizes[1]);
        const button = page.getByRole('banner').getByRole('button', { name: 'Trình đơn', exact: true });
        const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
        const focused = (locator: typeof button) => locator.evaluate((element) => element === document.activeElement);
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        expect(await nav.isVisible()).toBe(false);
        await button.click();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        expect(await focused(nav.getByRole('link', { name: 'Tổng quan', exact: true }))).toBe(true);
        await page.keyboard.press('Escape');
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        expect(await focused(button)).toBe(true);
        await button.click();
        await review(page, 'menu-open');
        await nav.getByRole('link', { name: 'Báo cáo', exact: true }).click();
        await heading('Báo cáo định kỳ').waitFor();
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        await page.setViewportSize({ width: 1280, height: 800 });
      });

      for (const [path, title, name] of [
        ['/compare', 'So sánh các tỉnh', 'compare'],
        ['/no-such-page', 'Không tìm thấy trang', 'not-found'],
        ['/reporting', 'Báo cáo định kỳ', 'reporting'],
        ['/reporting/completeness', 'Tình hình nộp báo cáo', 'completeness'],
        ['/reporting/matrix', /^Ma trận nộp báo cáo/, 'matrix'],
      ] as const) {
        await step(page, `open ${path}`, async () => {
          await navigate(page, path);
          await heading(title).waitFor();
          await settled(page);
          await expectNoErrorAlert(page);
          await review(page, name);
        });
      }

      await step(page, 'be refused a page out of scope (user administration)', async () => {
        await navigate(page, '/admin/users');
        await heading('Không có quyền truy cập').waitFor();
        await review(page, 'no-access');
      });

      await step(page, 'switch to English', async () => {
        await navigate(page, `${reformed ? overviewPath : '/overview?'}${expectScores ? 'year=2020' : ''}`);
        await heading('Tổng quan: Bắc Giang').waitFor();
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await heading('Overview: Bac Giang').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        if (expectScores) expect(await page.getByRole('list', { name: 'Results in 2020' }).innerText()).toContain('44.32');
        await review(page, 'overview-en');
        await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Rankings', exact: true }).click();
        await heading('PAPI rankings').waitFor();
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
      await keepFailure(page, 'viewer');
      throw error;
    }
  });
});
