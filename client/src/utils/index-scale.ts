import type { components } from '@/types/api';

type Framework = components['schemas']['FrameworkDto'];
type FrameworkVersion = components['schemas']['FrameworkVersionDto'];

/** A range of scores: an index's total or one of its dimensions. */
export interface ScoreRange {
  min: number;
  max: number;
}

/**
 * How an index's scores read, from its framework definition (GET /frameworks), never from PAPI's habits:
 * the decimals it publishes, whether a higher score is better, the range of its total and of each
 * dimension in the version that scored a year.
 */
export interface IndexScale {
  code: string;
  decimals: number;
  higherIsBetter: boolean;
  total: ScoreRange;
  /** By dimension code (PAPI's 1–10, PCI's ten 0–10 sub-indices). */
  dimensions: Readonly<Record<string, ScoreRange>>;
}

/** The version that scored `year`; the newest when none covers it or no year is given. */
export function versionOf(framework: Framework, year?: number): FrameworkVersion | undefined {
  const newestFirst = [...framework.versions].sort((a, b) => b.firstYear - a.firstYear);
  const covering =
    year === undefined ? undefined : newestFirst.find((version) => version.firstYear <= year && (version.lastYear == null || year <= version.lastYear));
  return covering ?? newestFirst[0];
}

export function scaleOf(framework: Framework, year?: number): IndexScale {
  const version = versionOf(framework, year);
  return {
    code: framework.code,
    decimals: framework.publishedDecimals,
    higherIsBetter: framework.higherIsBetter,
    total: { min: version?.totalScaleMin ?? 0, max: version?.totalScaleMax ?? 0 },
    dimensions: Object.fromEntries((version?.dimensions ?? []).map((dimension) => [dimension.code, { min: dimension.scaleMin, max: dimension.scaleMax }])),
  };
}

/**
 * Where a chart's axis ends: the range's bound to whole units (PAPI's total tops out at 79.97 by its
 * parts' scales and is read as out of 80).
 */
export function axisBounds(range: ScoreRange): ScoreRange {
  return { min: Math.floor(range.min), max: Math.ceil(range.max) };
}

/** Whether a change is an improvement on an index where a lower score may be the better one. */
export function isImprovement(delta: number, higherIsBetter: boolean): boolean {
  return higherIsBetter ? delta > 0 : delta < 0;
}
