/**
 * GET /api/v1/provinces (operationId SearchProvinces): provinces by name, with or without
 * diacritics ("bac giang" finds Bắc Giang). The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Province = components['schemas']['ProvinceDto'];
type SearchProvincesQuery = NonNullable<operations['SearchProvinces']['parameters']['query']>;
type SearchProvincesOk = operations['SearchProvinces']['responses'][200]['content']['application/json'];

/** Enough suggestions to pick from; typing more narrows them. */
export const provinceSearchPageSize = 20;

export function searchProvinces(search: string, signal?: AbortSignal): Promise<SearchProvincesOk> {
  const query: SearchProvincesQuery = { search, pageSize: provinceSearchPageSize };
  return apiClient.getJson<SearchProvincesOk>('/api/v1/provinces', { query, signal });
}

export const provinceSearchQueryKey = (search: string) => ['provinces', 'search', search] as const;

export function getProvinceSearchQueryOptions(search: string) {
  return queryOptions({
    queryKey: provinceSearchQueryKey(search),
    queryFn: ({ signal }) => searchProvinces(search, signal),
  });
}

/** Searches once there is something to search for; keeps the last answer while the next one loads. */
export function useProvinceSearch(search: string) {
  return useQuery({
    ...getProvinceSearchQueryOptions(search),
    enabled: search !== '',
    placeholderData: keepPreviousData,
  });
}
