/**
 * GET /api/v1/plans/{id}/actions (operationId GetActionItems): a plan's action items, filtered,
 * sorted and paged by the API. The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import { planQueryKey } from '@/lib/query-keys';
import type { components, operations } from '@/types/api';
import { parsePositiveInt } from '@/utils/parse';

export type ActionItem = components['schemas']['ActionItemDto'];
export type ActionStatus = components['schemas']['ActionStatus'];
export type DeadlineState = components['schemas']['DeadlineState'];
export type ActionKind = components['schemas']['ActionKind'];
export type ActionUnit = components['schemas']['ActionUnitDto'];
type GetActionItemsQuery = NonNullable<operations['GetActionItems']['parameters']['query']>;
type GetActionItemsOk = operations['GetActionItems']['responses'][200]['content']['application/json'];

export const actionStatuses = ['NotStarted', 'InProgress', 'Completed', 'Paused'] as const satisfies readonly ActionStatus[];
export const deadlineStates = ['WithinDeadline', 'Overdue', 'CompletedOnTime', 'CompletedLate'] as const satisfies readonly DeadlineState[];
export const actionKinds = ['Action', 'Responsibility'] as const satisfies readonly ActionKind[];
/** The API sorts by code, due date or status; a leading "-" reverses. */
export const actionSorts = ['code', '-code', 'due', '-due', 'status', '-status'] as const;
export type ActionSort = (typeof actionSorts)[number];

export const actionsPageSize = 20;

/** What the reader filters by; empty strings mean "any". */
export interface ActionFilters {
  dimension: string;
  status: ActionStatus | '';
  deadlineState: DeadlineState | '';
  kind: ActionKind | '';
  search: string;
  mine: boolean;
  sort: ActionSort;
  page: number;
}

export const noActionFilters: ActionFilters = {
  dimension: '',
  status: '',
  deadlineState: '',
  kind: '',
  search: '',
  mine: false,
  sort: 'code',
  page: 1,
};

function oneOf<T extends string>(options: readonly T[], value: string | null): T | '' {
  return value !== null && (options as readonly string[]).includes(value) ? (value as T) : '';
}

/** Filters from the page's address, so a filtered list can be reloaded and shared. */
export function readActionFilters(params: URLSearchParams): ActionFilters {
  const dimension = params.get('dimension') ?? '';
  const sort = oneOf(actionSorts, params.get('sort'));
  return {
    dimension: /^\d$/.test(dimension) ? dimension : '',
    status: oneOf(actionStatuses, params.get('status')),
    deadlineState: oneOf(deadlineStates, params.get('deadlineState')),
    kind: oneOf(actionKinds, params.get('kind')),
    search: params.get('search') ?? '',
    mine: params.get('mine') === 'true',
    sort: sort === '' ? noActionFilters.sort : sort,
    page: parsePositiveInt(params.get('page')) ?? 1,
  };
}

/** The address form of filters: only what differs from "any", so links stay short. */
export function writeActionFilters(filters: ActionFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['dimension', 'status', 'deadlineState', 'kind', 'search'] as const) {
    if (filters[key] !== '') params.set(key, filters[key]);
  }
  if (filters.mine) params.set('mine', 'true');
  if (filters.sort !== noActionFilters.sort) params.set('sort', filters.sort);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function getActionItems(planId: number, filters: ActionFilters, signal?: AbortSignal): Promise<GetActionItemsOk> {
  const query: GetActionItemsQuery = { sort: filters.sort, page: filters.page, pageSize: actionsPageSize };
  if (filters.dimension !== '') query.dimension = filters.dimension;
  if (filters.status !== '') query.status = filters.status;
  if (filters.deadlineState !== '') query.deadlineState = filters.deadlineState;
  if (filters.kind !== '') query.kind = filters.kind;
  if (filters.search.trim() !== '') query.search = filters.search.trim();
  if (filters.mine) query.mine = true;
  return apiClient.getJson<GetActionItemsOk>(`/api/v1/plans/${encodeURIComponent(planId)}/actions`, { query, signal });
}

export const actionItemsQueryKey = (planId: number) => [...planQueryKey(planId), 'actions'] as const;

export function getActionItemsQueryOptions(planId: number, filters: ActionFilters) {
  return queryOptions({
    queryKey: [...actionItemsQueryKey(planId), filters],
    queryFn: ({ signal }) => getActionItems(planId, filters, signal),
  });
}

export function useActionItems(planId: number, filters: ActionFilters) {
  return useQuery({ ...getActionItemsQueryOptions(planId, filters), placeholderData: keepPreviousData });
}
