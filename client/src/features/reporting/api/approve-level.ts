/**
 * POST /api/v1/reporting-periods/{id}/levels/{unitId}/approve (operationId ApproveLevel): a receiving
 * unit signs off its level of the period once every report owed to it is approved, or overrides with a
 * reason; the number still open is kept. 409 when already signed off, or when reports are open and no
 * reason is given.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { completenessQueryKey } from './get-completeness';

type LevelSignOff = operations['ApproveLevel']['requestBody']['content']['application/json'];
export type LevelApproval = operations['ApproveLevel']['responses'][200]['content']['application/json'];

export interface ApproveLevelInput {
  periodId: number;
  unitId: number;
  /** Why the level is signed off with reports still open; none when all are approved. */
  overrideReason: string | undefined;
}

export function approveLevel({ periodId, unitId, overrideReason }: ApproveLevelInput): Promise<LevelApproval> {
  const body: LevelSignOff = overrideReason === undefined ? {} : { overrideReason };
  return apiClient.postJson<LevelApproval, LevelSignOff>(
    `/api/v1/reporting-periods/${encodeURIComponent(periodId)}/levels/${encodeURIComponent(unitId)}/approve`,
    body,
  );
}

export function useApproveLevel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveLevel,
    // The period's completeness carries each level's sign-off: read it again (the mutation stays pending until it is read).
    onSuccess: (_signed, { periodId }) => queryClient.invalidateQueries({ queryKey: completenessQueryKey(periodId) }),
  });
}
