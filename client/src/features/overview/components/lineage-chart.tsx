import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { useIndexScale } from '@/components/index-scale-context';
import { formatScore } from '@/utils/format';

import { Chart } from './chart';
import type { ChartOption } from './echarts-setup';

export interface LineageLine {
  /** Shown in the legend and the tooltip; an estimate's name already says it is one. */
  name: string;
  /** Drawn dashed with hollow markers, never like an official series. */
  estimate: boolean;
  /** Total score by survey year; a year missing from the map is a gap in the line. */
  scores: ReadonlyMap<number, number | null>;
}

/** Total score by year of a merged unit's predecessors (official, solid) and its estimate (dashed, hollow). */
export function LineageChart({ lines }: { lines: readonly LineageLine[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const decimals = useIndexScale()?.decimals;
  const years = useMemo(
    () => [...new Set(lines.flatMap((line) => [...line.scores.keys()]))].sort((a, b) => a - b),
    [lines],
  );
  const option = useMemo<ChartOption>(() => {
    const formatValue = (value: unknown) => (typeof value === 'number' ? formatScore(value, language, decimals) : '—');
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: lines.map((line) => line.name), bottom: 0 },
      grid: { left: 56, right: 24, top: 24, bottom: 72 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: (value: number) => formatScore(value, language, decimals) } },
      series: lines.map((line) => ({
        name: line.name,
        type: 'line',
        connectNulls: false,
        data: years.map((year) => line.scores.get(year) ?? null),
        tooltip: { valueFormatter: formatValue },
        ...(line.estimate
          ? { lineStyle: { type: 'dashed', width: 2 }, symbol: 'emptyCircle', symbolSize: 9 }
          : { lineStyle: { type: 'solid' }, symbol: 'circle', symbolSize: 6 }),
      })),
    };
  }, [lines, years, language, decimals]);
  const summary = t('overview.lineage.summary', {
    lines: lines
      .map(
        (line) =>
          `${line.name}: ${years
            .filter((year) => line.scores.get(year) != null)
            .map((year) => `${year} ${formatScore(line.scores.get(year) ?? 0, language, decimals)}`)
            .join(', ')}.`,
      )
      .join(' '),
  });
  return <Chart option={option} summary={summary} />;
}
