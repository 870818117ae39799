/**
 * The one HTTP client of the dashboard. It knows the API's base URL, reads RFC 9457 ProblemDetails
 * bodies into {@link ApiError} (features only deal with typed data or ApiError), and owns the
 * signed-in session: it sends the access token, renews it when the API answers 401, and ends the
 * session when renewal is refused.
 */
import { apiBaseUrl } from '@/config/env';
import { currentLanguage } from '@/config/i18n';
import type { operations } from '@/types/api';

export type SessionTokens = operations['RefreshSession']['responses'][200]['content']['application/json'];
type RefreshSessionBody = operations['RefreshSession']['requestBody']['content']['application/json'];
type SignOutBody = operations['SignOut']['requestBody']['content']['application/json'];

const refreshPath = '/api/v1/auth/refresh';
const signOutPath = '/api/v1/auth/logout';

/** The RFC 9457 body the API returns for every error (ASP.NET Core adds traceId and, for validation, errors). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
  /** Members beyond RFC 9457's and ASP.NET Core's, such as the `problems` of a refused file. */
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly type: string | undefined;
  readonly detail: string | undefined;
  readonly traceId: string | undefined;
  /** Field name → messages, present on validation failures (400). */
  readonly errors: Readonly<Record<string, readonly string[]>>;
  readonly problem: ProblemDetails | undefined;
  /** From the Retry-After header of a 429 or 503: how long to wait before trying again. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem: ProblemDetails | undefined, fallbackTitle: string, retryAfterSeconds?: number) {
    const title = problem?.title ?? fallbackTitle;
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.status = status;
    this.title = title;
    this.type = problem?.type;
    this.detail = problem?.detail;
    this.traceId = problem?.traceId;
    this.errors = problem?.errors ?? {};
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * True when an edit was refused because it was based on an old version (412: someone saved meanwhile)
 * or named none (428). The reader reloads and edits again, so no change is lost silently.
 */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 412 || error.status === 428);
}

/** A query parameter; an array repeats the name (`provinceIds=1&provinceIds=2`), as ASP.NET Core binds lists. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
  /** Extra request headers, such as If-Match for an edit. */
  headers?: Record<string, string>;
  /** Sends no access token and never renews the session: for sign-in itself. */
  anonymous?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function readErrors(value: unknown): Record<string, string[]> | undefined {
  if (!isRecord(value)) return undefined;
  const errors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) {
      errors[field] = messages.filter((message): message is string => typeof message === 'string');
    } else if (typeof messages === 'string') {
      errors[field] = [messages];
    }
  }
  return errors;
}

const standardMembers = new Set(['type', 'title', 'status', 'detail', 'instance', 'traceId', 'errors']);

/** Reads a parsed JSON body as ProblemDetails, keeping only well-typed members. */
export function toProblemDetails(body: unknown): ProblemDetails | undefined {
  if (!isRecord(body)) return undefined;
  const problem: ProblemDetails = {};
  const type = optionalString(body.type);
  const title = optionalString(body.title);
  const detail = optionalString(body.detail);
  const instance = optionalString(body.instance);
  const traceId = optionalString(body.traceId);
  const errors = readErrors(body.errors);
  if (type !== undefined) problem.type = type;
  if (title !== undefined) problem.title = title;
  if (typeof body.status === 'number') problem.status = body.status;
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  if (traceId !== undefined) problem.traceId = traceId;
  if (errors !== undefined) problem.errors = errors;
  const extensions = Object.fromEntries(Object.entries(body).filter(([name]) => !standardMembers.has(name)));
  if (Object.keys(extensions).length > 0) problem.extensions = extensions;
  return problem;
}

/** Reads Retry-After, which is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

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

function isJson(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? '';
  return /[/+]json\b/i.test(contentType);
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  let problem: ProblemDetails | undefined;
  if (isJson(response)) {
    try {
      problem = toProblemDetails(await response.json());
    } catch {
      problem = undefined;
    }
  }
  return new ApiError(response.status, problem, fallbackTitle, retryAfter);
}

// ---- The session -------------------------------------------------------------------------------

export type SessionStatus = 'signed-in' | 'signed-out' | 'expired';

/*
 * The access token lives only in memory: script injected into the page cannot find it in storage,
 * and it is short-lived anyway. The refresh token goes to sessionStorage so a reload keeps the
 * reader signed in, while it stays in this tab (no other tab can spend the single-use token and
 * sign this one out) and is gone when the tab closes, unlike localStorage.
 */
const refreshTokenKey = 'papitracker.refreshToken';
let accessToken: string | undefined;
// Used when sessionStorage is unavailable (blocked storage): the session then ends on reload.
let refreshTokenFallback: string | undefined;

function readRefreshToken(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(refreshTokenKey) ?? refreshTokenFallback;
  } catch {
    return refreshTokenFallback;
  }
}

function writeRefreshToken(token: string | undefined): void {
  refreshTokenFallback = token;
  try {
    if (token === undefined) globalThis.sessionStorage?.removeItem(refreshTokenKey);
    else globalThis.sessionStorage?.setItem(refreshTokenKey, token);
  } catch {
    // The fallback above keeps the session for this page's lifetime.
  }
}

let status: SessionStatus = readRefreshToken() === undefined ? 'signed-out' : 'signed-in';
// Bumped whenever a session starts or ends, so a renewal that finishes afterwards is thrown away.
let generation = 0;
const listeners = new Set<() => void>();

function setStatus(next: SessionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: the guard and the header follow the session through this. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getSessionStatus(): SessionStatus {
  return status;
}

export function startSession(tokens: SessionTokens): void {
  generation += 1;
  accessToken = tokens.accessToken;
  writeRefreshToken(tokens.refreshToken);
  setStatus('signed-in');
}

/** Forgets the tokens locally. `expired` tells the sign-in page to say why the reader is back there. */
export function clearSession(reason: Exclude<SessionStatus, 'signed-in'> = 'signed-out'): void {
  generation += 1;
  accessToken = undefined;
  writeRefreshToken(undefined);
  setStatus(reason);
}

let renewal: Promise<boolean> | undefined;

/**
 * A renewal the API slows down (429: this session's renewals came too fast, as when a reader opens a
 * dozen reports in new tabs) is tried again after the Retry-After it names, when that is this short;
 * the page waits meanwhile instead of showing an error. A longer wait is the reader's to see.
 */
const longestRenewalWaitSeconds = 10;
const renewalAttempts = 3;

/**
 * Swaps the refresh token for a new pair. Single-flight: the refresh token is single-use, so
 * requests that meet a 401 together share one renewal instead of spending the token twice.
 * Resolves false when the API refuses (the session is then over); rejects on network errors, 5xx
 * and a 429 it could not wait out, keeping the session, since the reader is still signed in once the
 * API answers again.
 */
function renewSession(): Promise<boolean> {
  renewal ??= refreshTokens().finally(() => {
    renewal = undefined;
  });
  return renewal;
}

function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function refreshTokens(): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const refreshToken = readRefreshToken();
    if (refreshToken === undefined) return false;
    const started = generation;
    const body: RefreshSessionBody = { refreshToken };
    const response = await send('POST', refreshPath, { body }, undefined);
    if (started !== generation) return status === 'signed-in';
    if (response.ok) {
      startSession((await response.json()) as SessionTokens);
      return true;
    }
    const wait = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    if (wait !== undefined && wait <= longestRenewalWaitSeconds && attempt < renewalAttempts) {
      await sleep(wait);
      continue;
    }
    if (response.status >= 500 || response.status === 429) throw await toApiError(response);
    clearSession('expired');
    return false;
  }
}

/** Ends the session on the API (revoking the refresh token), then forgets it here whatever the answer. */
export async function signOut(): Promise<void> {
  const refreshToken = readRefreshToken();
  try {
    if (refreshToken !== undefined) {
      const body: SignOutBody = { refreshToken };
      await send('POST', signOutPath, { body }, accessToken);
    }
  } catch {
    // Unreachable API: the refresh token still dies with this tab and expires on its own.
  } finally {
    clearSession('signed-out');
  }
}

// ---- Requests ----------------------------------------------------------------------------------

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface SendOptions {
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
}

/** The headers every request carries: the reader's language (the API titles ProblemDetails in it) and the token. */
function baseHeaders(token: string | undefined, extra: Record<string, string> | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...extra,
  };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** One HTTP exchange with fetch. */
function send(method: Method, path: string, options: SendOptions, token: string | undefined): Promise<Response> {
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

/** One exchange, given the access token to send (or none). */
type Exchange = (token: string | undefined) => Promise<Response>;

/** Sends with the access token; on a 401 renews the session once and tries again. */
async function exchangeAuthorized(exchange: Exchange): Promise<Response> {
  // After a reload only the refresh token is left: renew first rather than collect a 401.
  if (accessToken === undefined && readRefreshToken() !== undefined) await renewSession();
  const sentWith = accessToken;
  const response = await exchange(sentWith);
  if (response.status !== 401 || readRefreshToken() === undefined) return response;

  // A request that was in flight while another one renewed just needs the new token.
  const renewedMeanwhile = accessToken !== undefined && accessToken !== sentWith;
  if (!renewedMeanwhile && !(await renewSession())) return response;
  const retried = await exchange(accessToken);
  if (retried.status === 401) clearSession('expired');
  return retried;
}

async function request(method: Method, path: string, body: unknown, options: RequestOptions): Promise<Response> {
  const sendOptions: SendOptions = { query: options.query, body, signal: options.signal, headers: options.headers };
  const response = options.anonymous
    ? await send(method, path, sendOptions, undefined)
    : await exchangeAuthorized((token) => send(method, path, sendOptions, token));
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** A JSON answer with the entity tag the API sent (for optimistic concurrency: send it back as If-Match). */
export interface JsonAnswer<TResponse> {
  data: TResponse;
  etag: string | undefined;
}

/**
 * Sends a request and reads its JSON answer and ETag. The response type is the caller's promise about
 * the contract: callers pass a type generated from the OpenAPI document (src/types/api.d.ts), never a
 * hand-written DTO.
 */
export async function requestJson<TResponse>(
  method: Method,
  path: string,
  body: unknown,
  options: RequestOptions = {},
): Promise<JsonAnswer<TResponse>> {
  const response = await request(method, path, body, options);
  return { data: (await response.json()) as TResponse, etag: response.headers.get('etag') ?? undefined };
}

/** GETs JSON; types come from src/types/api.d.ts as for {@link requestJson}. */
export async function getJson<TResponse>(path: string, options: RequestOptions = {}): Promise<TResponse> {
  const response = await request('GET', path, undefined, options);
  return (await response.json()) as TResponse;
}

/** POSTs a JSON body and reads a JSON answer; types come from src/types/api.d.ts as for {@link requestJson}. */
export async function postJson<TResponse, TBody = unknown>(
  path: string,
  body: TBody,
  options: RequestOptions = {},
): Promise<TResponse> {
  const response = await request('POST', path, body, options);
  return (await response.json()) as TResponse;
}

/** POSTs an action whose answer has no body (204), such as revoking a token. */
export async function postNoContent<TBody = unknown>(path: string, body?: TBody, options: RequestOptions = {}): Promise<void> {
  await request('POST', path, body, options);
}

/** DELETEs a resource; the answer has no body (204). */
export async function deleteNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await request('DELETE', path, undefined, options);
}

/** A file the API sends (such as evidence), read whole, with the name its Content-Disposition gives. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | undefined;
}

function fileNameOf(disposition: string | null): string | undefined {
  if (disposition === null) return undefined;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Fall back to the plain name below.
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1]?.trim();
}

/** GETs a file with the session's token (a plain link would carry none). */
export async function getFile(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await request('GET', path, undefined, {
    ...options,
    headers: { ...options.headers, Accept: '*/*' },
  });
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

// ---- Uploads -----------------------------------------------------------------------------------

export interface UploadOptions {
  /** Called with the share of the body sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
}

function parseRawHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * One multipart POST through XMLHttpRequest, since fetch cannot report upload progress. It answers
 * with a fetch Response, so the session handling and error reading are the same as for every request.
 */
function sendForm(path: string, form: FormData, token: string | undefined, options: UploadOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, options.query));
    // The browser writes the multipart Content-Type with its boundary itself.
    for (const [name, value] of Object.entries(baseHeaders(token, undefined))) xhr.setRequestHeader(name, value);
    xhr.responseType = 'text';
    options.onProgress?.(0);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status > 599) {
        reject(new TypeError(`Upload failed with status ${xhr.status}`));
        return;
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(empty ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseRawHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    };
    xhr.onerror = () => reject(new TypeError('Network request failed'));
    xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
    xhr.onabort = () => reject(new DOMException('The upload was aborted.', 'AbortError'));
    if (options.signal?.aborted) {
      reject(new DOMException('The upload was aborted.', 'AbortError'));
      return;
    }
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * POSTs a form with a file (multipart/form-data) and reads the JSON answer, reporting upload progress.
 * Signed in like every other call: a 401 renews the session and sends the form again.
 */
export async function upload<TResponse>(path: string, form: FormData, options: UploadOptions = {}): Promise<TResponse> {
  const response = await exchangeAuthorized((token) => sendForm(path, form, token, options));
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as TResponse;
}

export const apiClient = {
  getJson,
  postJson,
  postNoContent,
  deleteNoContent,
  requestJson,
  getFile,
  upload,
  startSession,
  signOut,
  getSessionStatus,
  subscribeSession,
} as const;
