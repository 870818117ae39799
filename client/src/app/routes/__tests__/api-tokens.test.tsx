import { describe, expect, it } from 'vitest';

import { newTokenSecret } from '@/testing/mocks/admin';
import { mockMe } from '@/testing/mocks/auth';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

function tokenManager() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ManageApiTokens');
}

function createBodies(): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/api-tokens') {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

describe('API tokens', () => {
  it('lists the tokens with their scopes, dates and state', async () => {
    tokenManager();
    renderRoute('/admin/api-tokens');

    const table = await screen.findByRole('table', { name: 'Các khóa API' });
    const portal = within(table).getByRole('row', { name: /Cổng dữ liệu tỉnh/ });
    expect(portal).toHaveTextContent('papi_7Hk2…');
    expect(portal).toHaveTextContent('Đọc điểm scores:read');
    expect(portal).toHaveTextContent('05/01/2026');
    expect(within(portal).getByText('Đang dùng')).toBeInTheDocument();
    const old = within(table).getByRole('row', { name: /Hệ thống báo cáo cũ/ });
    expect(within(old).getByText('Đã thu hồi')).toBeInTheDocument();
    expect(within(old).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the new secret once, with a warning and a copy button, and never again', async () => {
    tokenManager();
    const bodies = createBodies();
    const { user } = renderRoute('/admin/api-tokens');
    const form = await screen.findByRole('region', { name: 'Tạo khóa API' });

    await user.type(within(form).getByLabelText('Tên khóa'), 'Kho dữ liệu Sở Nội vụ');
    const scopes = within(form).getByRole('group', { name: 'Phạm vi' });
    await user.click(within(scopes).getByRole('checkbox', { name: /Đọc điểm/ }));
    await user.click(within(scopes).getByRole('checkbox', { name: /Đọc đơn vị/ }));
    await user.type(within(form).getByRole('combobox', { name: 'Đơn vị' }), 'so noi');
    await user.click(await within(form).findByRole('option', { name: /Sở Nội vụ/ }));
    const expiry = within(form).getByLabelText('Ngày hết hạn');
    await user.clear(expiry);
    await user.type(expiry, '2027-06-30');
    await user.click(within(form).getByRole('button', { name: 'Tạo khóa' }));

    const secretPanel = await screen.findByRole('region', { name: 'Khóa API mới: Kho dữ liệu Sở Nội vụ' });
    expect(within(secretPanel).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(secretPanel).toHaveTextContent('Hãy sao chép khóa này ngay bây giờ. Vì lý do bảo mật, khóa sẽ không được hiển thị lại.');
    expect(within(secretPanel).getByRole('textbox', { name: 'Khóa bí mật' })).toHaveValue(newTokenSecret);
    expect(bodies).toEqual([
      {
        name: 'Kho dữ liệu Sở Nội vụ',
        scopes: ['scores:read', 'units:read'],
        unitId: 101,
        expiresAt: '2027-06-30T23:59:59+07:00',
      },
    ]);

    await user.click(within(secretPanel).getByRole('button', { name: 'Sao chép khóa' }));
    expect(await within(secretPanel).findByText('Đã sao chép khóa vào bộ nhớ tạm.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(newTokenSecret);

    // The list shows the new token by its prefix only.
    const table = screen.getByRole('table', { name: 'Các khóa API' });
    expect(await within(table).findByRole('row', { name: /Kho dữ liệu Sở Nội vụ/ })).toHaveTextContent('papi_N3wS…');
    expect(table).not.toHaveTextContent(newTokenSecret);
    expect(within(form).getByLabelText('Tên khóa')).toHaveValue('');

    await user.click(within(secretPanel).getByRole('button', { name: 'Tôi đã lưu khóa' }));
    expect(screen.queryByRole('region', { name: /Khóa API mới/ })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(newTokenSecret);
    expect(screen.queryByDisplayValue(newTokenSecret)).not.toBeInTheDocument();
  });

  it('puts the API refusal on the fields and asks for a unit before sending', async () => {
    tokenManager();
    const bodies = createBodies();
    const { user } = renderRoute('/admin/api-tokens');
    const form = await screen.findByRole('region', { name: 'Tạo khóa API' });

    await user.click(within(form).getByRole('button', { name: 'Tạo khóa' }));

    const unit = within(form).getByRole('combobox', { name: 'Đơn vị' });
    expect(unit).toBeInvalid();
    expect(unit).toHaveFocus();
    expect(unit).toHaveAccessibleDescription(/Hãy chọn một đơn vị\./);
    expect(bodies).toEqual([]);

    await user.type(unit, 'luc nam');
    await user.click(await within(form).findByRole('option', { name: /UBND huyện Lục Nam/ }));
    await user.click(within(form).getByRole('button', { name: 'Tạo khóa' }));

    const name = within(form).getByLabelText('Tên khóa');
    await waitFor(() => expect(name).toHaveAccessibleDescription("'Name' must not be empty."));
    expect(name).toHaveFocus();
    expect(within(form).getByRole('group', { name: 'Phạm vi' })).toHaveAccessibleDescription("'Scopes' must not be empty.");
    expect(screen.queryByRole('region', { name: /Khóa API mới/ })).not.toBeInTheDocument();
  });

  it('revokes a token only after the reader confirms', async () => {
    tokenManager();
    const { user } = renderRoute('/admin/api-tokens');
    const table = await screen.findByRole('table', { name: 'Các khóa API' });

    await user.click(within(table).getByRole('button', { name: 'Thu hồi khóa Cổng dữ liệu tỉnh' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Thu hồi khóa Cổng dữ liệu tỉnh?' });
    expect(dialog).toHaveAccessibleDescription('Các hệ thống đang dùng khóa này sẽ không truy cập được nữa. Không thể hoàn tác.');
    expect(within(dialog).getByRole('button', { name: 'Hủy' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Cổng dữ liệu tỉnh/ })).toHaveTextContent('Đang dùng');

    await user.click(within(table).getByRole('button', { name: 'Thu hồi khóa Cổng dữ liệu tỉnh' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Thu hồi khóa' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã thu hồi khóa Cổng dữ liệu tỉnh.');
    const row = await within(table).findByRole('row', { name: /Cổng dữ liệu tỉnh.*Đã thu hồi/ });
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is closed to a user without the permission', async () => {
    renderRoute('/admin/api-tokens');

    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
