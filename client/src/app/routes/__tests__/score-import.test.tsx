import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { releaseChanges, releaseRevision, releaseRevisionsUrl, restoreRevisionUrl, scoreImportUrl } from '@/testing/mocks/admin';
import { mockMe, problem } from '@/testing/mocks/auth';
import { fileRefused } from '@/testing/mocks/org-units';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

function importer() {
  mockMe.grant('ReadScores', 'ReadUnits', 'ImportScores');
}

const scoreFile = () => new File(['year,province_vi,province_en,1.1\n2021,Bắc Giang,Bac Giang,1.2\n'], 'papi-2021.csv', { type: 'text/csv' });

async function upload(user: ReturnType<typeof renderRoute>['user'], file: File) {
  await user.upload(await screen.findByLabelText('Tệp điểm (CSV hoặc XLSX)'), file);
  await user.click(screen.getByRole('button', { name: 'Tải lên' }));
}

describe('score import', () => {
  it('uploads with a progress bar through the signed-in client, then lists the years as replaced or new', async () => {
    importer();
    const seen: { authorization: string | null; contentType: string | null }[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/v1/score-releases/import') {
        seen.push({ authorization: request.headers.get('Authorization'), contentType: request.headers.get('Content-Type') });
      }
    });
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.use(
      http.post(scoreImportUrl, async () => {
        await answered;
        return HttpResponse.json({
          dryRun: false,
          sha256: 'c'.repeat(64),
          years: [
            { surveyYear: 2021, frameworkVersion: 'PAPI-2021', provinces: 63, replaced: false, revision: 1, changes: releaseChanges() },
            { surveyYear: 2020, frameworkVersion: 'PAPI-2019', provinces: 63, replaced: true, revision: 2, changes: releaseChanges() },
          ],
        });
      }),
    );
    const { user } = renderRoute('/admin/scores');

    await upload(user, scoreFile());

    const progress = await screen.findByRole('progressbar', { name: 'Tiến độ tải lên' });
    expect(progress).toHaveAttribute('value', '0');
    expect(screen.getByRole('button', { name: 'Đang tải lên…' })).toBeDisabled();
    release();

    const heading = await screen.findByRole('heading', { level: 2, name: 'Đã nhập điểm' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Các năm đã nhập' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '2020PAPI-201963Thay thế kỳ đã có (lần 2)',
      '2021PAPI-202163Mới',
    ]);
    expect(screen.getByText(`SHA-256 của tệp: ${'c'.repeat(64)}`)).toBeInTheDocument();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.authorization).toBe('Bearer access-1');
    expect(seen[0]?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('lists the problems of a refused file by row and column', async () => {
    importer();
    server.use(
      http.post(scoreImportUrl, () =>
        fileRefused([
          { row: 3, column: '1.1', message: "'not-a-number' is not a number." },
          { row: 2, column: null, message: 'The row has 3 cells but the header names 31 columns.' },
        ]),
      ),
    );
    const { user } = renderRoute('/admin/scores');

    await upload(user, scoreFile());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không nhập được tệp' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The file has 2 problem(s); nothing was imported.');
    const problems = screen.getByRole('table', { name: 'Tệp có 2 lỗi; chưa có dòng nào được nhập.' });
    expect(
      within(problems)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent)),
    ).toEqual([
      ['2', 'cả dòng', 'The row has 3 cells but the header names 31 columns.'],
      ['3', '1.1', "'not-a-number' is not a number."],
    ]);
    expect(screen.queryByRole('table', { name: 'Các năm đã nhập' })).not.toBeInTheDocument();
  });

  it.each([
    [413, 'Tệp quá lớn', 'The file is larger than 10 MB.'],
    [415, 'Định dạng không được hỗ trợ', 'The file is neither CSV nor XLSX.'],
  ])('shows the title and detail of a %i', async (status, title, detail) => {
    importer();
    server.use(http.post(scoreImportUrl, () => problem(status, { title, detail })));
    const { user } = renderRoute('/admin/scores');

    await upload(user, new File(['PK'], 'papi-2021.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(detail);
    expect(screen.queryByRole('table', { name: 'Các năm đã nhập' })).not.toBeInTheDocument();
  });

  it('previews what the file changes without writing, then imports it from the preview', async () => {
    importer();
    const sent: { dryRun: string | null; confirm: string | null }[] = [];
    server.use(
      http.post(scoreImportUrl, ({ request }) => {
        const query = new URL(request.url).searchParams;
        sent.push({ dryRun: query.get('dryRun'), confirm: query.get('confirm') });
        return HttpResponse.json({
          dryRun: query.get('dryRun') === 'true',
          sha256: 'd'.repeat(64),
          years: [
            {
              surveyYear: 2020,
              frameworkVersion: 'PAPI-2019',
              provinces: 63,
              replaced: true,
              revision: 2,
              changes: releaseChanges({
                provincesChanged: [{ id: 24, nameVi: 'Bắc Giang', nameEn: 'Bac Giang' }],
                valuesChanged: 1,
                shareOfValuesChanged: 0.0005,
                rankMoves: [{ provinceId: 24, provinceNameVi: 'Bắc Giang', before: 13, after: 17 }],
              }),
            },
          ],
        });
      }),
    );
    const { user } = renderRoute('/admin/scores');

    await user.upload(await screen.findByLabelText('Tệp điểm (CSV hoặc XLSX)'), scoreFile());
    await user.click(screen.getByRole('button', { name: 'Xem trước thay đổi' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Xem trước: tệp sẽ thay đổi gì' });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('heading', { level: 3, name: 'Năm 2020: lần 2 thay lần 1' })).toBeInTheDocument();
    expect(screen.getByText('Tỉnh có điểm thay đổi').nextElementSibling).toHaveTextContent('Bắc Giang');
    const moves = screen.getByRole('table', { name: 'Thứ hạng thay đổi năm 2020' });
    expect(within(moves).getAllByRole('row')[1]?.textContent).toBe('Bắc Giang1317');
    expect(screen.queryByRole('heading', { name: 'Đã nhập điểm' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Nhập tệp này' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Đã nhập điểm' })).toBeInTheDocument();
    expect(sent).toEqual([
      { dryRun: 'true', confirm: 'false' },
      { dryRun: 'false', confirm: 'false' },
    ]);
  });

  it('shows the preview of a re-import that needs a confirmation, and replaces only once confirmed', async () => {
    importer();
    const confirms: (string | null)[] = [];
    server.use(
      http.post(scoreImportUrl, ({ request }) => {
        const confirm = new URL(request.url).searchParams.get('confirm');
        confirms.push(confirm);
        const year = {
          surveyYear: 2020,
          frameworkVersion: 'PAPI-2019',
          provinces: 1,
          replaced: true,
          revision: 2,
          changes: releaseChanges({
            provincesAfter: 1,
            provincesRemoved: [{ id: 1, nameVi: 'Thành phố Hà Nội', nameEn: 'Ha Noi' }],
            valuesChanged: 1798,
            shareOfValuesChanged: 0.9841,
            needsConfirmation: true,
            confirmationReasons: ['It removes 62 of the 63 provinces of the current revision.'],
          }),
        };
        if (confirm !== 'true') {
          return problem(409, { title: 'Xung đột', detail: 'The file would remove provinces from a release.', years: [year] });
        }
        return HttpResponse.json({ dryRun: false, sha256: 'e'.repeat(64), years: [year] });
      }),
    );
    const { user } = renderRoute('/admin/scores');

    await upload(user, scoreFile());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2, name: 'Cần xác nhận trước khi thay thế' })).toBeInTheDocument();
    expect(within(alert).getByRole('list', { name: 'Lý do cần xác nhận' })).toHaveTextContent('It removes 62 of the 63 provinces');
    expect(within(alert).getByText('Tỉnh bị bỏ').nextElementSibling).toHaveTextContent('Thành phố Hà Nội');
    expect(within(alert).getByText('Giá trị').nextElementSibling).toHaveTextContent('1.798 trên 1.827 giá trị thay đổi');

    await user.click(within(alert).getByRole('button', { name: 'Xác nhận và thay thế' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Đã nhập điểm' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(confirms).toEqual(['false', 'true']);
  });

  it('lists the revisions of a year and restores an earlier one', async () => {
    importer();
    let restored: { year: string; revision: string } | undefined;
    server.use(
      http.get(releaseRevisionsUrl, ({ params }) =>
        HttpResponse.json(
          restored
            ? [
                releaseRevision({ number: 3, isCurrent: true, kind: 'Restore', restoredFrom: 1, source: 'papi.csv' }),
                releaseRevision({ number: 2, source: 'sai.csv', provincesRemoved: 62, valuesChanged: 1798 }),
                releaseRevision({ number: 1, source: 'papi.csv' }),
              ]
            : [
                releaseRevision({ number: 2, isCurrent: true, source: 'sai.csv', provinces: 1, valuesChanged: 1798, userDisplayName: null, apiTokenId: 7 }),
                releaseRevision({ number: 1, source: `papi-${String(params.year)}.csv` }),
              ],
        ),
      ),
      http.post(restoreRevisionUrl, ({ params }) => {
        restored = { year: String(params.year), revision: String(params.revision) };
        return HttpResponse.json({ surveyYear: 2020, revision: 3, restoredFrom: 1, changes: releaseChanges() });
      }),
    );
    const { user } = renderRoute('/admin/scores');

    const table = await screen.findByRole('table', { name: 'Các lần nhập của năm 2020' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Mã API #7')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Đang dùng')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('papi-2020.csv')).toBeInTheDocument();

    await user.click(within(rows[1]!).getByRole('button', { name: 'Khôi phục lần 1' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã khôi phục năm 2020: lần 1 thành lần 3, đang dùng.');
    expect(restored).toEqual({ year: '2020', revision: '1' });
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Các lần nhập của năm 2020' })).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByText('Khôi phục lần 1 (papi.csv)')).toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    importer();
    const { user } = renderRoute('/admin/scores');

    await user.click(await screen.findByRole('button', { name: 'Tải lên' }));

    await waitFor(() => expect(screen.getByLabelText('Tệp điểm (CSV hoặc XLSX)')).toHaveAccessibleDescription('Hãy chọn một tệp.'));
  });
});
