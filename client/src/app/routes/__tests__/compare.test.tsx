import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/mocks/auth';
import { comparisonUrl } from '@/testing/mocks/provinces';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, within } from '@/testing/test-utils';

function comparisonRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/provinces/comparison') seen.push(url.search);
  });
  return seen;
}

describe('comparison', () => {
  it('compares the provinces picked, side by side, in the year chosen', async () => {
    const seen = comparisonRequests();
    const { user, router } = renderRoute('/compare');

    expect(await screen.findByRole('heading', { level: 1, name: 'So sánh các tỉnh' })).toBeInTheDocument();
    expect(screen.getByText('Chọn ít nhất một tỉnh/thành phố để so sánh.')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Thêm tỉnh/thành phố' });

    await user.type(picker, 'bac giang');
    await user.click(await screen.findByRole('option', { name: 'Bắc Giang (đến 30/06/2025)' }));
    await user.type(picker, 'quang ninh');
    await user.click(await screen.findByRole('option', { name: 'Quảng Ninh' }));

    expect(picker).toHaveValue('');
    expect(screen.getByRole('heading', { name: 'Đã chọn (2/10)' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'So sánh năm 2020 (bộ chỉ số PAPI-2019)' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Chỉ số', 'Bắc Giang', 'Quảng Ninh']);
    const total = within(table).getByRole('row', { name: /^Tổng điểm/ });
    expect(within(total).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['44,32', '36,00']);
    expect(within(table).getByRole('row', { name: /^Hạng/ })).toHaveTextContent('13/63');
    const participation = within(table).getByRole('row', { name: /^1\. Tham gia của người dân ở cấp cơ sở/ });
    expect(within(participation).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['5,50', '4,50']);
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2 + 8);

    expect(router.state.location.search).toBe('?ids=12%2C1&year=2020');
    expect(seen.at(-1)).toBe('?year=2020&provinceIds=12&provinceIds=1');

    await user.click(screen.getByRole('button', { name: 'Bỏ Quảng Ninh' }));
    expect(await screen.findByRole('heading', { name: 'Đã chọn (1/10)' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?ids=12&year=2020');
  });

  it('marks a province the release does not score', async () => {
    renderRoute('/compare?ids=12,64&year=2020');

    const table = await screen.findByRole('table', { name: /So sánh năm 2020/ });
    const total = within(table).getByRole('row', { name: /^Tổng điểm/ });
    expect(within(total).getAllByRole('cell')[1]).toHaveTextContent('— chưa có điểm');
  });

  it('stops at ten provinces', async () => {
    renderRoute('/compare?ids=1,12,13,14,15,24,25,26,27,28&year=2020');

    expect(await screen.findByRole('heading', { name: 'Đã chọn (10/10)' })).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Thêm tỉnh/thành phố' });
    expect(picker).toBeDisabled();
    expect(picker).toHaveAccessibleDescription(/Đã chọn đủ 10 tỉnh; bỏ bớt một tỉnh để thêm tỉnh khác\./);
    const table = await screen.findByRole('table', { name: /So sánh năm 2020/ });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(11);
  });

  it('says there is nothing to compare in a year without a release', async () => {
    const { user } = renderRoute('/compare?ids=12&year=2020');
    await screen.findByRole('table', { name: /So sánh năm 2020/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2022');

    expect(await screen.findByText('Không có số liệu để so sánh cho năm 2022.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows what the API refused', async () => {
    server.use(
      http.get(comparisonUrl, () =>
        problem(400, { title: 'Dữ liệu không hợp lệ', errors: { provinceIds: ['A province is listed twice.'] } }),
      ),
    );
    renderRoute('/compare?ids=12&year=2020');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('A province is listed twice.');
  });
});
