/**
 * Score lineage across the 2025 merger through the real API and database (bg.viewer): the rankings
 * page offers a year before 2025 as the official 63 provinces or as the 34 units of 2025-07-01 on
 * estimates, every estimated row labelled unofficial; a province's page says what it merged into or
 * from; a merged unit's estimates are listed, charted and can be asked for partially; the units page
 * reads the tree as of a day (Ngày hiệu lực) kept in the address; the province search tells the old and
 * the new Bắc Ninh apart by their dates. Every page is checked with axe-core and saved as a screenshot.
 *
 * What the database holds decides how much can be seen, and scripts/test.sh says what it holds:
 * - E2E_EXPECT_SCORES=1: the official scores are imported; the journey looks at 2024.
 * - E2E_EXPECT_RESTRUCTURING=1: the 2025 restructuring is applied (Bắc Giang and Bắc Ninh into the
 *   new Bắc Ninh from 2025-07-01); the journey then follows the lineage links and, with the scores,
 *   finds the new Bắc Ninh ranked on its estimate (45,09, from Bắc Giang and Bắc Ninh).
 * Without them the 63/34 switch must still render and the estimated view settle on a table whose rows
 * are all labelled unofficial, or on a clear empty state; never an error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

import { connectBrowser, newPage, passwordOf, readE2eEnvironment, reformed as expectRestructuring, step } from './browser';
import { expectNoErrorAlert, heading as headingOf, keepFailure, navigate, reviewer, settled, signIn } from './pages';

const expectScores = process.env.E2E_EXPECT_SCORES === '1';
const review = reviewer('lineage');
const unofficial = 'ước tính, không chính thức';

/** The rankings settle on a table or an empty state; an error alert fails with its text. Whether a table came. */
async function rankingsTable(page: Page): Promise<boolean> {
  const table = page.getByRole('table');
  await table.or(page.locator('.empty-state')).or(page.getByRole('alert')).first().waitFor();
  await settled(page);
  await expectNoErrorAlert(page);
  return (await table.count()) > 0;
}

describe('score lineage', () => {
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  it('switches the rankings between the official 63 and the estimated 34, and follows a merger on the province pages', async () => {
    const env = readE2eEnvironment();
    const userName = 'bg.viewer';
    browser = await step(undefined, 'connect to Chromium', connectBrowser);
    const { page } = await newPage(browser);
    const heading = (name: string | RegExp) => headingOf(page, name);
    const year = expectScores ? 2024 : 2020;

    try {
      await step(page, 'sign in', () => signIn(page, env.baseUrl, userName, passwordOf(env, userName)));

      await step(page, `see the official 63 of ${year} offered beside the estimated 34`, async () => {
        await navigate(page, `/rankings?year=${year}`);
        const view = page.getByRole('group', { name: 'Đơn vị xếp hạng' });
        await view.waitFor();
        expect(await view.getByRole('radio', { name: '63 tỉnh (chính thức)' }).isChecked()).toBe(true);
        expect(await view.getByRole('radio', { name: '34 đơn vị (ước tính)' }).isChecked()).toBe(false);
        if (await rankingsTable(page)) {
          expect(await page.getByRole('table').getByText(unofficial).count(), 'the official view carries no estimate label').toBe(0);
        }
        await review(page, 'rankings-official');
      });

      await step(page, `see the estimated 34 of ${year}, every row labelled unofficial`, async () => {
        await page.getByRole('radio', { name: '34 đơn vị (ước tính)' }).check();
        await page.waitForURL(/as=2025-07-01/);
        await page.getByRole('table', { name: /^Xếp hạng ước tính/ }).or(page.locator('.empty-state')).first().waitFor();
        if (await rankingsTable(page)) {
          const rows = page.getByRole('table').locator('tbody tr');
          const count = await rows.count();
          expect(count).toBeGreaterThan(0);
          expect(await rows.filter({ hasText: unofficial }).count(), 'every estimated row says it is unofficial').toBe(count);
        }
        if (expectScores && expectRestructuring) {
          const bacNinh = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bắc Ninh', exact: true }) });
          const text = await bacNinh.innerText();
          expect(text).toContain('45,09');
          expect(text).toContain('ước tính từ Bắc Giang, Bắc Ninh');
          expect(await page.getByRole('table').locator('tbody tr').count(), 'the units active on 2025-07-01').toBe(34);
        }
        await review(page, 'rankings-estimated');
      });

      await step(page, `ask the estimated 34 of ${year} for a partial estimate`, async () => {
        const partial = page.getByRole('checkbox', { name: 'Ước tính một phần' });
        await partial.click();
        await page.waitForURL(/partial=true/);
        await rankingsTable(page);
        expect(await partial.isChecked()).toBe(true);
        await review(page, 'rankings-estimated-partial');
        await partial.click();
        await page.waitForURL((url) => !url.search.includes('partial'));
      });

      if (expectRestructuring) {
        await step(page, 'tell the old and the new Bắc Ninh apart in the province search by their dates', async () => {
          await navigate(page, '/provinces');
          await page.getByRole('combobox', { name: 'Tìm tỉnh/thành phố' }).fill('bac ninh');
          await page.getByRole('option', { name: 'Bắc Ninh (từ 01/07/2025)', exact: true }).waitFor();
          expect(await page.getByRole('option', { name: 'Bắc Ninh (đến 30/06/2025)', exact: true }).count()).toBe(1);
          await review(page, 'province-search-both-eras');
        });
      }

      await step(page, 'read the units page as of 30/06/2025, kept in the address, and back to today', async () => {
        await navigate(page, '/admin/units');
        await page.getByRole('heading', { level: 2, name: 'Cây đơn vị', exact: true }).waitFor();
        await page.getByLabel('Ngày hiệu lực').fill('2025-06-30');
        await page.waitForURL(/asOf=2025-06-30/);
        await page.getByRole('heading', { level: 2, name: 'Cây đơn vị ngày 30/06/2025' }).waitFor();
        // The demo's units may have begun after that day: a tree or its empty state, never an error.
        await page.locator('.unit-tree').or(page.locator('.empty-state')).or(page.getByRole('alert')).first().waitFor();
        await settled(page);
        await expectNoErrorAlert(page);
        await review(page, 'units-as-of');
        await page.getByRole('button', { name: 'Xem hôm nay' }).click();
        await page.getByRole('heading', { level: 2, name: 'Cây đơn vị', exact: true }).waitFor();
        expect(new URL(page.url()).search).toBe('');
      });

      await step(page, "open Bắc Giang's page: merged into Bắc Ninh from 01/07/2025 when the restructuring is there", async () => {
        await navigate(page, '/provinces');
        const picker = page.getByRole('combobox', { name: 'Tìm tỉnh/thành phố' });
        await picker.fill('bac giang');
        // An ended province says until when in the picker.
        await page.getByRole('option', { name: expectRestructuring ? 'Bắc Giang (đến 30/06/2025)' : 'Bắc Giang', exact: true }).click();
        await heading('Bắc Giang').waitFor();
        await settled(page);
        await expectNoErrorAlert(page);
        if (expectRestructuring) {
          const lineage = page.getByRole('region', { name: 'Thay đổi đơn vị hành chính' });
          expect(await lineage.innerText()).toContain('Sáp nhập vào Bắc Ninh từ 01/07/2025');
        }
        await review(page, 'province');
      });

      if (expectRestructuring) {
        await step(page, 'follow the link to the new Bắc Ninh: its predecessors, its estimates, the chart and a partial estimate', async () => {
          await page.getByRole('region', { name: 'Thay đổi đơn vị hành chính' }).getByRole('link', { name: 'Bắc Ninh', exact: true }).click();
          await heading('Bắc Ninh').waitFor();
          const lineage = page.getByRole('region', { name: 'Thay đổi đơn vị hành chính' });
          await lineage.waitFor();
          expect(await lineage.innerText()).toContain('Hợp nhất từ: Bắc Giang, Bắc Ninh (đến 30/06/2025)');
          await page.getByRole('heading', { level: 2, name: 'Điểm ước tính của Bắc Ninh' }).waitFor();
          await settled(page);
          if (expectScores) {
            const estimates = page.getByRole('table', { name: 'Tổng điểm ước tính (không chính thức) của Bắc Ninh qua các năm' });
            const row2024 = estimates.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2024', exact: true }) });
            const text = await row2024.innerText();
            expect(text).toContain('45,09');
            expect(text).toContain(unofficial);
            expect(text).toContain('ước tính từ Bắc Giang, Bắc Ninh');
            await page.locator('.chart svg').first().waitFor();
          }
          await review(page, 'merged-profile');
          // The box follows the address, which changes a moment after the click: click, then read it back.
          const partial = page.getByRole('checkbox', { name: 'Ước tính một phần' });
          await partial.click();
          await page.waitForURL(/partial=true/);
          await settled(page);
          expect(await partial.isChecked()).toBe(true);
          await expectNoErrorAlert(page);
          await review(page, 'merged-profile-partial');
        });
      }

      await step(page, 'read the switch and the lineage in English', async () => {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        if (expectRestructuring) {
          const lineage = page.getByRole('region', { name: 'Administrative changes' });
          // A unit without an English name shows its Vietnamese one.
          expect(await lineage.innerText()).toMatch(/^Merged from: B[aắ]c Giang, B[aắ]c Ninh \(until Jun 30, 2025\)/);
          await review(page, 'merged-profile-en');
        }
        await navigate(page, `/rankings?year=${year}&as=2025-07-01`);
        await heading('PAPI rankings').waitFor();
        expect(await page.getByRole('radio', { name: '34 units (estimated)' }).isChecked()).toBe(true);
        await page.getByRole('radio', { name: '63 provinces (official)' }).waitFor();
        await rankingsTable(page);
        await review(page, 'rankings-estimated-en');
      });
    } catch (error) {
      await keepFailure(page, 'lineage');
      throw error;
    }
  });
});
