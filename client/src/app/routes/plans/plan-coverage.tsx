import { useTranslation } from 'react-i18next';

import { CoverageTable } from '@/features/plans/components/coverage-table';
import { PlanPage } from '@/features/plans/components/plan-page';

import { PlanLinksFor, PlanNotFound, usePlanIdParam } from './plan';

export function PlanCoverageRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.coverage.title')} links={<PlanLinksFor planId={planId} />}>
      {() => <CoverageTable planId={planId} />}
    </PlanPage>
  );
}
