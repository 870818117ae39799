/**
 * POST /api/v1/action-progress/{progressId}/evidence (operationId AttachEvidence): one file (PDF, DOCX,
 * XLSX, JPG or PNG, checked by content; at most 20 MB) attached to a progress report. 413 too large,
 * 415 not one of those kinds.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { UploadInput } from '@/components/file-upload';
import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { actionProgressQueryKey } from './get-action-progress';

type AttachEvidenceOk = operations['AttachEvidence']['responses'][201]['content']['application/json'];
type AttachEvidenceForm = NonNullable<operations['AttachEvidence']['requestBody']>['content']['multipart/form-data'];

const fileField = 'file' satisfies keyof AttachEvidenceForm;

/** Where a progress report's evidence goes, `{id}` standing for the report's id (the outbox fills it in once it is known). */
export const evidencePathOf = '/api/v1/action-progress/{id}/evidence';

export function attachEvidence(progressId: number, { file, onProgress }: UploadInput): Promise<AttachEvidenceOk> {
  const form = new FormData();
  form.append(fileField, file);
  return apiClient.upload<AttachEvidenceOk>(evidencePathOf.replace('{id}', encodeURIComponent(progressId)), form, { onProgress });
}

export function useAttachEvidence(actionId: number, progressId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => attachEvidence(progressId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: actionProgressQueryKey(actionId) }),
  });
}
