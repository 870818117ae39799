/**
 * POST /api/v1/org-units/import (operationId ImportOrgUnits): adds units from a CSV or XLSX file,
 * all or nothing. A refused file answers 400 with its `problems` by row and column.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

type ImportOrgUnitsOk = operations['ImportOrgUnits']['responses'][200]['content']['application/json'];
type ImportOrgUnitsForm = NonNullable<operations['ImportOrgUnits']['requestBody']>['content']['multipart/form-data'];

const fileField = 'file' satisfies keyof ImportOrgUnitsForm;

export function importOrgUnits(file: File): Promise<ImportOrgUnitsOk> {
  const form = new FormData();
  form.append(fileField, file);
  return apiClient.upload<ImportOrgUnitsOk>('/api/v1/org-units/import', form);
}

export function useImportOrgUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importOrgUnits,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsQueryKey }),
  });
}
