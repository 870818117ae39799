import { useTranslation } from 'react-i18next';

import { PlanIndexPicker, planIndexOf } from '@/features/plans/components/plan-index-picker';
import { PlanPage } from '@/features/plans/components/plan-page';
import { RankCalculator } from '@/features/plans/components/rank-calculator';

import { PlanLinksFor, PlanNotFound, usePlanFrameworkParam, usePlanIdParam } from './plan';

/** The rank of the plan's target when it has one: the question the calculator is there to answer. */
const fallbackRank = 10;

export function PlanRankCalculatorRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [framework, setFramework] = usePlanFrameworkParam();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.rank.title')} links={<PlanLinksFor planId={planId} />}>
      {(plan) => {
        const index = planIndexOf(plan, framework).framework;
        const rankTarget = plan.targets.find((target) => target.kind === 'TotalRank' && target.framework === index);
        return (
          <>
            <PlanIndexPicker plan={plan} framework={framework} onChange={setFramework} />
            <RankCalculator key={index} planId={planId} framework={framework} initialRank={rankTarget?.value ?? fallbackRank} />
          </>
        );
      }}
    </PlanPage>
  );
}
