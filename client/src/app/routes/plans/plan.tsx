import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { PlanDetail } from '@/features/plans/components/plan-detail';
import { usePlan } from '@/features/plans/api/get-plan';
import { parsePositiveInt } from '@/utils/parse';

import { PlanLinks } from './plan-links';

/** The plan id of the address, or a "not found" page. */
export function usePlanIdParam(): number | undefined {
  const { planId } = useParams();
  return parsePositiveInt(planId);
}

/** The index a gap-analysis page reads (?framework=), the plan's lead index when absent; choosing one keeps the other parameters. */
export function usePlanFrameworkParam(): [string | undefined, (framework: string) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const choose = (framework: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('framework', framework);
        return next;
      },
      { replace: true },
    );
  return [searchParams.get('framework') ?? undefined, choose];
}

export function PlanNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('plans.title')}</h1>
      <p className="empty-state">{t('plans.notFound')}</p>
    </>
  );
}

/** The plan's links, with its province once the plan has loaded (shared with the plan query of the page). */
export function PlanLinksFor({ planId }: { planId: number }) {
  const plan = usePlan(planId);
  return <PlanLinks planId={planId} provinceId={plan.data?.provinceId} />;
}

export function PlanRoute() {
  const planId = usePlanIdParam();
  if (planId === undefined) return <PlanNotFound />;
  return <PlanDetail key={planId} planId={planId} links={<PlanLinksFor planId={planId} />} />;
}
