/**
 * The report's moves after drafting, each a POSTed action answering the report as it now stands:
 * POST /report-submissions/{id}/submit (operationId SubmitReport; the unit head; on time or late by the
 * server's clock; 409 once the period is locked), /return with a reason (ReturnReport), /approve
 * (ApproveReport; the receiving unit; locked from then on) and /reopen with a reason (ReopenReport; the
 * approver opens an approved report for correction, withdrawing its level's sign-off).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { submissionQueryKey } from './get-submission';

type SubmitReportOk = operations['SubmitReport']['responses'][200]['content']['application/json'];
type ReturnReportBody = operations['ReturnReport']['requestBody']['content']['application/json'];

export type ReportMove = { kind: 'submit' } | { kind: 'return'; reason: string } | { kind: 'approve' } | { kind: 'reopen'; reason: string };

export interface ReportMoveInput {
  obligationId: number;
  submissionId: number;
  move: ReportMove;
}

export function moveReport({ submissionId, move }: ReportMoveInput): Promise<SubmitReportOk> {
  const path = `/api/v1/report-submissions/${encodeURIComponent(submissionId)}/${move.kind}`;
  if (move.kind === 'return' || move.kind === 'reopen') {
    return apiClient.postJson<SubmitReportOk, ReturnReportBody>(path, { reason: move.reason });
  }
  return apiClient.postJson<SubmitReportOk>(path, undefined);
}

export function useMoveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveReport,
    onSuccess: async (_answer, { obligationId }) => {
      // The ETag changed with the status: read the report again, and the period's counts with it.
      await queryClient.invalidateQueries({ queryKey: submissionQueryKey(obligationId) });
      await queryClient.invalidateQueries({ queryKey: ['reporting', 'periods'] });
    },
  });
}
