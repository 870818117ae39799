/**
 * GET /api/v1/plans/{id}/rank-calculator (operationId GetRankCalculator): a planning aid, the total that
 * reached rank K in a release of one of the plan's indices, the gaps to it and to the best, and a sensitivity.
 * 400 for a rank out of range.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type RankCalculation = operations['GetRankCalculator']['responses'][200]['content']['application/json'];
export type DimensionGap = components['schemas']['DimensionGapDto'];
type GetRankCalculatorQuery = operations['GetRankCalculator']['parameters']['query'];

export function getRankCalculation(planId: number, rank: number, year: number | undefined, framework: string | undefined, signal?: AbortSignal) {
  const query: GetRankCalculatorQuery = { rank };
  if (year !== undefined) query.year = year;
  if (framework !== undefined) query.framework = framework;
  return apiClient.getJson<RankCalculation>(`/api/v1/plans/${encodeURIComponent(planId)}/rank-calculator`, { query, signal });
}

export function getRankCalculationQueryOptions(planId: number, rank: number, year: number | undefined, framework: string | undefined) {
  return queryOptions({
    queryKey: [...planQueryKey(planId), 'rank-calculator', framework ?? 'lead', rank, year ?? 'latest'],
    queryFn: ({ signal }) => getRankCalculation(planId, rank, year, framework, signal),
  });
}

export function useRankCalculation(planId: number, rank: number, year: number | undefined, framework: string | undefined) {
  return useQuery({ ...getRankCalculationQueryOptions(planId, rank, year, framework), placeholderData: keepPreviousData });
}
