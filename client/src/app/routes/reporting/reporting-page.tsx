import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { paths, reportingPath } from '@/config/paths';
import { usePermissions } from '@/features/auth/api/get-me';
import { usePlans } from '@/features/plans/api/get-plans';
import { planTitle } from '@/features/plans/names';
import { currentPeriod, useReportingPeriods } from '@/features/reporting/api/get-reporting-periods';
import { PeriodSelect } from '@/features/reporting/components/period-select';
import { localDateInVietnam } from '@/utils/format';
import { parsePositiveInt } from '@/utils/parse';

type ReportingPageKey = 'obligations' | 'reviewInbox' | 'completeness';

export interface ReportingPageProps {
  /** Which reporting page this is (its link is marked current by the router). */
  page: ReportingPageKey;
  title: string;
  children: (periodId: number) => ReactNode;
}

/**
 * The frame of the reporting pages: the plan and the period (kept in the address, the current period
 * by default), links between the pages, then the page's content for that period.
 */
export function ReportingPage({ title, children }: ReportingPageProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const planSelectId = useId();
  const permissions = usePermissions();
  const [searchParams, setSearchParams] = useSearchParams();
  const plans = usePlans();
  const askedPlan = parsePositiveInt(searchParams.get('plan'));
  const planId = askedPlan ?? plans.data?.items[0]?.id;
  const periods = useReportingPeriods(planId);
  const askedPeriod = parsePositiveInt(searchParams.get('period'));
  const periodId =
    periods.data?.find((period) => period.id === askedPeriod)?.id ?? (periods.data ? currentPeriod(periods.data, localDateInVietnam())?.id : undefined);

  const choose = (plan: number | undefined, period: number | undefined) => {
    const next = new URLSearchParams();
    if (plan !== undefined) next.set('plan', String(plan));
    if (period !== undefined) next.set('period', String(period));
    setSearchParams(next, { replace: true });
  };

  const links: { key: ReportingPageKey; label: string; shown: boolean }[] = [
    { key: 'obligations', label: t('reporting.nav.obligations'), shown: true },
    { key: 'reviewInbox', label: t('reporting.nav.inbox'), shown: permissions.has('ReviewReports') },
    { key: 'completeness', label: t('reporting.nav.completeness'), shown: true },
  ];

  let content: ReactNode;
  if (plans.isPending || (planId !== undefined && periods.isPending)) content = <Loading />;
  else if (plans.isError) content = <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (periods.isError) content = <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (planId === undefined) content = <p className="empty-state">{t('reporting.noPlans')}</p>;
  else if (periodId === undefined) content = <p className="empty-state">{t('reporting.noPeriods')}</p>;
  else content = children(periodId);

  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1>{title}</h1>
      <nav aria-label={t('reporting.nav.label')} className="sub-nav">
        <ul>
          {links
            .filter((link) => link.shown)
            .map((link) => (
              <li key={link.key}>
                <NavLink to={reportingPath(link.key, planId, periodId)} end>
                  {link.label}
                </NavLink>
              </li>
            ))}
          <li>
            <NavLink to={paths.reportingMatrix}>{t('reporting.nav.matrix')}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="toolbar">
        {plans.data && plans.data.items.length > 1 && (
          <div className="field">
            <label htmlFor={planSelectId}>{t('reporting.choosePlan')}</label>
            <select id={planSelectId} value={planId ?? ''} onChange={(event) => choose(Number(event.target.value), undefined)}>
              {plans.data.items.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {planTitle(plan, language)}
                </option>
              ))}
            </select>
          </div>
        )}
        {periods.data && periods.data.length > 0 && <PeriodSelect periods={periods.data} value={periodId} onChange={(period) => choose(planId, period)} />}
      </div>
      {content}
    </>
  );
}
