import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { scoreImportUrl } from '@/testing/mocks/admin';
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
          years: [
            { surveyYear: 2021, frameworkVersion: 'PAPI-2021', provinces: 63, replaced: false, revision: 1 },
            { surveyYear: 2020, frameworkVersion: 'PAPI-2019', provinces: 63, replaced: true, revision: 2 },
          ],
          provincesCreated: 1,
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
    expect(screen.getByText('Đã thêm 1 tỉnh/thành phố mới.')).toBeInTheDocument();
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
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    importer();
    const { user } = renderRoute('/admin/scores');

    await user.click(await screen.findByRole('button', { name: 'Tải lên' }));

    await waitFor(() => expect(screen.getByLabelText('Tệp điểm (CSV hoặc XLSX)')).toHaveAccessibleDescription('Hãy chọn một tệp.'));
  });
});
