import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { mockMe } from '@/testing/mocks/auth';
import { completenessUrl, mockReports } from '@/testing/mocks/reporting';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

const autosave = { timeout: 4000 };

function unitHead() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadPlans', 'RecordProgress', 'SubmitReports');
}

function reviewer() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadPlans', 'ManagePlans', 'RecordProgress', 'SubmitReports', 'ReviewReports');
}

/** Method, If-Match and body of every write to a report. */
function recordWrites(): { method: string; path: string; ifMatch: string | null; body: unknown }[] {
  const seen: { method: string; path: string; ifMatch: string | null; body: unknown }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return;
    const entry = { method: request.method, path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body: undefined as unknown };
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

describe('reporting', () => {
  it("opens on the current period and lists the reports owed and received, with each one's state", async () => {
    const { user } = renderRoute('/reporting');

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeInTheDocument();
    const period = await screen.findByLabelText('Kỳ báo cáo');
    expect(period).toHaveDisplayValue('Báo cáo 6 tháng 2099 (01/01/2099–15/06/2099), hạn 20/06/2099');
    const table = await screen.findByRole('table', { name: 'Báo cáo đơn vị của bạn phải nộp hoặc nhận trong kỳ' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('UBND xã Bảo ĐàiUBND huyện Lục Nam20/06/2099Đang soạn'));
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Đã nộp, chờ duyệt (đúng hạn)');
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('20/06/2099 gia hạn đến 30/06/2099 (Sáp nhập đơn vị)Chưa nộp');
    expect(within(table).getByRole('link', { name: 'Mở báo cáo của Sở Tài chính' })).toHaveAttribute('href', '/reports/33?period=22');

    await user.selectOptions(period, 'Báo cáo quý 2021 (01/01/2021–15/03/2021), hạn 20/03/2021');
    expect(await screen.findByText('Kỳ này đơn vị của bạn không có báo cáo nào phải nộp hoặc nhận.')).toBeInTheDocument();
  });

  it('says a report never sent before its period locked is missing, with the lock day, not "not yet submitted"', async () => {
    const { user } = renderRoute('/reporting');

    await user.selectOptions(await screen.findByLabelText('Kỳ báo cáo'), 'Báo cáo năm 2021 (01/01/2021–15/11/2021), hạn 30/11/2021');
    const table = await screen.findByRole('table', { name: 'Báo cáo đơn vị của bạn phải nộp hoặc nhận trong kỳ' });

    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent('UBND xã Bảo Đài'));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Không nộp (kỳ đã khóa ngày 10/12/2021)');
    expect(within(table).queryByText('Chưa nộp')).not.toBeInTheDocument();
  });

  it('saves the draft while typing, naming the version it read, then submits it', async () => {
    unitHead();
    const writes = recordWrites();
    const { user } = renderRoute('/reports/31?period=22');

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo của UBND xã Bảo Đài' })).toBeInTheDocument();
    expect(await screen.findByText('Gửi UBND huyện Lục Nam, hạn nộp 20/06/2099.')).toBeInTheDocument();
    const first = await screen.findByLabelText('1. Tham gia của người dân ở cấp cơ sở');
    expect(first).toHaveValue('Đã họp dân ở 5 thôn.');
    await user.type(screen.getByLabelText('8. Quản trị điện tử'), 'Cổng dịch vụ công hoạt động.');

    expect(await screen.findByText(/^Đã lưu nháp lúc/, undefined, autosave)).toBeInTheDocument();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/api/v1/report-obligations/31/submission',
      ifMatch: '"2"',
      body: { narratives: { '1': 'Đã họp dân ở 5 thôn.', '8': 'Cổng dịch vụ công hoạt động.' } },
    });

    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Đã nộp, chờ duyệt')).toBeInTheDocument();
    expect(writes.map((write) => `${write.method} ${write.path}`)).toEqual([
      'PUT /api/v1/report-obligations/31/submission',
      'POST /api/v1/report-submissions/62/submit',
    ]);
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('Cổng dịch vụ công hoạt động.')).toBeInTheDocument();
  });

  it("shows the unit's actions and their progress at the first look, before anything is saved", async () => {
    unitHead();
    renderRoute('/reports/33');

    const actions = await screen.findByRole('table', { name: /^Nhiệm vụ đơn vị chủ trì hoặc phối hợp/ });
    expect(within(actions).getByRole('rowheader', { name: /^D1\.a\. Tổ chức hội nghị đối thoại/ })).toBeInTheDocument();
    expect(within(actions).getByText('Đã đối thoại ở 4 xã.')).toBeInTheDocument();
    expect(screen.getByText('Chưa nộp')).toBeInTheDocument();
    expect(mockReports.get(33)).toBeUndefined();
  });

  it('creates the first draft without a version, and saves unsaved text before submitting', async () => {
    unitHead();
    const writes = recordWrites();
    const { user } = renderRoute('/reports/33');

    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo định kỳ' })).toBeInTheDocument();
    await user.type(await screen.findByLabelText('5. Thủ tục hành chính công'), 'Giảm thời gian giải quyết hồ sơ.');
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await screen.findByText('Đã nộp, chờ duyệt')).toBeInTheDocument();
    expect(writes.slice(0, 2).map((write) => `${write.method} ${write.path} ${write.ifMatch}`)).toEqual([
      'PUT /api/v1/report-obligations/33/submission null',
      'POST /api/v1/report-submissions/70/submit null',
    ]);
    expect(mockReports.get(33)?.submission).toMatchObject({ status: 'Submitted', narratives: { '5': 'Giảm thời gian giải quyết hồ sơ.' } });
  });

  it('says to reload when someone else saved the draft meanwhile (412), and the reload shows their text', async () => {
    unitHead();
    const { user } = renderRoute('/reports/31');
    const first = await screen.findByLabelText('1. Tham gia của người dân ở cấp cơ sở');
    mockReports.changeBySomeoneElse(31, { '1': 'Bản của người khác.' });

    await user.type(screen.getByLabelText('2. Công khai, minh bạch trong việc ra quyết định ở địa phương'), 'Niêm yết công khai.');

    const alert = await screen.findByRole('alert', undefined, autosave);
    expect(within(alert).getByRole('heading', { name: 'Mục này vừa được người khác thay đổi' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gửi báo cáo' })).toBeDisabled();

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.getByLabelText('1. Tham gia của người dân ở cấp cơ sở')).toHaveValue('Bản của người khác.'));
    expect(first).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets the receiving unit return a report with a reason (the reason is required) or approve one', async () => {
    reviewer();
    const { user } = renderRoute('/reporting/inbox');

    const inbox = await screen.findByRole('table', { name: '1 báo cáo chờ duyệt' });
    await user.click(within(inbox).getByRole('link', { name: 'Xem và duyệt báo cáo của UBND huyện Lục Nam' }));

    expect(await screen.findByText('Tổ chức bầu cử an toàn.')).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Duyệt báo cáo' });
    await user.click(within(review).getByRole('button', { name: 'Trả lại báo cáo' }));
    const reason = within(review).getByLabelText('Lý do trả lại');
    await waitFor(() => expect(reason).toHaveAccessibleDescription("'Reason' must not be empty."));

    await user.type(reason, 'Thiếu số liệu chỉ số 5.');
    await user.click(within(review).getByRole('button', { name: 'Trả lại báo cáo' }));
    expect(await screen.findByText('Thiếu số liệu chỉ số 5.')).toBeInTheDocument();
    expect(screen.getByText('Bị trả lại')).toBeInTheDocument();
    expect(mockReports.get(32)?.submission).toMatchObject({ status: 'Returned', returnReason: 'Thiếu số liệu chỉ số 5.' });
  });

  it('approves a submitted report', async () => {
    reviewer();
    const { user } = renderRoute('/reports/32?period=22');

    await user.click(await screen.findByRole('button', { name: 'Duyệt báo cáo' }));
    expect(await screen.findByText('Đã duyệt')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Duyệt báo cáo' })).not.toBeInTheDocument();
    expect(mockReports.get(32)?.submission.status).toBe('Approved');
  });

  it('shows completeness per receiving unit and drills down to its units', async () => {
    const { user } = renderRoute('/reporting/completeness?plan=1&period=22');

    const table = await screen.findByRole('table', { name: 'Tình hình nộp báo cáo theo đơn vị nhận' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Sở Nội vụ', 'UBND huyện Lục Nam']);
    expect(rows[0]).toHaveTextContent('Sở Nội vụ211000050%Xem các đơn vị gửi Sở Nội vụ');

    await user.click(within(table).getByRole('button', { name: 'Xem các đơn vị gửi Sở Nội vụ' }));
    const units = screen.getByRole('table', { name: 'Các đơn vị báo cáo gửi Sở Nội vụ' });
    expect(within(units).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Sở Tài chínhChưa nộp—',
      'UBND huyện Lục NamĐã nộp, chờ duyệt (đúng hạn)Mở báo cáo',
    ]);
    expect(within(table).getByRole('button', { name: 'Ẩn các đơn vị gửi Sở Nội vụ' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a report sent by a ward before it was merged as counting for its successor', async () => {
    const standing = {
      obligationId: 41, unitId: 140, unitNameVi: 'Phường Trần Phú', status: 'Submitted', onTime: true, missing: false, submissionId: 51,
      countsForUnitId: 150, countsForNameVi: 'Phường Bắc Giang',
    } as const;
    const counts = { expected: 1, submitted: 1, onTime: 1, late: 0, missing: 0, returned: 0, approved: 0, submittedRate: 1, onTimeRate: 1 };
    server.use(
      http.get(completenessUrl, () =>
        HttpResponse.json({
          periodId: 22, dueOn: '2099-06-20', lockOn: '2099-07-20',
          recipients: [{ recipientId: 101, recipientNameVi: 'Sở Nội vụ', ...counts, units: [standing], seesLevel: true, signOff: null }],
        }),
      ),
    );
    const { user } = renderRoute('/reporting/completeness?plan=1&period=22');

    const table = await screen.findByRole('table', { name: 'Tình hình nộp báo cáo theo đơn vị nhận' });
    await user.click(within(table).getByRole('button', { name: 'Xem các đơn vị gửi Sở Nội vụ' }));
    const units = screen.getByRole('table', { name: 'Các đơn vị báo cáo gửi Sở Nội vụ' });
    expect(within(units).getByRole('rowheader')).toHaveTextContent('Phường Trần Phú — báo cáo tính cho Phường Bắc Giang (đơn vị kế thừa)');
    expect(within(units).getByRole('link', { name: /Phường Trần Phú/ })).toBeInTheDocument();
  });
});

describe('reporting matrix', () => {
  it('colours each unit and period by the state of its reports, in words too, and drills down to a unit', async () => {
    const years: (string | null)[] = [];
    const units: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/reporting-matrix') {
        years.push(url.searchParams.get('year'));
        units.push(url.searchParams.get('unitId'));
      }
    });
    const { user, router } = renderRoute('/reporting/matrix?year=2021');

    const table = await screen.findByRole('table', { name: 'Các đơn vị theo kỳ báo cáo năm 2021 (đã nộp/phải nộp)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Sở Tài chính1/1Đã duyệt hết1/1Có báo cáo bị trả lại',
      'UBND huyện Lục Nam3/3Đã nộp đủ, chờ duyệt1/3Còn đơn vị chưa nộp',
    ]);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[1]).toHaveClass('state-Missing');

    await user.click(within(table).getByRole('button', { name: 'Xem các đơn vị thuộc UBND huyện Lục Nam' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ma trận nộp báo cáo: UBND huyện Lục Nam' })).toBeInTheDocument();
    expect(await screen.findByText('UBND xã Bảo Đài')).toBeInTheDocument();
    expect(units).toEqual([null, '103']);
    expect(years).toEqual(['2021', '2021']);
    expect(router.state.location.search).toBe('?year=2021&unit=103&name=UBND+huy%E1%BB%87n+L%E1%BB%A5c+Nam');
  });
});
