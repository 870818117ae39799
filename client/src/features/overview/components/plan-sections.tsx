import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { planPath, reportingPath } from '@/config/paths';
import { formatInteger, formatPercent } from '@/utils/format';

import type { OverviewOfPlan } from '../api/overview-data';
import { actionStatusOrder, ActionsByDimensionChart, type DimensionActionCounts } from './action-charts';

const dimensionCodes = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

export interface PlanSectionsProps {
  planId: number;
  /** The plan's targets with their loading and error states (the plans feature draws them; the route brings them). */
  targets: ReactNode;
  /** GET /plans/{id}/overview: its actions by status and dimension and the current period's reporting. */
  overview: UseQueryResult<OverviewOfPlan>;
}

/** The plan of the province shown: its targets, its actions by status and by dimension, and the current period's reporting. */
export function PlanSections({ planId, targets, overview }: PlanSectionsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
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
        {targets}
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
                  <Link className="link-target" to={reportingPath('completeness', planId, overview.data.currentPeriod.period.id)}>{t('overview.reporting.open')}</Link>
                </p>
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
