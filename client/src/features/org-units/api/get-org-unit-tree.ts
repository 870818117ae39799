/**
 * GET /api/v1/org-units/tree (operationId GetOrgUnitTree): the units in the caller's scope as a tree.
 * The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type OrgUnitNode = components['schemas']['OrgUnitNodeDto'];
type GetOrgUnitTreeOk = operations['GetOrgUnitTree']['responses'][200]['content']['application/json'];

export function getOrgUnitTree(signal?: AbortSignal): Promise<GetOrgUnitTreeOk> {
  return apiClient.getJson<GetOrgUnitTreeOk>('/api/v1/org-units/tree', { signal });
}

export function getOrgUnitTreeQueryOptions() {
  return queryOptions({
    queryKey: [...orgUnitsQueryKey, 'tree'],
    queryFn: ({ signal }) => getOrgUnitTree(signal),
  });
}

export function useOrgUnitTree() {
  return useQuery(getOrgUnitTreeQueryOptions());
}
