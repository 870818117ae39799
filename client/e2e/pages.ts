/**
 * What every journey does with a page: open it, wait for it, check it with axe-core at its size and at the
 * phone sizes (where it must not scroll sideways) and keep screenshots.
 */
import { mkdir } from 'node:fs/promises';

import type { Page } from 'playwright-core';

import { expectNoSeriousViolations } from './accessibility';

const screenshotDir = 'e2e/screenshots';
const failureDir = 'test-results';

/** The page's level-1 heading; a string matches exactly. */
export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
}

/**
 * Goes to a path inside the app without reloading it, as a link would: a reload renews the session
 * (the access token lives in memory only), and renewals count against the API's sign-in limit.
 */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits until the page has no loading indicator left. */
export async function settled(page: Page): Promise<void> {
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 20_000 });
}

/** An error alert on the page fails the step with its text. */
export async function expectNoErrorAlert(page: Page): Promise<void> {
  const alert = page.locator('.error-alert');
  if ((await alert.count()) > 0) throw new Error(`the page shows an error: ${await alert.first().innerText()}`);
}

/** The phone screens every page must fit (issue 17): a small Android and an iPhone, portrait. */
export const phoneSizes = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
] as const;

/**
 * Fails when the page itself scrolls sideways (its scrolling element is wider than the window), naming the
 * outermost elements that stick out, so the failure says what to fix. A wide table inside its own
 * scrolling frame does not count: its frame fits, only its content is wider.
 */
export async function expectNoPageOverflow(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    if (scrollWidth <= width) return undefined;
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (element: Element | null) => element !== null && element.getBoundingClientRect().right > width + 0.5;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => sticksOut(element) && !sticksOut(element.parentElement) && !clipped(element))
      .slice(0, 5)
      .map((element) => {
        const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
        return `${name} (right edge ${Math.round(element.getBoundingClientRect().right)} px) "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      });
    return { width, scrollWidth, culprits };
  });
  if (overflow) {
    throw new Error(
      `the page scrolls sideways on ${where}: ${overflow.scrollWidth} px wide in a ${overflow.width} px window; sticking out:\n    ${overflow.culprits.join('\n    ')}`,
    );
  }
}

/**
 * Fails when a control is smaller than 44 × 44 px for a finger: buttons, fields and selects, a tick box or
 * a radio button by its label (touching the label ticks it), and links that stand alone (a menu's, a table's, a
 * "back" link: the link is all the text of its block). A link inside a sentence keeps the sentence's height
 * (WCAG's inline exception).
 */
export async function expectTouchTargets(page: Page, where: string): Promise<void> {
  const small = await page.evaluate(() => {
    const minimum = 44 - 0.5;
    const targetOf = (element: Element) => {
      if (!element.matches('[type="checkbox"], [type="radio"]')) return element;
      const id = element.id;
      return element.closest('label') ?? (id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null) ?? element;
    };
    // A link is inline when the block it sits in has text of its own beside it.
    const standalone = (link: Element) => {
      let block = link.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return (block?.textContent ?? '').trim() === (link.textContent ?? '').trim();
    };
    const links = [...document.querySelectorAll('a[href]')].filter(standalone);
    return [...document.querySelectorAll('button, select, textarea, input:not([type="hidden"])'), ...links]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.visually-hidden'))
      .map((element) => ({ element, box: targetOf(element).getBoundingClientRect() }))
      .filter(({ box }) => box.width < minimum || box.height < minimum)
      .slice(0, 5)
      .map(({ element, box }) => {
        const name = (element.textContent ?? '').trim() || element.getAttribute('aria-label') || element.id;
        return `${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)} × ${Math.round(box.height)} px`;
      });
  });
  if (small.length > 0) throw new Error(`controls smaller than 44 × 44 px on ${where}:\n    ${small.join('\n    ')}`);
}

/**
 * Numbered screenshots of one journey; each page is checked at the size it was opened at and again at
 * every phone size (there: no page-level sideways scrolling, no control under 44 px), each time with
 * axe-core (no serious or critical violation). The page is given back at its own size.
 */
export function reviewer(journey: string): (page: Page, name: string) => Promise<void> {
  let shots = 0;
  const shoot = async (page: Page, name: string) => {
    shots += 1;
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}/${journey}-${String(shots).padStart(2, '0')}-${name}.png`, fullPage: true });
  };
  return async (page, name) => {
    await settled(page);
    await shoot(page, name);
    await expectNoSeriousViolations(page, `${journey}: ${name} (${page.url()})`);
    const own = page.viewportSize();
    try {
      for (const size of phoneSizes) {
        const where = `${journey}: ${name} at ${size.width}×${size.height} (${page.url()})`;
        await page.setViewportSize(size);
        // A layout (and a chart's redraw) follows the resize on the next frames.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await settled(page);
        if (size === phoneSizes[0]) await shoot(page, `${name}-phone`);
        await expectNoPageOverflow(page, where);
        await expectTouchTargets(page, where);
        await expectNoSeriousViolations(page, where);
      }
    } finally {
      if (own) await page.setViewportSize(own);
    }
  };
}

/** Keeps the page as it was when a journey failed, beside the test results. */
export async function keepFailure(page: Page, journey: string): Promise<void> {
  await mkdir(failureDir, { recursive: true });
  await page.screenshot({ path: `${failureDir}/e2e-failure-${journey}.png`, fullPage: true }).catch(() => undefined);
}

/** Opens a URL with a full load; says clearly when nothing answers there. */
export async function open(page: Page, url: string): Promise<void> {
  let status: number | undefined;
  try {
    status = (await page.goto(url, { waitUntil: 'domcontentloaded' }))?.status();
  } catch (error) {
    const reason = error instanceof Error ? (/net::[A-Z_]+/.exec(error.message)?.[0] ?? error.message) : String(error);
    throw new Error(`could not open ${url} (${reason}). Is the API running there and serving the built client?`, { cause: error });
  }
  if (status !== undefined && status >= 400) {
    throw new Error(`${url} answered HTTP ${status}. Does the API serve the built client (client/dist)?`);
  }
}

/**
 * Signs in through the form (Vietnamese, the default) and waits for the landing page, the rankings.
 * A refusal fails with the API's words.
 */
export async function signIn(page: Page, baseUrl: string, userName: string, password: string): Promise<void> {
  await open(page, `${baseUrl}/login`);
  await heading(page, 'Đăng nhập').waitFor();
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(userName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  const refused = page.locator('.sign-in').getByRole('alert');
  await heading(page, 'Xếp hạng PAPI').or(refused).first().waitFor();
  if (await refused.isVisible()) throw new Error(`the API refused ${userName}: ${await refused.innerText()}`);
}

/** The main navigation's links, or the administration's, by their names. */
export async function linkNames(page: Page, navigation: 'Điều hướng chính' | 'Quản trị'): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: navigation, exact: true });
  if ((await nav.count()) === 0) return [];
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}
