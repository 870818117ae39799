import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';
import { foldName, mockDb, paged } from './db';

type UserDto = components['schemas']['UserDto'];
type UserAccountDto = components['schemas']['UserAccountDto'];
type CreateUserCommand = components['schemas']['CreateUserCommand'];
type RoleGrant = components['schemas']['RoleGrant'];
type ApiTokenDto = components['schemas']['ApiTokenDto'];
type CreateApiTokenCommand = components['schemas']['CreateApiTokenCommand'];
type AuditEntryDto = components['schemas']['AuditEntryDto'];

export const usersUrl = '/api/v1/users';
export const userRolesUrl = '/api/v1/users/:userId/roles';
export const userRoleUrl = '/api/v1/users/:userId/roles/:assignmentId';
export const apiTokensUrl = '/api/v1/api-tokens';
export const revokeApiTokenUrl = '/api/v1/api-tokens/:id/revoke';
export const auditUrl = '/api/v1/audit';
export const scoreImportUrl = '/api/v1/score-releases/import';
export const scoreReleasesUrl = '/api/v1/score-releases';
export const releaseRevisionsUrl = '/api/v1/score-releases/:year/revisions';
export const restoreRevisionUrl = '/api/v1/score-releases/:year/revisions/:revision/restore';

type ReleaseChangesDto = components['schemas']['ReleaseChangesDto'];
type ReleaseRevisionDto = components['schemas']['ReleaseRevisionDto'];
type ScoreReleaseDto = components['schemas']['ScoreReleaseDto'];

/** What a year of a file changes; nothing unless told. */
export function releaseChanges(changes: Partial<ReleaseChangesDto> = {}): ReleaseChangesDto {
  return {
    provincesBefore: 63,
    provincesAfter: 63,
    valuesBefore: 1827,
    valuesAfter: 1827,
    provincesAdded: [],
    provincesRemoved: [],
    provincesChanged: [],
    valuesChanged: 0,
    shareOfValuesChanged: 0,
    valueChanges: [],
    rankMoves: [],
    needsConfirmation: false,
    confirmationReasons: [],
    ...changes,
  };
}

export function releaseRevision(revision: Partial<ReleaseRevisionDto> & Pick<ReleaseRevisionDto, 'number'>): ReleaseRevisionDto {
  return {
    kind: 'Import',
    isCurrent: false,
    source: 'papi-subdimension-scores-2018-2024.csv',
    sha256: 'a'.repeat(64),
    restoredFrom: null,
    at: '2026-12-01T02:00:00+00:00',
    userId: '0b9a7c1e-0000-4000-8000-000000000001',
    userDisplayName: 'Trần Thị Bình',
    apiTokenId: null,
    provinces: 63,
    values: 1827,
    provincesAdded: 0,
    provincesRemoved: 0,
    provincesChanged: 0,
    valuesChanged: 0,
    ranksMoved: 0,
    ...revision,
  };
}

const seedReleases: ScoreReleaseDto[] = [
  { id: 2, framework: 'PAPI', frameworkVersion: 'PAPI-2019', surveyYear: 2020, provinces: 63, source: 'papi.csv', importedAt: '2026-12-01T02:00:00+00:00', revision: 2 },
  { id: 1, framework: 'PAPI', frameworkVersion: 'PAPI-2019', surveyYear: 2019, provinces: 63, source: 'papi.csv', importedAt: '2026-12-01T02:00:00+00:00', revision: 1 },
];

// ---- Users ---------------------------------------------------------------------------------------

const seedUsers: UserAccountDto[] = [
  {
    id: '0b9a7c1e-0000-4000-8000-000000000001',
    userName: 'tran.thi.binh',
    displayName: 'Trần Thị Bình',
    email: 'binh@bacgiang.gov.vn',
    roles: [
      { assignmentId: 11, role: 'Coordinator', unitId: 100, unitNameVi: 'UBND tỉnh Bắc Giang', unitNameEn: 'Bac Giang PPC' },
      { assignmentId: 12, role: 'UnitOfficer', unitId: 101, unitNameVi: 'Sở Nội vụ', unitNameEn: 'Department of Home Affairs' },
    ],
  },
  { id: '0b9a7c1e-0000-4000-8000-000000000002', userName: 'le.van.cuong', displayName: 'Lê Văn Cường', email: null, roles: [] },
  {
    id: '0b9a7c1e-0000-4000-8000-000000000003',
    userName: 'dang.thu.ha',
    displayName: 'Đặng Thu Hà',
    email: 'ha@bacgiang.gov.vn',
    roles: [{ assignmentId: 13, role: 'SystemAdmin', unitId: null, unitNameVi: null, unitNameEn: null }],
  },
];
const users: UserAccountDto[] = [];
let nextAssignmentId = 77;

export const unitNames: Record<number, [string, string]> = {
  100: ['UBND tỉnh Bắc Giang', 'Bac Giang PPC'],
  101: ['Sở Nội vụ', 'Department of Home Affairs'],
  103: ['UBND huyện Lục Nam', 'Luc Nam DPC'],
};

// ---- API tokens ----------------------------------------------------------------------------------

const seedTokens: ApiTokenDto[] = [
  {
    id: 1,
    name: 'Cổng dữ liệu tỉnh',
    prefix: 'papi_7Hk2',
    scopes: ['scores:read', 'units:read'],
    unitId: 100,
    createdAt: '2026-01-05T02:00:00Z',
    expiresAt: '2099-01-05T16:59:59Z',
    revokedAt: null,
  },
  {
    id: 2,
    name: 'Hệ thống báo cáo cũ',
    prefix: 'papi_Qa91',
    scopes: ['scores:import'],
    unitId: 101,
    createdAt: '2025-03-01T02:00:00Z',
    expiresAt: '2099-03-01T16:59:59Z',
    revokedAt: '2026-06-01T03:30:00Z',
  },
];
const tokens: ApiTokenDto[] = [];
let nextTokenId = 3;

/** The secret the mocked API hands out for a new token, once. */
export const newTokenSecret = 'papi_N3wS3cr3t_9f8e7d6c5b4a';

// ---- Audit ---------------------------------------------------------------------------------------

const auditEntries: AuditEntryDto[] = Array.from({ length: 120 }, (_, index) => {
  const id = 120 - index;
  if (index === 0) {
    return {
      id,
      at: '2026-11-27T03:05:00Z',
      userId: '8f4c2a4e-5d8b-4f7e-9a51-3c0e2b6d1a90',
      entityType: 'OrgUnit',
      entityId: '101',
      action: 'Updated',
      changes: JSON.stringify({ nameVi: { before: 'Sở Nội vụ', after: 'Sở Nội vụ tỉnh Bắc Giang' }, code: { before: null, after: 'SNV' } }),
    };
  }
  if (index === 1) {
    return {
      id,
      at: '2026-11-26T09:00:00Z',
      apiTokenId: 1,
      entityType: 'ApiToken',
      entityId: '3',
      action: 'Created',
      changes: JSON.stringify({ name: { after: 'Cổng dữ liệu' }, scopes: { after: ['scores:read'] } }),
    };
  }
  return {
    id,
    at: new Date(Date.parse('2026-11-20T00:00:00Z') - index * 3_600_000).toISOString(),
    userId: '8f4c2a4e-5d8b-4f7e-9a51-3c0e2b6d1a90',
    entityType: index % 2 === 0 ? 'OrgUnit' : 'RoleAssignment',
    entityId: String(index),
    action: 'Created',
    changes: JSON.stringify({ nameVi: { after: `Đơn vị ${index}` } }),
  };
});

mockDb.register(() => {
  users.splice(0, users.length, ...seedUsers.map((user) => ({ ...user, roles: [...user.roles] })));
  nextAssignmentId = 77;
  tokens.splice(0, tokens.length, ...seedTokens.map((token) => ({ ...token })));
  nextTokenId = 3;
});

export const mockTokens = {
  get(id: number): ApiTokenDto | undefined {
    return tokens.find((token) => token.id === id);
  },
};

export const adminHandlers = [
  // ---- Users
  http.get(usersUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const search = foldName(url.searchParams.get('search') ?? '');
    const found = users.filter((user) =>
      [user.userName, user.displayName, user.email ?? ''].some((text) => foldName(text).includes(search)),
    );
    return HttpResponse.json(paged(found, url));
  }),
  http.post<never, CreateUserCommand>(usersUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const command = await request.json();
    const errors: Record<string, string[]> = {};
    if (!/^[a-zA-Z0-9._@-]+$/.test(command.userName)) errors.userName = ['Use letters, digits and . _ @ - only.'];
    if (users.some((user) => user.userName === command.userName)) errors.userName = [`Username '${command.userName}' is already taken.`];
    if (command.displayName.trim() === '') errors.displayName = ["'Display Name' must not be empty."];
    if (command.password.length < 10) errors.password = ['Passwords must be at least 10 characters.'];
    if (Object.keys(errors).length > 0) return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    const user: UserDto = {
      id: `0b9a7c1e-0000-4000-8000-${String(users.length + 1).padStart(12, '0')}`,
      userName: command.userName,
      displayName: command.displayName,
      email: command.email ?? null,
    };
    users.push({ ...user, roles: [] });
    return HttpResponse.json(user, { status: 201 });
  }),
  http.post<{ userId: string }, RoleGrant>(userRolesUrl, async ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const holder = users.find((user) => user.id === params.userId);
    if (!holder) return problem(404, { title: 'Không tìm thấy' });
    const grant = await request.json();
    const names = grant.unitId == null ? undefined : unitNames[grant.unitId];
    if (grant.role !== 'SystemAdmin' && grant.unitId == null) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { unitId: ['This role is held at a unit.'] } });
    }
    if (grant.unitId != null && names === undefined) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { unitId: [`Unit ${grant.unitId} does not exist.`] } });
    }
    const granted = {
      assignmentId: nextAssignmentId++,
      role: grant.role,
      unitId: grant.unitId ?? null,
      unitNameVi: names?.[0] ?? null,
      unitNameEn: names?.[1] ?? null,
    };
    holder.roles.push(granted);
    return HttpResponse.json(granted);
  }),
  http.delete<{ userId: string; assignmentId: string }>(userRoleUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const holder = users.find((user) => user.id === params.userId);
    const held = holder?.roles.findIndex((role) => role.assignmentId === Number(params.assignmentId)) ?? -1;
    if (!holder || held < 0) return problem(404, { title: 'Không tìm thấy' });
    holder.roles.splice(held, 1);
    return new HttpResponse(null, { status: 204 });
  }),

  // ---- API tokens
  http.get(apiTokensUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    return HttpResponse.json(paged(tokens, new URL(request.url)));
  }),
  http.post<never, CreateApiTokenCommand>(apiTokensUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const command = await request.json();
    const errors: Record<string, string[]> = {};
    if (command.name.trim() === '') errors.name = ["'Name' must not be empty."];
    if (command.scopes.length === 0) errors.scopes = ["'Scopes' must not be empty."];
    if (Object.keys(errors).length > 0) return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    const token: ApiTokenDto = {
      id: nextTokenId++,
      name: command.name,
      prefix: newTokenSecret.slice(0, 9),
      scopes: command.scopes,
      unitId: command.unitId,
      createdAt: '2026-11-27T03:00:00Z',
      expiresAt: command.expiresAt,
      revokedAt: null,
    };
    tokens.unshift(token);
    return HttpResponse.json({ token, secret: newTokenSecret }, { status: 201 });
  }),
  http.post(revokeApiTokenUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const token = tokens.find((candidate) => String(candidate.id) === params.id);
    if (!token) return problem(404, { title: 'Không tìm thấy' });
    token.revokedAt = '2026-11-27T04:00:00Z';
    return new HttpResponse(null, { status: 204 });
  }),

  // ---- Audit
  http.get(auditUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const entityType = url.searchParams.get('entityType');
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    if (from && to && Date.parse(from) > Date.parse(to)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { to: ["'To' must be after 'From'."] } });
    }
    const found = auditEntries.filter(
      (entry) =>
        (!entityType || entry.entityType === entityType) &&
        (!from || Date.parse(entry.at) >= Date.parse(from)) &&
        (!to || Date.parse(entry.at) <= Date.parse(to)),
    );
    const before = Number(url.searchParams.get('before') ?? Infinity);
    const pageSize = Number(url.searchParams.get('pageSize') ?? '50');
    const older = found.filter((entry) => entry.id < before);
    const items = older.slice(0, pageSize);
    return HttpResponse.json({ items, pageSize, nextBefore: older.length > pageSize ? (items.at(-1)?.id ?? null) : null });
  }),

  // ---- Score import
  http.post(scoreImportUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    // As for units, only the presence of the `file` part is checked (see org-units.ts); refusals come from server.use.
    const form = await request.formData();
    if (!form.has('file')) return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { file: ['A file is required.'] } });
    return HttpResponse.json({
      dryRun: new URL(request.url).searchParams.get('dryRun') === 'true',
      sha256: 'b'.repeat(64),
      years: [
        { surveyYear: 2021, frameworkVersion: 'PAPI-2021', provinces: 63, replaced: false, revision: 1, changes: releaseChanges({ provincesBefore: 0, valuesBefore: 0 }) },
        { surveyYear: 2020, frameworkVersion: 'PAPI-2019', provinces: 63, replaced: true, revision: 2, changes: releaseChanges() },
      ],
    });
  }),
  http.get(scoreReleasesUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    return HttpResponse.json({ items: seedReleases, page: 1, pageSize: 50, totalCount: seedReleases.length });
  }),
  http.get(releaseRevisionsUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const release = seedReleases.find((r) => r.surveyYear === Number(params.year));
    if (!release) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(
      Array.from({ length: release.revision }, (_, i) => releaseRevision({ number: release.revision - i, isCurrent: i === 0 })),
    );
  }),
];
