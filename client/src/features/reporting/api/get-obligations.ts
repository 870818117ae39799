/**
 * GET /api/v1/reporting-periods/{id}/obligations (operationId GetObligations): who owes whom the
 * period's report, limited by the API to the reader's units and the reports owed to them.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Obligation = components['schemas']['ObligationDto'];
type GetObligationsQuery = NonNullable<operations['GetObligations']['parameters']['query']>;
type GetObligationsOk = operations['GetObligations']['responses'][200]['content']['application/json'];

export const obligationsPageSize = 50;

export function getObligations(periodId: number, page: number, signal?: AbortSignal): Promise<GetObligationsOk> {
  const query: GetObligationsQuery = { page, pageSize: obligationsPageSize };
  return apiClient.getJson<GetObligationsOk>(`/api/v1/reporting-periods/${encodeURIComponent(periodId)}/obligations`, { query, signal });
}

export const reportingPeriodQueryKey = (periodId: number) => ['reporting', 'periods', periodId] as const;

export function getObligationsQueryOptions(periodId: number, page: number) {
  return queryOptions({
    queryKey: [...reportingPeriodQueryKey(periodId), 'obligations', page],
    queryFn: ({ signal }) => getObligations(periodId, page, signal),
  });
}

export function useObligations(periodId: number, page: number) {
  return useQuery({ ...getObligationsQueryOptions(periodId, page), placeholderData: keepPreviousData });
}
