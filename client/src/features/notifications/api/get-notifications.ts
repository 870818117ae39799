/**
 * GET /api/v1/notifications (operationId GetNotifications): the signed-in user's notices, newest
 * first, with how many are still unread. The header polls the unread count; the page reads a page.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { components, operations } from '@/types/api';

export type Notice = components['schemas']['NotificationDto'];
export type NoticeKind = components['schemas']['NotificationKind'];
type GetNotificationsQuery = NonNullable<operations['GetNotifications']['parameters']['query']>;
type GetNotificationsOk = operations['GetNotifications']['responses'][200]['content']['application/json'];

export const noticesPageSize = 20;
/** How often the header asks for the unread count. */
export const unreadPollMs = 60_000;

export function getNotifications(query: GetNotificationsQuery, signal?: AbortSignal): Promise<GetNotificationsOk> {
  return apiClient.getJson<GetNotificationsOk>('/api/v1/notifications', { query, signal });
}

export const notificationsQueryKey = ['notifications'] as const;

/**
 * Notices arrive from the API's reminder job at any time, so the page asks again whenever it is
 * opened rather than showing a copy up to five minutes old (the app's default) under a fresher count.
 */
export function getNotificationsQueryOptions(page: number) {
  return queryOptions({
    queryKey: [...notificationsQueryKey, 'list', page],
    queryFn: ({ signal }) => getNotifications({ page, pageSize: noticesPageSize }, signal),
    staleTime: 0,
  });
}

export function useNotifications(page: number) {
  return useQuery({ ...getNotificationsQueryOptions(page), placeholderData: keepPreviousData });
}

/** The unread notices that ask for action, for the "my tasks" list (the first page is plenty). */
export function useUnreadNotices() {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'unread'],
    queryFn: ({ signal }) => getNotifications({ unreadOnly: true, page: 1, pageSize: 50 }, signal),
    staleTime: 0,
  });
}

/** The unread count, asked again every minute while the page is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsQueryKey, 'unread-count'],
    queryFn: ({ signal }) => getNotifications({ unreadOnly: true, page: 1, pageSize: 1 }, signal),
    select: (answer) => answer.unread,
    refetchInterval: unreadPollMs,
    staleTime: 0,
  });
}
