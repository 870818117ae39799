import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatInteger, formatScore } from '@/utils/format';

import { Chart } from './chart';
import type { ChartOption } from './echarts-setup';

export interface YearResult {
  year: number;
  score: number | null;
  rank: number | null;
  rankedOf: number;
}

/** Total score (left axis) and rank (right axis, 1 at the top) by survey year. */
export function ScoreHistoryChart({ years }: { years: readonly YearResult[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
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
        { type: 'value', name: scoreName, scale: true, axisLabel: { formatter: (value: number) => formatScore(value, language) } },
        { type: 'value', name: rankName, inverse: true, min: 1, max: Math.max(63, ...sorted.map((year) => year.rankedOf)), splitLine: { show: false } },
      ],
      series: [
        {
          name: scoreName,
          type: 'line',
          data: sorted.map((year) => year.score),
          tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatScore(value, language) : '—') },
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
    [sorted, language, scoreName, rankName],
  );
  const summary = t('overview.history.summary', {
    values: sorted
      .map((year) =>
        year.score == null
          ? `${year.year}: —`
          : `${year.year}: ${formatScore(year.score, language)} (${year.rank == null ? '—' : `${formatInteger(year.rank, language)}/${formatInteger(year.rankedOf, language)}`})`,
      )
      .join('; '),
  });
  return <Chart option={option} summary={summary} />;
}
