/**
 * POST /api/v1/report-submissions/{id}/attachments (operationId AttachReportFile): one file (PDF, DOCX,
 * XLSX, JPG or PNG by content, at most 20 MB) sent with a report still being written; the signed unit plan
 * is one of these. 413 too large, 415 not one of those kinds, 409 once the report is sent.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { UploadInput } from '@/components/file-upload';
import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { submissionQueryKey } from './get-submission';

export type Attachment = components['schemas']['AttachmentDto'];
type AttachReportFileForm = NonNullable<operations['AttachReportFile']['requestBody']>['content']['multipart/form-data'];

const fileField = 'file' satisfies keyof AttachReportFileForm;

export function attachReportFile(submissionId: number, { file, onProgress }: UploadInput): Promise<Attachment> {
  const form = new FormData();
  form.append(fileField, file);
  return apiClient.upload<Attachment>(`/api/v1/report-submissions/${encodeURIComponent(submissionId)}/attachments`, form, { onProgress });
}

export function useAttachReportFile(obligationId: number, submissionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) => attachReportFile(submissionId, input),
    // The report lists its attachments: read it again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: submissionQueryKey(obligationId) }),
  });
}
