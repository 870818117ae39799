/**
 * GET /api/v1/report-submissions/{id}/versions/{number} (operationId GetSubmissionVersion): one kept
 * version of a report with its content as it was sent — narratives, unit plan, actions and attachments.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

type VersionPath = operations['GetSubmissionVersion']['parameters']['path'];
export type SubmissionVersionContent = operations['GetSubmissionVersion']['responses'][200]['content']['application/json'];
export type ReportContent = components['schemas']['ReportContent'];

export function getSubmissionVersion({ id, number }: VersionPath, signal?: AbortSignal): Promise<SubmissionVersionContent> {
  return apiClient.getJson<SubmissionVersionContent>(
    `/api/v1/report-submissions/${encodeURIComponent(id)}/versions/${encodeURIComponent(number)}`,
    { signal },
  );
}

export function getSubmissionVersionQueryOptions(path: VersionPath) {
  return queryOptions({
    queryKey: ['reporting', 'submissions', path.id, 'versions', path.number],
    queryFn: ({ signal }) => getSubmissionVersion(path, signal),
    // What was sent never changes.
    staleTime: Infinity,
  });
}

export function useSubmissionVersion(path: VersionPath) {
  return useQuery(getSubmissionVersionQueryOptions(path));
}
