/**
 * PUT /api/v1/org-units/{id} (operationId UpdateOrgUnit): renames a unit, changes its code or its
 * reporting line. Sends the ETag that was read as If-Match: the API answers 412 when someone changed
 * the unit since (the edit is not applied) and 428 when If-Match is missing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { orgUnitQueryKey } from './get-org-unit';
import { orgUnitsQueryKey } from './org-units-query-keys';

export type UpdateOrgUnitBody = operations['UpdateOrgUnit']['requestBody']['content']['application/json'];
type UpdateOrgUnitOk = operations['UpdateOrgUnit']['responses'][200]['content']['application/json'];

export interface UpdateOrgUnitInput {
  id: number;
  etag: string | undefined;
  change: UpdateOrgUnitBody;
}

export function updateOrgUnit({ id, etag, change }: UpdateOrgUnitInput) {
  return apiClient.requestJson<UpdateOrgUnitOk>('PUT', `/api/v1/org-units/${encodeURIComponent(id)}`, change, {
    headers: etag === undefined ? {} : { 'If-Match': etag },
  });
}

export { isVersionConflict } from '@/lib/api-client';

export function useUpdateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgUnit,
    onSuccess: async (answer, { id }) => {
      // The answer carries the new ETag: a further edit starts from it.
      queryClient.setQueryData(orgUnitQueryKey(id), answer);
      await queryClient.invalidateQueries({
        queryKey: orgUnitsQueryKey,
        predicate: (query) => query.queryKey[2] !== id,
      });
    },
  });
}
