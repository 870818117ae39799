/**
 * GET /api/v1/action-items/{id}/progress (operationId GetActionProgress): an action's progress log,
 * newest first, with each report's evidence files. The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { actionItemQueryKey } from './get-action-item';

export type ActionProgress = components['schemas']['ActionProgressDto'];
export type Evidence = components['schemas']['EvidenceDto'];
type GetActionProgressQuery = NonNullable<operations['GetActionProgress']['parameters']['query']>;
type GetActionProgressOk = operations['GetActionProgress']['responses'][200]['content']['application/json'];

export const progressPageSize = 20;

export function getActionProgress(actionId: number, page: number, signal?: AbortSignal): Promise<GetActionProgressOk> {
  const query: GetActionProgressQuery = { page, pageSize: progressPageSize };
  return apiClient.getJson<GetActionProgressOk>(`/api/v1/action-items/${encodeURIComponent(actionId)}/progress`, { query, signal });
}

export const actionProgressQueryKey = (actionId: number) => [...actionItemQueryKey(actionId), 'progress'] as const;

export function getActionProgressQueryOptions(actionId: number, page: number) {
  return queryOptions({
    queryKey: [...actionProgressQueryKey(actionId), page],
    queryFn: ({ signal }) => getActionProgress(actionId, page, signal),
  });
}

export function useActionProgress(actionId: number, page: number) {
  return useQuery({ ...getActionProgressQueryOptions(actionId, page), placeholderData: keepPreviousData });
}
