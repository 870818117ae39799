import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ScoreChange } from '@/components/score-change';
import { ScoreValue } from '@/components/score-value';
import { YearSelect } from '@/components/year-select';
import { currentLanguage } from '@/config/i18n';
import { planPath, reportingPath } from '@/config/paths';
import { usePermissions } from '@/features/auth/api/get-me';
import {
  actionStatusOrder,
  ActionsByDimensionChart,
  type DimensionActionCounts,
} from '@/features/overview/components/action-charts';
import { DimensionsRadar, type DimensionPoint } from '@/features/overview/components/dimensions-radar';
import { ScoreHistoryChart } from '@/features/overview/components/score-history-chart';
import { SubDimensionTable, type SubDimensionRow } from '@/features/overview/components/sub-dimension-table';
import { usePlan } from '@/features/plans/api/get-plan';
import { usePlanOverview } from '@/features/plans/api/get-plan-overview';
import { usePlans, type PlanSummary } from '@/features/plans/api/get-plans';
import { TargetsTable } from '@/features/plans/components/targets-table';
import { useProvinceProfile, type ProvinceProfile } from '@/features/provinces/api/get-province-profile';
import { provinceName } from '@/features/provinces/names';
import { ProvincePicker } from '@/features/provinces/components/province-picker';
import { useDimensionBenchmarks, type DimensionBenchmark } from '@/features/rankings/api/get-dimension-benchmarks';
import { formatInteger, formatPercent } from '@/utils/format';
import { localName } from '@/utils/names';
import { parsePositiveInt } from '@/utils/parse';

const dimensionCodes = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

/**
 * A province at a glance: its PAPI history, the year's dimensions against the country, its
 * sub-dimensions, and, for the province of a plan, the plan's targets, actions and reporting.
 */
export function OverviewRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const permissions = usePermissions();
  const plans = usePlans();
  const askedProvince = parsePositiveInt(searchParams.get('province'));
  const plansOfReader = permissions.has('ReadPlans') ? (plans.data?.items ?? []) : [];
  const provinceId = askedProvince ?? plansOfReader[0]?.provinceId;
  const plan = [...plansOfReader].filter((candidate) => candidate.provinceId === provinceId).sort((a, b) => b.baselineYear - a.baselineYear)[0];

  const change = (next: { province?: number; year?: number }) => {
    const params = new URLSearchParams();
    const province = next.province ?? provinceId;
    if (province !== undefined) params.set('province', String(province));
    if (next.year !== undefined) params.set('year', String(next.year));
    setSearchParams(params, { replace: true });
  };
  const picker = <ProvincePicker onPick={(province) => change({ province: province.id })} />;

  if (provinceId === undefined) {
    return (
      <>
        <title>{`${t('overview.title')} · ${t('app.name')}`}</title>
        <h1>{t('overview.title')}</h1>
        {plans.isPending && permissions.has('ReadPlans') ? <Loading /> : <p className="lead">{t('overview.choose')}</p>}
        {picker}
      </>
    );
  }
  return (
    <ProvinceOverview
      key={provinceId}
      provinceId={provinceId}
      year={parsePositiveInt(searchParams.get('year'))}
      plan={plan}
      picker={picker}
      onYearChange={(year) => change({ year })}
    />
  );
}

interface ProvinceOverviewProps {
  provinceId: number;
  year: number | undefined;
  plan: PlanSummary | undefined;
  picker: ReactNode;
  onYearChange: (year: number) => void;
}

function ProvinceOverview({ provinceId, year, plan, picker, onYearChange }: ProvinceOverviewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const profile = useProvinceProfile(provinceId);
  const years = (profile.data?.years ?? []).map((result) => result.surveyYear).sort((a, b) => b - a);
  const shownYear = year !== undefined && years.includes(year) ? year : years[0];
  const shown = profile.data?.years.find((result) => result.surveyYear === shownYear);
  const benchmarks = useDimensionBenchmarks(shownYear, shown ? shown.dimensions.map((dimension) => dimension.code) : []);
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
        {picker}
      </>
    );
  }
  const name = provinceName(profile.data.province, language);
  return (
    <>
      <title>{`${t('overview.titleFor', { name })} · ${t('app.name')}`}</title>
      <h1>{t('overview.titleFor', { name })}</h1>
      <div className="toolbar">
        {picker}
        {years.length > 0 && shownYear !== undefined && <YearSelect label={t('overview.year')} years={years} value={shownYear} onChange={onYearChange} />}
      </div>
      {shown === undefined ? (
        <p className="empty-state">{t('provinces.profile.noYears')}</p>
      ) : (
        <>
          <Kpis result={shown} />
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
      {plan && <PlanSections planId={plan.id} />}
    </>
  );
}

type YearResult = ProvinceProfile['years'][number];

function radarPoints(result: YearResult, benchmarks: readonly DimensionBenchmark[], language: string): DimensionPoint[] {
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

function subDimensionRows(result: YearResult, language: string): SubDimensionRow[] {
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

function Kpis({ result }: { result: YearResult }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const total = result.total;
  return (
    <ul className="kpis" aria-label={t('overview.kpis.label', { year: result.surveyYear })}>
      <li>
        {t('overview.kpis.total', { year: result.surveyYear })}
        <span className="kpi-value"><ScoreValue value={total.score} /></span>
      </li>
      <li>
        {t('overview.kpis.rank')}
        <span className="kpi-value">
          {total.rank == null ? t('scores.notRanked') : `${formatInteger(total.rank, language)}/${formatInteger(total.rankedOf, language)}`}
        </span>
      </li>
      <li>
        {t('overview.kpis.group')}
        <span className="kpi-value">{total.group == null ? '—' : t(`scores.groups.${total.group}`)}</span>
      </li>
      <li>
        {t('overview.kpis.change')}
        <span className="kpi-value">
          <ScoreChange delta={total.delta} rankChange={total.rankChange} unavailableBecause={total.changeUnavailableBecause} />
        </span>
      </li>
    </ul>
  );
}

function PlanSections({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const plan = usePlan(planId);
  const overview = usePlanOverview(planId);
  const targetsId = useId();
  const actionsId = useId();
  const reportingId = useId();
  const byDimension = useMemo<DimensionActionCounts[]>(
    () =>
      dimensionCodes.map((code) => {
        const row = overview.data?.byDimension.find((candidate) => candidate.dimension === code);
        return {
          dimension: code,
          counts: {
            NotStarted: row?.notStarted ?? 0,
            InProgress: row?.inProgress ?? 0,
            Completed: row?.completed ?? 0,
            Paused: row?.paused ?? 0,
          },
        };
      }),
    [overview.data],
  );

  return (
    <>
      <section aria-labelledby={targetsId}>
        <h2 id={targetsId}>{t('overview.plan.targets')}</h2>
        {plan.isPending ? (
          <Loading />
        ) : plan.isError ? (
          <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />
        ) : (
          <>
            <p>
              <Link to={planPath(planId)}>{localName(plan.data.titleVi, plan.data.titleEn, language)}</Link>
            </p>
            <TargetsTable targets={plan.data.targets} targetYear={plan.data.targetYear} />
          </>
        )}
      </section>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <div className="overview-grid">
          <section aria-labelledby={actionsId}>
            <h2 id={actionsId}>{t('overview.actions.heading')}</h2>
            <p>
              {t('overview.actions.total', { count: overview.data.actions, formatted: formatInteger(overview.data.actions, language) })}{' '}
              <Link to={`${planPath(planId, 'planActions')}?deadlineState=Overdue`}>
                {t('overview.actions.overdue', { count: overview.data.overdue, formatted: formatInteger(overview.data.overdue, language) })}
              </Link>
            </p>
            <ul className="kpis" aria-label={t('overview.actions.byStatus')}>
              {actionStatusOrder.map((status) => (
                <li key={status}>
                  {t(`actions.status.${status}`)}
                  <span className="kpi-value">
                    {formatInteger(overview.data.byStatus.find((row) => row.status === status)?.count ?? 0, language)}
                  </span>
                </li>
              ))}
            </ul>
            <h3 className="small-heading">{t('overview.actions.byDimension')}</h3>
            <ActionsByDimensionChart rows={byDimension} />
          </section>
          <section aria-labelledby={reportingId}>
            <h2 id={reportingId}>{t('overview.reporting.heading')}</h2>
            {overview.data.currentPeriod == null ? (
              <p className="empty-state">{t('overview.reporting.none')}</p>
            ) : (
              <>
                <p>
                  {t(`reporting.period.kind.${overview.data.currentPeriod.period.kind}`)} {overview.data.currentPeriod.period.year}
                </p>
                <ul className="kpis">
                  <li>
                    {t('reporting.completeness.submitted')}
                    <span className="kpi-value">
                      {formatInteger(overview.data.currentPeriod.counts.submitted, language)}/{formatInteger(overview.data.currentPeriod.counts.expected, language)}
                    </span>
                    {formatPercent(overview.data.currentPeriod.counts.submittedRate, language)}
                  </li>
                  <li>
                    {t('reporting.completeness.onTime')}
                    <span className="kpi-value">{formatInteger(overview.data.currentPeriod.counts.onTime, language)}</span>
                  </li>
                  <li>
                    {t('reporting.completeness.missing')}
                    <span className="kpi-value">{formatInteger(overview.data.currentPeriod.counts.missing, language)}</span>
                  </li>
                  <li>
                    {t('reporting.completeness.approved')}
                    <span className="kpi-value">{formatInteger(overview.data.currentPeriod.counts.approved, language)}</span>
                  </li>
                </ul>
                <p>
                  <Link className="link-target" to={reportingPath('completeness', planId, overview.data.currentPeriod.period.id)}>
                    {t('overview.reporting.open')}
                  </Link>
                </p>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
