/**
 * GET /api/v1/report-obligations/{id}/submission (operationId GetSubmission): the report of an
 * obligation with its ETag, for the reporting and the receiving side; before the first save, the unit's actions and no ETag.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient, type JsonAnswer } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Submission = operations['GetSubmission']['responses'][200]['content']['application/json'];
export type VersionedSubmission = JsonAnswer<Submission>;
export type ReportedAction = components['schemas']['ReportedActionDto'];
export type UnitPlanDocument = components['schemas']['UnitPlanDocument'];
export type SubmissionVersion = components['schemas']['SubmissionVersionDto'];

/**
 * The report, or, before anything is saved, what the unit would report now (its actions and their progress) with a
 * null id and status and no ETag: the form then starts empty beside the unit's actions.
 */
export function getSubmission(obligationId: number, signal?: AbortSignal): Promise<VersionedSubmission> {
  return apiClient.requestJson<Submission>('GET', `/api/v1/report-obligations/${encodeURIComponent(obligationId)}/submission`, undefined, {
    signal,
  });
}

export const submissionQueryKey = (obligationId: number) => ['reporting', 'obligations', obligationId, 'submission'] as const;

export function getSubmissionQueryOptions(obligationId: number) {
  return queryOptions({
    queryKey: submissionQueryKey(obligationId),
    queryFn: ({ signal }) => getSubmission(obligationId, signal),
    // A draft is written from the version on the server, not from a copy cached minutes ago.
    staleTime: 0,
  });
}

export function useSubmission(obligationId: number) {
  return useQuery(getSubmissionQueryOptions(obligationId));
}
