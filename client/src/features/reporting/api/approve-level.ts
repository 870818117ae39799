/**
 * POST /api/v1/reporting-periods/{id}/levels/{unitId}/approve (operationId ApproveLevel): a receiving
 * unit signs off its level of the period once every report owed to it is approved, or overrides with a
 * reason; the number still open is kept. 409 when already signed off, or when reports are open and no
 * reason is given.
 */
import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

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
  return useMutation({ mutationFn: approveLevel });
}
