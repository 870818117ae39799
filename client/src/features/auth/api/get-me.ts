/**
 * GET /api/v1/me (operationId GetMe): who is signed in, with roles and permissions.
 * The only place that names this operation's generated types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

export type Me = operations['GetMe']['responses'][200]['content']['application/json'];

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiClient.getJson<Me>('/api/v1/me', { signal });
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
