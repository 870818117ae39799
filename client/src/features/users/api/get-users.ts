/**
 * GET /api/v1/users (operationId GetUsers): user accounts, found by user name, name or email, each with
 * the roles it holds at their units.
 * The only place that names this operation's types.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type User = components['schemas']['UserAccountDto'];
export type RoleHeld = components['schemas']['RoleAtUnitDto'];
type GetUsersQuery = NonNullable<operations['GetUsers']['parameters']['query']>;
type GetUsersOk = operations['GetUsers']['responses'][200]['content']['application/json'];

export const usersPageSize = 50;
export const usersQueryKey = ['users'] as const;

export function getUsers(search: string, page: number, signal?: AbortSignal): Promise<GetUsersOk> {
  const query: GetUsersQuery = search === '' ? { page, pageSize: usersPageSize } : { search, page, pageSize: usersPageSize };
  return apiClient.getJson<GetUsersOk>('/api/v1/users', { query, signal });
}

export function getUsersQueryOptions(search: string, page: number) {
  return queryOptions({
    queryKey: [...usersQueryKey, search, page],
    queryFn: ({ signal }) => getUsers(search, page, signal),
  });
}

export function useUsers(search: string, page: number) {
  return useQuery({ ...getUsersQueryOptions(search, page), placeholderData: keepPreviousData });
}
