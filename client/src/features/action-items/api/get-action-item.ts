/**
 * GET /api/v1/action-items/{id} (operationId GetActionItem): one action with its units, deadline state
 * and ETag, which an edit sends back as If-Match. The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient, type JsonAnswer } from '@/lib/api-client';
import type { operations } from '@/types/api';

type GetActionItemOk = operations['GetActionItem']['responses'][200]['content']['application/json'];
export type VersionedActionItem = JsonAnswer<GetActionItemOk>;

export function getActionItem(id: operations['GetActionItem']['parameters']['path']['id'], signal?: AbortSignal) {
  return apiClient.requestJson<GetActionItemOk>('GET', `/api/v1/action-items/${encodeURIComponent(id)}`, undefined, { signal });
}

export const actionItemQueryKey = (id: number) => ['action-items', id] as const;

export function getActionItemQueryOptions(id: number) {
  return queryOptions({
    queryKey: actionItemQueryKey(id),
    queryFn: ({ signal }) => getActionItem(id, signal),
    // An edit starts from the version on the server, not from a copy cached minutes ago.
    staleTime: 0,
  });
}

export function useActionItem(id: number) {
  return useQuery(getActionItemQueryOptions(id));
}
