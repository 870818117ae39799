/**
 * POST /api/v1/notifications/read (operationId MarkNotificationsRead): marks the given notices read,
 * or all of them when no ids are sent; answers how many changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { notificationsQueryKey } from './get-notifications';

type MarkReadBody = operations['MarkNotificationsRead']['requestBody']['content']['application/json'];
type MarkReadOk = operations['MarkNotificationsRead']['responses'][200]['content']['application/json'];

/** `ids` undefined marks every notice read. */
export function markNotificationsRead(ids?: readonly number[]): Promise<MarkReadOk> {
  const body: MarkReadBody = ids === undefined ? {} : { ids: [...ids] };
  return apiClient.postJson<MarkReadOk, MarkReadBody>('/api/v1/notifications/read', body);
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: readonly number[]) => markNotificationsRead(ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
