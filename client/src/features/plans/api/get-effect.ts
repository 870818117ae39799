/**
 * GET /api/v1/plans/{id}/effect (operationId GetEffect): each sub-dimension's change from the plan's
 * baseline to a later release (the latest unless a year is given) beside the actions that targeted it.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

import { planQueryKey } from './get-plan';

export type Effect = operations['GetEffect']['responses'][200]['content']['application/json'];
export type EffectRow = components['schemas']['EffectRowDto'];
type GetEffectQuery = NonNullable<operations['GetEffect']['parameters']['query']>;

export function getEffect(planId: number, year: number | undefined, signal?: AbortSignal): Promise<Effect> {
  const query: GetEffectQuery = {};
  if (year !== undefined) query.year = year;
  return apiClient.getJson<Effect>(`/api/v1/plans/${encodeURIComponent(planId)}/effect`, { query, signal });
}

export function getEffectQueryOptions(planId: number, year: number | undefined) {
  return queryOptions({
    queryKey: [...planQueryKey(planId), 'effect', year ?? 'latest'],
    queryFn: ({ signal }) => getEffect(planId, year, signal),
  });
}

/** `enabled` false when no release after the baseline is published yet: there is nothing to ask. */
export function useEffectView(planId: number, year: number | undefined, enabled = true) {
  return useQuery({ ...getEffectQueryOptions(planId, year), placeholderData: keepPreviousData, enabled });
}
