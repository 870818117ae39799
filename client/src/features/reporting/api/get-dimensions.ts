/**
 * GET /api/v1/frameworks (operationId GetFrameworks): the index frameworks and their versions. The
 * report form names its narratives after the PAPI dimensions of the period's year.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

type GetFrameworksOk = operations['GetFrameworks']['responses'][200]['content']['application/json'];
export type FrameworkDimension = components['schemas']['DimensionDto'];

export function getFrameworks(signal?: AbortSignal): Promise<GetFrameworksOk> {
  return apiClient.getJson<GetFrameworksOk>('/api/v1/frameworks', { signal });
}

export function getFrameworksQueryOptions() {
  return queryOptions({ queryKey: ['frameworks'], queryFn: ({ signal }) => getFrameworks(signal), staleTime: Infinity });
}

/** The PAPI dimensions in force in `year` (the newest version when none covers it). */
export function usePapiDimensions(year: number) {
  return useQuery({
    ...getFrameworksQueryOptions(),
    select: (frameworks): FrameworkDimension[] => {
      const versions = frameworks.find((framework) => framework.code === 'PAPI')?.versions ?? [];
      const inForce =
        versions.find((version) => version.firstYear <= year && (version.lastYear == null || version.lastYear >= year)) ??
        [...versions].sort((a, b) => b.firstYear - a.firstYear)[0];
      return inForce?.dimensions ?? [];
    },
  });
}
