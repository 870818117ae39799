/**
 * GET /api/v1/plans/{id}/overview (operationId GetPlanOverview): where the plan stands today, its
 * actions by status and by dimension, how many are overdue, and the current period's reporting
 * completeness as the reader sees it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type PlanOverview = operations['GetPlanOverview']['responses'][200]['content']['application/json'];
export type DimensionActions = components['schemas']['DimensionActionsDto'];
export type ReportCounts = components['schemas']['ReportCounts'];

export function getPlanOverview(planId: number, signal?: AbortSignal): Promise<PlanOverview> {
  return apiClient.getJson<PlanOverview>(`/api/v1/plans/${encodeURIComponent(planId)}/overview`, { signal });
}

export function getPlanOverviewQueryOptions(planId: number) {
  return queryOptions({
    queryKey: [...planQueryKey(planId), 'overview'],
    queryFn: ({ signal }) => getPlanOverview(planId, signal),
    staleTime: 60 * 1000,
  });
}

export function usePlanOverview(planId: number | undefined) {
  return useQuery({ ...getPlanOverviewQueryOptions(planId ?? 0), enabled: planId !== undefined });
}
