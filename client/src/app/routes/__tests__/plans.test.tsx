import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { mockMe, problem } from '@/testing/mocks/auth';
import { actionProgressUrl, evidenceUploadUrl, mockActions, planActionsUrl } from '@/testing/mocks/plans';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

/** The query strings of every request to `path`. */
function recordQueries(path: string): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === path && request.method === 'GET') seen.push(url.searchParams);
  });
  return seen;
}

function coordinator() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadPlans', 'ManagePlans', 'RecordProgress', 'SubmitReports', 'ReviewReports');
}

describe('plans', () => {
  it('lists the plans and opens one with its targets and their progress', async () => {
    const { user } = renderRoute('/plans');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kế hoạch' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Các kế hoạch' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('118/KH-UBND · 25/03/2021');
    expect(row).toHaveTextContent('2020 → 2021');
    expect(row).toHaveTextContent('Đang thực hiện');

    await user.click(within(table).getByRole('link', { name: 'Kế hoạch nâng cao Chỉ số PAPI tỉnh Bắc Giang năm 2021' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Kế hoạch nâng cao Chỉ số PAPI tỉnh Bắc Giang năm 2021' })).toBeInTheDocument();
    const targets = screen.getByRole('table', { name: 'Mục tiêu của kế hoạch (năm mục tiêu 2021)' });
    const cells = within(within(targets).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['≤ 8', '13 (2020)', '2021: 11 Chưa đạt', 'Chưa đạt']);
    expect(screen.getByRole('navigation', { name: 'Các trang của kế hoạch' })).toBeInTheDocument();
  });

  it('filters and sorts the actions through the API and keeps the filters in the address', async () => {
    const queries = recordQueries('/api/v1/plans/1/actions');
    const { user, router } = renderRoute('/plans/1/actions');

    const table = await screen.findByRole('table', { name: '3 nhiệm vụ' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('rowheader')[0]?.textContent)).toEqual([
      'D1.a',
      'D2.a',
      'D8.b',
    ]);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Đang thực hiện Quá hạn');
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Thường xuyên');

    await user.selectOptions(screen.getByLabelText('Trạng thái'), 'Đang thực hiện');
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'Mã (Z → A)');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));

    expect(await screen.findByRole('table', { name: '1 nhiệm vụ' })).toHaveTextContent('D1.a');
    const last = queries.at(-1);
    expect(last?.get('status')).toBe('InProgress');
    expect(last?.get('sort')).toBe('-code');
    expect(last?.get('page')).toBe('1');
    expect(router.state.location.search).toBe('?status=InProgress&sort=-code');
  });

  it('shows the field errors of a refused filter on its field', async () => {
    server.use(http.get(planActionsUrl, () => problem(400, { title: 'Dữ liệu không hợp lệ', errors: { search: ['Search is too long.'] } })));
    renderRoute('/plans/1/actions?search=x');

    const search = await screen.findByLabelText('Tìm trong mã hoặc nội dung');
    await waitFor(() => expect(search).toHaveAccessibleDescription('Search is too long.'));
    expect(search).toBeInvalid();
  });

  it('shows an action with its progress log; a viewer gets no edit or report controls', async () => {
    renderRoute('/actions/11');

    expect(await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ D1.a' })).toBeInTheDocument();
    expect(screen.getByText('Triển khai thực hiện tốt các văn bản hướng dẫn về bầu cử.')).toBeInTheDocument();
    expect(screen.getByText('Sở Nội vụ')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: '10/05/2021 · Sở Nội vụ' })).toBeInTheDocument();
    expect(screen.getByText('Đã tổ chức 3 hội nghị tập huấn.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải xuống tap-huan.pdf' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sửa nhiệm vụ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Báo cáo tiến độ' })).not.toBeInTheDocument();
  });

  it('records progress for a unit, then uploads evidence to it with a progress bar', async () => {
    coordinator();
    const posted: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/action-items/11/progress') {
        void request.clone().json().then((body) => posted.push(body));
      }
    });
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(evidenceUploadUrl, async ({ params }) => {
        await answered;
        return HttpResponse.json(
          { id: 901, progressId: Number(params.progressId), fileName: 'bien-ban.pdf', contentType: 'application/pdf', sizeBytes: 2048, uploadedAt: '2026-11-27T03:05:00Z' },
          { status: 201 },
        );
      }),
    );
    const { user } = renderRoute('/actions/11');
    const form = await screen.findByRole('region', { name: 'Báo cáo tiến độ' });

    await user.selectOptions(within(form).getByLabelText('Đơn vị báo cáo'), 'UBND huyện Lục Nam (phối hợp)');
    await user.clear(within(form).getByLabelText('Ngày báo cáo'));
    await user.type(within(form).getByLabelText('Ngày báo cáo'), '2021-06-15');
    await user.type(within(form).getByLabelText('Mức độ hoàn thành (%)'), '60');
    await user.type(within(form).getByLabelText('Kết quả thực hiện'), 'Đã hướng dẫn 12 xã.');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận tiến độ' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Đã ghi nhận tiến độ.');
    expect(posted).toEqual([{ unitId: 103, reportedOn: '2021-06-15', status: 'InProgress', percent: 60, narrative: 'Đã hướng dẫn 12 xã.' }]);
    expect(await screen.findByRole('heading', { level: 3, name: '15/06/2021 · UBND huyện Lục Nam' })).toBeInTheDocument();

    await user.upload(within(form).getByLabelText('Tệp minh chứng'), new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: 'Tải lên' }));
    expect(await within(form).findByRole('progressbar', { name: 'Tiến độ tải lên' })).toBeInTheDocument();
    release();
    expect(await within(form).findByText('Đã đính kèm bien-ban.pdf.')).toBeInTheDocument();
    expect(within(form).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('keeps progress made offline on the device with its evidence, then sends it once, in order, and a failed upload again alone', async () => {
    coordinator();
    let online = false;
    let uploadsToFail = 1;
    const sent: string[] = [];
    const uploads: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') sent.push(`${path} ${request.headers.get('idempotency-key')}`);
      if (path.endsWith('/evidence')) void request.clone().text().then((body) => uploads.push(body));
    });
    server.use(
      // No handler's answer (undefined) lets the mock API below answer.
      http.post(actionProgressUrl, () => (online ? undefined : HttpResponse.error())),
      http.post(evidenceUploadUrl, () => (online && uploadsToFail-- <= 0 ? undefined : HttpResponse.error())),
    );
    const { user } = renderRoute('/actions/11');
    const form = await screen.findByRole('region', { name: 'Báo cáo tiến độ' });

    await user.clear(within(form).getByLabelText('Ngày báo cáo'));
    await user.type(within(form).getByLabelText('Ngày báo cáo'), '2021-06-15');
    await user.type(within(form).getByLabelText('Mức độ hoàn thành (%)'), '60');
    await user.type(within(form).getByLabelText('Kết quả thực hiện'), 'Đã hướng dẫn 12 xã.');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận tiến độ' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Báo cáo ngày 15/06/2021: Đã lưu trên thiết bị, chưa gửi.');
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(form).getByLabelText('Mức độ hoàn thành (%)')).toHaveValue(null);
    await user.upload(within(form).getByLabelText('Tệp minh chứng'), new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu tệp để gửi kèm' }));
    const keptFiles = await within(form).findByRole('list', { name: 'Tệp minh chứng chờ gửi' });
    expect(keptFiles).toHaveTextContent('bien-ban.pdf — chưa gửi');

    // Back online: the progress is taken, its upload is lost on the way; the next try sends only the file.
    online = true;
    globalThis.dispatchEvent(new Event('online'));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(await within(form).findByRole('list', { name: 'Tệp minh chứng chờ gửi' })).toHaveTextContent('bien-ban.pdf — chưa gửi');
    globalThis.dispatchEvent(new Event('online'));

    expect(await within(form).findByText('Đã ghi nhận tiến độ. Bạn có thể đính kèm tệp minh chứng cho báo cáo này.')).toBeInTheDocument();
    expect(within(form).queryByText(/chưa gửi/)).not.toBeInTheDocument();
    const [offlineTry, progressSent, uploadLost, uploadSent, ...more] = sent.map((line) => line.split(' '));
    expect(more).toEqual([]);
    expect([offlineTry?.[0], progressSent?.[0], uploadLost?.[0], uploadSent?.[0]]).toEqual([
      '/api/v1/action-items/11/progress',
      '/api/v1/action-items/11/progress',
      expect.stringMatching(/^\/api\/v1\/action-progress\/\d+\/evidence$/),
      uploadLost?.[0],
    ]);
    // One key for the report (its try offline included), its own for the file, the same on the file's retry.
    expect(progressSent?.[1]).toBe(offlineTry?.[1]);
    expect(uploadSent?.[1]).toBe(uploadLost?.[1]);
    expect(uploadSent?.[1]).not.toBe(progressSent?.[1]);
    // The API knows a retry by its key and its bytes: the file goes out the same both times, boundary included.
    expect(uploads).toHaveLength(2);
    expect(uploads[1]).toBe(uploads[0]);
    expect(uploads[0]).toContain('filename="bien-ban.pdf"');
    expect(await screen.findAllByRole('heading', { level: 3, name: '15/06/2021 · Sở Nội vụ' })).toHaveLength(1);
    expect(await screen.findByRole('button', { name: 'Tải xuống bien-ban.pdf' })).toBeInTheDocument();
  });

  it('says why the API refused progress kept on the device, and drops it when told', async () => {
    coordinator();
    let online = false;
    server.use(
      http.post(actionProgressUrl, () =>
        online ? problem(400, { title: 'Dữ liệu không hợp lệ', errors: { percent: ['Mức độ hoàn thành từ 0 đến 100.'] } }) : HttpResponse.error(),
      ),
    );
    const { user } = renderRoute('/actions/11');
    const form = await screen.findByRole('region', { name: 'Báo cáo tiến độ' });
    await user.type(within(form).getByLabelText('Kết quả thực hiện'), 'Chưa rõ.');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận tiến độ' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Đã lưu trên thiết bị, chưa gửi.');

    online = true;
    globalThis.dispatchEvent(new Event('online'));

    expect(await within(form).findByText('Máy chủ không nhận báo cáo lưu trên thiết bị: Dữ liệu không hợp lệ')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Bỏ báo cáo này' }));
    await waitFor(() => expect(within(form).queryByRole('status')).not.toBeInTheDocument());
  });

  it('says which kept file the API refused once the progress is recorded, and drops the files left when told', async () => {
    coordinator();
    let online = false;
    server.use(
      http.post(actionProgressUrl, () => (online ? undefined : HttpResponse.error())),
      http.post(evidenceUploadUrl, () => (online ? problem(415, { title: 'Loại tệp không được chấp nhận' }) : HttpResponse.error())),
    );
    const { user } = renderRoute('/actions/11');
    const form = await screen.findByRole('region', { name: 'Báo cáo tiến độ' });
    await user.type(within(form).getByLabelText('Mức độ hoàn thành (%)'), '30');
    await user.type(within(form).getByLabelText('Kết quả thực hiện'), 'Đã họp 3 xã.');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận tiến độ' }));
    await within(form).findByRole('status');
    await user.upload(within(form).getByLabelText('Tệp minh chứng'), new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu tệp để gửi kèm' }));
    await within(form).findByRole('list', { name: 'Tệp minh chứng chờ gửi' });

    online = true;
    globalThis.dispatchEvent(new Event('online'));

    expect(
      await within(form).findByText('Tiến độ đã được ghi nhận, nhưng máy chủ không nhận tệp bien-ban.pdf: Loại tệp không được chấp nhận'),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Bỏ các tệp chưa gửi' }));
    await waitFor(() => expect(within(form).queryByRole('list', { name: 'Tệp minh chứng chờ gửi' })).not.toBeInTheDocument());
  });

  it('puts the field errors of a refused progress report on its fields', async () => {
    coordinator();
    const { user } = renderRoute('/actions/11');
    const form = await screen.findByRole('region', { name: 'Báo cáo tiến độ' });

    await user.type(within(form).getByLabelText('Mức độ hoàn thành (%)'), '120');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận tiến độ' }));

    const percent = within(form).getByLabelText('Mức độ hoàn thành (%)');
    await waitFor(() => expect(percent).toHaveAccessibleDescription("'Percent' must be between 0 and 100."));
    expect(within(form).getByLabelText('Kết quả thực hiện')).toHaveAccessibleDescription("'Narrative' must not be empty.");
    expect(percent).toHaveFocus();
  });

  it('edits an action with If-Match, and says to reload when someone changed it meanwhile (412)', async () => {
    coordinator();
    const ifMatch: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') ifMatch.push(request.headers.get('If-Match'));
    });
    const { user } = renderRoute('/actions/12');
    await user.click(await screen.findByRole('button', { name: 'Sửa nội dung và thời hạn' }));
    mockActions.changeBySomeoneElse(12, { textEn: 'Publish land-use plans and maps.' });

    const text = screen.getByLabelText('Nội dung (tiếng Việt)');
    await user.clear(text);
    await user.type(text, 'Công khai quy hoạch sử dụng đất.');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Mục này vừa được người khác thay đổi' })).toBeInTheDocument();
    expect(mockActions.get(12)?.item.textVi).toBe('Công khai thông tin về quy hoạch, kế hoạch sử dụng đất.');

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.getByLabelText('Nội dung (tiếng Anh)')).toHaveValue('Publish land-use plans and maps.'));
    await user.clear(screen.getByLabelText('Nội dung (tiếng Việt)'));
    await user.type(screen.getByLabelText('Nội dung (tiếng Việt)'), 'Công khai quy hoạch sử dụng đất.');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    expect(ifMatch).toEqual(['"3"', '"4"']);
    expect(mockActions.get(12)?.item).toMatchObject({ textVi: 'Công khai quy hoạch sử dụng đất.', textEn: 'Publish land-use plans and maps.' });
    expect(screen.getByText('Công khai quy hoạch sử dụng đất.')).toBeInTheDocument();
  });

  it('reads the action in English', async () => {
    const { user } = renderRoute('/plans/1/actions');
    await screen.findByRole('table', { name: '3 nhiệm vụ' });
    await user.click(screen.getByRole('button', { name: 'English' }));

    const table = await screen.findByRole('table', { name: '3 actions' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Properly implement the guidance documents on elections.');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('In progress Overdue');
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('Dec 31, 2021');
  });
});
