import { describe, expect, it } from 'vitest';

import { mockMe } from '@/testing/mocks/auth';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

function auditor() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadAudit');
}

function auditRequests(): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/audit') seen.push(url.searchParams);
  });
  return seen;
}

describe('audit log', () => {
  it('shows who changed what and when, each field as before → after', async () => {
    auditor();
    renderRoute('/admin/audit');

    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(50);
    const [who, entity, action, changes] = within(rows[0] as HTMLElement).getAllByRole('cell');
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('10:05 27/11/2026');
    expect(who).toHaveTextContent(/^Người dùng 8f4c2a4e$/);
    expect(entity).toHaveTextContent('Đơn vị #101');
    expect(action).toHaveTextContent('Cập nhật');
    const fields = within(changes as HTMLElement).getAllByRole('listitem');
    expect(fields[0]).toHaveTextContent(/^nameVi: Sở Nội vụ →\s*thành\s*Sở Nội vụ tỉnh Bắc Giang$/);
    expect(fields[1]).toHaveTextContent(/^code: \(trống\) →\s*thành\s*SNV$/);

    const [tokenWho, tokenEntity, tokenAction, tokenChanges] = within(rows[1] as HTMLElement).getAllByRole('cell');
    expect(tokenWho).toHaveTextContent('Khóa API #1');
    expect(tokenEntity).toHaveTextContent('Khóa API #3');
    expect(tokenAction).toHaveTextContent('Tạo mới');
    expect(tokenChanges).toHaveTextContent(/name: — →\s*thành\s*Cổng dữ liệu/);
  });

  it('filters by kind of record and dates, and pages to older entries by key', async () => {
    auditor();
    const seen = auditRequests();
    const { user, router } = renderRoute('/admin/audit');
    const table = await screen.findByRole('table', { name: 'Nhật ký thay đổi' });
    const paging = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(within(paging).getByRole('button', { name: 'Mới nhất' })).toBeDisabled();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('#101');

    // Older entries start after the last one shown: the API pages by key (entries 120…71, then 70…).
    await user.click(within(paging).getByRole('button', { name: 'Cũ hơn' }));
    await waitFor(() => expect(router.state.location.search).toBe('?before=71'));
    expect(seen.at(-1)?.get('before')).toBe('71');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')[1]).not.toHaveTextContent('#101'));
    await user.click(screen.getByRole('button', { name: 'Cũ hơn' }));
    await waitFor(() => expect(router.state.location.search).toBe('?before=21'));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row').slice(1)).toHaveLength(20));
    expect(screen.getByRole('button', { name: 'Cũ hơn' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Mới nhất' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));

    await user.selectOptions(screen.getByLabelText('Loại đối tượng'), 'OrgUnit');
    await user.type(screen.getByLabelText('Từ ngày'), '2026-11-01');
    await user.type(screen.getByLabelText('Đến ngày'), '2026-11-27');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));

    await waitFor(() => expect(router.state.location.search).toBe('?entityType=OrgUnit&from=2026-11-01&to=2026-11-27'));
    await waitFor(() => expect(seen.at(-1)?.get('entityType')).toBe('OrgUnit'));
    expect(Object.fromEntries(seen.at(-1) ?? [])).toEqual({
      entityType: 'OrgUnit',
      from: '2026-11-01T00:00:00+07:00',
      to: '2026-11-27T23:59:59+07:00',
      pageSize: '50',
    });
    await waitFor(() =>
      expect(
        within(screen.getByRole('table'))
          .getAllByRole('row')
          .slice(1)
          .every((row) => within(row).getAllByRole('cell')[1]?.textContent?.startsWith('Đơn vị')),
      ).toBe(true),
    );

    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByLabelText('Loại đối tượng')).toHaveValue('');
  });

  it('shows a refused filter on its field', async () => {
    auditor();
    const { user } = renderRoute('/admin/audit?from=2026-11-27&to=2026-11-01');

    const to = await screen.findByLabelText('Đến ngày');
    await waitFor(() => expect(to).toHaveAccessibleDescription("'To' must be after 'From'."));
    expect(to).toBeInvalid();
    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu không hợp lệ');

    await user.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(await screen.findByRole('table', { name: 'Nhật ký thay đổi' })).toBeInTheDocument();
  });

  it('writes times and labels in English', async () => {
    auditor();
    const { user } = renderRoute('/admin/audit');
    await screen.findByRole('table', { name: 'Nhật ký thay đổi' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    const table = await screen.findByRole('table', { name: 'Audit log' });
    const first = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(first).getByRole('rowheader')).toHaveTextContent('Nov 27, 2026, 10:05 AM');
    expect(first).toHaveTextContent('Unit #101');
    expect(first).toHaveTextContent('Updated');
  });
});
