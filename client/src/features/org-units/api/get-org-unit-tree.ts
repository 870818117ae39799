/**
 * GET /api/v1/org-units/tree (operationId GetOrgUnitTree): the units in the caller's scope as a tree,
 * today's or as it stood on a day (`asOf`, yyyy-mm-dd). The only place that names this operation's types.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type OrgUnitNode = components['schemas']['OrgUnitNodeDto'];
type GetOrgUnitTreeQuery = NonNullable<operations['GetOrgUnitTree']['parameters']['query']>;
type GetOrgUnitTreeOk = operations['GetOrgUnitTree']['responses'][200]['content']['application/json'];

export function getOrgUnitTree(asOf: string | undefined, signal?: AbortSignal): Promise<GetOrgUnitTreeOk> {
  const query: GetOrgUnitTreeQuery = asOf ? { asOf } : {};
  return apiClient.getJson<GetOrgUnitTreeOk>('/api/v1/org-units/tree', { query, signal });
}

export function getOrgUnitTreeQueryOptions(asOf?: string) {
  return queryOptions({
    queryKey: [...orgUnitsQueryKey, 'tree', asOf ?? 'today'],
    queryFn: ({ signal }) => getOrgUnitTree(asOf, signal),
  });
}

/** Today's tree, or the tree as it stood on `asOf`. */
export function useOrgUnitTree(asOf?: string) {
  return useQuery(getOrgUnitTreeQueryOptions(asOf));
}
