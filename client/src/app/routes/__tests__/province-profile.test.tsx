import { http } from 'msw';
import { describe, expect, it } from 'vitest';

import { problem } from '@/testing/mocks/auth';
import { provinceProfileUrl } from '@/testing/mocks/provinces';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, within } from '@/testing/test-utils';

function table(name: RegExp | string) {
  return screen.findByRole('table', { name });
}

function cellsOf(row: HTMLElement) {
  return within(row).getAllByRole('cell');
}

describe('province profile', () => {
  it('lists every year newest first, with rank of N, group, and the reason when there is no change', async () => {
    renderRoute('/provinces/12');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' })).toBeInTheDocument();
    const years = await table('Kết quả PAPI của Bắc Giang qua các năm');
    const rows = within(years).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2020', '2019', '2018']);

    const [total, rank, group, change] = cellsOf(rows[0] as HTMLElement);
    expect(total).toHaveTextContent('44,32');
    expect(rank).toHaveTextContent('13/63');
    expect(group).toHaveTextContent('Nhóm trung bình cao');
    expect(change).toHaveTextContent('-1,72 (giảm 9 bậc)');
    expect(within(change as HTMLElement).getByText('-1,72')).toHaveClass('delta-down');

    expect(cellsOf(rows[1] as HTMLElement)[3]).toHaveTextContent('— (bộ chỉ số thay đổi, không so sánh được)');
    expect(cellsOf(rows[2] as HTMLElement)[3]).toHaveTextContent('— (không có kỳ trước để so sánh)');
  });

  it('shows the eight dimensions of the chosen year with their sub-dimensions, changes coloured by direction', async () => {
    const { user, router } = renderRoute('/provinces/12');

    expect(await screen.findByRole('heading', { level: 2, name: 'Các chỉ số nội dung năm 2020' })).toBeInTheDocument();
    const dimensions = await table(/Điểm các chỉ số nội dung .* năm 2020 \(bộ chỉ số PAPI-2019\)/);
    const rowNames = within(dimensions)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowNames).toHaveLength(8 * 3);
    expect(rowNames.slice(0, 3)).toEqual(['Tham gia của người dân ở cấp cơ sở', 'Tri thức công dân', 'Cơ hội tham gia']);

    const participation = within(dimensions).getByRole('row', { name: /^1 Tham gia của người dân ở cấp cơ sở/ });
    const [code, value, rank, change] = cellsOf(participation);
    expect(code).toHaveTextContent('1');
    expect(value).toHaveTextContent('5,50');
    expect(rank).toHaveTextContent('10/63');
    expect(change).toHaveTextContent('+0,25 (tăng 2 bậc)');
    expect(within(change as HTMLElement).getByText('+0,25')).toHaveClass('delta-up');

    const knowledge = within(dimensions).getByRole('row', { name: /^1\.1 Tri thức công dân/ });
    expect(cellsOf(knowledge)[1]).toHaveTextContent('2,80');
    expect(within(cellsOf(knowledge)[3] as HTMLElement).getByText('+0,12')).toHaveClass('delta-up');
    const opportunities = within(dimensions).getByRole('row', { name: /^1\.2 Cơ hội tham gia/ });
    expect(within(cellsOf(opportunities)[3] as HTMLElement).getByText('-0,08')).toHaveClass('delta-down');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm xem chi tiết' }), '2018');

    expect(await screen.findByRole('heading', { level: 2, name: 'Các chỉ số nội dung năm 2018' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?year=2018');
    const older = await table(/năm 2018 \(bộ chỉ số PAPI-2018\)/);
    const first = within(older).getByRole('row', { name: /^1 Tham gia/ });
    expect(cellsOf(first)[3]).toHaveTextContent('— (không có kỳ trước để so sánh)');
  });

  it('switches to English names and number formats', async () => {
    const { user } = renderRoute('/provinces/12?year=2020');
    await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bac Giang' })).toBeInTheDocument();
    const years = await table('PAPI results of Bac Giang by year');
    const [total, , group, change] = cellsOf(within(years).getAllByRole('row')[1] as HTMLElement);
    expect(total).toHaveTextContent('44.32');
    expect(group).toHaveTextContent('High average');
    expect(change).toHaveTextContent('-1.72 (down 9 places)');
    expect(screen.getByRole('row', { name: /^1 Participation at local levels/ })).toBeInTheDocument();
  });

  it('finds a province typed without diacritics and opens its profile', async () => {
    const searches: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/provinces') searches.push(url.searchParams.get('search') ?? '');
    });
    const { user, router } = renderRoute('/provinces');
    const picker = await screen.findByRole('combobox', { name: 'Tìm tỉnh/thành phố' });

    await user.type(picker, 'bac giang');

    const option = await screen.findByRole('option', { name: 'Bắc Giang (đến 30/06/2025)' });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(searches).toEqual(['bac giang']);
    expect(picker).toHaveAttribute('aria-expanded', 'true');
    await user.click(option);

    expect(await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/provinces/12');
  });

  it('picks with the keyboard alone, in Vietnamese alphabetical order', async () => {
    const { user, router } = renderRoute('/provinces');
    const picker = await screen.findByRole('combobox', { name: 'Tìm tỉnh/thành phố' });

    await user.click(picker);
    await user.keyboard('bac');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Bạc Liêu',
      'Bắc Giang (đến 30/06/2025)',
      'Bắc Kạn',
      'Bắc Ninh (đến 30/06/2025)',
    ]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(picker).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/provinces/12');
  });

  it('opens a profile from the rankings table', async () => {
    const { user, router } = renderRoute('/rankings?year=2020');

    await user.click(await screen.findByRole('link', { name: 'Bắc Giang' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/provinces/12?year=2020');
  });

  it('says so when the province does not exist', async () => {
    renderRoute('/provinces/999');

    expect(await screen.findByText('Không tìm thấy tỉnh/thành phố này.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API error and offers a retry when the profile cannot load', async () => {
    server.use(http.get(provinceProfileUrl, () => problem(503, { title: 'Dịch vụ tạm thời không khả dụng' })));

    renderRoute('/provinces/12');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dịch vụ tạm thời không khả dụng');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
