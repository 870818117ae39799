/**
 * GET /api/v1/score-releases/{year}/rankings (operationId GetRanking).
 * The only place that names the generated types of this operation; components import the
 * aliases below, so regenerating src/types/api.d.ts touches nothing else.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { defaultFramework } from '@/config/frameworks';
import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type RankingRow = components['schemas']['RankingRowDto'];
export type RankingPage = components['schemas']['RankingRowDtoPagedList'];
export type PerformanceGroup = components['schemas']['PerformanceGroup'];
export type ChangeUnavailableReason = components['schemas']['ChangeUnavailableReason'];
export type RankingEstimate = components['schemas']['EstimateDto'];

/**
 * Which units a year ranks: the official release (the 63 provinces scored), or the units active on
 * `asOf` ranked on PapiTracker's estimates (the 34 of the 2025 restructuring for `restructuring2025`),
 * `partial` also where a predecessor was not scored that year.
 */
export type RankingView = { kind: 'official' } | { kind: 'estimated'; asOf: string; partial: boolean };

/** The day the 34 provincial units began (Resolution 202/2025/QH15). */
export const restructuring2025 = '2025-07-01';

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
  framework: string,
  view: RankingView = { kind: 'official' },
  signal?: AbortSignal,
): Promise<GetRankingOk | null> {
  // PAPI, the API's default, is not named: its requests stay as they were.
  const query: GetRankingQuery = framework === defaultFramework ? { pageSize: rankingsPageSize } : { framework, pageSize: rankingsPageSize };
  if (view.kind === 'estimated') {
    query.as = view.asOf;
    if (view.partial) query.partial = true;
  }
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

export const rankingsQueryKey = (year: number, framework: string, view: RankingView = { kind: 'official' }) =>
  ['score-releases', year, 'rankings', framework, view.kind === 'estimated' ? { as: view.asOf, partial: view.partial } : {}] as const;

export function getRankingsQueryOptions(year: number, framework: string, view: RankingView = { kind: 'official' }) {
  return queryOptions({
    queryKey: rankingsQueryKey(year, framework, view),
    queryFn: ({ signal }) => getRankings(year, framework, view, signal),
  });
}

export function useRankings(year: number, framework: string, view: RankingView = { kind: 'official' }) {
  return useQuery(getRankingsQueryOptions(year, framework, view));
}
