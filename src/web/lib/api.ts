import { takeEarlyResponse } from './early.js';

/**
 * The one way the web app talks to the API: JSON in and out, the session's CSRF token on every
 * state-changing request, and RFC 9457 problem documents turned into `ApiError`.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldProblem[];
  /** Seconds to wait before trying again (429). */
  retryAfter?: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];
  readonly retryAfterSeconds: number | null;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail ?? '';
    this.fieldErrors = problem.errors ?? [];
    this.retryAfterSeconds = problem.retryAfter ?? null;
  }

  /** The message for one field (or any nested path under it, such as `emails.0.email`). */
  forField(field: string): string | undefined {
    const exact = this.fieldErrors.find((e) => e.field === field);
    if (exact) return exact.message;
    return this.fieldErrors.find((e) => e.field.startsWith(`${field}.`))?.message;
  }

  hasField(field: string): boolean {
    return this.forField(field) !== undefined;
  }
}

let csrfToken = '';

export function setCsrfToken(token: string) {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | null | undefined | string[];
export type QueryParams = Record<string, QueryValue>;

/** Serialises params the way the API's qs parser reads them; arrays repeat the key. */
export function toQueryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, item);
    else search.append(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string>;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  // FormData (a file upload) sets its own multipart Content-Type, boundary included.
  const isForm = options.body instanceof FormData;
  if (options.body !== undefined && !isForm) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const pathAndQuery = `${path}${toQueryString(options.query ?? {})}`;
  const early = method === 'GET' ? takeEarlyResponse(pathAndQuery) : undefined;
  const response = await (early ??
    fetch(`/api/v1${pathAndQuery}`, {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined
          ? null
          : isForm
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      signal: options.signal ?? null,
    }));
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<Problem>;
    throw new ApiError({
      title: problem.title ?? response.statusText,
      status: problem.status ?? response.status,
      detail: problem.detail ?? '',
      errors: problem.errors ?? [],
      ...retryAfter(problem, response),
    });
  }
  return payload as T;
}

/** From the problem document, or the `Retry-After` header (in seconds) that rate limits also send. */
function retryAfter(problem: Partial<Problem>, response: Response): { retryAfter?: number } {
  const seconds = problem.retryAfter ?? Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfter: seconds } : {};
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
