/**
 * GET /api/v1/plans/{id} (operationId GetPlan): a plan with its indices, its targets and their progress,
 * derived from every release of the target's index since that index's baseline. The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type Plan = operations['GetPlan']['responses'][200]['content']['application/json'];
export type TargetProgress = components['schemas']['TargetProgressDto'];
export type TargetKind = components['schemas']['TargetKind'];
export type TargetYearValue = components['schemas']['TargetYearValueDto'];
export type PlanIndex = components['schemas']['PlanIndexDto'];

export function getPlan(id: operations['GetPlan']['parameters']['path']['id'], signal?: AbortSignal): Promise<Plan> {
  return apiClient.getJson<Plan>(`/api/v1/plans/${encodeURIComponent(id)}`, { signal });
}

export function getPlanQueryOptions(id: number) {
  return queryOptions({ queryKey: planQueryKey(id), queryFn: ({ signal }) => getPlan(id, signal) });
}

export function usePlan(id: number) {
  return useQuery(getPlanQueryOptions(id));
}
