/**
 * GET /api/v1/api-tokens (operationId GetApiTokens): the tokens issued, newest first, without secrets.
 * The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ApiToken = components['schemas']['ApiTokenDto'];
type GetApiTokensQuery = NonNullable<operations['GetApiTokens']['parameters']['query']>;
type GetApiTokensOk = operations['GetApiTokens']['responses'][200]['content']['application/json'];

export const apiTokensPageSize = 50;
export const apiTokensQueryKey = ['api-tokens'] as const;

export function getApiTokens(page: number, signal?: AbortSignal): Promise<GetApiTokensOk> {
  const query: GetApiTokensQuery = { page, pageSize: apiTokensPageSize };
  return apiClient.getJson<GetApiTokensOk>('/api/v1/api-tokens', { query, signal });
}

export function getApiTokensQueryOptions(page: number) {
  return queryOptions({
    queryKey: [...apiTokensQueryKey, page],
    queryFn: ({ signal }) => getApiTokens(page, signal),
  });
}

export function useApiTokens(page: number) {
  return useQuery({ ...getApiTokensQueryOptions(page), placeholderData: keepPreviousData });
}
