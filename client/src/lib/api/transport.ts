/** One HTTP exchange with the API: its base URL, the query string, and the headers every request carries. */
import { apiBaseUrl } from '@/config/env';
import { currentLanguage } from '@/config/i18n';

/** A query parameter; an array repeats the name (`provinceIds=1&provinceIds=2`), as ASP.NET Core binds lists. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[]) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  return `${apiBaseUrl}${path}${search ? `?${search}` : ''}`;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface SendOptions {
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
}

/** The headers every request carries: the reader's language (the API titles ProblemDetails in it) and the token. */
export function baseHeaders(token: string | undefined, extra: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...extra,
  };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** One HTTP exchange with fetch. */
export function send(method: Method, path: string, options: SendOptions, token: string | undefined): Promise<Response> {
  const headers = baseHeaders(token, options.headers);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(buildUrl(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal ?? null,
  });
}
