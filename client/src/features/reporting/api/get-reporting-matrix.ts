/**
 * GET /api/v1/reporting-matrix?year=&unitId= (operationId GetReportingMatrix): units × periods of a
 * year, with the report counts of each sub-unit of unitId (each province without it, for those who see
 * the whole country). A row's unit is the next level down.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type ReportingMatrix = operations['GetReportingMatrix']['responses'][200]['content']['application/json'];
export type MatrixRow = components['schemas']['MatrixRowDto'];
export type MatrixCounts = components['schemas']['ReportCounts'];
type GetReportingMatrixQuery = operations['GetReportingMatrix']['parameters']['query'];

export function getReportingMatrix(year: number, unitId: number | undefined, signal?: AbortSignal): Promise<ReportingMatrix> {
  const query: GetReportingMatrixQuery = { year };
  if (unitId !== undefined) query.unitId = unitId;
  return apiClient.getJson<ReportingMatrix>('/api/v1/reporting-matrix', { query, signal });
}

export function getReportingMatrixQueryOptions(year: number, unitId: number | undefined) {
  return queryOptions({
    queryKey: ['reporting', 'matrix', year, unitId ?? 'top'],
    queryFn: ({ signal }) => getReportingMatrix(year, unitId, signal),
    staleTime: 30 * 1000,
  });
}

export function useReportingMatrix(year: number, unitId: number | undefined) {
  return useQuery({ ...getReportingMatrixQueryOptions(year, unitId), placeholderData: keepPreviousData });
}

export type MatrixState = 'Approved' | 'Submitted' | 'Returned' | 'Missing' | 'None';

/**
 * One word for a cell's colour: nothing expected, any report missing, any returned, all approved, or
 * all in and some awaiting review.
 */
export function matrixStateOf(counts: MatrixCounts): MatrixState {
  if (counts.expected === 0) return 'None';
  if (counts.missing > 0) return 'Missing';
  if (counts.returned > 0) return 'Returned';
  if (counts.approved >= counts.expected) return 'Approved';
  return 'Submitted';
}
