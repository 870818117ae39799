/**
 * GET /api/v1/me (operationId GetMe): who is signed in, with roles and permissions.
 * The only place that names this operation's generated types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { deviceUser, isNetworkFailure, keepCopy, readCopy, rememberDeviceUser } from '@/lib/offline/outbox';
import type { components, operations } from '@/types/api';

export type Me = operations['GetMe']['responses'][200]['content']['application/json'];
export type Permission = components['schemas']['Permission'];

const meCopy = 'me';

/**
 * Who is signed in. The device keeps the answer for the user, so a page reloaded without a connection still knows
 * whose drafts it holds and what they may do (the API checks every request again once it is reachable).
 */
export async function getMe(signal?: AbortSignal): Promise<Me> {
  try {
    const me = await apiClient.getJson<Me>('/api/v1/me', { signal });
    const userId = me.user?.id ?? undefined;
    rememberDeviceUser(userId);
    if (userId !== undefined) await keepCopy(userId, meCopy, me).catch(() => undefined);
    return me;
  } catch (error) {
    const userId = deviceUser();
    const kept = isNetworkFailure(error) && userId !== undefined ? await readCopy<Me>(userId, meCopy).catch(() => undefined) : undefined;
    if (kept === undefined) throw error;
    return kept;
  }
}

export const meQueryKey = ['me'] as const;

export function getMeQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => getMe(signal),
    // Asked even when the browser says it is offline, so the device's copy answers (see getMe).
    networkMode: 'offlineFirst',
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
