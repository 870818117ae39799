/**
 * POST /api/v1/action-items/{id}/progress (operationId RecordProgress): a unit reports its progress on
 * an action it leads or supports. Append-only; a lead unit's report moves the action's status.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { plansQueryKey } from '@/lib/query-keys';
import type { operations } from '@/types/api';

import { actionItemQueryKey } from './get-action-item';

export type ProgressReport = operations['RecordProgress']['requestBody']['content']['application/json'];
type RecordProgressOk = operations['RecordProgress']['responses'][201]['content']['application/json'];

export interface RecordProgressInput {
  actionId: number;
  report: ProgressReport;
}

export function recordProgress({ actionId, report }: RecordProgressInput): Promise<RecordProgressOk> {
  return apiClient.postJson<RecordProgressOk, ProgressReport>(`/api/v1/action-items/${encodeURIComponent(actionId)}/progress`, report);
}

export function useRecordProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordProgress,
    onSuccess: async (_answer, { actionId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: actionItemQueryKey(actionId) }),
        queryClient.invalidateQueries({ queryKey: plansQueryKey }),
      ]);
    },
  });
}
