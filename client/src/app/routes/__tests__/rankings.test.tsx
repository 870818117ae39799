import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { rankingsUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, within } from '@/testing/test-utils';

async function findRow(provinceName: string) {
  const table = await screen.findByRole('table');
  return within(table).getByRole('row', { name: new RegExp(provinceName) });
}

describe('rankings route', () => {
  it('shows the 2020 rankings in Vietnamese by default', async () => {
    renderRoute('/rankings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue('2020');
    const row = await findRow('Bắc Giang');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Bắc Giang');
    const [rank, score, change, group] = within(row).getAllByRole('cell');
    expect(rank).toHaveTextContent('13/63');
    expect(score).toHaveTextContent('44,32');
    expect(change).toHaveTextContent('-1,73 (giảm 9 bậc)');
    expect(group).toHaveTextContent('Nhóm trung bình cao');
  });

  it('shows scores to two decimals with the unrounded value the API gives in the tooltip', async () => {
    const { user } = renderRoute('/rankings');

    const row = await findRow('Quảng Ninh');
    const [, score] = within(row).getAllByRole('cell');
    expect(score).toHaveTextContent(/^48,81$/);
    expect(within(score!).getByTitle('48,811383008')).toHaveTextContent('48,81');
    const bacGiang = await findRow('Bắc Giang');
    expect(within(bacGiang).getByTitle('-1,725595949')).toHaveTextContent('-1,73');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(within(await findRow('Quang Ninh')).getByTitle('48.811383008')).toHaveTextContent('48.81');
  });

  it('switches names, numbers and labels to English', async () => {
    const { user } = renderRoute('/rankings');
    await findRow('Bắc Giang');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByRole('heading', { level: 1, name: 'PAPI rankings' })).toBeInTheDocument();
    const row = await findRow('Bac Giang');
    const [rank, score, change, group] = within(row).getAllByRole('cell');
    expect(rank).toHaveTextContent('13/63');
    expect(score).toHaveTextContent('44.32');
    expect(change).toHaveTextContent('-1.73 (down 9 places)');
    expect(group).toHaveTextContent('High average');
    expect(screen.queryByRole('row', { name: /Bắc Giang/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tiếng Việt' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  it('marks a province without a rank as not ranked and lists it last', async () => {
    const { user } = renderRoute('/rankings');

    const row = await findRow('Điện Biên');
    const [rank, score, change, group] = within(row).getAllByRole('cell');
    expect(rank).toHaveTextContent('— chưa xếp hạng');
    expect(score).toHaveTextContent('—');
    expect(change).toHaveTextContent('— (chưa có điểm năm nay)');
    expect(group).toHaveTextContent('—');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.at(-1)).toBe(row);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await findRow('Dien Bien')).toHaveTextContent('not ranked');
  });

  it('shows the title of a ProblemDetails error to the user, in the language asked for', async () => {
    server.use(
      http.get(rankingsUrl, ({ request }) =>
        HttpResponse.json(
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.6.4',
            title: request.headers.get('Accept-Language') === 'vi' ? 'Dịch vụ tạm thời không khả dụng' : 'Service unavailable',
            status: 503,
            detail: 'Cơ sở dữ liệu đang bảo trì.',
            traceId: '00-abc-def-00',
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    renderRoute('/rankings');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Không tải được dữ liệu' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Dịch vụ tạm thời không khả dụng');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu đang bảo trì.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a year without a published release as an empty state, not as an error', async () => {
    server.use(
      http.get(rankingsUrl, ({ params }) =>
        HttpResponse.json(
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5',
            title: 'Không tìm thấy',
            status: 404,
            detail: `No PAPI release for ${String(params.year)}.`,
            instance: `/api/v1/score-releases/${String(params.year)}/rankings`,
          },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const { user } = renderRoute('/rankings?year=2024');

    expect(await screen.findByText('Chưa có kỳ công bố PAPI nào cho năm 2024.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Xếp hạng PAPI' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('No PAPI release has been published for 2024 yet.')).toBeInTheDocument();
  });

  it('loads the chosen year, asking for all provinces on one page', async () => {
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/rankings')) requested.push(url.pathname + url.search);
    });
    const { user, router } = renderRoute('/rankings');
    await findRow('Bắc Giang');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2021');

    expect(await screen.findByText('Chưa có dữ liệu xếp hạng cho năm 2021.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?year=2021');
    expect(requested).toEqual([
      '/api/v1/score-releases/2020/rankings?pageSize=200',
      '/api/v1/score-releases/2021/rankings?pageSize=200',
    ]);
  });

  it('opens the rankings from the home page', async () => {
    const { router } = renderRoute('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PAPI' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rankings');
  });
});
