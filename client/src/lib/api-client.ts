/**
 * The one HTTP client of the dashboard. It knows the API's base URL, reads RFC 9457 ProblemDetails
 * bodies into {@link ApiError} (features only deal with typed data or ApiError), and owns the
 * signed-in session: it sends the access token, renews it when the API answers 401, and ends the
 * session when renewal is refused.
 */
import { toApiError } from './api/problem-details';
import { exchangeAuthorized, getSessionStatus, signOut, startSession, subscribeSession } from './api/session';
import { send, type Method, type QueryValue, type SendOptions } from './api/transport';
import { upload } from './api/upload';

export { ApiError, isVersionConflict, parseRetryAfter, toProblemDetails, type ProblemDetails } from './api/problem-details';
export {
  clearSession,
  getSessionStatus,
  signOut,
  startSession,
  subscribeSession,
  type SessionStatus,
  type SessionTokens,
} from './api/session';
export { buildUrl, type QueryValue } from './api/transport';
export { upload, type UploadOptions } from './api/upload';

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
  /** Extra request headers, such as If-Match for an edit. */
  headers?: Record<string, string>;
  /** Sends no access token and never renews the session: for sign-in itself. */
  anonymous?: boolean;
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
