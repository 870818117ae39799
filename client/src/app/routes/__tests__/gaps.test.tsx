import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { coverage, coverageUrl, effectUrl, plan, planUrl } from '@/testing/mocks/plans';
import { server } from '@/testing/mocks/server';
import { renderRoute, screen, waitFor, within } from '@/testing/test-utils';

describe('gap analysis', () => {
  it('marks the sub-dimensions that declined with no action, in words and colour, and can show only them', async () => {
    const { user } = renderRoute('/plans/1/coverage');

    expect(await screen.findByRole('heading', { level: 1, name: 'Độ bao phủ của nhiệm vụ' })).toBeInTheDocument();
    expect(await screen.findByText(/1 chỉ số thành phần giảm điểm mà chưa có nhiệm vụ nào/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Các chỉ số thành phần năm 2020 và số nhiệm vụ hướng tới từng chỉ số' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveClass('gap-row');
    expect(rows[1]).toHaveTextContent('1.2Cơ hội tham gia1,50-0,1255/63Nhóm thấp nhất0Khoảng trống: giảm điểm, chưa có nhiệm vụ');
    expect(rows[0]).not.toHaveClass('gap-row');
    expect(rows[0]).toHaveTextContent('Giảm điểm, đã có nhiệm vụ');

    await user.click(screen.getByLabelText('Chỉ hiện khoảng trống'));
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(1);
  });

  it("starts the rank calculator at the plan's target rank, asks again for another, and shows a refused rank on its field", async () => {
    const ranks: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/plans/1/rank-calculator') ranks.push(url.searchParams.get('rank'));
    });
    const { user } = renderRoute('/plans/1/rank-calculator');

    expect(await screen.findByRole('heading', { level: 2, name: 'Hạng 8/63 năm 2020' })).toBeInTheDocument();
    expect(screen.getByText('Tỉnh đứng hạng 8 là Bình Định với 45,04 điểm.')).toBeInTheDocument();
    expect(screen.getByText('Cần thêm 0,72 điểm để đạt hạng này.')).toBeInTheDocument();
    expect(screen.getByText('Nếu các tỉnh khác thay đổi bằng mức trung bình cả nước (+0,35), cần khoảng 45,39 điểm.')).toBeInTheDocument();

    const rank = screen.getByLabelText('Hạng cần đạt');
    await user.clear(rank);
    await user.type(rank, '5');
    await user.click(screen.getByRole('button', { name: 'Tính' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Hạng 5/63 năm 2020' })).toBeInTheDocument();

    await user.clear(rank);
    await user.type(rank, '70');
    await user.click(screen.getByRole('button', { name: 'Tính' }));
    await waitFor(() => expect(rank).toHaveAccessibleDescription('The rank must be between 1 and 63.'));
    expect(ranks).toEqual(['8', '5', '70']);
  });

  it('shows each change since the baseline beside the actions that targeted it', async () => {
    renderRoute('/plans/1/effect');

    const table = await screen.findByRole('table', { name: 'Thay đổi của các chỉ số thành phần từ 2020 đến 2021 và các nhiệm vụ tác động' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('1.1Tri thức công dân1,051,20+0,15D1.a Đang thực hiện 40%0/1 nhiệm vụ đã hoàn thành');
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'D1.a' })).toHaveAttribute('href', '/actions/11');
    expect(rows[1]).toHaveTextContent('1,30—— (chưa có điểm năm nay)Không có nhiệm vụ');
    expect(screen.getByText('Bộ chỉ số đã thay đổi (PAPI-2019 → PAPI-2021); một số chỉ số không so sánh được.')).toBeInTheDocument();
  });

  it('says plainly that nothing is published after a 2024 baseline yet, without asking for the effect', async () => {
    let asked = false;
    server.use(
      http.get(planUrl, () => HttpResponse.json({ ...plan, baselineYear: 2024, targetYear: 2026 })),
      http.get(effectUrl, () => {
        asked = true;
        return HttpResponse.json({}, { status: 404 });
      }),
    );
    renderRoute('/plans/1/effect');

    expect(await screen.findByText('Chưa có kết quả PAPI nào công bố sau năm cơ sở 2024: hiệu quả được tính khi có kết quả mới.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('reads a plan over several indices one index at a time, picked on the page, and lists them on the plan', async () => {
    const twoIndices = {
      ...plan,
      indices: [...plan.indices, { framework: 'PCI', nameVi: 'Chỉ số Năng lực cạnh tranh cấp tỉnh', nameEn: 'Provincial Competitiveness Index', baselineYear: 2022 }],
      targets: [...plan.targets, { ...plan.targets[0]!, framework: 'PCI', kind: 'TotalScore' as const, value: 75, lowerIsBetter: false }],
    };
    const asked: (string | null)[] = [];
    server.use(
      http.get(planUrl, () => HttpResponse.json(twoIndices)),
      http.get(coverageUrl, ({ request }) => {
        const framework = new URL(request.url).searchParams.get('framework');
        asked.push(framework);
        return HttpResponse.json(framework === 'PCI' ? { ...coverage, framework: 'PCI', baselineYear: 2022, frameworkVersion: 'PCI-2022' } : coverage);
      }),
    );
    const { user } = renderRoute('/plans/1/coverage');

    expect(await screen.findByText(/bộ chỉ số PAPI-2019/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Bộ chỉ số'), 'PCI');
    expect(await screen.findByText(/bộ chỉ số PCI-2022/)).toBeInTheDocument();
    expect(asked).toEqual([null, 'PCI']);
  });

  it("lists every index of the plan with its baseline, and names each target's index", async () => {
    server.use(
      http.get(planUrl, () =>
        HttpResponse.json({
          ...plan,
          indices: [...plan.indices, { framework: 'PCI', nameVi: 'Chỉ số Năng lực cạnh tranh cấp tỉnh', nameEn: 'PCI', baselineYear: 2022 }],
          targets: [...plan.targets, { ...plan.targets[0]!, framework: 'PCI', kind: 'TotalScore' as const, value: 75, lowerIsBetter: false }],
        }),
      ),
    );
    renderRoute('/plans/1');

    const indices = await screen.findByRole('table', { name: 'Bộ chỉ số kế hoạch hướng tới, mỗi bộ với năm cơ sở riêng' });
    const rows = within(indices).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Chỉ số PAPI (PAPI)20201', 'Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI)20221']);
    expect(screen.getByRole('rowheader', { name: /^PCI · Tổng điểm/ })).toBeInTheDocument();
  });
});
