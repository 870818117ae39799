import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useIndexScale } from '@/components/index-scale-context';
import { currentLanguage } from '@/config/i18n';
import { formatScore } from '@/utils/format';
import { axisBounds } from '@/utils/index-scale';

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

/** The end of a dimension's axis: its scale's maximum, or, before the scale is known, the largest value drawn. */
function axisMax(range: { min: number; max: number } | undefined, point: DimensionPoint): number {
  if (range) return axisBounds(range).max;
  return Math.ceil(Math.max(point.province ?? 0, point.mean ?? 0, point.best ?? 0, 1));
}

/**
 * The year's dimensions, each axis on its own scale in the index's framework (PAPI's 1–10, PCI's 0–10):
 * the province against the national mean and the best province.
 */
export function DimensionsRadar({ provinceName, dimensions }: { provinceName: string; dimensions: readonly DimensionPoint[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const scale = useIndexScale();
  const decimals = scale?.decimals;
  const meanName = t('overview.radar.mean');
  const bestName = t('overview.radar.best');
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {},
      legend: { data: [provinceName, meanName, bestName], bottom: 0 },
      radar: {
        // Full names do not fit around the radar on a phone; the tooltip and the summary carry them.
        indicator: dimensions.map((dimension) => ({
          name: `${dimension.code}. ${shorten(dimension.name)}`,
          min: 0,
          max: axisMax(scale?.dimensions[dimension.code], dimension),
        })),
        radius: '55%',
      },
      series: [
        {
          type: 'radar',
          tooltip: { valueFormatter: (value) => (typeof value === 'number' ? formatScore(value, language, decimals) : '—') },
          data: [
            { name: provinceName, value: dimensions.map((dimension) => dimension.province ?? 0), areaStyle: { opacity: 0.2 } },
            { name: meanName, value: dimensions.map((dimension) => dimension.mean ?? 0), lineStyle: { type: 'dashed' } },
            { name: bestName, value: dimensions.map((dimension) => dimension.best ?? 0), lineStyle: { type: 'dotted' } },
          ],
        },
      ],
    }),
    [dimensions, provinceName, meanName, bestName, language, scale, decimals],
  );
  const number = (value: number | null) => (value == null ? '—' : formatScore(value, language, decimals));
  const summary = t('overview.radar.summary', {
    name: provinceName,
    values: dimensions
      .map((dimension) => `${dimension.code}: ${number(dimension.province)} / ${number(dimension.mean)} / ${number(dimension.best)}`)
      .join('; '),
  });
  return <Chart option={option} summary={summary} />;
}
