import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { ChartOption } from '@/features/overview/components/echarts-setup';
import { frameworksUrl, frameworks } from '@/testing/mocks/reporting';
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

function radarOption(): ChartOption | undefined {
  return drawn.options.findLast((option) => (option as ChartOption).radar !== undefined) as ChartOption | undefined;
}

describe('index picker', () => {
  beforeEach(() => {
    drawn.options.length = 0;
  });

  it('offers only the indices with a release, keeps the choice in the address and ranks on it', async () => {
    const { user, router } = renderRoute('/rankings');
    const picker = await screen.findByRole('combobox', { name: 'Bộ chỉ số' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'PAPI · Chỉ số PAPI',
      'PCI · Chỉ số năng lực cạnh tranh cấp tỉnh',
    ]);
    expect(picker).toHaveAccessibleDescription('Thang điểm 8–80, điểm càng cao càng tốt');

    await user.selectOptions(picker, 'PCI');

    expect(router.state.location.search).toBe('?framework=PCI');
    expect(await screen.findByRole('heading', { level: 1, name: 'Xếp hạng PCI' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Bộ chỉ số' })).toHaveAccessibleDescription('Thang điểm 0–100, điểm càng cao càng tốt');
    // PCI's own years, opened on its latest.
    expect(within(screen.getByRole('combobox', { name: 'Năm' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['2015', '2016']);
    const table = await screen.findByRole('table', { name: 'Xếp hạng PCI các tỉnh, thành phố năm 2016' });
    const daNang = within(table).getByRole('row', { name: /Đà Nẵng/ });
    expect(within(daNang).getAllByRole('cell')[1]).toHaveTextContent('70,00');
    expect(within(table).getByRole('link', { name: 'Bắc Giang' })).toHaveAttribute('href', '/provinces/12?year=2016&framework=PCI');
  });

  it('reads the index from a shared link', async () => {
    renderRoute('/rankings?framework=PCI&year=2016');

    expect(await screen.findByRole('table', { name: 'Xếp hạng PCI các tỉnh, thành phố năm 2016' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Bộ chỉ số' })).toHaveValue('PCI');
  });

  it('says there is nothing to pick before any index has a release', async () => {
    server.use(http.get(frameworksUrl, () => HttpResponse.json(frameworks.map((framework) => ({ ...framework, releaseYears: [] })))));

    renderRoute('/rankings');

    expect(await screen.findByText('Chưa có bộ chỉ số nào có kết quả công bố.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Bộ chỉ số' })).not.toBeInTheDocument();
  });

  it("shows a province's profile on the index picked, to the index's decimals", async () => {
    const { user, router } = renderRoute('/provinces/12');
    await screen.findByRole('heading', { level: 1, name: 'Bắc Giang' });

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bộ chỉ số' }), 'PCI');

    expect(router.state.location.search).toBe('?framework=PCI');
    const years = await screen.findByRole('table', { name: 'Kết quả PCI của Bắc Giang qua các năm' });
    expect(within(years).getByRole('row', { name: /^2016/ })).toHaveTextContent('63,45');
    expect(screen.getByText(/^Kết quả PCI qua các năm/)).toBeInTheDocument();
  });

  it('lists every index the province is scored on in the overview, and draws the radar on the index picked', async () => {
    const { user } = renderRoute('/overview?province=12');

    const indices = await screen.findByRole('table', { name: 'Kết quả mới nhất của tỉnh theo từng bộ chỉ số' });
    const papi = within(indices).getByRole('row', { name: /^PAPI/ });
    expect(papi).toHaveTextContent('202044,3213/63-1,72 (giảm 9 bậc)');
    const pci = within(indices).getByRole('row', { name: /^PCI/ });
    expect(pci).toHaveTextContent('201663,4513/63+4,08 (tăng 17 bậc)');
    expect(within(pci).getByRole('link', { name: 'PCI' })).toHaveAttribute('href', '/provinces/12?year=2016&framework=PCI');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Bộ chỉ số' }), 'PCI');

    expect(await screen.findByRole('list', { name: 'Kết quả năm 2016' })).toHaveTextContent('Tổng điểm 201663,45');
    await waitFor(() => expect(radarOption()).toBeDefined());
    await waitFor(() => {
      const indicator = (radarOption()?.radar as { indicator: { max: number }[] }).indicator;
      expect(indicator.map((axis) => axis.max)).toEqual([10, 10, 10]);
    });
  });
});
