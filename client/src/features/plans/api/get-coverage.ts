/**
 * GET /api/v1/plans/{id}/coverage (operationId GetCoverage): gap analysis, every baseline sub-dimension
 * with its score, change, group and the number of actions targeting it; gaps flagged by the API.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { planQueryKey } from './get-plan';

export type Coverage = operations['GetCoverage']['responses'][200]['content']['application/json'];
export type CoverageRow = components['schemas']['CoverageRowDto'];

export function getCoverage(planId: number, signal?: AbortSignal): Promise<Coverage> {
  return apiClient.getJson<Coverage>(`/api/v1/plans/${encodeURIComponent(planId)}/coverage`, { signal });
}

export function getCoverageQueryOptions(planId: number) {
  return queryOptions({ queryKey: [...planQueryKey(planId), 'coverage'], queryFn: ({ signal }) => getCoverage(planId, signal) });
}

export function useCoverage(planId: number) {
  return useQuery(getCoverageQueryOptions(planId));
}
