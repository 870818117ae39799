import { HttpResponse } from 'msw';

import type { components } from '@/types/api';

type SessionTokens = components['schemas']['SessionTokens'];
type MeDto = components['schemas']['MeDto'];

/** The account the mocked API knows. */
export const testUser = {
  userName: 'nguyen.van.an',
  password: 'Mật-khẩu-đúng-1',
  displayName: 'Nguyễn Văn An',
} as const;

export const me: MeDto = {
  user: {
    id: '8f4c2a4e-5d8b-4f7e-9a51-3c0e2b6d1a90',
    userName: testUser.userName,
    displayName: testUser.displayName,
    email: 'an.nguyen@example.org',
  },
  apiTokenId: null,
  roles: [{ assignmentId: 1, role: 'Viewer', unitId: null, unitNameVi: null, unitNameEn: null }],
  // Everyone reads scores, units and the plans of their province.
  permissions: ['ReadScores', 'ReadUnits', 'ReadPlans'],
};

type Permission = MeDto['permissions'][number];

/** Every permission: a system administrator. */
export const allPermissions: Permission[] = [
  'ReadScores',
  'ImportScores',
  'ReadUnits',
  'ManageUnits',
  'ManageUsers',
  'ManageApiTokens',
  'ReadAudit',
  'ReadPlans',
  'ManagePlans',
  'RecordProgress',
  'SubmitReports',
  'ReviewReports',
];

let currentMe: MeDto = me;

/** Who GET /me says the signed-in user is: a viewer unless a test grants more. Reset before every test. */
export const mockMe = {
  reset(): void {
    currentMe = me;
  },
  /** The signed-in user holds exactly `permissions`. */
  grant(...permissions: Permission[]): void {
    currentMe = {
      ...me,
      roles: [{ assignmentId: 2, role: 'SystemAdmin', unitId: null, unitNameVi: null, unitNameEn: null }],
      permissions,
    };
  },
  get current(): MeDto {
    return currentMe;
  },
};

/**
 * What the mocked API remembers about sessions: the access tokens it accepts and the refresh tokens
 * it will swap (each once, as the real API does). Reset before every test.
 */
const issued = {
  count: 0,
  accessTokens: new Set<string>(),
  refreshTokens: new Set<string>(),
  renewals: 0,
  waitOn: undefined as { renewal: number; seconds: number } | undefined,
};

export const mockSessions = {
  reset(): void {
    issued.count = 0;
    issued.accessTokens.clear();
    issued.refreshTokens.clear();
    issued.renewals = 0;
    issued.waitOn = undefined;
  },
  issue(): SessionTokens {
    issued.count += 1;
    const accessToken = `access-${issued.count}`;
    const refreshToken = `refresh-${issued.count}`;
    issued.accessTokens.add(accessToken);
    issued.refreshTokens.add(refreshToken);
    return {
      accessToken,
      accessTokenExpiresAt: '2030-01-01T00:15:00Z',
      refreshToken,
      refreshTokenExpiresAt: '2030-01-08T00:00:00Z',
    };
  },
  /** As if the access tokens' 15 minutes had passed. */
  expireAccessTokens(): void {
    issued.accessTokens.clear();
  },
  revokeRefreshTokens(): void {
    issued.refreshTokens.clear();
  },
  isSignedIn(request: Request): boolean {
    const match = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '');
    return match?.[1] !== undefined && issued.accessTokens.has(match[1]);
  },
  /** The `renewal`-th renewal (counted from the reset) is answered 429 with Retry-After `seconds`, as the API slows down a session renewed too fast. */
  askToWaitOnRenewal(renewal: number, seconds: number): void {
    issued.waitOn = { renewal, seconds };
  },
  /** Renewals asked for since the reset. */
  get renewals(): number {
    return issued.renewals;
  },
  /** Counts a renewal; how long it is asked to wait, if it is the one {@link askToWaitOnRenewal} named. */
  renew(): number | undefined {
    issued.renewals += 1;
    return issued.waitOn?.renewal === issued.renewals ? issued.waitOn.seconds : undefined;
  },
  /** Spends a refresh token: true the first time only. */
  spend(refreshToken: string): boolean {
    return issued.refreshTokens.delete(refreshToken);
  },
};

export function isVietnamese(request: Request): boolean {
  return request.headers.get('Accept-Language') === 'vi';
}

export function problem(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { type: 'https://tools.ietf.org/html/rfc9110', status, traceId: '00-test-trace-00', ...body },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/** The 401 the API sends for a missing or expired token, titled in the language asked for. */
export function unauthorized(request: Request) {
  return problem(401, { title: isVietnamese(request) ? 'Chưa xác thực' : 'Unauthorized' }, { 'WWW-Authenticate': 'Bearer' });
}

export function wrongCredentials(request: Request) {
  return problem(401, {
    title: isVietnamese(request) ? 'Chưa xác thực' : 'Unauthorized',
    detail: isVietnamese(request) ? 'Sai tên đăng nhập hoặc mật khẩu.' : 'Wrong user name or password.',
  });
}
