/**
 * GET /api/v1/score-releases (operationId GetScoreReleases) for the years that can be looked back on, and
 * GET /api/v1/score-releases/{year}/revisions (operationId GetReleaseRevisions): every revision of a
 * year's release, newest first, with its file, checksum, author and what it changed.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ReleaseRevision = components['schemas']['ReleaseRevisionDto'];
type GetScoreReleasesOk = operations['GetScoreReleases']['responses'][200]['content']['application/json'];
type GetScoreReleasesQuery = NonNullable<operations['GetScoreReleases']['parameters']['query']>;

export const releaseRevisionsQueryKey = ['score-release-revisions'] as const;

export function getImportedYears(signal?: AbortSignal): Promise<GetScoreReleasesOk> {
  const query: GetScoreReleasesQuery = { framework: 'PAPI', pageSize: 50 };
  return apiClient.getJson<GetScoreReleasesOk>('/api/v1/score-releases', { query, signal });
}

export function useImportedYears() {
  return useQuery(
    queryOptions({
      queryKey: [...releaseRevisionsQueryKey, 'years'],
      queryFn: ({ signal }) => getImportedYears(signal),
    }),
  );
}

export function getReleaseRevisions(year: number, signal?: AbortSignal): Promise<ReleaseRevision[]> {
  return apiClient.getJson<ReleaseRevision[]>(`/api/v1/score-releases/${encodeURIComponent(year)}/revisions`, { signal });
}

export function useReleaseRevisions(year: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: [...releaseRevisionsQueryKey, year],
      queryFn: ({ signal }) => getReleaseRevisions(year ?? 0, signal),
      enabled: year !== undefined,
    }),
  );
}
