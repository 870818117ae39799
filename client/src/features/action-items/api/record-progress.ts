/**
 * POST /api/v1/action-items/{id}/progress (operationId RecordProgress): a unit reports its progress on
 * an action it leads or supports. Append-only; a lead unit's report moves the action's status.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { plansQueryKey } from '@/lib/query-keys';
import type { operations } from '@/types/api';

import { actionItemQueryKey } from './get-action-item';

export type ProgressReport = operations['RecordProgress']['requestBody']['content']['application/json'];
type RecordProgressOk = operations['RecordProgress']['responses'][201]['content']['application/json'];

export interface RecordProgressInput {
  actionId: number;
  report: ProgressReport;
  /** Names this report: the same key on the device's retry (src/lib/offline) stores it once if this try's answer was lost. */
  idempotencyKey: string;
}

/** Where an action's progress is posted: the device's outbox keeps reports made offline under it. */
export const progressPath = (actionId: number) => `/api/v1/action-items/${encodeURIComponent(actionId)}/progress`;

export function recordProgress({ actionId, report, idempotencyKey }: RecordProgressInput): Promise<RecordProgressOk> {
  return apiClient.postJson<RecordProgressOk, ProgressReport>(progressPath(actionId), report, { headers: { 'Idempotency-Key': idempotencyKey } });
}

/** Reads again what a recorded report changes (the action, its log, the plans' counts): recorded here or sent from the device. */
export function progressRecorded(queryClient: QueryClient, actionId: number): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: actionItemQueryKey(actionId) }),
    queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  ]);
}

export function useRecordProgress() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordProgress,
    // Tried even when the browser says it is offline: the failure is what keeps the report on the device
    // (record-progress-form.tsx) instead of a request paused out of sight.
    networkMode: 'always',
    onSuccess: (_answer, { actionId }) => progressRecorded(queryClient, actionId),
  });
}
