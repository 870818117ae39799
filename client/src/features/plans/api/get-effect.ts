/**
 * GET /api/v1/plans/{id}/effect (operationId GetEffect): each sub-dimension's change from the plan's
 * baseline to a later release (the latest unless a year is given) beside the actions that targeted it,
 * on one of the plan's indices (`framework`, its lead index when none is given).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';

export type Effect = operations['GetEffect']['responses'][200]['content']['application/json'];
export type EffectRow = components['schemas']['EffectRowDto'];
type GetEffectQuery = NonNullable<operations['GetEffect']['parameters']['query']>;

export function getEffect(planId: number, year: number | undefined, framework: string | undefined, signal?: AbortSignal): Promise<Effect> {
  const query: GetEffectQuery = {};
  if (year !== undefined) query.year = year;
  if (framework !== undefined) query.framework = framework;
  return apiClient.getJson<Effect>(`/api/v1/plans/${encodeURIComponent(planId)}/effect`, { query, signal });
}

export function getEffectQueryOptions(planId: number, year: number | undefined, framework: string | undefined) {
  return queryOptions({
    queryKey: [...planQueryKey(planId), 'effect', framework ?? 'lead', year ?? 'latest'],
    queryFn: ({ signal }) => getEffect(planId, year, framework, signal),
  });
}

/** `enabled` false when no release after the baseline is published yet: there is nothing to ask. */
export function useEffectView(planId: number, year: number | undefined, framework: string | undefined, enabled = true) {
  return useQuery({ ...getEffectQueryOptions(planId, year, framework), placeholderData: keepPreviousData, enabled });
}
