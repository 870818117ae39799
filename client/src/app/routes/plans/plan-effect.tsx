import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { ActionStatusBadge } from '@/features/action-items/components/action-badges';
import { EffectTable } from '@/features/plans/components/effect-table';
import { PlanIndexPicker, planIndexOf } from '@/features/plans/components/plan-index-picker';
import { PlanPage } from '@/features/plans/components/plan-page';
import { parsePositiveInt } from '@/utils/parse';

import { PlanLinksFor, PlanNotFound, usePlanFrameworkParam, usePlanIdParam } from './plan';

export function PlanEffectRoute() {
  const { t } = useTranslation();
  const planId = usePlanIdParam();
  const [searchParams, setSearchParams] = useSearchParams();
  const [framework, setFramework] = usePlanFrameworkParam();
  if (planId === undefined) return <PlanNotFound />;
  return (
    <PlanPage planId={planId} page={t('gaps.effect.title')} links={<PlanLinksFor planId={planId} />}>
      {(plan) => (
        <>
          <PlanIndexPicker plan={plan} framework={framework} onChange={setFramework} />
          <EffectTable
            key={planIndexOf(plan, framework).framework}
            planId={planId}
            framework={framework}
            baselineYear={planIndexOf(plan, framework).baselineYear}
            year={parsePositiveInt(searchParams.get('year'))}
            actionStatus={(status) => <ActionStatusBadge status={status} />}
            onYearChange={(year) =>
              setSearchParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  next.set('year', String(year));
                  return next;
                },
                { replace: true },
              )
            }
          />
        </>
      )}
    </PlanPage>
  );
}
