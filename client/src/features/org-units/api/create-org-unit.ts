/**
 * POST /api/v1/org-units (operationId CreateOrgUnit): adds a unit under a parent in the caller's scope.
 * The only place that names this operation's types.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type CreateOrgUnitBody = operations['CreateOrgUnit']['requestBody']['content']['application/json'];
type CreateOrgUnitCreated = operations['CreateOrgUnit']['responses'][201]['content']['application/json'];

export function createOrgUnit(body: CreateOrgUnitBody): Promise<CreateOrgUnitCreated> {
  return apiClient.postJson<CreateOrgUnitCreated, CreateOrgUnitBody>('/api/v1/org-units', body);
}

export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsQueryKey }),
  });
}
