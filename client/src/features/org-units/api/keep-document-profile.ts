/**
 * PUT /api/v1/org-units/{id}/document-profile (operationId KeepDocumentProfile): replaces the unit's document
 * profile whole (ManageUnits over the unit; audited). A refused profile is a 400 with field errors.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { documentProfileQueryKey, type DocumentProfile } from './get-document-profile';

export type DocumentProfileChange = operations['KeepDocumentProfile']['requestBody']['content']['application/json'];

export interface KeepDocumentProfileInput {
  unitId: number;
  change: DocumentProfileChange;
}

export async function keepDocumentProfile({ unitId, change }: KeepDocumentProfileInput): Promise<DocumentProfile> {
  const answer = await apiClient.requestJson<DocumentProfile>(
    'PUT',
    `/api/v1/org-units/${encodeURIComponent(unitId)}/document-profile`,
    change,
  );
  return answer.data;
}

export function useKeepDocumentProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: keepDocumentProfile,
    // The answer is the profile as kept (trimmed by the API): the form shows that, not what was typed.
    onSuccess: (profile, { unitId }) => queryClient.setQueryData(documentProfileQueryKey(unitId), profile),
  });
}
