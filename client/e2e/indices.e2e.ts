/**
 * Every index a province is judged on, through the real API and database (bg.viewer): the rankings offer
 * the indices with releases in an index picker kept in the address (`?framework=PCI`), each read on its own
 * scale ("Thang điểm 0–100" for PCI, "8–80" for PAPI); a province's page switches to PCI the same way;
 * the overview lists PAPI and PCI, each with its latest year, rank and change. Every page is checked with
 * axe-core and saved as a screenshot.
 *
 * E2E_EXPECT_SCORES=1 (scripts/test.sh, with the shared reference data) means the demo loaded PAPI's
 * official scores and PCI from the shared file; without it the picker must still settle (on PAPI alone,
 * or on its empty state), never on an error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import { connectBrowser, newPage, passwordOf, readE2eEnvironment, step } from './browser';
import { expectNoErrorAlert, heading as headingOf, keepFailure, navigate, reviewer, settled, signIn } from './pages';

const expectScores = process.env.E2E_EXPECT_SCORES === '1';
const review = reviewer('indices');

/** The picker's scale note, which names the index's range and direction. */
async function scaleNote(page: Page): Promise<string> {
  const picker = page.getByRole('combobox', { name: 'Bộ chỉ số' });
  await picker.waitFor();
  return (await picker.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).innerText())) ?? '';
}

describe('indices', () => {
  let browser: Browser | undefined;
  // Bắc Giang's profile as the PCI rankings link it (`/provinces/{id}`), for the overview.
  let bacGiang = '';

  afterAll(async () => {
    await browser?.close();
  });

  it('picks PCI on the rankings and on a province, each on its own scale', async () => {
    const env = readE2eEnvironment();
    const userName = 'bg.viewer';
    browser = await step(undefined, 'connect to Chromium', connectBrowser);
    const { page } = await newPage(browser);
    const heading = (name: string | RegExp) => headingOf(page, name);

    try {
      await step(page, 'sign in', () => signIn(page, env.baseUrl, userName, passwordOf(env, userName)));

      await step(page, 'see the index picker on the rankings, on PAPI by default', async () => {
        await navigate(page, '/rankings');
        await heading('Xếp hạng PAPI').waitFor();
        const picker = page.getByRole('combobox', { name: 'Bộ chỉ số' });
        await picker.or(page.locator('.empty-state')).first().waitFor();
        await settled(page);
        await expectNoErrorAlert(page);
        if (expectScores) {
          const offered = await picker.locator('option').allInnerTexts();
          expect(offered.map((label) => label.split(' · ')[0])).toEqual(['PAPI', 'PCI']);
          expect(await scaleNote(page)).toBe('Thang điểm 8–80, điểm càng cao càng tốt');
        }
        await review(page, 'rankings-papi');
      });
      if (!expectScores) return;

      let bacGiangPath = '';
      await step(page, "pick PCI: its own years, its 0–100 scale, Đà Nẵng first in 2016 with VCCI's 70,00", async () => {
        await page.getByRole('combobox', { name: 'Bộ chỉ số' }).selectOption('PCI');
        await page.waitForURL(/framework=PCI/);
        await heading('Xếp hạng PCI').waitFor();
        expect(await scaleNote(page)).toBe('Thang điểm 0–100, điểm càng cao càng tốt');
        const years = await page.getByRole('combobox', { name: 'Năm' }).locator('option').allInnerTexts();
        expect(years[0]).toBe('2006');
        await page.getByRole('combobox', { name: 'Năm' }).selectOption('2016');
        await page.waitForURL(/year=2016/);
        expect(new URL(page.url()).searchParams.get('framework'), 'the address keeps the index').toBe('PCI');
        const table = page.getByRole('table', { name: 'Xếp hạng PCI các tỉnh, thành phố năm 2016' });
        await table.waitFor();
        await settled(page);
        const first = table.locator('tbody tr').first();
        expect(await first.getByRole('rowheader').innerText()).toContain('Đà Nẵng');
        expect(await first.innerText()).toContain('70,00');
        bacGiangPath = (await table.getByRole('link', { name: 'Bắc Giang', exact: true }).getAttribute('href')) ?? '';
        expect(bacGiangPath).toMatch(/^\/provinces\/\d+\?year=2016&framework=PCI$/);
        await review(page, 'rankings-pci');
      });

      bacGiang = bacGiangPath.split('?')[0] ?? '';
      await step(page, "pick PCI on Bắc Giang's page: its PCI years on PCI's scale", async () => {
        await navigate(page, bacGiang);
        await heading('Bắc Giang').waitFor();
        await page.getByRole('table', { name: 'Kết quả PAPI của Bắc Giang qua các năm' }).waitFor();
        await page.getByRole('combobox', { name: 'Bộ chỉ số' }).selectOption('PCI');
        await page.waitForURL(/framework=PCI/);
        const years = page.getByRole('table', { name: 'Kết quả PCI của Bắc Giang qua các năm' });
        await years.waitFor();
        await settled(page);
        await expectNoErrorAlert(page);
        expect(await scaleNote(page)).toBe('Thang điểm 0–100, điểm càng cao càng tốt');
        // 2011: VCCI's published total (60,79), kept as the official figure.
        expect(await years.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2011', exact: true }) }).innerText()).toContain('60,79');
        await review(page, 'province-pci');
      });
    } catch (error) {
      await keepFailure(page, 'indices');
      throw error;
    }
  });

  // Its own test: the axe checks of every page at three sizes take most of a journey's two minutes.
  it('lists every index Bắc Giang is scored on in its overview, each with its latest rank and change', async () => {
    if (!expectScores) return;
    expect(bacGiang, 'the rankings gave Bắc Giang\'s profile').not.toBe('');
    const env = readE2eEnvironment();
    const userName = 'bg.viewer';
    browser ??= await step(undefined, 'connect to Chromium', connectBrowser);
    const { page } = await newPage(browser);
    try {
      await step(page, 'sign in', () => signIn(page, env.baseUrl, userName, passwordOf(env, userName)));
      await step(page, "see PAPI and PCI on Bắc Giang's overview, each with its latest rank and change", async () => {
        const provinceId = bacGiang.split('/').at(-1);
        await navigate(page, `/overview?province=${provinceId}`);
        const indices = page.getByRole('table', { name: 'Kết quả mới nhất của tỉnh theo từng bộ chỉ số' });
        await indices.waitFor();
        await settled(page);
        await expectNoErrorAlert(page);
        const rows = indices.locator('tbody tr');
        expect(await rows.count()).toBe(2);
        for (const [index, text] of [['PAPI', await rows.nth(0).innerText()], ['PCI', await rows.nth(1).innerText()]] as const) {
          expect(text.startsWith(index), text).toBe(true);
          expect(text, `${index}: its latest year`).toContain('2024');
          expect(text, `${index}: a rank of N, or why not`).toMatch(/\d+\/\d+|chưa xếp hạng/);
          expect(text, `${index}: a change, or why not`).toMatch(/[+-]\d+,\d\d|—/);
        }
        await review(page, 'overview-indices');
      });
    } catch (error) {
      await keepFailure(page, 'indices');
      throw error;
    }
  });
});
