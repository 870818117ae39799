import { describe, expect, it, vi } from 'vitest';

import { changeLanguage } from '@/config/i18n';
import { mockMe } from '@/testing/mocks/auth';
import { mockNotices } from '@/testing/mocks/notifications';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

/** Path and body of every POST the page sends. */
function recordPosts(): { path: string; body: unknown }[] {
  const seen: { path: string; body: unknown }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST') return;
    const entry = { path: new URL(request.url).pathname, body: undefined as unknown };
    seen.push(entry);
    void request
      .clone()
      .text()
      .then((text) => {
        entry.body = text === '' ? undefined : JSON.parse(text);
      });
  });
  return seen;
}

/** A notice the reminder job writes while the page is open: Bảo Đài's report came back. */
const returnedNotice = {
  id: 5,
  kind: 'ReportReturned',
  obligationId: 31,
  periodId: 22,
  unitId: 104,
  unitNameVi: 'UBND xã Bảo Đài',
  periodKind: 'HalfYear',
  periodYear: 2099,
  dueOn: '2099-06-20',
  createdAt: '2099-06-20T03:00:00Z',
} as const;

describe('notifications', () => {
  it('shows the unread count in the header and lists the notices newest first, each linking to its report', async () => {
    renderRoute('/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Thông báo' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Thông báo, 3 chưa đọc' })).toHaveAttribute('href', '/notifications');

    const all = await screen.findByRole('list', { name: 'Tất cả thông báo' });
    const items = within(all).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Chưa đọc Báo cáo 6 tháng 2099 của UBND huyện Lục Nam đã được duyệt.',
      'Chưa đọc Báo cáo 6 tháng 2099 của UBND xã Bảo Đài còn 7 ngày đến hạn nộp (20/06/2099).',
      'Báo cáo 6 tháng 2099 của UBND xã Bảo Đài đã mở, hạn nộp 20/06/2099.',
      'Chưa đọc Báo cáo quý 2099 của Sở Tài chính đã quá hạn nộp (20/03/2099).',
    ]);
    expect(within(items[2]!).queryByRole('button', { name: /Đánh dấu đã đọc/ })).not.toBeInTheDocument();
    expect(
      within(items[3]!).getByRole('link', { name: 'Mở báo cáo: Báo cáo quý 2099 của Sở Tài chính đã quá hạn nộp (20/03/2099).' }),
    ).toHaveAttribute('href', '/reports/33?period=22');
    expect(screen.getByText('3 thông báo chưa đọc')).toBeInTheDocument();
  });

  it("opens a notice's report in its period, so the report page names the unit and its deadline", async () => {
    const { user } = renderRoute('/notifications');

    const tasks = await screen.findByRole('list', { name: 'Việc cần làm' });
    await user.click(
      within(tasks).getByRole('link', { name: 'Mở báo cáo: Báo cáo 6 tháng 2099 của UBND xã Bảo Đài còn 7 ngày đến hạn nộp (20/06/2099).' }),
    );

    // Without the period the page could only say "Periodic report".
    expect(await screen.findByRole('heading', { level: 1, name: /UBND xã Bảo Đài/ })).toBeInTheDocument();
  });

  it('puts the unread overdue, returned and soon-due reports first under "my tasks"', async () => {
    renderRoute('/notifications');

    const tasks = await screen.findByRole('list', { name: 'Việc cần làm' });
    expect(within(tasks).getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Chưa đọc Báo cáo quý 2099 của Sở Tài chính đã quá hạn nộp (20/03/2099).',
      'Chưa đọc Báo cáo 6 tháng 2099 của UBND xã Bảo Đài còn 7 ngày đến hạn nộp (20/06/2099).',
    ]);
  });

  it('marks one notice read, sending its id, and the header count drops', async () => {
    const posts = recordPosts();
    const { user } = renderRoute('/notifications');

    const all = await screen.findByRole('list', { name: 'Tất cả thông báo' });
    await screen.findByRole('link', { name: 'Thông báo, 3 chưa đọc' });
    await user.click(
      within(all).getByRole('button', { name: 'Đánh dấu đã đọc: Báo cáo quý 2099 của Sở Tài chính đã quá hạn nộp (20/03/2099).' }),
    );

    expect(await screen.findByRole('link', { name: 'Thông báo, 2 chưa đọc' })).toBeInTheDocument();
    expect(posts).toEqual([{ path: '/api/v1/notifications/read', body: { ids: [3] } }]);
    expect(mockNotices.get(3)?.readAt).not.toBeNull();
    await waitFor(() => expect(screen.getByText('2 thông báo chưa đọc')).toBeInTheDocument());
    expect(within(screen.getByRole('list', { name: 'Việc cần làm' })).getAllByRole('listitem')).toHaveLength(1);
  });

  it('marks all read with no ids, and the badge disappears', async () => {
    const posts = recordPosts();
    const { user } = renderRoute('/notifications');

    await screen.findByRole('link', { name: 'Thông báo, 3 chưa đọc' });
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));

    expect(await screen.findByRole('link', { name: 'Thông báo, 0 chưa đọc' })).toBeInTheDocument();
    expect(posts).toEqual([{ path: '/api/v1/notifications/read', body: {} }]);
    expect(screen.queryByRole('button', { name: /Đánh dấu đã đọc/ })).not.toBeInTheDocument();
    expect(await screen.findByText('Không có báo cáo nào quá hạn, sắp đến hạn hay bị trả lại.')).toBeInTheDocument();
  });

  it("lists the overdue actions of the reader's own units in the plan in force, asking the API for exactly those", async () => {
    const asked: URLSearchParams[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/plans/1/actions') asked.push(url.searchParams);
    });
    renderRoute('/notifications');

    const overdue = await screen.findByRole('list', { name: 'Nhiệm vụ quá hạn của đơn vị tôi' });
    const items = within(overdue).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['D1.a · Triển khai thực hiện tốt các văn bản hướng dẫn về bầu cử. hạn 30/06/2021']);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/actions/11');
    expect(asked.map((query) => [query.get('mine'), query.get('deadlineState'), query.get('sort')])).toEqual([['true', 'Overdue', 'due']]);
  });

  it('leaves the overdue actions out for an account that may not read plans', async () => {
    mockMe.grant('SubmitReports');
    renderRoute('/notifications');

    expect(await screen.findByRole('list', { name: 'Việc cần làm' })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Tất cả thông báo' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nhiệm vụ quá hạn của đơn vị tôi' })).not.toBeInTheDocument();
  });

  it('speaks English with dates in the English format', async () => {
    await changeLanguage('en');
    renderRoute('/notifications');

    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
    const tasks = await screen.findByRole('list', { name: 'My tasks' });
    expect(within(tasks).getAllByRole('heading')[0]).toHaveTextContent('Unread Sở Tài chính: Quarterly report 2099 is overdue (was due Mar 20, 2099).');
    expect(screen.getAllByRole('button', { name: 'Mark read: Sở Tài chính: Quarterly report 2099 is overdue (was due Mar 20, 2099).' })).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeInTheDocument();
  });

  it('shows the notices written since the page was last opened when it is opened again', async () => {
    const { user } = renderRoute('/notifications');
    const all = await screen.findByRole('list', { name: 'Tất cả thông báo' });
    expect(within(all).getAllByRole('listitem')).toHaveLength(4);
    mockNotices.add(returnedNotice);

    await user.click(screen.getByRole('link', { name: 'Xếp hạng' }));
    await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' });
    await user.click(screen.getByRole('link', { name: /^Thông báo,/ }));
    await screen.findByRole('heading', { level: 1, name: 'Thông báo' });

    await waitFor(async () => expect(within(await screen.findByRole('list', { name: 'Tất cả thông báo' })).getAllByRole('listitem')).toHaveLength(5));
    const tasks = await screen.findByRole('list', { name: 'Việc cần làm' });
    expect(within(tasks).getByRole('heading', { name: /bị trả lại, cần sửa và gửi lại/ })).toBeInTheDocument();
  });

  it('asks for the unread count again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderRoute('/rankings');
      expect(await screen.findByRole('link', { name: 'Thông báo, 3 chưa đọc' })).toBeInTheDocument();
      mockNotices.add(returnedNotice);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(screen.getByRole('link', { name: 'Thông báo, 3 chưa đọc' })).toBeInTheDocument();
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await screen.findByRole('link', { name: 'Thông báo, 4 chưa đọc' })).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows no notifications link to a visitor who is not signed in', async () => {
    renderRoute('/login', { signIn: false });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Thông báo/ })).not.toBeInTheDocument();
  });
});
