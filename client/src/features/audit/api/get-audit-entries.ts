/**
 * GET /api/v1/audit (operationId GetAuditEntries): who changed what and when, newest first, within
 * the caller's scope. The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';
import { localDateBoundary } from '@/utils/format';

export type AuditEntry = components['schemas']['AuditEntryDto'];
export type AuditAction = components['schemas']['AuditAction'];
type GetAuditEntriesQuery = NonNullable<operations['GetAuditEntries']['parameters']['query']>;
type GetAuditEntriesOk = operations['GetAuditEntries']['responses'][200]['content']['application/json'];

export const auditPageSize = 50;

/**
 * The kinds of record the API writes entries for (its entity class names). The OpenAPI document types
 * entityType as a plain string, so the list lives here; the filter offers these.
 */
export const auditEntityTypes = ['OrgUnit', 'ApiToken', 'RoleAssignment', 'ApplicationUser'] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export function isAuditEntityType(value: string): value is AuditEntityType {
  return (auditEntityTypes as readonly string[]).includes(value);
}

/**
 * What the reader filters by: dates are local dates in Vietnam (yyyy-mm-dd), empty when not set.
 * `before` is where the page starts: the id of the last entry of the newer page (the API's
 * `nextBefore`), empty for the newest entries. The API pages by key and does not count the trail.
 */
export interface AuditFilters {
  entityType: string;
  from: string;
  to: string;
  before: string;
}

export function getAuditEntries(filters: AuditFilters, signal?: AbortSignal): Promise<GetAuditEntriesOk> {
  const query: GetAuditEntriesQuery = { pageSize: auditPageSize };
  if (filters.before !== '') query.before = Number(filters.before);
  if (filters.entityType !== '') query.entityType = filters.entityType;
  // Whole days, as the reader picked them: from the start of `from` to the end of `to`.
  if (filters.from !== '') query.from = localDateBoundary(filters.from, 'start');
  if (filters.to !== '') query.to = localDateBoundary(filters.to, 'end');
  return apiClient.getJson<GetAuditEntriesOk>('/api/v1/audit', { query, signal });
}

export function getAuditEntriesQueryOptions(filters: AuditFilters) {
  return queryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => getAuditEntries(filters, signal),
  });
}

export function useAuditEntries(filters: AuditFilters) {
  return useQuery({ ...getAuditEntriesQueryOptions(filters), placeholderData: keepPreviousData });
}
