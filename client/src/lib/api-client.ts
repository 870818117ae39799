/**
 * The one HTTP client of the dashboard. It knows the API's base URL and reads RFC 9457
 * ProblemDetails bodies into {@link ApiError}, so features only deal with typed data or ApiError.
 */
import { apiBaseUrl } from '@/config/env';
import { currentLanguage } from '@/config/i18n';

/** The RFC 9457 body the API returns for every error (ASP.NET Core adds traceId and, for validation, errors). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  errors?: Record<string, string[]>;
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

  constructor(status: number, problem: ProblemDetails | undefined, fallbackTitle: string) {
    const title = problem?.title ?? fallbackTitle;
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.status = status;
    this.title = title;
    this.type = problem?.type;
    this.detail = problem?.detail;
    this.traceId = problem?.traceId;
    this.errors = problem?.errors ?? {};
    this.problem = problem;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal | undefined;
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
  return problem;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.append(key, String(value));
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
  if (!isJson(response)) return new ApiError(response.status, undefined, fallbackTitle);
  try {
    const body: unknown = await response.json();
    return new ApiError(response.status, toProblemDetails(body), fallbackTitle);
  } catch {
    return new ApiError(response.status, undefined, fallbackTitle);
  }
}

/**
 * GETs JSON, in the reader's language: the API writes ProblemDetails titles for Accept-Language. The response type is the caller's promise about the contract: callers pass a type
 * generated from the OpenAPI document (src/types/api.d.ts), never a hand-written DTO.
 */
export async function getJson<TResponse>(path: string, options: RequestOptions = {}): Promise<TResponse> {
  const response = await fetch(buildUrl(path, options.query), {
    method: 'GET',
    headers: {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': currentLanguage(),
    },
    credentials: 'same-origin',
    signal: options.signal ?? null,
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as TResponse;
}

export const apiClient = { getJson } as const;
