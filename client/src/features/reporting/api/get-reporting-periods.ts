/**
 * GET /api/v1/plans/{id}/reporting-periods (operationId GetReportingPeriods): a plan's reporting
 * calendar, each period with its coverage window and due day. The only place that names its types.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ReportingPeriod = components['schemas']['ReportingPeriodDto'];
export type ReportingPeriodKind = components['schemas']['ReportingPeriodKind'];
type GetReportingPeriodsOk = operations['GetReportingPeriods']['responses'][200]['content']['application/json'];

export function getReportingPeriods(planId: number, signal?: AbortSignal): Promise<GetReportingPeriodsOk> {
  return apiClient.getJson<GetReportingPeriodsOk>(`/api/v1/plans/${encodeURIComponent(planId)}/reporting-periods`, { signal });
}

export function getReportingPeriodsQueryOptions(planId: number) {
  return queryOptions({
    queryKey: ['reporting', 'plans', planId, 'periods'],
    queryFn: ({ signal }) => getReportingPeriods(planId, signal),
  });
}

export function useReportingPeriods(planId: number | undefined) {
  return useQuery({ ...getReportingPeriodsQueryOptions(planId ?? 0), enabled: planId !== undefined });
}

/** Period `periodId` found in the calendars of `planIds` (a report's page knows the period, not its plan). */
export function useReportingPeriod(planIds: readonly number[], periodId: number | undefined): ReportingPeriod | undefined {
  return useQueries({
    queries: planIds.map((planId) => ({ ...getReportingPeriodsQueryOptions(planId), enabled: periodId !== undefined })),
    combine: (results) => results.flatMap((result) => result.data ?? []).find((period) => period.id === periodId),
  });
}

/**
 * The period a reader most likely means: the first whose due day has not passed, else the last one.
 * `today` is a local date in Vietnam (yyyy-mm-dd).
 */
export function currentPeriod(periods: readonly ReportingPeriod[], today: string): ReportingPeriod | undefined {
  const sorted = [...periods].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return sorted.find((period) => period.dueOn >= today) ?? sorted.at(-1);
}
