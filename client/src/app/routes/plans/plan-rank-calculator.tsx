import { useTranslation } from 'react-i18next';

import { PlanPage } from '@/features/plans/components/plan-page';
import { RankCalculator } from '@/features/plans/components/rank-calculator';

import { PlanLinksFor, PlanNotFound, usePlanIdParam } from './plan';

/** The rank of the plan's target when it has one: the question the calculator is there to answer. */
const fallbackRank = 10;

export function PlanRankCalculatorRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.rank.title')} links={<PlanLinksFor planId={planId} />}>
      {(plan) => (
        <RankCalculator planId={planId} initialRank={plan.targets.find((target) => target.kind === 'TotalRank')?.value ?? fallbackRank} />
      )}
    </PlanPage>
  );
}
