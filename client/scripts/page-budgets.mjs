// The commune officer's first visit on a weak connection and a small device (make bench): Chromium emulates
// about 1.6 Mbit/s down, 750 kbit/s up and 150 ms of latency with the CPU throttled four times, the browser
// cache off (every run is a first visit), at a 390 × 844 phone screen. Two pages are timed, each several
// times: the sign-in page and the officer's report page (already signed in, as an officer returning to the
// report is). For each: first contentful paint, and the time until the form can be typed into, against the
// budget below. Prints one `PAGE <name> <fcp ms> <editable ms> <budget ms> <within|over>` line per page
// (medians) for bench/run.sh's table.
//
// Environment: PAGE_BASE_URL, PAGE_USER, PAGE_PASSWORD, PAGE_REPORT_PATH (e.g. /reports/123),
// PAGE_RUNS (3), PAGE_BROWSER (/usr/bin/chromium).
import { chromium } from 'playwright-core';

const baseUrl = required('PAGE_BASE_URL').replace(/\/+$/, '');
const userName = required('PAGE_USER');
const password = required('PAGE_PASSWORD');
const reportPath = required('PAGE_REPORT_PATH');
const runs = Number(process.env.PAGE_RUNS ?? '3');
if (!Number.isInteger(runs) || runs < 1) throw new Error(`PAGE_RUNS must be a positive whole number, got ${process.env.PAGE_RUNS}`);

/** Chromium's figures for a "Slow 4G"-like link: bytes per second and milliseconds. */
const weakNetwork = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const cpuSlowdown = 4;
/** Milliseconds from the navigation's start until the officer can type: what a first visit on such a link may take. */
const editableBudget = { 'sign-in': 5_000, report: 6_000 };

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see the header of ${import.meta.url}).`);
  return value;
}

const browser = await chromium.launch({ executablePath: process.env.PAGE_BROWSER ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN' });
  report('sign-in', await timeRuns(await context.newPage(), '/login', (page) => page.getByLabel('Tên đăng nhập', { exact: true })));
  // The session survives a reload of its tab (the refresh token is kept per tab): sign in once, then load the
  // report again and again in that tab, as a returning officer does.
  const tab = await context.newPage();
  await signIn(tab);
  report('report', await timeRuns(tab, reportPath, (page) => page.locator('textarea').first()));
} finally {
  await browser.close();
}

async function signIn(page) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(userName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
}

/** Loads the path `runs` times in the tab on the emulated link and device; each run's FCP and time to an editable field. */
async function timeRuns(page, path, field) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', weakNetwork);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const timings = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'commit', timeout: 60_000 });
    await field(page).waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction((element) => element && !element.disabled && !element.readOnly, await field(page).elementHandle(), { timeout: 60_000 });
    // Both from the navigation's start, in the page's own clock.
    const [fcp, editable] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      performance.now(),
    ]);
    timings.push({ fcp, editable });
  }
  await cdp.detach();
  return timings;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function report(name, timings) {
  const editable = Math.round(median(timings.map((t) => t.editable)));
  const verdict = editable <= editableBudget[name] ? 'within' : 'over';
  console.log(`PAGE ${name} ${Math.round(median(timings.map((t) => t.fcp)))} ${editable} ${editableBudget[name]} ${verdict}`);
}
