/**
 * GET /api/v1/score-releases/{year}/rankings (operationId GetRanking).
 * The only place that names the generated types of this operation; components import the
 * aliases below, so regenerating src/types/api.d.ts touches nothing else.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type RankingRow = components['schemas']['RankingRowDto'];
export type RankingPage = components['schemas']['RankingRowDtoPagedList'];
export type PerformanceGroup = components['schemas']['PerformanceGroup'];
export type ChangeUnavailableReason = components['schemas']['ChangeUnavailableReason'];

type GetRankingParameters = operations['GetRanking']['parameters'];
type GetRankingQuery = NonNullable<GetRankingParameters['query']>;
type GetRankingOk = operations['GetRanking']['responses'][200]['content']['application/json'];

/** Every province fits on one page (63 today), so the table asks for all of them at once. */
export const rankingsPageSize = 200;

/**
 * Resolves null when the year has no published release: the API answers 404 then, which is an
 * ordinary state of the dashboard (a new database, a year not surveyed yet), not a failure.
 */
export async function getRankings(
  year: GetRankingParameters['path']['year'],
  signal?: AbortSignal,
): Promise<GetRankingOk | null> {
  const query: GetRankingQuery = { pageSize: rankingsPageSize };
  try {
    return await apiClient.getJson<GetRankingOk>(`/api/v1/score-releases/${encodeURIComponent(year)}/rankings`, {
      query,
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const rankingsQueryKey = (year: number) => ['score-releases', year, 'rankings'] as const;

export function getRankingsQueryOptions(year: number) {
  return queryOptions({
    queryKey: rankingsQueryKey(year),
    queryFn: ({ signal }) => getRankings(year, signal),
  });
}

export function useRankings(year: number) {
  return useQuery(getRankingsQueryOptions(year));
}
