import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { changeLanguage } from '@/config/i18n';
import { mockSessions, problem, unauthorized } from '@/testing/mocks/auth';
import { meUrl, refreshUrl, signOutUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { signInForTest } from '@/testing/test-utils';

import {
  ApiError,
  buildUrl,
  getJson,
  getSessionStatus,
  parseRetryAfter,
  postJson,
  postNoContent,
  requestJson,
  signOut,
  subscribeSession,
  upload,
} from './api-client';

/** Counts requests per path (without the query string). */
function countRequests(): Map<string, number> {
  const counts = new Map<string, number>();
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
  });
  return counts;
}

function storedValues(storage: Storage): string[] {
  return Array.from({ length: storage.length }, (_, index) => storage.getItem(storage.key(index) ?? '') ?? '');
}

describe('api client', () => {
  it('returns the parsed JSON body of a successful response', async () => {
    server.use(http.get('/api/v1/ping', () => HttpResponse.json({ ok: true })));

    await expect(getJson<{ ok: boolean }>('/api/v1/ping')).resolves.toEqual({ ok: true });
  });

  it('asks for the reader\'s language so ProblemDetails titles come back translated', async () => {
    const languages: (string | null)[] = [];
    server.use(
      http.get('/api/v1/ping', ({ request }) => {
        languages.push(request.headers.get('Accept-Language'));
        return HttpResponse.json({});
      }),
    );

    await getJson('/api/v1/ping');
    await changeLanguage('en');
    await getJson('/api/v1/ping');

    expect(languages).toEqual(['vi', 'en']);
  });

  it('reads a validation ProblemDetails into ApiError with its field errors', async () => {
    server.use(
      http.get('/api/v1/things', () =>
        HttpResponse.json(
          {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'One or more validation errors occurred.',
            status: 400,
            traceId: '00-1-2-00',
            errors: { PageSize: ['Page size must be between 1 and 200.'] },
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error: unknown = await getJson('/api/v1/things').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'One or more validation errors occurred.',
      traceId: '00-1-2-00',
      errors: { PageSize: ['Page size must be between 1 and 200.'] },
    });
  });

  it('falls back to the status when the error body is not ProblemDetails', async () => {
    server.use(
      http.get('/api/v1/broken', () => new HttpResponse('upstream down', { status: 502, statusText: 'Bad Gateway' })),
    );

    const error: unknown = await getJson('/api/v1/broken').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', errors: {} });
  });

  it('builds same-origin URLs and leaves out empty query values', () => {
    expect(buildUrl('/api/v1/x', { pageSize: 200, search: 'Hà Nội', page: undefined, sort: null })).toBe(
      '/api/v1/x?pageSize=200&search=H%C3%A0+N%E1%BB%99i',
    );
  });

  it('repeats the name of a list parameter, as ASP.NET Core binds lists', () => {
    expect(buildUrl('/api/v1/provinces/comparison', { year: 2020, provinceIds: [12, 1] })).toBe(
      '/api/v1/provinces/comparison?year=2020&provinceIds=12&provinceIds=1',
    );
  });

  it('reads the ETag of an answer and sends the headers it is given, such as If-Match', async () => {
    const ifMatch: (string | null)[] = [];
    server.use(
      http.put('/api/v1/things/1', ({ request }) => {
        ifMatch.push(request.headers.get('If-Match'));
        return HttpResponse.json({ id: 1 }, { headers: { ETag: '"8"' } });
      }),
    );

    const answer = await requestJson<{ id: number }>('PUT', '/api/v1/things/1', { name: 'x' }, { headers: { 'If-Match': '"7"' } });

    expect(answer).toEqual({ data: { id: 1 }, etag: '"8"' });
    expect(ifMatch).toEqual(['"7"']);
  });

  it('keeps the members a ProblemDetails adds, such as the problems of a refused file', async () => {
    const problems = [{ row: 2, column: 'kind', message: 'Bad kind.' }];
    server.use(
      http.post('/api/v1/files', () =>
        HttpResponse.json(
          { title: 'Bad file', status: 400, errors: { 'row 2, kind': ['Bad kind.'] }, problems },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error: unknown = await postNoContent('/api/v1/files').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.extensions).toEqual({ problems });
  });

  it('posts an action that answers 204 without reading a body', async () => {
    server.use(http.post('/api/v1/things/1/revoke', () => new HttpResponse(null, { status: 204 })));

    await expect(postNoContent('/api/v1/things/1/revoke')).resolves.toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('api client session', () => {
  it('sends the access token as a bearer token, keeping it out of storage', async () => {
    const tokens = signInForTest();
    const authorization: (string | null)[] = [];
    server.use(
      http.get('/api/v1/ping', ({ request }) => {
        authorization.push(request.headers.get('Authorization'));
        return HttpResponse.json({});
      }),
    );

    await getJson('/api/v1/ping');

    expect(authorization).toEqual([`Bearer ${tokens.accessToken}`]);
    expect(storedValues(sessionStorage)).toEqual([tokens.refreshToken]);
    expect(storedValues(localStorage)).not.toContain(tokens.accessToken);
    expect(storedValues(localStorage)).not.toContain(tokens.refreshToken);
  });

  it('shares one renewal between requests that meet a 401 together, then retries each once', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    const counts = countRequests();

    const answers = await Promise.all([getJson(meUrl), getJson(meUrl), getJson(meUrl)]);

    expect(answers).toHaveLength(3);
    expect(counts.get(refreshUrl)).toBe(1);
    expect(counts.get(meUrl)).toBe(6);
    expect(getSessionStatus()).toBe('signed-in');
    expect(sessionStorage.getItem('papitracker.refreshToken')).toBe('refresh-2');
  });

  it('renews first when only the refresh token survived a reload', async () => {
    const tokens = mockSessions.issue();
    sessionStorage.setItem('papitracker.refreshToken', tokens.refreshToken);
    vi.resetModules();
    const reloaded = await import('./api-client');
    const counts = countRequests();

    expect(reloaded.getSessionStatus()).toBe('signed-in');
    await expect(Promise.all([reloaded.getJson(meUrl), reloaded.getJson(meUrl)])).resolves.toHaveLength(2);

    expect(counts.get(refreshUrl)).toBe(1);
    expect(counts.get(meUrl)).toBe(2);
  });

  it('shows no error over 30 reloads in a minute, each renewing once, riding out a renewal the API slows down', async () => {
    // The eleventh page of the minute, as in the office that reported it: the API asks it to wait a second.
    mockSessions.askToWaitOnRenewal(11, 1);
    sessionStorage.setItem('papitracker.refreshToken', mockSessions.issue().refreshToken);
    const errors: unknown[] = [];

    for (let reload = 0; reload < 30; reload += 1) {
      vi.resetModules();
      const page = await import('./api-client');
      await page.getJson(meUrl).catch((caught: unknown) => errors.push(caught));
      expect(page.getSessionStatus()).toBe('signed-in');
    }

    expect(errors).toEqual([]);
    expect(mockSessions.renewals).toBe(31);
  });

  it('keeps the session, and says when to try again, when the API slows renewals down for longer', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    server.use(http.post(refreshUrl, () => problem(429, { title: 'Quá nhiều yêu cầu' }, { 'Retry-After': '120' })));
    const counts = countRequests();

    const error: unknown = await getJson(meUrl).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 });
    expect(counts.get(refreshUrl)).toBe(1);
    expect(getSessionStatus()).toBe('signed-in');
    expect(sessionStorage.getItem('papitracker.refreshToken')).toBe('refresh-1');
  });

  it('ends the session as expired when the API refuses the refresh token', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    mockSessions.revokeRefreshTokens();
    const changes = vi.fn();
    const unsubscribe = subscribeSession(changes);

    const error: unknown = await getJson(meUrl).catch((caught: unknown) => caught);

    unsubscribe();
    expect(error).toMatchObject({ status: 401 });
    expect(getSessionStatus()).toBe('expired');
    expect(changes).toHaveBeenCalledTimes(1);
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the session when the refresh fails for a reason that may pass (network, 5xx)', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    server.use(http.post(refreshUrl, () => HttpResponse.error()));

    await expect(getJson(meUrl)).rejects.toThrow();

    expect(getSessionStatus()).toBe('signed-in');
    expect(sessionStorage.getItem('papitracker.refreshToken')).toBe('refresh-1');
  });

  it('ends the session when even a freshly renewed token is refused', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    server.use(http.get(meUrl, ({ request }) => unauthorized(request)));
    const counts = countRequests();

    await expect(getJson(meUrl)).rejects.toMatchObject({ status: 401 });

    expect(counts.get(refreshUrl)).toBe(1);
    expect(counts.get(meUrl)).toBe(2);
    expect(getSessionStatus()).toBe('expired');
  });

  it('sends anonymous requests without a token and never renews on their 401', async () => {
    signInForTest();
    const authorization: (string | null)[] = [];
    server.use(
      http.post('/api/v1/auth/login', ({ request }) => {
        authorization.push(request.headers.get('Authorization'));
        return unauthorized(request);
      }),
    );
    const counts = countRequests();

    await expect(postJson('/api/v1/auth/login', { userName: 'x', password: 'y' }, { anonymous: true })).rejects.toMatchObject({
      status: 401,
    });

    expect(authorization).toEqual([null]);
    expect(counts.get(refreshUrl)).toBeUndefined();
    expect(getSessionStatus()).toBe('signed-in');
  });

  it('uploads a form through XMLHttpRequest with the token, reporting progress, and renews on a 401', async () => {
    signInForTest();
    mockSessions.expireAccessTokens();
    const seen: { authorization: string | null; hasFile: boolean }[] = [];
    server.use(
      http.post('/api/v1/uploads', async ({ request }) => {
        const form = await request.formData();
        seen.push({ authorization: request.headers.get('Authorization'), hasFile: form.has('file') });
        if (!mockSessions.isSignedIn(request)) return unauthorized(request);
        return HttpResponse.json({ ok: true });
      }),
    );
    const form = new FormData();
    form.append('file', new File(['a,b'], 'x.csv', { type: 'text/csv' }));
    const progress: number[] = [];

    await expect(upload('/api/v1/uploads', form, { onProgress: (fraction) => progress.push(fraction) })).resolves.toEqual({
      ok: true,
    });

    expect(seen).toEqual([
      { authorization: 'Bearer access-1', hasFile: true },
      { authorization: 'Bearer access-2', hasFile: true },
    ]);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads the ProblemDetails of a refused upload', async () => {
    signInForTest();
    server.use(
      http.post('/api/v1/uploads', () =>
        HttpResponse.json(
          { title: 'Quá lớn', status: 413, detail: 'Over 10 MB.' },
          { status: 413, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const error: unknown = await upload('/api/v1/uploads', new FormData()).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 413, title: 'Quá lớn', detail: 'Over 10 MB.' });
  });

  it('signs out on the API and forgets the session even when the API cannot be reached', async () => {
    signInForTest();
    server.use(http.post(signOutUrl, () => HttpResponse.error()));

    await signOut();

    expect(getSessionStatus()).toBe('signed-out');
    expect(sessionStorage.length).toBe(0);
  });
});

