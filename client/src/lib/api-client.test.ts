import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { changeLanguage } from '@/config/i18n';
import { server } from '@/testing/mocks/server';

import { ApiError, buildUrl, getJson } from './api-client';

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
});
