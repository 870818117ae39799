import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { readActionFilters, writeActionFilters } from '@/features/action-items/api/get-action-items';
import { ActionList } from '@/features/action-items/components/action-list';
import { PlanPage } from '@/features/plans/components/plan-page';

import { PlanLinksFor, PlanNotFound, usePlanIdParam } from './plan';

export function PlanActionsRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [searchParams, setSearchParams] = useSearchParams();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('actions.title')} links={<PlanLinksFor planId={planId} />}>
      {() => <ActionList planId={planId} filters={readActionFilters(searchParams)} onFiltersChange={(next) => setSearchParams(writeActionFilters(next))} />}
    </PlanPage>
  );
}
