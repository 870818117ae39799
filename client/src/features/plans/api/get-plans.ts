/**
 * GET /api/v1/plans (operationId GetPlans): the plans of the reader's province, a page at a time.
 * The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { plansQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type PlanSummary = components['schemas']['PlanSummaryDto'];
export type PlanStatus = components['schemas']['PlanStatus'];
type GetPlansQuery = NonNullable<operations['GetPlans']['parameters']['query']>;
type GetPlansOk = operations['GetPlans']['responses'][200]['content']['application/json'];

/** A province has a plan a year at most: one page holds them all. */
export const plansPageSize = 200;

export function getPlans(signal?: AbortSignal): Promise<GetPlansOk> {
  const query: GetPlansQuery = { page: 1, pageSize: plansPageSize };
  return apiClient.getJson<GetPlansOk>('/api/v1/plans', { query, signal });
}

export function getPlansQueryOptions() {
  return queryOptions({ queryKey: [...plansQueryKey, 'list'], queryFn: ({ signal }) => getPlans(signal) });
}

export function usePlans() {
  return useQuery(getPlansQueryOptions());
}
