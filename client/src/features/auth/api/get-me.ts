/**
 * GET /api/v1/me (operationId GetMe): who is signed in, with roles and permissions.
 * The only place that names this operation's generated types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Me = operations['GetMe']['responses'][200]['content']['application/json'];
export type Permission = components['schemas']['Permission'];

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

export interface Permissions {
  /** False until /me has answered: nothing is granted before that. */
  known: boolean;
  has: (permission: Permission) => boolean;
}

/**
 * What the signed-in user may do, to show only the links and controls they can use. The API checks
 * every request anyway; this only spares the reader buttons that would answer 403.
 */
export function usePermissions(): Permissions {
  const me = useMe();
  const granted = me.data?.permissions;
  return {
    known: granted !== undefined,
    has: (permission) => granted?.includes(permission) ?? false,
  };
}
