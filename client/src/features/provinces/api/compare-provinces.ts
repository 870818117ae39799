/**
 * GET /api/v1/provinces/comparison (operationId CompareProvinces): up to ten provinces side by side
 * in one survey year. The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { defaultFramework } from '@/config/frameworks';
import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ProvinceComparison = operations['CompareProvinces']['responses'][200]['content']['application/json'];
export type ComparedProvince = components['schemas']['ComparedProvinceDto'];
type CompareProvincesQuery = operations['CompareProvinces']['parameters']['query'];

/** The API compares at most this many provinces at once. */
export const maxComparedProvinces = 10;

/** Resolves null when the year has no release or a province is unknown (404): nothing to compare. */
export async function compareProvinces(
  year: number,
  provinceIds: readonly number[],
  framework: string,
  signal?: AbortSignal,
): Promise<ProvinceComparison | null> {
  const query: CompareProvincesQuery = { year, provinceIds: [...provinceIds], ...(framework === defaultFramework ? {} : { framework }) };
  try {
    return await apiClient.getJson<ProvinceComparison>('/api/v1/provinces/comparison', { query, signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const provinceComparisonQueryKey = (year: number, provinceIds: readonly number[], framework: string) =>
  ['provinces', 'comparison', year, [...provinceIds], framework] as const;

export function getProvinceComparisonQueryOptions(year: number, provinceIds: readonly number[], framework: string) {
  return queryOptions({
    queryKey: provinceComparisonQueryKey(year, provinceIds, framework),
    queryFn: ({ signal }) => compareProvinces(year, provinceIds, framework, signal),
  });
}

/** Asks only once a province is chosen; keeps the last table while the next one loads. */
export function useProvinceComparison(year: number, provinceIds: readonly number[], framework: string) {
  return useQuery({
    ...getProvinceComparisonQueryOptions(year, provinceIds, framework),
    enabled: provinceIds.length > 0,
    placeholderData: keepPreviousData,
  });
}
