/**
 * GET /api/v1/report-obligations/{id}/submission (operationId GetSubmission): the report of an
 * obligation with its ETag, for the reporting and the receiving side. 404 until a draft is saved.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiClient, type JsonAnswer } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Submission = operations['GetSubmission']['responses'][200]['content']['application/json'];
export type VersionedSubmission = JsonAnswer<Submission>;
export type ReportedAction = components['schemas']['ReportedActionDto'];
export type UnitPlanDocument = components['schemas']['UnitPlanDocument'];
export type SubmissionVersion = components['schemas']['SubmissionVersionDto'];

/** Resolves null when nothing was saved yet for the obligation: the form then starts empty. */
export async function getSubmission(obligationId: number, signal?: AbortSignal): Promise<VersionedSubmission | null> {
  try {
    return await apiClient.requestJson<Submission>('GET', `/api/v1/report-obligations/${encodeURIComponent(obligationId)}/submission`, undefined, {
      signal,
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
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
