import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { isVietnamese, mockMe, mockSessions, problem, testUser, unauthorized, wrongCredentials } from './auth';
import { adminHandlers } from './admin';
import { estimatedRankings2020, rankings2020 } from './data';
import { notificationHandlers } from './notifications';
import { orgUnitHandlers } from './org-units';
import { planHandlers } from './plans';
import { reportingHandlers } from './reporting';
import { indexHandlers, pciRankings2016 } from './indices';
import { provinceHandlers } from './provinces';

type RankingRowDtoPagedList = components['schemas']['RankingRowDtoPagedList'];
type SignInCommand = components['schemas']['SignInCommand'];
type RefreshSessionCommand = components['schemas']['RefreshSessionCommand'];
type SignOutCommand = components['schemas']['SignOutCommand'];

export const rankingsUrl = '/api/v1/score-releases/:year/rankings';
export const signInUrl = '/api/v1/auth/login';
export const refreshUrl = '/api/v1/auth/refresh';
export const signOutUrl = '/api/v1/auth/logout';
export const meUrl = '/api/v1/me';

export function pagedRankings(items: RankingRowDtoPagedList['items']): RankingRowDtoPagedList {
  return { items, page: 1, pageSize: 200, totalCount: items.length };
}

/** A stand-in for the API: sign-in, token rotation and a 401 on every other call without a valid token. */
export const handlers = [
  http.post<never, Partial<SignInCommand>>(signInUrl, async ({ request }) => {
    const { userName = '', password = '' } = await request.json();
    const errors: Record<string, string[]> = {};
    if (userName.trim() === '') errors.userName = ['Tên đăng nhập không được để trống.'];
    if (password === '') errors.password = ['Mật khẩu không được để trống.'];
    if (Object.keys(errors).length > 0) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    }
    if (userName !== testUser.userName || password !== testUser.password) return wrongCredentials(request);
    return HttpResponse.json(mockSessions.issue());
  }),
  http.post<never, RefreshSessionCommand>(refreshUrl, async ({ request }) => {
    const wait = mockSessions.renew();
    if (wait !== undefined) {
      return problem(429, { title: isVietnamese(request) ? 'Quá nhiều yêu cầu' : 'Too many requests' }, { 'Retry-After': String(wait) });
    }
    const { refreshToken } = await request.json();
    if (!mockSessions.spend(refreshToken)) return unauthorized(request);
    return HttpResponse.json(mockSessions.issue());
  }),
  http.post<never, SignOutCommand>(signOutUrl, async ({ request }) => {
    const { refreshToken } = await request.json();
    mockSessions.spend(refreshToken);
    return new HttpResponse(null, { status: 204 });
  }),
  http.get(meUrl, ({ request }) => (mockSessions.isSignedIn(request) ? HttpResponse.json(mockMe.current) : unauthorized(request))),
  http.get(rankingsUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const asOf = new URL(request.url).searchParams.get('as');
    if (asOf !== null) {
      if (asOf !== '2025-07-01') return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { as: ['No units change on that day.'] } });
      return HttpResponse.json(pagedRankings(params.year === '2020' ? estimatedRankings2020 : []));
    }
    if ((new URL(request.url).searchParams.get('framework') ?? 'PAPI') === 'PCI') {
      return HttpResponse.json(pagedRankings(params.year === '2016' ? pciRankings2016 : []));
    }
    return HttpResponse.json(pagedRankings(params.year === '2020' ? rankings2020 : []));
  }),
  ...indexHandlers,
  ...provinceHandlers,
  ...orgUnitHandlers,
  ...adminHandlers,
  ...planHandlers,
  ...reportingHandlers,
  ...notificationHandlers,
];
