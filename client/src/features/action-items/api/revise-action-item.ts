/**
 * PUT /api/v1/action-items/{id} (operationId ReviseActionItem): edits an action's text and dates (the
 * province's coordinator). Sends the ETag that was read as If-Match: 412 when someone changed the
 * action since (nothing is applied), 428 when If-Match is missing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { plansQueryKey } from '@/lib/query-keys';
import type { operations } from '@/types/api';

import { actionItemQueryKey } from './get-action-item';

export type ActionItemRevision = operations['ReviseActionItem']['requestBody']['content']['application/json'];
type ReviseActionItemOk = operations['ReviseActionItem']['responses'][200]['content']['application/json'];

export interface ReviseActionItemInput {
  id: number;
  etag: string | undefined;
  revision: ActionItemRevision;
}

export function reviseActionItem({ id, etag, revision }: ReviseActionItemInput) {
  return apiClient.requestJson<ReviseActionItemOk>('PUT', `/api/v1/action-items/${encodeURIComponent(id)}`, revision, {
    headers: etag === undefined ? {} : { 'If-Match': etag },
  });
}

export function useReviseActionItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviseActionItem,
    onSuccess: async (answer, { id }) => {
      // The answer carries the new ETag: a further edit starts from it.
      queryClient.setQueryData(actionItemQueryKey(id), answer);
      await queryClient.invalidateQueries({ queryKey: plansQueryKey });
    },
  });
}
