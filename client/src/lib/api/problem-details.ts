/**
 * The API's errors as the dashboard reads them: RFC 9457 ProblemDetails bodies become {@link ApiError},
 * so features only deal with typed data or ApiError.
 */

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

function isJson(response: Response): boolean {
  const contentType = response.headers.get('content-type') ?? '';
  return /[/+]json\b/i.test(contentType);
}

export async function toApiError(response: Response): Promise<ApiError> {
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
