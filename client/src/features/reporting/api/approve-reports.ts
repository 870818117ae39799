/**
 * POST /api/v1/report-submissions/approve (operationId ApproveReports): bulk approval from the review
 * inbox. Every report listed is approved, or none: 403 when one is not the caller's to review, 409 naming
 * those not waiting for review.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

type Approval = operations['ApproveReports']['requestBody']['content']['application/json'];
type ApproveReportsOk = operations['ApproveReports']['responses'][200]['content']['application/json'];

export function approveReports(submissionIds: readonly number[]): Promise<ApproveReportsOk> {
  return apiClient.postJson<ApproveReportsOk, Approval>('/api/v1/report-submissions/approve', { submissionIds: [...submissionIds] });
}

export function useApproveReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveReports,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reporting'] });
    },
  });
}
