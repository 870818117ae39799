/**
 * POST /api/v1/org-units/merge (operationId MergeOrgUnits): ends units the day before `effectiveOn`
 * and names their successor (sáp nhập); they keep their ids, names and history. Answers the merged units.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type MergeOrgUnitsBody = operations['MergeOrgUnits']['requestBody']['content']['application/json'];
type MergeOrgUnitsOk = operations['MergeOrgUnits']['responses'][200]['content']['application/json'];

export function mergeOrgUnits(body: MergeOrgUnitsBody): Promise<MergeOrgUnitsOk> {
  return apiClient.postJson<MergeOrgUnitsOk, MergeOrgUnitsBody>('/api/v1/org-units/merge', body);
}

export function useMergeOrgUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeOrgUnits,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsQueryKey }),
  });
}
