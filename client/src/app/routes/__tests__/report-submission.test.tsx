import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { changeLanguage } from '@/config/i18n';
import { mockMe, problem } from '@/testing/mocks/auth';
import { attachmentsUrl, mockReports, submissionUrl } from '@/testing/mocks/reporting';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

const autosave = { timeout: 4000 };

function unitHead() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadPlans', 'RecordProgress', 'SubmitReports');
}

function reviewer() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ReadPlans', 'ManagePlans', 'RecordProgress', 'SubmitReports', 'ReviewReports');
}

/** Every request but GETs: method, path, If-Match, Authorization and JSON body. */
function recordWrites() {
  const seen: { method: string; path: string; ifMatch: string | null; body: unknown }[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return;
    const entry = { method: request.method, path: new URL(request.url).pathname, ifMatch: request.headers.get('If-Match'), body: undefined as unknown };
    seen.push(entry);
    if (request.headers.get('Content-Type')?.includes('json')) void request.clone().json().then((body) => (entry.body = body));
  });
  return seen;
}

/** Downloads as the browser gets them: the file name given to the link, and the token each request carried. */
function recordDownloads() {
  const names: string[] = [];
  const requests: { path: string; authorization: string | null }[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:report');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') requests.push({ path: new URL(request.url).pathname, authorization: request.headers.get('Authorization') });
  });
  return { names, requests };
}

/** The path of every GET. */
function recordReads(): string[] {
  const paths: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') paths.push(new URL(request.url).pathname);
  });
  return paths;
}

/** How many times the period's completeness was read, and how many times a level on its own (the page needs none). */
function periodReads(paths: readonly string[], periodId: number) {
  return {
    completeness: paths.filter((path) => path === `/api/v1/reporting-periods/${periodId}/completeness`).length,
    levels: paths.filter((path) => /^\/api\/v1\/reporting-periods\/\d+\/levels\/\d+$/.test(path)).length,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the report form', () => {
  it("shows each of the unit's actions with its latest progress up to the cut-off, and records new progress dated at the cut-off", async () => {
    unitHead();
    const writes = recordWrites();
    let reads = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname === '/api/v1/report-obligations/35/submission') reads += 1;
    });
    const { user } = renderRoute('/reports/35?period=23');

    const actions = await screen.findByRole('table', { name: /^Nhiệm vụ đơn vị chủ trì hoặc phối hợp/ });
    const row = within(actions).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('D1.a. Tổ chức hội nghị đối thoại với người dân');
    expect(row).toHaveTextContent('phối hợp');
    expect(row).toHaveTextContent('Đang thực hiện (10/05/2021)');
    expect(row).toHaveTextContent('40%');
    expect(row).toHaveTextContent('Đã đối thoại ở 4 xã.');
    expect(within(row).getByRole('button', { name: 'Tải xuống bien-ban-hop.pdf' })).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Cập nhật tiến độ nhiệm vụ D1.a' }));
    const editor = await screen.findByRole('region', { name: 'Cập nhật tiến độ nhiệm vụ D1.a' });
    expect(await within(editor).findByLabelText('Đơn vị báo cáo')).toHaveDisplayValue('UBND huyện Lục Nam (phối hợp)');
    expect(within(editor).getByLabelText('Ngày báo cáo')).toHaveValue('2021-05-15');
    await user.type(within(editor).getByLabelText('Mức độ hoàn thành (%)'), '70');
    await user.type(within(editor).getByLabelText('Kết quả thực hiện'), 'Đối thoại ở 7 xã.');
    const readsBefore = reads;
    await user.click(within(editor).getByRole('button', { name: 'Ghi nhận tiến độ' }));

    expect(await within(editor).findByRole('status')).toHaveTextContent(/^Đã ghi nhận tiến độ\./);
    expect(writes.find((write) => write.path === '/api/v1/action-items/11/progress')?.body).toEqual({
      unitId: 103,
      reportedOn: '2021-05-15',
      status: 'InProgress',
      percent: 70,
      narrative: 'Đối thoại ở 7 xã.',
    });
    // The report reads its actions again from the progress log.
    await waitFor(() => expect(reads).toBeGreaterThan(readsBefore));
  });

  it('lists, downloads with the session token and uploads attachments with a progress bar', async () => {
    unitHead();
    const downloads = recordDownloads();
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post(attachmentsUrl, async () => {
        await answered;
        return HttpResponse.json(mockReports.attach(35, 'phu-luc.pdf'), { status: 201 });
      }),
    );
    const { user } = renderRoute('/reports/35?period=23');

    const section = await screen.findByRole('region', { name: 'Tệp đính kèm' });
    await user.click(within(section).getByRole('button', { name: 'Tải xuống ke-hoach-ky.pdf' }));
    await waitFor(() => expect(downloads.names).toEqual(['ke-hoach-ky.pdf']));
    expect(downloads.requests.find((request) => request.path === '/api/v1/report-attachments/901')?.authorization).toMatch(/^Bearer /);

    await user.upload(within(section).getByLabelText('Chọn tệp đính kèm'), new File(['%PDF-1.4'], 'phu-luc.pdf', { type: 'application/pdf' }));
    await user.click(within(section).getByRole('button', { name: 'Tải lên' }));
    expect(await within(section).findByRole('progressbar', { name: 'Tiến độ tải lên' })).toBeInTheDocument();
    release();
    expect(await within(section).findByText('Đã đính kèm phu-luc.pdf.')).toBeInTheDocument();
    expect(await within(section).findByRole('button', { name: 'Tải xuống phu-luc.pdf' })).toBeInTheDocument();
    expect(mockReports.get(35)?.submission.attachments.map((file) => file.fileName)).toEqual(['ke-hoach-ky.pdf', 'phu-luc.pdf']);
  });

  it("refuses a file over 20 MB before sending it, and shows the server's refusal of a type in the reader's language", async () => {
    unitHead();
    const writes = recordWrites();
    server.use(http.post(attachmentsUrl, () => problem(415, { title: 'Loại tệp không được hỗ trợ', detail: 'Chỉ nhận PDF, DOCX, XLSX, JPG, PNG.' })));
    const { user } = renderRoute('/reports/35?period=23');
    const section = await screen.findByRole('region', { name: 'Tệp đính kèm' });
    const input = within(section).getByLabelText('Chọn tệp đính kèm');

    const big = new File(['x'], 'ban-scan.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await user.upload(input, big);
    await user.click(within(section).getByRole('button', { name: 'Tải lên' }));
    expect(input).toHaveAccessibleDescription(/Tệp lớn hơn 20 MB\./);
    expect(writes).toEqual([]);

    await user.upload(input, new File(['MZ'], 'ke-hoach.pdf', { type: 'application/pdf' }));
    await user.click(within(section).getByRole('button', { name: 'Tải lên' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Không đính kèm được tệp');
    expect(alert).toHaveTextContent('Loại tệp không được hỗ trợ');
    expect(writes.map((write) => write.path)).toEqual(['/api/v1/report-submissions/63/attachments']);
  });

  it('asks for the unit plan document: refused without it (409), marked on the missing field, then sent with it', async () => {
    unitHead();
    const writes = recordWrites();
    const { user } = renderRoute('/reports/35?period=23');

    const plan = await screen.findByRole('region', { name: 'Văn bản kế hoạch triển khai' });
    await user.type(within(plan).getByLabelText(/^Số văn bản/), '15/KH-UBND');
    await user.type(within(plan).getByLabelText(/^Ngày ban hành/), '2099-05-10');
    await user.click(within(plan).getByRole('checkbox', { name: 'D1.a. Tổ chức hội nghị đối thoại với người dân' }));
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));

    expect(await screen.findByRole('heading', { name: 'Không gửi được báo cáo' })).toBeInTheDocument();
    const document = within(plan).getByLabelText(/^Văn bản có chữ ký/);
    expect(document).toHaveAccessibleDescription('Cần có trước khi gửi kế hoạch.');
    expect(within(plan).getByLabelText(/^Số văn bản/)).not.toHaveAccessibleDescription();
    expect(writes.map((write) => `${write.method} ${write.path}`)).toEqual([
      'PUT /api/v1/report-obligations/35/submission',
      'POST /api/v1/report-submissions/63/submit',
    ]);
    expect(writes[0]?.body).toEqual({
      narratives: {},
      unitPlan: { committedActionIds: [11], number: '15/KH-UBND', issuedOn: '2099-05-10' },
    });

    await user.selectOptions(document, 'ke-hoach-ky.pdf');
    await waitFor(() => expect(mockReports.get(35)?.submission.unitPlan.documentId).toBe(901), autosave);
    await user.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Đã nộp, chờ duyệt')).toBeInTheDocument();
    // Sent, the plan reads back as it was sent.
    const sent = screen.getByRole('region', { name: 'Văn bản kế hoạch triển khai' });
    expect(sent).toHaveTextContent('15/KH-UBND');
    expect(sent).toHaveTextContent('10/05/2099');
    expect(sent).toHaveTextContent('ke-hoach-ky.pdf');
    expect(screen.queryByRole('button', { name: 'Cập nhật tiến độ nhiệm vụ D1.a' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Chọn tệp đính kèm')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gỡ tệp ke-hoach-ky.pdf' })).not.toBeInTheDocument();
  });

  it('removes a draft\'s attachment after a confirmation, and reads the report again', async () => {
    unitHead();
    const writes = recordWrites();
    mockReports.attach(35, 'phu-luc.pdf');
    const { user } = renderRoute('/reports/35?period=23');

    const section = await screen.findByRole('region', { name: 'Tệp đính kèm' });
    await user.click(within(section).getByRole('button', { name: 'Gỡ tệp phu-luc.pdf' }));
    const confirm = within(section).getByRole('alertdialog', { name: 'Gỡ tệp phu-luc.pdf khỏi báo cáo?' });
    // The keyboard lands on the safe choice; nothing is sent until the removal is confirmed.
    expect(within(confirm).getByRole('button', { name: 'Hủy' })).toHaveFocus();
    expect(writes).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Gỡ tệp' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Đã gỡ tệp phu-luc.pdf.');
    expect(writes.map((write) => `${write.method} ${write.path}`)).toEqual(['DELETE /api/v1/report-attachments/950']);
    await waitFor(() => expect(within(section).queryByRole('button', { name: 'Tải xuống phu-luc.pdf' })).not.toBeInTheDocument());
    expect(within(section).getByRole('button', { name: 'Tải xuống ke-hoach-ky.pdf' })).toBeInTheDocument();
    expect(within(section).queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(mockReports.get(35)?.submission.attachments.map((file) => file.fileName)).toEqual(['ke-hoach-ky.pdf']);
  });

  it("shows the server's refusal to remove the unit plan's signed document (409), in the reader's language", async () => {
    unitHead();
    await changeLanguage('en');
    const { user } = renderRoute('/reports/35?period=23');

    const plan = await screen.findByRole('region', { name: 'Implementation plan document' });
    await user.selectOptions(within(plan).getByLabelText(/^Signed document/), 'ke-hoach-ky.pdf');
    await waitFor(() => expect(mockReports.get(35)?.submission.unitPlan.documentId).toBe(901), autosave);
    const section = screen.getByRole('region', { name: 'Attachments' });
    await user.click(within(section).getByRole('button', { name: 'Remove ke-hoach-ky.pdf' }));
    const confirm = within(section).getByRole('alertdialog', { name: 'Remove ke-hoach-ky.pdf from the report?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));

    const alert = await within(confirm).findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Could not remove the file');
    expect(alert).toHaveTextContent('Conflict with the current state');
    expect(alert).toHaveTextContent("This file is the unit plan's signed document: name another document in the draft first.");
    expect(within(section).getByRole('button', { name: 'Download ke-hoach-ky.pdf' })).toBeInTheDocument();
    expect(mockReports.get(35)?.submission.attachments.map((file) => file.id)).toEqual([901]);
  });

  it("puts the server's field errors on the unit plan's fields (400)", async () => {
    unitHead();
    server.use(
      http.put(submissionUrl, () =>
        problem(400, { title: 'Dữ liệu không hợp lệ', errors: { 'UnitPlan.Number': ['The length of Number must be 50 characters or fewer.'] } }),
      ),
    );
    const { user } = renderRoute('/reports/35?period=23');

    const plan = await screen.findByRole('region', { name: 'Văn bản kế hoạch triển khai' });
    await user.type(within(plan).getByLabelText(/^Số văn bản/), 'Số quá dài');
    await waitFor(() => expect(within(plan).getByLabelText(/^Số văn bản/)).toHaveAccessibleDescription('The length of Number must be 50 characters or fewer.'), autosave);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Chưa lưu được bản nháp.');
  });
});

describe('versions and reopening', () => {
  it('lists the kept versions with their decisions, and lets the approver reopen with a required reason', async () => {
    reviewer();
    const writes = recordWrites();
    const { user } = renderRoute('/reports/36?period=23');

    const versions = await screen.findByRole('table', { name: 'Các phiên bản đã gửi' });
    expect(within(versions).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      'Lần 209:00 01/07/2099 (đúng hạn)Đã duyệt09:00 02/07/2099Xem nội dung lần 2',
      'Lần 109:00 30/06/2099 (đúng hạn)Bị trả lại16:00 30/06/2099Thiếu danh mục nhiệm vụ.Xem nội dung lần 1',
    ]);
    expect(screen.queryByRole('textbox', { name: /^1\./ })).not.toBeInTheDocument();
    expect(screen.getByText('Đã niêm yết kế hoạch.')).toBeInTheDocument();

    const reopen = screen.getByRole('region', { name: 'Mở lại báo cáo đã duyệt' });
    await user.click(within(reopen).getByRole('button', { name: 'Mở lại báo cáo' }));
    await waitFor(() => expect(within(reopen).getByLabelText('Lý do mở lại')).toHaveAccessibleDescription("'Reason' must not be empty."));
    await user.type(within(reopen).getByLabelText('Lý do mở lại'), 'Sai số liệu chỉ số 3.');
    await user.click(within(reopen).getByRole('button', { name: 'Mở lại báo cáo' }));

    // The approved version stays approved, and says when and why it was reopened.
    const approved = await within(versions).findByRole('row', { name: /^Lần 2/ });
    expect(approved).toHaveTextContent('Đã duyệt · mở lại lúc 09:00 05/07/2099');
    expect(approved).toHaveTextContent('Lý do mở lại: Sai số liệu chỉ số 3.');
    expect(writes.filter((write) => write.path === '/api/v1/report-submissions/64/reopen').map((write) => write.body)).toEqual([
      { reason: '' },
      { reason: 'Sai số liệu chỉ số 3.' },
    ]);
    expect(mockReports.get(36)?.submission.status).toBe('Returned');
  });
});

describe('a kept version', () => {
  it('opens read-only to what that version sent, not to what the report says now', async () => {
    reviewer();
    const reads: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') reads.push(new URL(request.url).pathname);
    });
    const { user } = renderRoute('/reports/36?period=23');

    const versions = await screen.findByRole('table', { name: 'Các phiên bản đã gửi' });
    const open = within(versions).getByRole('button', { name: 'Xem nội dung lần 1' });
    await user.click(open);

    const first = await screen.findByRole('region', { name: 'Nội dung đã gửi lần 1' });
    expect(await within(first).findByText('Dự thảo kế hoạch, chưa có danh mục nhiệm vụ.')).toBeInTheDocument();
    expect(first).toHaveTextContent('Gửi lúc 09:00 30/06/2099; chỉ xem, không sửa được.');
    expect(within(first).queryByText('Đã niêm yết kế hoạch.')).not.toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Tải xuống du-thao-ke-hoach.docx' })).toBeInTheDocument();
    expect(within(first).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: /^Gỡ tệp/ })).not.toBeInTheDocument();
    expect(reads).toContain('/api/v1/report-submissions/64/versions/1');
    expect(open).toHaveAttribute('aria-expanded', 'true');

    await user.click(within(versions).getByRole('button', { name: 'Ẩn nội dung lần 1' }));
    expect(screen.queryByRole('region', { name: 'Nội dung đã gửi lần 1' })).not.toBeInTheDocument();
  });
});

describe('the review inbox', () => {
  it('approves the selected reports together', async () => {
    reviewer();
    const writes = recordWrites();
    const { user } = renderRoute('/reporting/inbox?plan=1&period=23');

    const inbox = await screen.findByRole('table', { name: '2 báo cáo chờ duyệt' });
    const approve = screen.getByRole('button', { name: 'Duyệt 0 báo cáo đã chọn' });
    expect(approve).toBeDisabled();
    await user.click(within(inbox).getByRole('checkbox', { name: 'Chọn tất cả báo cáo chờ duyệt' }));
    await user.click(screen.getByRole('button', { name: 'Duyệt 2 báo cáo đã chọn' }));

    expect(await screen.findByText('Đã duyệt 2 báo cáo.')).toBeInTheDocument();
    expect(await screen.findByText('Không có báo cáo nào chờ duyệt trong kỳ này.')).toBeInTheDocument();
    expect(writes.map((write) => write.body)).toEqual([{ submissionIds: [65, 66] }]);
  });

  it("shows the server's refusal when one report was decided meanwhile, and approves none (in English)", async () => {
    reviewer();
    await changeLanguage('en');
    const { user } = renderRoute('/reporting/inbox?plan=1&period=23');

    const inbox = await screen.findByRole('table', { name: '2 reports awaiting review' });
    await user.click(within(inbox).getByRole('checkbox', { name: 'Select the report of Sở Xây dựng' }));
    await user.click(within(inbox).getByRole('checkbox', { name: 'Select the report of UBND huyện Yên Thế' }));
    mockReports.decideBySomeoneElse(38, 'Returned');
    await user.click(screen.getByRole('button', { name: 'Approve 2 selected reports' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Could not approve: no report was approved');
    expect(alert).toHaveTextContent('Nothing was approved. Report 66: Only a submitted report can be approved.');
    expect(mockReports.get(37)?.submission.status).toBe('Submitted');
  });
});

describe('levels', () => {
  it('signs off a level with reports still open only with a reason, and downloads its consolidated reports', async () => {
    reviewer();
    const writes = recordWrites();
    const downloads = recordDownloads();
    const reads = recordReads();
    const { user } = renderRoute('/reporting/completeness?plan=1&period=23');

    const level = await screen.findByRole('region', { name: 'Sở Nội vụ' });
    expect(level).toHaveTextContent('Đã duyệt 1/4 báo cáo.');
    await user.click(within(level).getByRole('button', { name: 'Tải báo cáo tổng hợp (.docx) – Sở Nội vụ' }));
    await user.click(within(level).getByRole('button', { name: 'Tải báo cáo tổng hợp (.pdf) – Sở Nội vụ' }));
    await user.click(within(level).getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx) – Sở Nội vụ' }));
    await waitFor(() =>
      expect(downloads.names).toEqual(['bao-cao-tong-hop-23-101.docx', 'bao-cao-tong-hop-23-101.pdf', 'bao-cao-tong-hop-23-101.xlsx']),
    );
    const files = downloads.requests.filter((request) => request.path.includes('/consolidated-report.'));
    expect(files.map((request) => request.path)).toEqual([
      '/api/v1/reporting-periods/23/levels/101/consolidated-report.docx',
      '/api/v1/reporting-periods/23/levels/101/consolidated-report.pdf',
      '/api/v1/reporting-periods/23/levels/101/consolidated-report.xlsx',
    ]);
    expect(files.every((request) => request.authorization?.startsWith('Bearer '))).toBe(true);
    // The files' symbol, signer and recipients are the unit's document profile, kept on the units page.
    expect(within(level).getByRole('link', { name: 'Ký hiệu, người ký và nơi nhận của văn bản: hồ sơ văn bản của Sở Nội vụ' })).toHaveAttribute(
      'href',
      '/admin/units?profile=101',
    );

    const signOff = within(level).getByRole('button', { name: /^Ký duyệt .* – Sở Nội vụ$/ });
    expect(signOff).toHaveTextContent('Ký duyệt khi còn báo cáo chưa duyệt');
    await user.click(signOff);
    expect(await within(level).findByRole('alert')).toHaveTextContent('3 report(s) owed to Sở Nội vụ are not approved');

    await user.type(within(level).getByLabelText('Lý do ký duyệt khi còn báo cáo chưa duyệt'), 'Các đơn vị còn lại báo cáo bằng văn bản giấy.');
    const before = periodReads(reads, 23);
    await user.click(signOff);
    // Completeness is read again after signing: what shows is the sign-off the API keeps.
    expect(await within(level).findByRole('status')).toHaveTextContent(
      'Đã ký duyệt lúc 10:00 20/07/2099, còn 3 báo cáo chưa duyệt. Lý do: Các đơn vị còn lại báo cáo bằng văn bản giấy.',
    );
    expect(periodReads(reads, 23)).toEqual({ completeness: before.completeness + 1, levels: 0 });
    expect(within(level).queryByRole('button', { name: /^Ký duyệt .* – Sở Nội vụ$/ })).not.toBeInTheDocument();
    expect(writes.map((write) => write.body)).toEqual([{ overrideReason: '' }, { overrideReason: 'Các đơn vị còn lại báo cáo bằng văn bản giấy.' }]);
  });

  it('shows an existing sign-off after a reload, when and with how many still open, and offers no second one', async () => {
    reviewer();
    const first = renderRoute('/reporting/completeness?plan=1&period=23');
    const level = await screen.findByRole('region', { name: 'Sở Nội vụ' });
    await first.user.type(await within(level).findByLabelText('Lý do ký duyệt khi còn báo cáo chưa duyệt'), 'Báo cáo giấy.');
    await first.user.click(within(level).getByRole('button', { name: /^Ký duyệt .* – Sở Nội vụ$/ }));
    await within(level).findByText(/^Đã ký duyệt lúc/);
    first.unmount();

    renderRoute('/reporting/completeness?plan=1&period=23');
    const reloaded = await screen.findByRole('region', { name: 'Sở Nội vụ' });
    expect(await within(reloaded).findByText(/^Đã ký duyệt lúc/)).toHaveTextContent('Đã ký duyệt lúc 10:00 20/07/2099, còn 3 báo cáo chưa duyệt. Lý do: Báo cáo giấy.');
    expect(within(reloaded).queryByRole('button', { name: /^Ký duyệt .* – Sở Nội vụ$/ })).not.toBeInTheDocument();
    expect(within(reloaded).queryByLabelText('Lý do ký duyệt khi còn báo cáo chưa duyệt')).not.toBeInTheDocument();
  });

  it('reads every level and its sign-off from the one completeness answer, asking nothing per level', async () => {
    reviewer();
    mockReports.signedOffBefore(22, 103, 'Xã Bảo Đài báo cáo bằng giấy.');
    const reads = recordReads();
    renderRoute('/reporting/completeness?plan=1&period=22');

    const signed = await screen.findByRole('region', { name: 'UBND huyện Lục Nam' });
    expect(within(signed).getByRole('status')).toHaveTextContent('Đã ký duyệt lúc 09:00 25/06/2099, còn 1 báo cáo chưa duyệt. Lý do: Xã Bảo Đài báo cáo bằng giấy.');
    expect(within(signed).queryByRole('button', { name: /^Ký duyệt .* – UBND huyện Lục Nam$/ })).not.toBeInTheDocument();
    const open = screen.getByRole('region', { name: 'Sở Nội vụ' });
    expect(within(open).getByRole('button', { name: 'Ký duyệt khi còn báo cáo chưa duyệt – Sở Nội vụ' })).toBeInTheDocument();
    expect(periodReads(reads, 22)).toEqual({ completeness: 1, levels: 0 });
  });

  it('offers no level of a receiving unit the reader sees only through its own reporting units', async () => {
    reviewer();
    mockReports.levelNotSeen(101);
    renderRoute('/reporting/completeness?plan=1&period=22');

    expect(await screen.findByRole('region', { name: 'UBND huyện Lục Nam' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Sở Nội vụ' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Sở Nội vụ' })).not.toBeInTheDocument();
  });

  it('offers the downloads but no sign-off to a reader who does not review', async () => {
    mockMe.grant('ReadScores', 'ReadPlans');
    renderRoute('/reporting/completeness?plan=1&period=23');

    const level = await screen.findByRole('region', { name: 'Sở Nội vụ' });
    expect(within(level).getByRole('button', { name: 'Tải báo cáo tổng hợp (.docx) – Sở Nội vụ' })).toBeInTheDocument();
    expect(within(level).queryByRole('button', { name: /^Ký duyệt .* – Sở Nội vụ$/ })).not.toBeInTheDocument();
  });
});
