/**
 * Every role of the Bắc Giang demo signs in (each in a fresh browser context) and finds its own
 * pages: the header names the user, the administration menu holds exactly what the role may open,
 * each of those pages works (axe-core, screenshot), the unit tree shows the user's own subtree, and
 * an administration page outside the role is refused. The viewer's own journey is journey.e2e.ts.
 * Reads only: it changes no data, so it can run before or after the other journeys.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { connectBrowser, newPage, passwordOf, readE2eEnvironment, reformed, step, type E2eEnvironment } from './browser';
import { expectNoErrorAlert, heading, keepFailure, linkNames, navigate, reviewer, settled, signIn } from './pages';

interface RoleCase {
  user: string;
  displayName: string;
  /** The administration menu, in its order. */
  adminLinks: string[];
  /** Pages the role opens: path and level-1 heading. */
  pages: [path: string, title: string | RegExp][];
  /**
   * A unit the role's tree shows, and one outside its scope that it must not. Null: today's tree holds none of
   * the role's units (its unit ended on 30/6/2025; the role only reads that unit's history).
   */
  treeShows: RegExp | null;
  treeHides?: RegExp;
  /** An administration page the role may not open. */
  refused: string;
}

const units: [string, string] = ['/admin/units', 'Đơn vị'];
const reporting: [string, string] = ['/reporting', 'Báo cáo định kỳ'];
const notifications: [string, string] = ['/notifications', 'Thông báo'];

const roles: RoleCase[] = [
  {
    user: 'admin',
    displayName: 'Quản trị hệ thống',
    adminLinks: ['Đơn vị', 'Người dùng', 'Khóa API', 'Nhật ký', 'Nhập điểm'],
    pages: [units, ['/admin/users', 'Người dùng'], ['/admin/api-tokens', 'Khóa API'], ['/admin/audit', 'Nhật ký thay đổi'], ['/admin/scores', 'Nhập điểm PAPI']],
    treeShows: /Sở Tài chính/,
    refused: '',
  },
  {
    user: 'bg.coordinator',
    displayName: 'Chuyên viên Sở Nội vụ',
    adminLinks: ['Đơn vị', 'Nhật ký'],
    pages: [units, ['/admin/audit', 'Nhật ký thay đổi'], ['/reporting/completeness', 'Tình hình nộp báo cáo'], notifications],
    treeShows: /Sở Tài chính/,
    refused: '/admin/users',
  },
  {
    user: 'vietyen.coordinator',
    displayName: 'Chuyên viên Phòng Nội vụ Việt Yên',
    adminLinks: ['Đơn vị', 'Nhật ký'],
    pages: [units, ['/reporting/inbox', 'Báo cáo chờ duyệt'], notifications],
    treeShows: reformed ? null : /Việt Yên/,
    treeHides: /Sở Tài chính/,
    refused: '/admin/api-tokens',
  },
  {
    user: 'vietyen.head',
    displayName: 'Chủ tịch UBND huyện Việt Yên',
    adminLinks: ['Đơn vị'],
    pages: [units, reporting, notifications],
    treeShows: reformed ? null : /Việt Yên/,
    treeHides: /Sở Tài chính/,
    refused: '/admin/audit',
  },
  {
    user: 'nenh.head',
    displayName: 'Chủ tịch UBND thị trấn Nếnh',
    adminLinks: ['Đơn vị'],
    pages: [units, reporting, notifications],
    treeShows: /Nếnh/,
    treeHides: /Việt Yên|Sở Tài chính/,
    refused: '/admin/scores',
  },
  {
    user: 'nenh.officer',
    displayName: 'Cán bộ UBND thị trấn Nếnh',
    adminLinks: ['Đơn vị'],
    pages: [units, reporting, notifications],
    treeShows: /Nếnh/,
    treeHides: /Việt Yên|Sở Tài chính/,
    refused: '/admin/users',
  },
  {
    user: 'stc.officer',
    displayName: 'Chuyên viên Sở Tài chính',
    adminLinks: ['Đơn vị'],
    pages: [units, ['/plans', 'Kế hoạch'], reporting],
    treeShows: /Sở Tài chính/,
    treeHides: /Nếnh/,
    refused: '/admin/audit',
  },
];

describe('each role', () => {
  let env: E2eEnvironment;
  let browser: Browser | undefined;
  const review = reviewer('roles');

  beforeAll(async () => {
    env = readE2eEnvironment();
    browser = await connectBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(roles)('$user signs in, sees its own pages and is refused what is not its own', async (role) => {
    if (!browser) throw new Error('no browser');
    const { context, page } = await newPage(browser);
    const name = role.user.replace('.', '-');
    try {
      await step(page, `sign in as ${role.user}`, async () => {
        await signIn(page, env.baseUrl, role.user, passwordOf(env, role.user));
        await page.getByRole('banner').getByText(role.displayName, { exact: true }).waitFor();
      });

      await step(page, 'find exactly its own administration pages in the menu', async () => {
        expect(await linkNames(page, 'Quản trị')).toEqual(role.adminLinks);
        expect(await linkNames(page, 'Điều hướng chính')).toContain('Báo cáo');
      });

      for (const [path, title] of role.pages) {
        await step(page, `open ${path}`, async () => {
          await navigate(page, path);
          await heading(page, title).waitFor();
          await settled(page);
          await expectNoErrorAlert(page);
          await review(page, `${name}${path.replaceAll('/', '-')}`);
        });
      }

      await step(page, 'see its own subtree in the unit tree, and nothing outside it', async () => {
        await navigate(page, '/admin/units');
        if (role.treeShows === null) {
          await page.getByText('Chưa có đơn vị nào.').waitFor();
          return;
        }
        const tree = page.locator('.unit-tree');
        await tree.waitFor();
        // Open every level, so a unit deep in the subtree shows too.
        for (let round = 0; round < 4; round += 1) {
          const closed = tree.getByRole('button', { expanded: false });
          const count = await closed.count();
          for (let index = 0; index < count; index += 1) await closed.first().click();
        }
        expect(await tree.innerText()).toMatch(role.treeShows);
        if (role.treeHides) expect(await tree.innerText()).not.toMatch(role.treeHides);
      });

      if (role.user === 'admin') {
        await step(page, 'open the merge of a unit and see what it asks before merging', async () => {
          await page.getByRole('button', { name: `Sáp nhập ${reformed ? 'Phường' : 'Thị trấn'} Nếnh vào đơn vị khác` }).first().click();
          const panel = page.getByRole('region', { name: 'Sáp nhập đơn vị' });
          await panel.waitFor();
          await panel.getByRole('button', { name: 'Xem trước khi sáp nhập' }).click();
          await panel.getByText('Hãy chọn đơn vị kế thừa.').waitFor();
          await review(page, `${name}-merge`);
          await panel.getByRole('button', { name: 'Đóng' }).click();
        });
      } else {
        await step(page, `be refused ${role.refused}`, async () => {
          await navigate(page, role.refused);
          await heading(page, 'Không có quyền truy cập').waitFor();
          await review(page, `${name}-refused`);
        });
      }
    } catch (error) {
      await keepFailure(page, `roles-${name}`);
      throw error;
    } finally {
      await context.close();
    }
  });
});
