/**
 * GET /api/v1/provinces/{provinceId}/standings (operationId GetProvinceStandings): every index the
 * province is officially scored on, each with its latest year's total, rank and change, and the
 * decimals and direction it is read with.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type FrameworkStanding = components['schemas']['FrameworkStandingDto'];
type GetProvinceStandingsOk = operations['GetProvinceStandings']['responses'][200]['content']['application/json'];

export function getProvinceStandings(provinceId: number, signal?: AbortSignal): Promise<GetProvinceStandingsOk> {
  return apiClient.getJson<GetProvinceStandingsOk>(`/api/v1/provinces/${encodeURIComponent(provinceId)}/standings`, { signal });
}

export function getProvinceStandingsQueryOptions(provinceId: number) {
  return queryOptions({
    queryKey: ['provinces', provinceId, 'standings'],
    queryFn: ({ signal }) => getProvinceStandings(provinceId, signal),
  });
}

export function useProvinceStandings(provinceId: number) {
  return useQuery(getProvinceStandingsQueryOptions(provinceId));
}
