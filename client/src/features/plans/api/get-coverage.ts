/**
 * GET /api/v1/plans/{id}/coverage (operationId GetCoverage): gap analysis, every baseline sub-dimension
 * with its score, change, group and the number of actions targeting it; gaps flagged by the API. On one
 * of the plan's indices (`framework`), its lead index when none is given.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type Coverage = operations['GetCoverage']['responses'][200]['content']['application/json'];
export type CoverageRow = components['schemas']['CoverageRowDto'];

type GetCoverageQuery = NonNullable<operations['GetCoverage']['parameters']['query']>;

export function getCoverage(planId: number, framework: string | undefined, signal?: AbortSignal): Promise<Coverage> {
  const query: GetCoverageQuery = {};
  if (framework !== undefined) query.framework = framework;
  return apiClient.getJson<Coverage>(`/api/v1/plans/${encodeURIComponent(planId)}/coverage`, { query, signal });
}

export function getCoverageQueryOptions(planId: number, framework: string | undefined) {
  return queryOptions({
    queryKey: [...planQueryKey(planId), 'coverage', framework ?? 'lead'],
    queryFn: ({ signal }) => getCoverage(planId, framework, signal),
  });
}

export function useCoverage(planId: number, framework: string | undefined) {
  return useQuery(getCoverageQueryOptions(planId, framework));
}
