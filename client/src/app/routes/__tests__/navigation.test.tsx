import { describe, expect, it } from 'vitest';

import { allPermissions, mockMe } from '@/testing/mocks/auth';
import { renderRoute, screen, within } from '@/testing/test-utils';

function linkNames(navigation: HTMLElement) {
  return within(navigation)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('navigation', () => {
  it('shows a viewer the score pages and the units they may read, and no other administration', async () => {
    renderRoute('/rankings');

    const main = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    const admin = await screen.findByRole('navigation', { name: 'Quản trị' });
    // Everyone reads the plans of their province and the reports they owe or receive.
    expect(linkNames(main)).toEqual(['Tổng quan', 'Xếp hạng', 'Hồ sơ tỉnh', 'So sánh', 'Kế hoạch', 'Báo cáo']);
    expect(linkNames(admin)).toEqual(['Đơn vị']);
    for (const hidden of ['Người dùng', 'Khóa API', 'Nhật ký', 'Nhập điểm']) {
      expect(screen.queryByRole('link', { name: hidden })).not.toBeInTheDocument();
    }
  });

  it('shows an administrator every page, in the language chosen', async () => {
    mockMe.grant(...allPermissions);
    const { user } = renderRoute('/rankings');

    const admin = await screen.findByRole('navigation', { name: 'Quản trị' });
    expect(linkNames(admin)).toEqual(['Đơn vị', 'Người dùng', 'Khóa API', 'Nhật ký', 'Nhập điểm']);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(linkNames(screen.getByRole('navigation', { name: 'Administration' }))).toEqual([
      'Units',
      'Users',
      'API tokens',
      'Audit log',
      'Import scores',
    ]);
  });

  it('takes a user through the header to a page, marking where they are', async () => {
    mockMe.grant(...allPermissions);
    const { user, router } = renderRoute('/rankings');

    await user.click(await screen.findByRole('link', { name: 'Nhật ký' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Nhật ký thay đổi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/audit');
    expect(screen.getByRole('link', { name: 'Nhật ký' })).toHaveAttribute('aria-current', 'page');
  });

  it('keeps a viewer who types an administration address out', async () => {
    for (const path of ['/admin/users', '/admin/audit', '/admin/scores']) {
      const { unmount } = renderRoute(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
      unmount();
    }
  });

  it('sends a visitor to sign-in from an administration page, remembering where they were going', async () => {
    const { router } = renderRoute('/admin/units', { signIn: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/admin/units');
  });
});
