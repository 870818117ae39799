/**
 * DELETE /api/v1/report-attachments/{id} (operationId RemoveReportAttachment): takes a file off a report
 * still being written. 409 when a kept version carries the file or it is the unit plan's signed document,
 * 403 outside the reader's units.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { submissionQueryKey } from './get-submission';

type AttachmentId = operations['RemoveReportAttachment']['parameters']['path']['id'];

export function removeReportAttachment(id: AttachmentId): Promise<void> {
  return apiClient.deleteNoContent(`/api/v1/report-attachments/${encodeURIComponent(id)}`);
}

export function useRemoveReportAttachment(obligationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeReportAttachment,
    // The report lists its attachments: read it again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: submissionQueryKey(obligationId) }),
  });
}
