import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { EffectTable } from '@/features/plans/components/effect-table';
import { PlanPage } from '@/features/plans/components/plan-page';
import { parsePositiveInt } from '@/utils/parse';

import { PlanLinksFor, PlanNotFound, usePlanIdParam } from './plan';

export function PlanEffectRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [searchParams, setSearchParams] = useSearchParams();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.effect.title')} links={<PlanLinksFor planId={planId} />}>
      {(plan) => (
        <EffectTable
          planId={planId}
          baselineYear={plan.baselineYear}
          year={parsePositiveInt(searchParams.get('year'))}
          onYearChange={(year) => setSearchParams({ year: String(year) }, { replace: true })}
        />
      )}
    </PlanPage>
  );
}
