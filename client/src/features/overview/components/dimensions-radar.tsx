import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLanguage } from '@/config/i18n';
import { formatScore } from '@/utils/format';

import { Chart } from './chart';
import type { ChartOption } from './echarts-setup';

export interface DimensionPoint {
  code: string;
  name: string;
  province: number | null;
  mean: number | null;
  best: number | null;
}

const shortNameLength = 16;

function shorten(name: string): string {
  return name.length <= shortNameLength ? name : `${name.slice(0, shortNameLength - 1).trimEnd()}…`;
}

/** The year's dimensions (1–10 each): the province against the national mean and the best province. */
export function DimensionsRadar({ provinceName, dimensions }: { provinceName: string; dimensions: readonly DimensionPoint[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const meanName = t('overview.radar.mean');
  const bestName = t('overview.radar.best');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      legend: { data: [provinceName, meanName, bestName], bottom: 0 },
      radar: {
        // Full names do not fit around the radar on a phone; the tooltip and the summary carry them.
        indicator: dimensions.map((dimension) => ({ name: `${dimension.code}. ${shorten(dimension.name)}`, min: 0, max: 10 })),
        radius: '55%',
      },
      series: [
        {
          type: 'radar',
          tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatScore(value, language) : '—') },
          data: [
            { name: provinceName, value: dimensions.map((dimension) => dimension.province ?? 0), areaStyle: { opacity: 0.2 } },
            { name: meanName, value: dimensions.map((dimension) => dimension.mean ?? 0), lineStyle: { type: 'dashed' } },
            { name: bestName, value: dimensions.map((dimension) => dimension.best ?? 0), lineStyle: { type: 'dotted' } },
          ],
        },
      ],
    }),
    [dimensions, provinceName, meanName, bestName, language],
  );
  const number = (value: number | null) => (value == null ? '—' : formatScore(value, language));
  const summary = t('overview.radar.summary', {
    name: provinceName,
    values: dimensions
      .map((dimension) => `${dimension.code}: ${number(dimension.province)} / ${number(dimension.mean)} / ${number(dimension.best)}`)
      .join('; '),
  });
  return <Chart option={option} summary={summary} />;
}
