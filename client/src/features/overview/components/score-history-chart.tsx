import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useIndexScale } from '@/components/index-scale-context';
import { currentLanguage } from '@/config/i18n';
import { formatInteger, formatScore } from '@/utils/format';
import { axisBounds } from '@/utils/index-scale';

import { Chart } from './chart';
import type { ChartOption } from './echarts-setup';

export interface YearResult {
  year: number;
  score: number | null;
  rank: number | null;
  rankedOf: number;
}

/** A score axis a little wider than the data, clipped to the index's range (PAPI's 8–80, PCI's 0–100). */
function totalAxis(range: { min: number; max: number }) {
  const bounds = axisBounds(range);
  return {
    min: (extent: { min: number }) => Math.max(bounds.min, Math.floor(extent.min - 1)),
    max: (extent: { max: number }) => Math.min(bounds.max, Math.ceil(extent.max + 1)),
  };
}

/**
 * Total score (left axis, fitted to the data but never beyond the index's own scale) and rank (right
 * axis, 1 at the top, down to the most provinces ranked) by survey year.
 */
export function ScoreHistoryChart({ years }: { years: readonly YearResult[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const scale = useIndexScale();
  const decimals = scale?.decimals;
  const sorted = useMemo(() => [...years].sort((a, b) => a.year - b.year), [years]);
  const scoreName = t('overview.history.score');
  const rankName = t('overview.history.rank');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: [scoreName, rankName], bottom: 0 },
      grid: { left: 56, right: 48, top: 40, bottom: 64 },
      xAxis: { type: 'category', data: sorted.map((year) => String(year.year)) },
      yAxis: [
        {
          type: 'value',
          name: scoreName,
          scale: true,
          ...(scale && totalAxis(scale.total)),
          axisLabel: { formatter: (value: number) => formatScore(value, language, decimals) },
        },
        { type: 'value', name: rankName, inverse: true, min: 1, max: Math.max(1, ...sorted.map((year) => year.rankedOf)), splitLine: { show: false } },
      ],
      series: [
        {
          name: scoreName,
          type: 'line',
          data: sorted.map((year) => year.score),
          tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatScore(value, language, decimals) : '—') },
        },
        {
          name: rankName,
          type: 'line',
          yAxisIndex: 1,
          data: sorted.map((year) => year.rank),
          lineStyle: { type: 'dashed' },
          tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatInteger(value, language) : '—') },
        },
      ],
    }),
    [sorted, language, scoreName, rankName, scale, decimals],
  );
  const summary = t('overview.history.summary', {
    values: sorted
      .map((year) =>
        year.score == null
          ? `${year.year}: —`
          : `${year.year}: ${formatScore(year.score, language, decimals)} (${year.rank == null ? '—' : `${formatInteger(year.rank, language)}/${formatInteger(year.rankedOf, language)}`})`,
      )
      .join('; '),
  });
  return <Chart option={option} summary={summary} />;
}
