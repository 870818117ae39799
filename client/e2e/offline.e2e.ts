/**
 * An officer on a connection that comes and goes (issue 17, offline drafts): Nếnh's officer opens the unit's report,
 * loses the connection, types a narrative, and sees it kept on the device; reloads the page still offline (the app
 * shell comes from the service worker, the draft from IndexedDB); comes back online and sees it sent, and the API
 * has it once. Then a draft typed offline while the same report was changed elsewhere is set beside the server's
 * version, and the officer chooses. Finally signing out leaves nothing of the officer's on the device.
 *
 * Like the reporting journey it adds a period of its own (the latest year plus one) through the API.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { components } from '../src/types/api';
import { apiResponse, apiToken, era, newQuarter } from './arrange';
import { connectBrowser, newPage, passwordOf, readE2eEnvironment, step, type E2eEnvironment } from './browser';
import { heading, keepFailure, navigate, reviewer, signIn } from './pages';

type Submission = components['schemas']['SubmissionDto'];

const officerName = 'nenh.officer';
const firstDimension = '1. Tham gia của người dân ở cấp cơ sở';
const keptOnDevice = 'Đã lưu trên thiết bị, chưa gửi';
const review = reviewer('offline');

/** The report's narratives as the API holds them, read by the officer (as from another device). */
async function narrativesOnServer(env: E2eEnvironment, token: string, obligationId: number): Promise<{ texts: string[]; etag: string; submission: Submission }> {
  const response = await apiResponse(env, token, 'GET', `/report-obligations/${obligationId}/submission`);
  const submission = (await response.json()) as Submission;
  return { texts: Object.values(submission.narratives), etag: response.headers.get('etag') ?? '', submission };
}

/** What the device keeps in IndexedDB (src/lib/offline): queued writes and the copies that show them. */
function deviceCounts(page: Page): Promise<{ outbox: number; copies: number }> {
  return page.evaluate(
    () =>
      new Promise<{ outbox: number; copies: number }>((resolve, reject) => {
        const opening = indexedDB.open('papitracker-device');
        opening.onerror = () => reject(new Error(String(opening.error)));
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction(['outbox', 'copies'], 'readonly');
          const outbox = transaction.objectStore('outbox').count();
          const copies = transaction.objectStore('copies').count();
          transaction.oncomplete = () => {
            db.close();
            resolve({ outbox: outbox.result, copies: copies.result });
          };
        };
      }),
  );
}

describe('a report drafted offline', () => {
  let env: E2eEnvironment;
  let obligationId: number;
  let periodId: number;
  let officerToken: string;

  beforeAll(async () => {
    env = readE2eEnvironment();
    const arranged = await step(undefined, `arrange a new period with its obligations (API, as ${era.coordinator})`, async () =>
      newQuarter(env, await apiToken(env, era.coordinator)),
    );
    const nenh = arranged.obligations.find((obligation) => obligation.unitNameVi === era.commune);
    if (!nenh) throw new Error(`no obligation of ${era.commune} in period ${arranged.period.id}`);
    obligationId = nenh.id;
    periodId = arranged.period.id;
    officerToken = await apiToken(env, officerName);
  });

  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.browser()?.close();
  });

  it('is kept on the device, survives a reload offline, is sent once when back online, and a conflict is the officer’s choice', { timeout: 240_000 }, async () => {
    const browser = await connectBrowser();
    const opened = await newPage(browser);
    context = opened.context;
    const page = opened.page;
    const reportPath = `/reports/${obligationId}?period=${periodId}`;
    const narrative = page.getByLabel(firstDimension);
    try {
      await step(page, `${officerName} opens the report, and the service worker holds the app shell`, async () => {
        await signIn(page, env.baseUrl, officerName, passwordOf(env, officerName));
        await navigate(page, reportPath);
        await heading(page, `Báo cáo của ${era.commune}`).waitFor();
        await narrative.waitFor();
        const manifest = await page.evaluate(async () => {
          const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
          return link ? ((await (await fetch(link.href)).json()) as { name?: string; icons?: unknown[] }) : undefined;
        });
        expect(manifest?.name).toBe('PapiTracker');
        expect(manifest?.icons?.length).toBeGreaterThan(0);
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
      });

      const offlineText = 'Soạn khi mất mạng: đã họp dân ở 6 tổ dân phố, 240 người dự.';
      await step(page, 'offline, the narrative typed is kept on the device, not yet sent', async () => {
        await context!.setOffline(true);
        await narrative.fill(offlineText);
        await page.getByText(keptOnDevice).waitFor({ timeout: 20_000 });
        await review(page, 'kept-on-device');
      });

      await step(page, 'a reload still offline shows the page from the service worker and the draft from the device', async () => {
        await page.reload({ waitUntil: 'domcontentloaded' });
        await narrative.waitFor({ timeout: 30_000 });
        expect(await narrative.inputValue()).toBe(offlineText);
        await page.getByText(keptOnDevice).waitFor();
        expect((await narrativesOnServer(env, officerToken, obligationId)).texts).not.toContain(offlineText);
      });

      await step(page, 'back online, the draft is sent and the server has it once', async () => {
        await context!.setOffline(false);
        await page.getByText(/^Đã lưu nháp lúc/).waitFor({ timeout: 45_000 });
        expect(await deviceCounts(page)).toMatchObject({ outbox: 0 });
        const onServer = await narrativesOnServer(env, officerToken, obligationId);
        expect(onServer.texts.filter((text) => text === offlineText)).toHaveLength(1);
        expect(onServer.texts.join('\n').split(offlineText)).toHaveLength(2);
        expect(onServer.submission.status).toBe('Draft');
        expect(onServer.submission.versions).toHaveLength(0);
      });

      const mine = 'Bản trên điện thoại: 12 cuộc họp dân, 1.140 người tham dự.';
      const theirs = 'Bản trên máy tính ở trụ sở: 12 cuộc họp dân.';
      await step(page, 'offline again, while the report is changed from another device', async () => {
        await context!.setOffline(true);
        await narrative.fill(mine);
        await page.getByText(keptOnDevice).waitFor({ timeout: 20_000 });
        const { etag, submission } = await narrativesOnServer(env, officerToken, obligationId);
        const firstCode = Object.keys(submission.narratives)[0] ?? '1';
        await apiResponse(env, officerToken, 'PUT', `/report-obligations/${obligationId}/submission`, {
          narratives: { ...submission.narratives, [firstCode]: theirs },
          unitPlan: submission.unitPlan,
        }, { 'If-Match': etag });
      });

      await step(page, 'back online, the two versions are shown side by side and nothing is overwritten', async () => {
        await context!.setOffline(false);
        const panel = page.getByRole('region', { name: 'Báo cáo đã được thay đổi trên máy chủ khi bạn soạn trên thiết bị' });
        await panel.waitFor({ timeout: 45_000 });
        await panel.getByText(mine).waitFor();
        await panel.getByText(theirs).waitFor();
        expect((await narrativesOnServer(env, officerToken, obligationId)).texts).toContain(theirs);
        await review(page, 'conflict');
      });

      await step(page, 'the officer sends theirs in place of the server’s, knowingly', async () => {
        await page.getByRole('button', { name: 'Gửi bản của tôi thay bản trên máy chủ', exact: true }).click();
        await page.getByText(/^Đã lưu nháp lúc/).waitFor({ timeout: 30_000 });
        const texts = (await narrativesOnServer(env, officerToken, obligationId)).texts;
        expect(texts).toContain(mine);
        expect(texts).not.toContain(theirs);
      });

      await step(page, 'signing out leaves nothing of the officer’s on the device', async () => {
        await context!.setOffline(true);
        await narrative.fill(`${mine} (chưa gửi)`);
        await page.getByText(keptOnDevice).waitFor({ timeout: 20_000 });
        expect(await deviceCounts(page)).toMatchObject({ outbox: 1 });
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.getByRole('button', { name: 'Đăng xuất', exact: true }).click();
        await heading(page, 'Đăng nhập').waitFor();
        expect(await deviceCounts(page)).toEqual({ outbox: 0, copies: 0 });
        await context!.setOffline(false);
        expect((await narrativesOnServer(env, officerToken, obligationId)).texts).toContain(mine);
      });
    } catch (error) {
      await keepFailure(page, 'offline');
      throw error;
    }
  });
});
