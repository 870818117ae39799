/**
 * GET /api/v1/reporting-periods/{id}/completeness (operationId GetCompleteness): per receiving unit,
 * how many reports were expected, submitted (on time or late), missing, returned and approved, with
 * each reporting unit's state.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { reportingPeriodQueryKey } from './get-obligations';

export type Completeness = operations['GetCompleteness']['responses'][200]['content']['application/json'];
export type RecipientCompleteness = components['schemas']['RecipientCompletenessDto'];
export type UnitReportState = components['schemas']['UnitReportStateDto'];
export type SubmissionStatus = components['schemas']['SubmissionStatus'];

/** A report's state in one word: its submission's status, or Missing when none was started. */
export type ReportState = SubmissionStatus | 'Missing';

/** The server's word: a report not sent by the period's lock (a draft included) is missing. */
export function reportStateOf(unit: Pick<UnitReportState, 'status' | 'missing'>): ReportState {
  return unit.missing ? 'Missing' : (unit.status ?? 'Missing');
}

export function getCompleteness(periodId: number, signal?: AbortSignal): Promise<Completeness> {
  return apiClient.getJson<Completeness>(`/api/v1/reporting-periods/${encodeURIComponent(periodId)}/completeness`, { signal });
}

export const completenessQueryKey = (periodId: number) => [...reportingPeriodQueryKey(periodId), 'completeness'] as const;

export function getCompletenessQueryOptions(periodId: number) {
  return queryOptions({
    queryKey: completenessQueryKey(periodId),
    queryFn: ({ signal }) => getCompleteness(periodId, signal),
    // Reports move while the reader looks: a deadline day is busy.
    staleTime: 30 * 1000,
  });
}

/** Waits when no period is given (0). */
export function useCompleteness(periodId: number) {
  return useQuery({ ...getCompletenessQueryOptions(periodId), enabled: periodId > 0 });
}

/**
 * An obligation of the period as its receiving unit's list shows it: who reports to whom, and its state.
 * `listKnown`: the period's list has been read, so an obligation not `found` in it is not in the reader's sight.
 */
export function useObligationState(obligationId: number, periodId: number | undefined) {
  const completeness = useCompleteness(periodId ?? 0).data;
  const match = completeness?.recipients.flatMap((recipient) =>
    recipient.units.filter((unit) => unit.obligationId === obligationId).map((unit) => ({ recipient, unit })),
  )[0];
  return {
    listKnown: completeness !== undefined,
    found: match && completeness ? { ...match, dueOn: completeness.dueOn, lockOn: completeness.lockOn } : undefined,
  };
}
