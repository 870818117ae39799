import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, unauthorized } from './auth';
import { mockDb, paged } from './db';

type NotificationDto = components['schemas']['NotificationDto'];
type ReadNotices = components['schemas']['ReadNotices'];

export const notificationsUrl = '/api/v1/notifications';
export const notificationsReadUrl = '/api/v1/notifications/read';

const seed: NotificationDto[] = [
  {
    id: 1,
    kind: 'ObligationOpened',
    obligationId: 31,
    periodId: 22,
    unitId: 104,
    unitNameVi: 'UBND xã Bảo Đài',
    periodKind: 'HalfYear',
    periodYear: 2099,
    dueOn: '2099-06-20',
    createdAt: '2099-06-01T01:00:00Z',
    readAt: '2099-06-02T01:00:00Z',
  },
  {
    id: 2,
    kind: 'DueIn7Days',
    obligationId: 31,
    periodId: 22,
    unitId: 104,
    unitNameVi: 'UBND xã Bảo Đài',
    periodKind: 'HalfYear',
    periodYear: 2099,
    dueOn: '2099-06-20',
    createdAt: '2099-06-13T01:00:00Z',
  },
  {
    id: 3,
    kind: 'Overdue',
    obligationId: 33,
    periodId: 22,
    unitId: 102,
    unitNameVi: 'Sở Tài chính',
    periodKind: 'Quarterly',
    periodYear: 2099,
    dueOn: '2099-03-20',
    createdAt: '2099-03-21T01:00:00Z',
  },
  {
    id: 4,
    kind: 'ReportApproved',
    obligationId: 32,
    periodId: 22,
    unitId: 103,
    unitNameVi: 'UBND huyện Lục Nam',
    periodKind: 'HalfYear',
    periodYear: 2099,
    dueOn: '2099-06-20',
    createdAt: '2099-06-19T01:00:00Z',
  },
];

let notices: NotificationDto[] = [];

mockDb.register(() => {
  notices = seed.map((notice) => ({ ...notice }));
});

/** The mocked API's notices, for a test to inspect. */
export const mockNotices = {
  get(id: number) {
    return notices.find((notice) => notice.id === id);
  },
  /** A notice the reminder job writes while the page is open. */
  add(notice: NotificationDto): void {
    notices.push(notice);
  },
};

export const notificationHandlers = [
  http.get(notificationsUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const unreadOnly = url.searchParams.get('unreadOnly') === 'true';
    const newest = [...notices].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const shown = unreadOnly ? newest.filter((notice) => notice.readAt == null) : newest;
    return HttpResponse.json({ unread: notices.filter((notice) => notice.readAt == null).length, notices: paged(shown, url, 20) });
  }),
  http.post<never, ReadNotices>(notificationsReadUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const { ids } = await request.json();
    let changed = 0;
    for (const notice of notices) {
      if (notice.readAt == null && (ids == null || ids.includes(notice.id))) {
        notice.readAt = '2099-06-20T02:00:00Z';
        changed += 1;
      }
    }
    return HttpResponse.json({ changed });
  }),
];
