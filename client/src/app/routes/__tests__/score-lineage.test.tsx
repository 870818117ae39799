import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { ChartOption } from '@/features/overview/components/echarts-setup';
import { expectNoSeriousAxeViolations } from '@/testing/accessibility';
import { rankingsUrl } from '@/testing/mocks/handlers';
import { newBacNinh, provinceProfileUrl, provinces, provincesUrl } from '@/testing/mocks/provinces';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

// jsdom cannot lay out charts: record what each chart was asked to draw instead.
const drawn = vi.hoisted(() => ({ options: [] as unknown[] }));
vi.mock('@/features/overview/components/echarts-setup', () => ({
  renderChart: (_element: HTMLElement, option: unknown) => {
    drawn.options.push(option);
    return { update: (next: unknown) => drawn.options.push(next), resize: () => undefined, dispose: () => undefined };
  },
}));

interface DrawnSeries {
  name?: string;
  data: unknown[];
  symbol?: string;
  lineStyle?: { type?: string };
}

function lastSeries(): DrawnSeries[] {
  const option = drawn.options.at(-1) as ChartOption | undefined;
  return ((option?.series as DrawnSeries[] | undefined) ?? []);
}

/** The query strings the page sent to `url`, in order. */
function recordQueries(url: string): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const asked = new URL(request.url);
    if (new RegExp(url.replace(/:[a-zA-Z]+/g, '[^/]+') + '$').test(asked.pathname)) seen.push(asked.search);
  });
  return seen;
}

function rowOf(table: HTMLElement, header: string) {
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader')?.textContent === header);
  if (!row) throw new Error(`no row ${header}`);
  return row;
}

describe('score lineage: province pages', () => {
  beforeEach(() => {
    drawn.options.length = 0;
  });

  it('says which unit a merged province went into and from when, linking to it', async () => {
    const { user, router } = renderRoute('/provinces/12');

    const lineage = await screen.findByRole('region', { name: 'Thay đổi đơn vị hành chính' });
    expect(lineage).toHaveTextContent('Sáp nhập vào Bắc Ninh từ 01/07/2025');
    await expectNoSeriousAxeViolations();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('region', { name: 'Administrative changes' })).toHaveTextContent(
      'Merged into Bac Ninh from Jul 1, 2025',
    );

    await user.click(within(screen.getByRole('region', { name: 'Administrative changes' })).getByRole('link', { name: 'Bac Ninh' }));
    expect(router.state.location.pathname).toBe('/provinces/100');
    expect(await screen.findByRole('heading', { level: 2, name: 'Estimated scores of Bac Ninh' })).toBeInTheDocument();
  });

  it("shows a merged unit's predecessors with their end date, each linking to its profile", async () => {
    const { user, router } = renderRoute('/provinces/100');

    const lineage = await screen.findByRole('region', { name: 'Thay đổi đơn vị hành chính' });
    expect(lineage).toHaveTextContent('Hợp nhất từ: Bắc Giang, Bắc Ninh (đến 30/06/2025)');
    expect(within(lineage).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/provinces/12', '/provinces/13']);

    await user.click(within(lineage).getByRole('link', { name: 'Bắc Giang' }));
    expect(router.state.location.pathname).toBe('/provinces/12');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' })).toBeInTheDocument();
  });

  it('lists the estimate per year labelled unofficial with what it is made from, and draws it apart from the official lines', async () => {
    renderRoute('/provinces/100');

    expect(await screen.findByRole('heading', { level: 2, name: 'Điểm ước tính của Bắc Ninh' })).toBeInTheDocument();
    expect(screen.getByText(/ước tính, không chính thức\.$/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Tổng điểm ước tính (không chính thức) của Bắc Ninh qua các năm' });
    const years = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(years).toEqual(['2020', '2019', '2018']);
    const [total, rank, basis] = within(rowOf(table, '2020')).getAllByRole('cell');
    expect(total).toHaveTextContent('44,16');
    expect(rank).toHaveTextContent('6/34');
    expect(basis).toHaveTextContent('ước tính, không chính thức ước tính từ Bắc Giang, Bắc Ninh');
    expect(basis).not.toHaveTextContent('một phần');

    await waitFor(() => expect(lastSeries()).toHaveLength(3));
    const [bacGiang, oldBacNinh, estimate] = lastSeries() as [DrawnSeries, DrawnSeries, DrawnSeries];
    expect(bacGiang.name).toBe('Bắc Giang');
    expect(bacGiang.data).toEqual([43.1, 46.04, 44.32, null]);
    expect(oldBacNinh.name).toBe('Bắc Ninh');
    expect(oldBacNinh.data).toEqual([42.5, 45.2, 44, 43.5]);
    expect(estimate.name).toBe('Bắc Ninh (ước tính, không chính thức)');
    expect(estimate.data).toEqual([42.8, 45.62, 44.16, null]);
    expect(estimate.lineStyle?.type).toBe('dashed');
    expect(estimate.symbol).toBe('emptyCircle');
    expect(bacGiang.lineStyle?.type).toBe('solid');
    expect(screen.getByRole('img', { name: /Bắc Ninh \(ước tính, không chính thức\): 2018 42,80, 2019 45,62, 2020 44,16\./ })).toBeInTheDocument();
    await expectNoSeriousAxeViolations();
  });

  it('says how each estimate is made: the simple mean, or weighted by population with each figure and weight', async () => {
    const { user } = renderRoute('/provinces/100');

    const table = await screen.findByRole('table', { name: /Tổng điểm ước tính/ });
    expect(within(rowOf(table, '2019')).getAllByRole('cell')[2]).toHaveTextContent(
      'ước tính từ Bắc Giang, Bắc Ninh; trung bình cộng các tỉnh trước sáp nhập',
    );
    expect(within(rowOf(table, '2020')).getAllByRole('cell')[2]).toHaveTextContent(
      'ước tính từ Bắc Giang, Bắc Ninh; bình quân theo dân số (Bắc Giang 1.900.000 người năm 2020, trọng số 56%; Bắc Ninh 1.500.000 người năm 2019, trọng số 44%)',
    );

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('table', { name: /Estimated total score/ });
    expect(within(rowOf(english, '2020')).getAllByRole('cell')[2]).toHaveTextContent(
      'population-weighted (Bac Giang population 1,900,000 in 2020, weight 56%; Bac Ninh population 1,500,000 in 2019, weight 44%)',
    );
    await expectNoSeriousAxeViolations();
  });

  it('tells the old and the new Bắc Ninh apart in the province search by the days each existed', async () => {
    const oldBacNinh = { ...(provinces.find((province) => province.id === 13) as (typeof provinces)[number]), activeTo: '2025-06-30' };
    server.use(http.get(provincesUrl, () => HttpResponse.json({ items: [newBacNinh, oldBacNinh], page: 1, pageSize: 20, totalCount: 2 })));
    const { user, router } = renderRoute('/provinces');

    await user.type(await screen.findByRole('combobox', { name: 'Tìm tỉnh/thành phố' }), 'bac ninh');

    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Bắc Ninh (đến 30/06/2025)', 'Bắc Ninh (từ 01/07/2025)']);
    await expectNoSeriousAxeViolations();
    await user.click(screen.getByRole('option', { name: 'Bắc Ninh (từ 01/07/2025)' }));
    expect(router.state.location.pathname).toBe('/provinces/100');

    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.type(await screen.findByRole('combobox', { name: 'Find a province or city' }), 'bac ninh');
    // The profile page also has the index picker's options: read the search's own list.
    const found = await screen.findByRole('listbox', { name: 'Find a province or city' });
    expect((await within(found).findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'Bac Ninh (until Jun 30, 2025)',
      'Bac Ninh (from Jul 1, 2025)',
    ]);
  });

  it('asks for a partial estimate when the reader ticks it, and labels the year made from fewer predecessors', async () => {
    const queries = recordQueries(provinceProfileUrl);
    const { user, router } = renderRoute('/provinces/100');
    const table = await screen.findByRole('table', { name: /Tổng điểm ước tính/ });
    expect(within(table).queryByRole('rowheader', { name: '2021' })).not.toBeInTheDocument();

    const partial = screen.getByRole('checkbox', { name: 'Ước tính một phần' });
    expect(partial).not.toBeChecked();
    await user.click(partial);

    await waitFor(() => expect(queries.at(-1)).toBe('?partial=true'));
    expect(router.state.location.search).toBe('?partial=true');
    expect(partial).toBeChecked();
    const row = await within(table).findByRole('row', { name: /^2021/ });
    const [total, rank, basis] = within(row).getAllByRole('cell');
    expect(total).toHaveTextContent('43,50');
    expect(rank).toHaveTextContent('12/34');
    expect(basis).toHaveTextContent('ước tính, không chính thức, ước tính một phần ước tính từ Bắc Ninh (thiếu số liệu của Bắc Giang)');
    await waitFor(() => expect((lastSeries()[2] as DrawnSeries).data).toEqual([42.8, 45.62, 44.16, 43.5]));

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('checkbox', { name: 'Partial estimate' })).toBeChecked();
    const english = screen.getByRole('table', { name: 'Estimated total score (unofficial) of Bac Ninh by year' });
    expect(within(english).getByRole('row', { name: /^2021/ })).toHaveTextContent(
      'unofficial estimate, partial estimate estimated from Bac Ninh (no data for Bac Giang)',
    );
    await waitFor(() => expect((lastSeries()[2] as DrawnSeries).name).toBe('Bac Ninh (unofficial estimate)'));

    await user.click(screen.getByRole('checkbox', { name: 'Partial estimate' }));
    await waitFor(() => expect(within(english).queryByRole('row', { name: /^2021/ })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
  });

  it('shows no lineage for a province no merger touched', async () => {
    renderRoute('/provinces/1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quảng Ninh' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Thay đổi đơn vị hành chính' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Ước tính một phần' })).not.toBeInTheDocument();
    expect(screen.queryByText(/ước tính/)).not.toBeInTheDocument();
  });
});

describe('score lineage: rankings', () => {
  it('offers the official 63 and the estimated 34 for a year before the merger, the official view first and unchanged', async () => {
    const queries = recordQueries(rankingsUrl);
    renderRoute('/rankings?year=2020');

    const view = await screen.findByRole('group', { name: 'Đơn vị xếp hạng' });
    expect(within(view).getByRole('radio', { name: '63 tỉnh (chính thức)' })).toBeChecked();
    expect(within(view).getByRole('radio', { name: '34 đơn vị (ước tính)' })).not.toBeChecked();
    const table = await screen.findByRole('table', { name: 'Xếp hạng PAPI các tỉnh, thành phố năm 2020' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Hạng',
      'Tỉnh/thành phố',
      'Tổng điểm',
      'Thay đổi so với năm trước',
      'Nhóm',
    ]);
    expect(within(table).queryByText(/ước tính/)).not.toBeInTheDocument();
    expect(queries).toEqual(['?pageSize=200']);
  });

  it('labels every row of the estimated 34 unofficial and names what a merged unit is estimated from', async () => {
    const queries = recordQueries(rankingsUrl);
    const { user, router } = renderRoute('/rankings?year=2020');
    await screen.findByRole('table', { name: 'Xếp hạng PAPI các tỉnh, thành phố năm 2020' });

    await user.click(screen.getByRole('radio', { name: '34 đơn vị (ước tính)' }));

    expect(router.state.location.search).toBe('?year=2020&as=2025-07-01');
    const table = await screen.findByRole('table', {
      name: 'Xếp hạng ước tính các đơn vị cấp tỉnh từ 01/07/2025 theo PAPI 2020 (không chính thức)',
    });
    expect(queries.at(-1)).toBe('?pageSize=200&as=2025-07-01');
    expect(screen.getByText(/Đây là số liệu ước tính, không chính thức\./)).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('Cơ sở số liệu');

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(within(row).getByText(/^ước tính, không chính thức/)).toHaveClass('badge-estimate');
    const [quangNinh, bacNinh] = rows as [HTMLElement, HTMLElement];
    expect(within(quangNinh).getAllByRole('cell')[0]).toHaveTextContent('1/34');
    expect(within(quangNinh).getAllByRole('cell').at(-1)).toHaveTextContent('ước tính, không chính thức điểm PAPI của chính tỉnh');
    expect(within(bacNinh).getByRole('rowheader')).toHaveTextContent('Bắc Ninh');
    expect(within(bacNinh).getByRole('link', { name: 'Bắc Ninh' })).toHaveAttribute('href', '/provinces/100?year=2020');
    const cells = within(bacNinh).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('6/34');
    expect(cells[1]).toHaveTextContent('44,16');
    expect(cells.at(-1)).toHaveTextContent('ước tính, không chính thức ước tính từ Bắc Giang, Bắc Ninh');
    await expectNoSeriousAxeViolations();

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('table', {
      name: 'Estimated ranking of the provincial units from Jul 1, 2025 on PAPI 2020 (unofficial)',
    });
    expect(within(english).getByRole('row', { name: /Bac Ninh/ })).toHaveTextContent('unofficial estimate estimated from Bac Giang, Bac Ninh');
    expect(screen.getByRole('radio', { name: '34 units (estimated)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: '63 provinces (official)' }));
    expect(await screen.findByRole('table', { name: 'PAPI rankings of provinces and cities, 2020' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?year=2020');
  });

  it('opens the estimated view from its address and keeps it when the year changes', async () => {
    const { user, router } = renderRoute('/rankings?year=2020&as=2025-07-01');
    expect(await screen.findByRole('radio', { name: '34 đơn vị (ước tính)' })).toBeChecked();
    await screen.findByRole('table', { name: /Xếp hạng ước tính/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Năm' }), '2019');

    expect(router.state.location.search).toBe('?year=2019&as=2025-07-01');
    expect(await screen.findByText('Chưa có dữ liệu xếp hạng cho năm 2019.')).toBeInTheDocument();
  });

  it('asks the estimated 34 for a partial estimate when the reader ticks it, and keeps it in the address', async () => {
    const asked: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/score-releases/2020/rankings') asked.push(url.searchParams.get('partial'));
    });
    const { user, router } = renderRoute('/rankings?year=2020&as=2025-07-01');
    const partial = await screen.findByRole('checkbox', { name: 'Ước tính một phần' });
    expect(partial).not.toBeChecked();
    expect(partial).toHaveAccessibleDescription('Tính cả những năm thiếu điểm của một tỉnh trước sáp nhập (chỉ lấy các tỉnh có điểm).');
    await screen.findByRole('table', { name: /Xếp hạng ước tính/ });

    await user.click(partial);

    expect(router.state.location.search).toBe('?year=2020&as=2025-07-01&partial=true');
    await waitFor(() => expect(asked).toEqual([null, 'true']));
    expect(screen.getByRole('checkbox', { name: 'Ước tính một phần' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: '63 tỉnh (chính thức)' }));
    expect(router.state.location.search).toBe('?year=2020');
    expect(screen.queryByRole('checkbox', { name: 'Ước tính một phần' })).not.toBeInTheDocument();
  });

  it('reads an unknown date in the address as the official view', async () => {
    renderRoute('/rankings?year=2020&as=2030-01-01');
    expect(await screen.findByRole('radio', { name: '63 tỉnh (chính thức)' })).toBeChecked();
    expect(await screen.findByRole('table', { name: 'Xếp hạng PAPI các tỉnh, thành phố năm 2020' })).toBeInTheDocument();
  });
});
