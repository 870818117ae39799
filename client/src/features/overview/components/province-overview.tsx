import type { UseQueryResult } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '@/components/error-alert';
import { useIndexScale } from '@/components/index-scale-context';
import { Loading } from '@/components/loading';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';
import { localName } from '@/utils/names';

import { useDimensionBenchmarks, type DimensionBenchmark } from '../api/get-dimension-benchmarks';
import type { OverviewProfile, OverviewYearResult } from '../api/overview-data';
import { DimensionsRadar, type DimensionPoint } from './dimensions-radar';
import { IndexStandings } from './index-standings';
import { OverviewKpis } from './overview-kpis';
import { ScoreHistoryChart } from './score-history-chart';
import { SubDimensionTable, type SubDimensionRow } from './sub-dimension-table';

export interface ProvinceOverviewProps {
  /** The province's profile on `framework` (null: no such province). */
  profile: UseQueryResult<OverviewProfile | null>;
  /** The index shown (PAPI, PCI …); its scale comes from IndexScaleContext. */
  framework: string;
  /** The year asked for; the latest with results when not given or not scored. */
  year: number | undefined;
  onYearChange: (year: number) => void;
  /** The province picker and the index picker (the route brings them). */
  pickers: ReactNode;
  /** The sections of the province's plan, when it has one. */
  planSections?: ReactNode;
}

/**
 * A province at a glance on one index: every index it is scored on, then the chosen index's history,
 * the year's dimensions against the country and its sub-dimensions, and the plan's sections below.
 */
export function ProvinceOverview({ profile, framework, year, onYearChange, pickers, planSections }: ProvinceOverviewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const scale = useIndexScale();
  const years = (profile.data?.years ?? []).map((result) => result.surveyYear).sort((a, b) => b - a);
  const shownYear = year !== undefined && years.includes(year) ? year : years[0];
  const shown = profile.data?.years.find((result) => result.surveyYear === shownYear);
  const benchmarks = useDimensionBenchmarks(
    shownYear,
    framework,
    shown ? shown.dimensions.map((dimension) => dimension.code) : [],
    scale?.higherIsBetter,
  );
  const historyId = useId();
  const radarId = useId();
  const subId = useId();

  if (profile.isPending) return <Loading />;
  if (profile.isError) return <ErrorAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  if (profile.data === null) {
    return (
      <>
        <h1>{t('overview.title')}</h1>
        <p className="empty-state">{t('provinces.profile.notFound')}</p>
        {pickers}
      </>
    );
  }
  const name = localName(profile.data.province.nameVi, profile.data.province.nameEn, language);
  return (
    <>
      <title>{`${t('overview.titleFor', { name })} · ${t('app.name')}`}</title>
      <h1>{t('overview.titleFor', { name })}</h1>
      <IndexStandings provinceId={profile.data.province.id} />
      <div className="toolbar">
        {pickers}
        {years.length > 0 && shownYear !== undefined && <YearSelect label={t('overview.year')} years={years} value={shownYear} onChange={onYearChange} />}
      </div>
      {shown === undefined ? (
        <p className="empty-state">{t('provinces.profile.noYears', { index: framework })}</p>
      ) : (
        <>
          <OverviewKpis result={shown} />
          <div className="overview-grid">
            <section aria-labelledby={historyId}>
              <h2 id={historyId}>{t('overview.history.heading')}</h2>
              <ScoreHistoryChart
                years={profile.data.years.map((result) => ({
                  year: result.surveyYear,
                  score: result.total.score ?? null,
                  rank: result.total.rank ?? null,
                  rankedOf: result.total.rankedOf,
                }))}
              />
            </section>
            <section aria-labelledby={radarId}>
              <h2 id={radarId}>{t('overview.radar.heading', { year: shown.surveyYear })}</h2>
              {benchmarks.isPending ? (
                <Loading />
              ) : benchmarks.error ? (
                <ErrorAlert error={benchmarks.error} />
              ) : (
                <DimensionsRadar provinceName={name} dimensions={radarPoints(shown, benchmarks.data ?? [], language)} />
              )}
            </section>
          </div>
          <section aria-labelledby={subId}>
            <h2 id={subId}>{t('overview.subDimensions.heading')}</h2>
            <SubDimensionTable
              caption={t('overview.subDimensions.caption', { name, year: shown.surveyYear, version: shown.frameworkVersion })}
              rows={subDimensionRows(shown, language)}
            />
          </section>
        </>
      )}
      {planSections}
    </>
  );
}

function radarPoints(result: OverviewYearResult, benchmarks: readonly DimensionBenchmark[], language: string): DimensionPoint[] {
  return [...result.dimensions]
    .sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
    .map((dimension) => {
      const benchmark = benchmarks.find((candidate) => candidate.code === dimension.code);
      return {
        code: dimension.code,
        name: localName(dimension.nameVi, dimension.nameEn, language),
        province: dimension.score.score ?? null,
        mean: benchmark?.mean ?? null,
        best: benchmark?.best ?? null,
      };
    });
}

function subDimensionRows(result: OverviewYearResult, language: string): SubDimensionRow[] {
  return result.dimensions.flatMap((dimension) =>
    dimension.subDimensions.map((sub) => ({
      code: sub.code,
      name: localName(sub.nameVi, sub.nameEn, language),
      dimensionCode: dimension.code,
      value: sub.value ?? null,
      delta: sub.delta ?? null,
      unavailableBecause: sub.changeUnavailableBecause ?? null,
      group: dimension.score.group ?? null,
    })),
  );
}
