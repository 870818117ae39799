/**
 * GET /api/v1/provinces/{provinceId}/profile (operationId GetProvinceProfile): a province's totals,
 * ranks, dimensions and sub-dimensions in every survey year. The only place that names its types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { defaultFramework } from '@/config/frameworks';
import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ProvinceProfile = operations['GetProvinceProfile']['responses'][200]['content']['application/json'];
export type ProvinceYearResult = components['schemas']['ProvinceYearResultDto'];
export type DimensionResult = components['schemas']['DimensionResultDto'];
export type SubDimensionResult = components['schemas']['SubDimensionResultDto'];
export type Score = components['schemas']['ScoreDto'];
export type PredecessorSeries = components['schemas']['PredecessorSeriesDto'];
export type EstimatedYear = components['schemas']['EstimatedYearDto'];

type ProfileQuery = NonNullable<operations['GetProvinceProfile']['parameters']['query']>;

/**
 * Resolves null for an unknown province (404), which the page shows as such rather than as a failure.
 * `partial` asks for estimates of a merged unit also in years some predecessor was not scored.
 */
export async function getProvinceProfile(
  provinceId: operations['GetProvinceProfile']['parameters']['path']['provinceId'],
  framework: string,
  partial = false,
  signal?: AbortSignal,
): Promise<ProvinceProfile | null> {
  // PAPI, the API's default, is not named: its requests stay as they were.
  const query: ProfileQuery = { ...(framework === defaultFramework ? {} : { framework }), ...(partial ? { partial: true } : {}) };
  try {
    return await apiClient.getJson<ProvinceProfile>(`/api/v1/provinces/${encodeURIComponent(provinceId)}/profile`, {
      query,
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const provinceProfileQueryKey = (provinceId: number, framework: string, partial = false) =>
  ['provinces', provinceId, 'profile', { framework, partial }] as const;

export function getProvinceProfileQueryOptions(provinceId: number, framework: string, partial = false) {
  return queryOptions({
    queryKey: provinceProfileQueryKey(provinceId, framework, partial),
    queryFn: ({ signal }) => getProvinceProfile(provinceId, framework, partial, signal),
  });
}

/** Switching `partial` keeps the page on the answer it has until the other one arrives. */
export function useProvinceProfile(provinceId: number, framework: string, partial = false) {
  return useQuery({ ...getProvinceProfileQueryOptions(provinceId, framework, partial), placeholderData: keepPreviousData });
}
