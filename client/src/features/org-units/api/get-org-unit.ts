/**
 * GET /api/v1/org-units/{id} (operationId GetOrgUnit): one unit with its ETag, which an edit sends
 * back as If-Match. The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient, type JsonAnswer } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

type GetOrgUnitOk = operations['GetOrgUnit']['responses'][200]['content']['application/json'];
export type VersionedOrgUnit = JsonAnswer<GetOrgUnitOk>;

export function getOrgUnit(id: operations['GetOrgUnit']['parameters']['path']['id'], signal?: AbortSignal) {
  return apiClient.requestJson<GetOrgUnitOk>('GET', `/api/v1/org-units/${encodeURIComponent(id)}`, undefined, { signal });
}

export const orgUnitQueryKey = (id: number) => [...orgUnitsQueryKey, 'unit', id] as const;

export function getOrgUnitQueryOptions(id: number) {
  return queryOptions({
    queryKey: orgUnitQueryKey(id),
    queryFn: ({ signal }) => getOrgUnit(id, signal),
    // An edit starts from the version on the server, not from a copy cached minutes ago.
    staleTime: 0,
  });
}

export function useOrgUnit(id: number) {
  return useQuery(getOrgUnitQueryOptions(id));
}
