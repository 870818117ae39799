/**
 * POST /api/v1/score-releases/import (operationId ImportScoreRelease): an official score file (CSV or
 * XLSX), all or nothing; each year in it becomes the next revision of that year's release. `dryRun`
 * answers what the file would change and writes nothing; a re-import that removes provinces or changes
 * more than a tenth of the values needs `confirm`, else 409 carries the same preview in `years`.
 * 400 lists the file's `problems`, 413 means too large (over 10 MB), 415 neither CSV nor XLSX.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { ApiError, apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ImportScoreReleaseResult = operations['ImportScoreRelease']['responses'][200]['content']['application/json'];
export type ImportedYear = components['schemas']['ImportedYearDto'];
export type ReleaseChanges = components['schemas']['ReleaseChangesDto'];
type ImportScoreReleaseForm = NonNullable<operations['ImportScoreRelease']['requestBody']>['content']['multipart/form-data'];
type ImportScoreReleaseQuery = NonNullable<operations['ImportScoreRelease']['parameters']['query']>;

const fileField = 'file' satisfies keyof ImportScoreReleaseForm;

export interface ImportScoreReleaseInput {
  file: File;
  dryRun?: boolean;
  confirm?: boolean;
  onProgress?: (fraction: number) => void;
}

export function importScoreRelease({ file, dryRun = false, confirm = false, onProgress }: ImportScoreReleaseInput): Promise<ImportScoreReleaseResult> {
  const form = new FormData();
  form.append(fileField, file);
  const query: ImportScoreReleaseQuery = { dryRun, confirm };
  return apiClient.upload<ImportScoreReleaseResult>('/api/v1/score-releases/import', form, onProgress ? { onProgress, query } : { query });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isImportedYear(value: unknown): value is ImportedYear {
  return isRecord(value) && typeof value.surveyYear === 'number' && isRecord(value.changes) && typeof value.changes.needsConfirmation === 'boolean';
}

/** The preview a 409 carries when the file needs a confirmation, or undefined for any other failure. */
export function previewToConfirmOf(error: unknown): ImportedYear[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const years = error.problem?.extensions?.years;
  return Array.isArray(years) && years.every(isImportedYear) ? years : undefined;
}

export function useImportScoreRelease() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importScoreRelease,
    // Rankings, profiles, comparisons and the revisions all read the releases that were just replaced.
    onSuccess: (result) => (result.dryRun ? undefined : queryClient.invalidateQueries()),
  });
}
