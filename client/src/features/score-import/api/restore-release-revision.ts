/**
 * POST /api/v1/score-releases/{year}/revisions/{revision}/restore (operationId RestoreReleaseRevision):
 * an earlier revision's values become current again, as a new revision; 409 for the current one.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

export type RestoredRevision = operations['RestoreReleaseRevision']['responses'][200]['content']['application/json'];

export interface RestoreReleaseRevisionInput {
  year: number;
  revision: number;
}

export function restoreReleaseRevision({ year, revision }: RestoreReleaseRevisionInput): Promise<RestoredRevision> {
  return apiClient.postJson<RestoredRevision>(
    `/api/v1/score-releases/${encodeURIComponent(year)}/revisions/${encodeURIComponent(revision)}/restore`,
    undefined,
  );
}

export function useRestoreReleaseRevision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreReleaseRevision,
    // Rankings and everything derived from the release read the restored values from now on.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
