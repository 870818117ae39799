/**
 * GET /api/v1/reporting-periods/{id}/levels/{unitId} (operationId GetLevel): a receiving unit's level of
 * the period — how many reports are owed to it, how many approved, and its sign-off if given.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { operations } from '@/types/api';

import { reportingPeriodQueryKey } from './get-obligations';

type LevelPath = operations['GetLevel']['parameters']['path'];
export type Level = operations['GetLevel']['responses'][200]['content']['application/json'];

export function getLevel({ id, unitId }: LevelPath, signal?: AbortSignal): Promise<Level> {
  return apiClient.getJson<Level>(`/api/v1/reporting-periods/${encodeURIComponent(id)}/levels/${encodeURIComponent(unitId)}`, { signal });
}

// Under the period's key: a report reopened there withdraws the sign-off, and its invalidation reaches this.
export const levelQueryKey = ({ id, unitId }: LevelPath) => [...reportingPeriodQueryKey(id), 'levels', unitId] as const;

export function getLevelQueryOptions(path: LevelPath) {
  return queryOptions({ queryKey: levelQueryKey(path), queryFn: ({ signal }) => getLevel(path, signal) });
}

export function useLevel(path: LevelPath) {
  return useQuery(getLevelQueryOptions(path));
}
