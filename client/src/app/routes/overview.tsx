import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { IndexScaleContext } from '@/components/index-scale-context';
import { Loading } from '@/components/loading';
import { currentLanguage } from '@/config/i18n';
import { planPath } from '@/config/paths';
import { usePermissions } from '@/features/auth/api/get-me';
import { FrameworkPicker } from '@/features/frameworks/components/framework-picker';
import { parseFramework, withFramework } from '@/features/frameworks/framework-param';
import { useChosenIndex } from '@/features/frameworks/hooks/use-chosen-index';
import { PlanSections } from '@/features/overview/components/plan-sections';
import { ProvinceOverview } from '@/features/overview/components/province-overview';
import { usePlan } from '@/features/plans/api/get-plan';
import { usePlanOverview } from '@/features/plans/api/get-plan-overview';
import { usePlans } from '@/features/plans/api/get-plans';
import { TargetsTable } from '@/features/plans/components/targets-table';
import { useProvinceProfile } from '@/features/provinces/api/get-province-profile';
import { ProvincePicker } from '@/features/provinces/components/province-picker';
import { localName } from '@/utils/names';
import { parsePositiveInt } from '@/utils/parse';

/**
 * A province at a glance: the indices it is scored on, the chosen index's history, dimensions and
 * sub-dimensions, and, for the province of a plan, the plan's targets, actions and reporting.
 */
export function OverviewRoute() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const permissions = usePermissions();
  const plans = usePlans();
  const askedProvince = parsePositiveInt(searchParams.get('province'));
  const year = parsePositiveInt(searchParams.get('year'));
  const index = useChosenIndex(parseFramework(searchParams.get('framework')), year);
  const plansOfReader = permissions.has('ReadPlans') ? (plans.data?.items ?? []) : [];
  const provinceId = askedProvince ?? plansOfReader[0]?.provinceId;
  const plan = [...plansOfReader].filter((candidate) => candidate.provinceId === provinceId).sort((a, b) => b.baselineYear - a.baselineYear)[0];

  const change = (next: { province?: number; year?: number | undefined; framework?: string }) => {
    const params = new URLSearchParams();
    const province = next.province ?? provinceId;
    if (province !== undefined) params.set('province', String(province));
    if (next.year !== undefined) params.set('year', String(next.year));
    setSearchParams(withFramework(params, next.framework ?? index.code), { replace: true });
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
    <IndexScaleContext value={index.scale}>
      <OverviewOfProvince
        key={`${provinceId}|${index.code}`}
        provinceId={provinceId}
        framework={index.code}
        year={year}
        planId={plan?.id}
        pickers={
          <>
            {picker}
            <FrameworkPicker value={index.code} year={year} onChange={(framework) => change({ framework, year })} />
          </>
        }
        onYearChange={(next) => change({ year: next })}
      />
    </IndexScaleContext>
  );
}

interface OverviewOfProvinceProps {
  provinceId: number;
  framework: string;
  year: number | undefined;
  planId: number | undefined;
  pickers: ReactNode;
  onYearChange: (year: number) => void;
}

function OverviewOfProvince({ provinceId, framework, year, planId, pickers, onYearChange }: OverviewOfProvinceProps) {
  const profile = useProvinceProfile(provinceId, framework);
  return (
    <ProvinceOverview
      profile={profile}
      framework={framework}
      year={year}
      onYearChange={onYearChange}
      pickers={pickers}
      planSections={planId !== undefined && <PlanOfProvince planId={planId} />}
    />
  );
}

function PlanOfProvince({ planId }: { planId: number }) {
  const language = currentLanguage();
  const plan = usePlan(planId);
  const overview = usePlanOverview(planId);
  const targets = plan.isPending ? (
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
  );
  return <PlanSections planId={planId} targets={targets} overview={overview} />;
}
