/**
 * PUT /api/v1/report-obligations/{id}/submission (operationId SaveSubmissionDraft): saves the draft's
 * narratives by dimension. The first save needs no version; later ones send the ETag as If-Match
 * (412 when someone saved meanwhile, 428 when missing). 409 once the report is submitted or locked.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { submissionQueryKey } from './get-submission';

export type SubmissionDraft = operations['SaveSubmissionDraft']['requestBody']['content']['application/json'];
type SaveSubmissionDraftOk = operations['SaveSubmissionDraft']['responses'][200]['content']['application/json'];

export interface SaveSubmissionDraftInput {
  obligationId: number;
  etag: string | undefined;
  draft: SubmissionDraft;
}

/** The draft's address: the outbox keeps one draft per address (src/lib/offline). */
export const submissionPath = (obligationId: number) => `/api/v1/report-obligations/${encodeURIComponent(obligationId)}/submission`;

export function saveSubmissionDraft({ obligationId, etag, draft }: SaveSubmissionDraftInput) {
  return apiClient.requestJson<SaveSubmissionDraftOk>('PUT', submissionPath(obligationId), draft, {
    headers: etag === undefined ? {} : { 'If-Match': etag },
  });
}

export function useSaveSubmissionDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSubmissionDraft,
    // Tried even when the browser says it is offline: the failure is what sends the draft to the device's outbox
    // (report-form.tsx) instead of a save paused out of sight.
    networkMode: 'always',
    // The answer carries the new ETag: the next save starts from it.
    onSuccess: (answer, { obligationId }) => queryClient.setQueryData(submissionQueryKey(obligationId), answer),
  });
}
