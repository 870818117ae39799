/**
 * GET /api/v1/org-units (operationId GetOrgUnits): units in the caller's scope, found by name or code
 * without regard to diacritics. The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { orgUnitsQueryKey } from './org-units-query-keys';

export type OrgUnit = components['schemas']['OrgUnitDto'];
export type OrgUnitKind = components['schemas']['OrgUnitKind'];
type GetOrgUnitsQuery = NonNullable<operations['GetOrgUnits']['parameters']['query']>;
type GetOrgUnitsOk = operations['GetOrgUnits']['responses'][200]['content']['application/json'];

/** Every kind of unit, in the order a form offers them; `satisfies` keeps the list in step with the contract. */
const kinds = {
  Province: true,
  Department: true,
  District: true,
  Commune: true,
  OtherBody: true,
} as const satisfies Record<OrgUnitKind, true>;
export const orgUnitKinds = Object.keys(kinds) as OrgUnitKind[];

export const orgUnitSearchPageSize = 50;

export function searchOrgUnits(search: string, asOf: string | undefined, signal?: AbortSignal): Promise<GetOrgUnitsOk> {
  const query: GetOrgUnitsQuery = { search, pageSize: orgUnitSearchPageSize, ...(asOf ? { asOf } : {}) };
  return apiClient.getJson<GetOrgUnitsOk>('/api/v1/org-units', { query, signal });
}

export function getOrgUnitSearchQueryOptions(search: string, asOf?: string) {
  return queryOptions({
    queryKey: [...orgUnitsQueryKey, 'search', search, asOf ?? 'today'],
    queryFn: ({ signal }) => searchOrgUnits(search, asOf, signal),
  });
}

/** Searches once there is something to search for (today's units, or those of `asOf`); keeps the last answer while the next one loads. */
export function useOrgUnitSearch(search: string, asOf?: string) {
  return useQuery({
    ...getOrgUnitSearchQueryOptions(search, asOf),
    enabled: search !== '',
    placeholderData: keepPreviousData,
  });
}
