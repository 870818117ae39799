import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';

import { usePlan, type Plan } from '../api/get-plan';
import { PlanHeading } from './plan-detail';

export interface PlanPageProps {
  planId: number;
  /** The page's name, shown as its heading under the plan's title. */
  page: string;
  /** Links to the plan's other pages, drawn by the route. */
  links: ReactNode;
  children: (plan: Plan) => ReactNode;
}

/** One of a plan's pages: loads the plan, names the page after it, then shows the page's content. */
export function PlanPage({ planId, page, links, children }: PlanPageProps) {
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <>
      <PlanHeading plan={plan.data} page={page} />
      {links}
      {children(plan.data)}
    </>
  );
}
