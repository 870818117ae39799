import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { ChartOption } from '@/features/overview/components/echarts-setup';
import { rankingsUrl } from '@/testing/mocks/handlers';
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

/** Every province's dimension score is 4 + its place/10 in this stand-in: the mean and the best are known. */
function dimensionRankings() {
  server.use(
    http.get(rankingsUrl, ({ request }) => {
      const dimension = new URL(request.url).searchParams.get('dimension');
      if (dimension === null) return HttpResponse.json({ items: [], page: 1, pageSize: 200, totalCount: 0 });
      const items = [1, 2, 3].map((place) => ({
        provinceId: place,
        provinceNameVi: `Tỉnh ${place}`,
        score: 4 + place / 10 + Number(dimension),
        rank: 4 - place,
        rankedOf: 3,
      }));
      return HttpResponse.json({ items, page: 1, pageSize: 200, totalCount: items.length });
    }),
  );
}

function seriesOf(option: unknown): { name?: string; data: unknown[] }[] {
  return ((option as ChartOption).series as { name?: string; data: unknown[] }[] | undefined) ?? [];
}

describe('overview', () => {
  beforeEach(() => {
    drawn.options.length = 0;
    dimensionRankings();
  });

  it("opens on the plan's province in its latest year: totals, the charts' data, sub-dimensions, targets, actions and reporting", async () => {
    renderRoute('/overview?year=2020');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Bắc Giang' })).toBeInTheDocument();
    const kpis = screen.getByRole('list', { name: 'Kết quả năm 2020' });
    expect(kpis).toHaveTextContent('Tổng điểm 202044,32');
    expect(kpis).toHaveTextContent('Xếp hạng13/63');
    expect(kpis).toHaveTextContent('-1,72 (giảm 9 bậc)');

    const history = screen.getByRole('img', { name: /^Biểu đồ tổng điểm và thứ hạng theo năm/ });
    expect(history).toHaveAccessibleName('Biểu đồ tổng điểm và thứ hạng theo năm: 2018: 43,10 (20/63); 2019: 46,04 (4/63); 2020: 44,32 (13/63).');
    await waitFor(() => expect(drawn.options.length).toBeGreaterThanOrEqual(2));
    const line = drawn.options.find((option) => seriesOf(option)[0]?.name === 'Tổng điểm');
    expect(seriesOf(line).map((series) => series.data)).toEqual([
      [43.1, 46.04, 44.32],
      [20, 4, 13],
    ]);

    const radar = await screen.findByRole('img', { name: /^Biểu đồ radar/ });
    expect(radar.getAttribute('aria-label')).toContain('1: 5,50 / 5,20 / 5,30');
    const radarOption = drawn.options.find((option) => (option as ChartOption).radar !== undefined);
    const values = (seriesOf(radarOption)[0]?.data as { name: string; value: number[] }[]).map((entry) => [entry.name, entry.value[0]]);
    expect(values[0]).toEqual(['Bắc Giang', 5.5]);
    expect(values[1]?.[0]).toBe('Trung bình cả nước');
    expect(values[1]?.[1]).toBeCloseTo(5.2);
    expect(values[2]).toEqual(['Tỉnh cao nhất', 5.3]);

    expect(screen.getByRole('table', { name: /^Mục tiêu của kế hoạch/ })).toHaveTextContent('≤ 8');
    expect(screen.getByText(/^21 nhiệm vụ;/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '4 quá hạn' })).toHaveAttribute('href', '/plans/1/actions?deadlineState=Overdue');
    expect(screen.getByRole('link', { name: 'Xem tình hình nộp báo cáo' })).toHaveAttribute('href', '/reporting/completeness?plan=1&period=22');
    expect(screen.getByRole('list', { name: 'Nhiệm vụ theo trạng thái' })).toHaveTextContent('Chưa thực hiện6Đang thực hiện12Hoàn thành3Tạm dừng0');
  });

  it('sorts the sub-dimensions by change, says which way, and colours the changes', async () => {
    const { user } = renderRoute('/overview?province=12&year=2020');

    const table = await screen.findByRole('table', { name: /^Chỉ số thành phần của Bắc Giang năm 2020/ });
    const firstCodes = () => within(table).getAllByRole('row').slice(1, 4).map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(firstCodes()).toEqual(['1.1', '1.2', '2.1']);

    await user.click(within(table).getByRole('button', { name: /^Thay đổi/ }));
    expect(within(table).getByRole('columnheader', { name: /^Thay đổi/ })).toHaveAttribute('aria-sort', 'descending');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByText('+0,12')).toHaveClass('delta-up');
    expect(within(rows.at(-1) as HTMLElement).getByText('-0,08')).toHaveClass('delta-down');
    expect(rows[0]).toHaveTextContent('Nhóm trung bình cao');
  });

  it('reads in English', async () => {
    const { user } = renderRoute('/overview?province=12&year=2020');
    await screen.findByRole('heading', { level: 1, name: 'Tổng quan: Bắc Giang' });
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview: Bac Giang' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Results in 2020' })).toHaveTextContent('Total score 202044.32');
  });
});
