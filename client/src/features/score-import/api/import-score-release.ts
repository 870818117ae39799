/**
 * POST /api/v1/score-releases/import (operationId ImportScoreRelease): an official score file (CSV or
 * XLSX), all or nothing; each year in it replaces that year's release. 400 lists the file's `problems`,
 * 413 means too large (over 10 MB), 415 neither CSV nor XLSX.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ImportScoreReleaseResult = operations['ImportScoreRelease']['responses'][200]['content']['application/json'];
export type ImportedYear = components['schemas']['ImportedYearDto'];
type ImportScoreReleaseForm = NonNullable<operations['ImportScoreRelease']['requestBody']>['content']['multipart/form-data'];

const fileField = 'file' satisfies keyof ImportScoreReleaseForm;

export interface ImportScoreReleaseInput {
  file: File;
  onProgress?: (fraction: number) => void;
}

export function importScoreRelease({ file, onProgress }: ImportScoreReleaseInput): Promise<ImportScoreReleaseResult> {
  const form = new FormData();
  form.append(fileField, file);
  return apiClient.upload<ImportScoreReleaseResult>('/api/v1/score-releases/import', form, onProgress ? { onProgress } : {});
}

export function useImportScoreRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importScoreRelease,
    // Rankings, profiles and comparisons all read the releases that were just replaced.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
