/**
 * POST /api/v1/action-progress/{progressId}/evidence (operationId AttachEvidence): one file (PDF, DOCX,
 * XLSX, JPG or PNG, checked by content; at most 20 MB) attached to a progress report. 413 too large,
 * 415 not one of those kinds.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { actionProgressQueryKey } from './get-action-progress';

type AttachEvidenceOk = operations['AttachEvidence']['responses'][201]['content']['application/json'];
type AttachEvidenceForm = NonNullable<operations['AttachEvidence']['requestBody']>['content']['multipart/form-data'];

const fileField = 'file' satisfies keyof AttachEvidenceForm;

/** The API's limit, checked here too so a reader does not wait for a 20 MB upload to be refused. */
export const evidenceMaxBytes = 20 * 1024 * 1024;
export const evidenceAccept = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

export interface AttachEvidenceInput {
  actionId: number;
  progressId: number;
  file: File;
  onProgress?: (fraction: number) => void;
}

export function attachEvidence({ progressId, file, onProgress }: AttachEvidenceInput): Promise<AttachEvidenceOk> {
  const form = new FormData();
  form.append(fileField, file);
  return apiClient.upload<AttachEvidenceOk>(
    `/api/v1/action-progress/${encodeURIComponent(progressId)}/evidence`,
    form,
    onProgress ? { onProgress } : {},
  );
}

export function useAttachEvidence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: attachEvidence,
    onSuccess: (_answer, { actionId }) => queryClient.invalidateQueries({ queryKey: actionProgressQueryKey(actionId) }),
  });
}
