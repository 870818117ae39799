/**
 * GET /api/v1/frameworks (operationId GetFrameworks): the indices a province is judged on (PAPI, PCI …),
 * each with its versions, scales, direction and the survey years it has releases of.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

type GetFrameworksOk = operations['GetFrameworks']['responses'][200]['content']['application/json'];
export type Framework = components['schemas']['FrameworkDto'];

export function getFrameworks(signal?: AbortSignal): Promise<GetFrameworksOk> {
  return apiClient.getJson<GetFrameworksOk>('/api/v1/frameworks', { signal });
}

/** Shares its key with every reader of the catalogue; a score import forgets every answer, this one too (its release years change). */
export function getFrameworksQueryOptions() {
  return queryOptions({ queryKey: ['frameworks'], queryFn: ({ signal }) => getFrameworks(signal) });
}

/** The indices a reader can pick: those with at least one release. */
export function useScoredFrameworks() {
  return useQuery({
    ...getFrameworksQueryOptions(),
    select: (frameworks): Framework[] => frameworks.filter((framework) => framework.releaseYears.length > 0),
  });
}
