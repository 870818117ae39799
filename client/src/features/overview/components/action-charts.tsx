import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatInteger } from '@/utils/format';

import { Chart } from './chart';
import type { ChartOption } from './echarts-setup';

export const actionStatusOrder = ['NotStarted', 'InProgress', 'Completed', 'Paused'] as const;
export type ActionStatusKey = (typeof actionStatusOrder)[number];

export interface DimensionActionCounts {
  dimension: string;
  counts: Record<ActionStatusKey, number>;
}

const statusColours: Record<ActionStatusKey, string> = {
  NotStarted: '#9aa5b1',
  InProgress: '#2680c2',
  Completed: '#27ab83',
  Paused: '#f0b429',
};

/** Actions of each dimension, stacked by status. */
export function ActionsByDimensionChart({ rows }: { rows: readonly DimensionActionCounts[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const names = useMemo(() => Object.fromEntries(actionStatusOrder.map((status) => [status, t(`actions.status.${status}`)])) as Record<ActionStatusKey, string>, [t]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: actionStatusOrder.map((status) => names[status]), bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: rows.map((row) => row.dimension) },
      yAxis: { type: 'value', minInterval: 1 },
      series: actionStatusOrder.map((status) => ({
        name: names[status],
        type: 'bar' as const,
        stack: 'status',
        itemStyle: { color: statusColours[status] },
        data: rows.map((row) => row.counts[status]),
      })),
    }),
    [rows, names],
  );
  const summary = t('overview.actions.byDimensionSummary', {
    values: rows
      .map((row) => `${row.dimension}: ${actionStatusOrder.map((status) => `${names[status]} ${formatInteger(row.counts[status], language)}`).join(', ')}`)
      .join('; '),
  });
  return <Chart option={option} summary={summary} />;
}
