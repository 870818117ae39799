/**
 * GET /api/v1/org-units/{id}/document-profile (operationId GetDocumentProfile): how the unit issues the
 * documents PapiTracker writes for it (Decree 30/2020/NĐ-CP). The API answers 404 until a coordinator has kept
 * one; that reads as "none yet" (null), so the form starts empty. No ETag: a save replaces the profile whole.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { ApiError, apiClient } from '@/lib/api-client';
import type { components } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type DocumentProfile = components['schemas']['DocumentProfileDto'];

export async function getDocumentProfile(unitId: number, signal?: AbortSignal): Promise<DocumentProfile | null> {
  try {
    return await apiClient.getJson<DocumentProfile>(`/api/v1/org-units/${encodeURIComponent(unitId)}/document-profile`, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const documentProfileQueryKey = (unitId: number) => [...orgUnitsQueryKey, 'document-profile', unitId] as const;

export function getDocumentProfileQueryOptions(unitId: number) {
  return queryOptions({
    queryKey: documentProfileQueryKey(unitId),
    queryFn: ({ signal }) => getDocumentProfile(unitId, signal),
  });
}

export function useDocumentProfile(unitId: number) {
  return useQuery(getDocumentProfileQueryOptions(unitId));
}
