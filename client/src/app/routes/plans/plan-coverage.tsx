import { useTranslation } from 'react-i18next';

import { CoverageTable } from '@/features/plans/components/coverage-table';
import { PlanIndexPicker } from '@/features/plans/components/plan-index-picker';
import { PlanPage } from '@/features/plans/components/plan-page';

import { PlanLinksFor, PlanNotFound, usePlanFrameworkParam, usePlanIdParam } from './plan';

export function PlanCoverageRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [framework, setFramework] = usePlanFrameworkParam();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.coverage.title')} links={<PlanLinksFor planId={planId} />}>
      {(plan) => (
        <>
          <PlanIndexPicker plan={plan} framework={framework} onChange={setFramework} />
          <CoverageTable planId={planId} framework={framework} />
        </>
      )}
    </PlanPage>
  );
}
