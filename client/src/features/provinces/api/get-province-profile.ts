/**
 * GET /api/v1/provinces/{provinceId}/profile (operationId GetProvinceProfile): a province's totals,
 * ranks, dimensions and sub-dimensions in every survey year. The only place that names its types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ProvinceProfile = operations['GetProvinceProfile']['responses'][200]['content']['application/json'];
export type ProvinceYearResult = components['schemas']['ProvinceYearResultDto'];
export type DimensionResult = components['schemas']['DimensionResultDto'];
export type SubDimensionResult = components['schemas']['SubDimensionResultDto'];
export type Score = components['schemas']['ScoreDto'];

/** Resolves null for an unknown province (404), which the page shows as such rather than as a failure. */
export async function getProvinceProfile(
  provinceId: operations['GetProvinceProfile']['parameters']['path']['provinceId'],
  signal?: AbortSignal,
): Promise<ProvinceProfile | null> {
  try {
    return await apiClient.getJson<ProvinceProfile>(`/api/v1/provinces/${encodeURIComponent(provinceId)}/profile`, {
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const provinceProfileQueryKey = (provinceId: number) => ['provinces', provinceId, 'profile'] as const;

export function getProvinceProfileQueryOptions(provinceId: number) {
  return queryOptions({
    queryKey: provinceProfileQueryKey(provinceId),
    queryFn: ({ signal }) => getProvinceProfile(provinceId, signal),
  });
}

export function useProvinceProfile(provinceId: number) {
  return useQuery(getProvinceProfileQueryOptions(provinceId));
}
