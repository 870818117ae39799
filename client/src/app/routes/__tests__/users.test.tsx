import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { userRoleUrl } from '@/testing/mocks/admin';
import { mockMe, problem } from '@/testing/mocks/auth';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

function userManager() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ManageUsers');
}

/** The paths of the DELETE requests the page sends to revoke roles. */
function revocations(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'DELETE') paths.push(new URL(request.url).pathname);
  });
  return paths;
}

const revokeOfficerAtHomeAffairs = 'Thu hồi vai trò Cán bộ đơn vị tại Sở Nội vụ của Trần Thị Bình';

describe('users', () => {
  it('lists users in Vietnamese alphabetical order and finds them by name without diacritics', async () => {
    userManager();
    const { user } = renderRoute('/admin/users');

    const table = await screen.findByRole('table', { name: 'Người dùng' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Đặng Thu Hà',
      'Lê Văn Cường',
      'Trần Thị Bình',
    ]);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm người dùng' }), 'tran thi{Enter}');

    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(1));
    const row = within(screen.getByRole('table')).getByRole('row', { name: /Trần Thị Bình/ });
    expect(row).toHaveTextContent('tran.thi.binh');
    expect(row).toHaveTextContent('binh@bacgiang.gov.vn');
  });

  it('shows the roles each user holds at their units, or everywhere', async () => {
    userManager();
    renderRoute('/admin/users');

    const table = await screen.findByRole('table', { name: 'Người dùng' });
    expect(within(table).getByRole('columnheader', { name: 'Vai trò' })).toBeInTheDocument();
    const binh = within(table).getByRole('row', { name: /Trần Thị Bình/ });
    expect(within(binh).getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'Điều phối (Nội vụ) tại UBND tỉnh Bắc Giang',
      'Cán bộ đơn vị tại Sở Nội vụ',
    ]);
    expect(within(table).getByRole('row', { name: /Đặng Thu Hà/ })).toHaveTextContent('Quản trị hệ thống (toàn hệ thống)');
    expect(within(table).getByRole('row', { name: /Lê Văn Cường/ })).toHaveTextContent('Chưa có vai trò');
  });

  it('revokes a role only after confirming, and the role leaves the list', async () => {
    userManager();
    const deleted = revocations();
    const { user } = renderRoute('/admin/users');
    const table = await screen.findByRole('table', { name: 'Người dùng' });

    await user.click(within(table).getByRole('button', { name: revokeOfficerAtHomeAffairs }));
    const dialog = screen.getByRole('alertdialog', { name: 'Thu hồi vai trò Cán bộ đơn vị tại Sở Nội vụ của Trần Thị Bình?' });
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi vai trò' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã thu hồi vai trò Cán bộ đơn vị tại Sở Nội vụ của Trần Thị Bình.');
    expect(deleted).toEqual(['/api/v1/users/0b9a7c1e-0000-4000-8000-000000000001/roles/12']);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(table).getByRole('row', { name: /Trần Thị Bình/ })).not.toHaveTextContent('Sở Nội vụ'));
    expect(within(table).getByRole('row', { name: /Trần Thị Bình/ })).toHaveTextContent('Điều phối (Nội vụ) tại UBND tỉnh Bắc Giang');
  });

  it('sends nothing when the revocation is cancelled', async () => {
    userManager();
    const deleted = revocations();
    const { user } = renderRoute('/admin/users');
    const table = await screen.findByRole('table', { name: 'Người dùng' });

    await user.click(within(table).getByRole('button', { name: revokeOfficerAtHomeAffairs }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Hủy' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleted).toEqual([]);
    expect(within(table).getByRole('row', { name: /Trần Thị Bình/ })).toHaveTextContent('Cán bộ đơn vị tại Sở Nội vụ');
  });

  it('shows the refusal of a revocation in the confirmation', async () => {
    userManager();
    server.use(http.delete(userRoleUrl, () => problem(404, { title: 'Không tìm thấy phân quyền' })));
    const { user } = renderRoute('/admin/users');
    const table = await screen.findByRole('table', { name: 'Người dùng' });

    await user.click(within(table).getByRole('button', { name: revokeOfficerAtHomeAffairs }));
    const dialog = screen.getByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi vai trò' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal).toHaveTextContent('Không thu hồi được vai trò');
    expect(refusal).toHaveTextContent('Không tìm thấy phân quyền');
  });

  it('creates a user, showing the API field errors on the fields first', async () => {
    userManager();
    const { user } = renderRoute('/admin/users');
    const form = await screen.findByRole('region', { name: 'Tạo người dùng' });

    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'nguyen van b');
    await user.type(within(form).getByLabelText('Họ và tên'), 'Nguyễn Văn Bình');
    await user.type(within(form).getByLabelText('Mật khẩu'), 'ngan');
    await user.click(within(form).getByRole('button', { name: 'Tạo người dùng' }));

    const userName = within(form).getByLabelText('Tên đăng nhập');
    await waitFor(() => expect(userName).toHaveAccessibleDescription('Use letters, digits and . _ @ - only.'));
    expect(userName).toBeInvalid();
    expect(userName).toHaveFocus();
    const password = within(form).getByLabelText('Mật khẩu');
    expect(password).toHaveAccessibleDescription(
      'Ít nhất 10 ký tự, có chữ hoa, chữ thường và chữ số. Passwords must be at least 10 characters.',
    );
    expect(within(form).getByLabelText('Họ và tên')).toBeValid();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    await user.clear(userName);
    await user.type(userName, 'nguyen.van.binh');
    await user.clear(password);
    await user.type(password, 'Mat-khau-Dai-2026');
    await user.click(within(form).getByRole('button', { name: 'Tạo người dùng' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Đã tạo người dùng Nguyễn Văn Bình.');
    expect(within(form).getByLabelText('Tên đăng nhập')).toHaveValue('');
    expect(await screen.findByRole('row', { name: /Nguyễn Văn Bình/ })).toBeInTheDocument();
  });

  it('grants a role at a unit', async () => {
    userManager();
    const grants: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.includes('/roles')) {
        void request
          .clone()
          .json()
          .then((body: unknown) => grants.push({ path: new URL(request.url).pathname, body }));
      }
    });
    const { user } = renderRoute('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Cấp vai trò cho Lê Văn Cường' }));
    const panel = screen.getByRole('region', { name: 'Cấp vai trò cho Lê Văn Cường' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus();
    await user.selectOptions(within(panel).getByLabelText('Vai trò'), 'UnitOfficer');
    await user.type(within(panel).getByRole('combobox', { name: 'Tại đơn vị' }), 'luc nam');
    await user.click(await within(panel).findByRole('option', { name: /UBND huyện Lục Nam/ }));
    await user.click(within(panel).getByRole('button', { name: 'Cấp vai trò' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Đã cấp vai trò Cán bộ đơn vị tại UBND huyện Lục Nam cho Lê Văn Cường.',
    );
    expect(grants).toEqual([
      { path: '/api/v1/users/0b9a7c1e-0000-4000-8000-000000000002/roles', body: { role: 'UnitOfficer', unitId: 103 } },
    ]);
    expect(await screen.findByRole('row', { name: /Lê Văn Cường/ })).toHaveTextContent('Cán bộ đơn vị tại UBND huyện Lục Nam');
  });

  it('grants the system admin role everywhere, without a unit', async () => {
    userManager();
    const { user } = renderRoute('/admin/users');

    await user.click(await screen.findByRole('button', { name: 'Cấp vai trò cho Đặng Thu Hà' }));
    const panel = screen.getByRole('region', { name: 'Cấp vai trò cho Đặng Thu Hà' });
    await user.selectOptions(within(panel).getByLabelText('Vai trò'), 'SystemAdmin');
    expect(within(panel).queryByRole('combobox', { name: 'Tại đơn vị' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Cấp vai trò' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Đã cấp vai trò Quản trị hệ thống cho Đặng Thu Hà.');
  });

  it('is closed to a user without the permission', async () => {
    renderRoute('/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
  });
});
