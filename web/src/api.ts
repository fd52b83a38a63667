// The fetch wrapper every request of the web app goes through.
// JSON in and out, same-origin cookies, the CSRF header on writes, and one error type.
import type { ErrorBody } from '../../src/contract/api.ts';

export type FieldError = NonNullable<ErrorBody['error']['fields']>[number];

/** An error answered by the API (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, code: string, message: string, fields: FieldError[] = [], requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.requestId = requestId;
  }

  /** The message of the first error on a field (path as sent by the server, e.g. "admin.password"). */
  field(path: string): string | undefined {
    return this.fields.find((f) => f.path === path || f.path.endsWith(`.${path}`))?.message;
  }

  get isForbidden(): boolean {
    return this.status === 403 && this.code === 'forbidden';
  }
  get isUnauthenticated(): boolean {
    return this.status === 401 && this.code === 'unauthenticated';
  }
  get isNotFound(): boolean {
    return this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** A message fit to show a person, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.isForbidden) return "Your role doesn't allow this. Ask an administrator of your organization if you need access.";
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

// The session's CSRF token: set from every Session the API returns (see session.ts).
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type Query = Record<string, string | number | undefined | null>;

/** Builds "?a=1&b=2" from the defined, non-empty values. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function parseError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy error page, an empty body)
  }
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(response.status, error.code, error.message, error.fields ?? [], error.requestId);
  }
  const fallback =
    response.status >= 500
      ? 'The server ran into a problem. Try again in a moment.'
      : `The request failed (HTTP ${response.status}).`;
  return new ApiError(response.status, `http_${response.status}`, fallback);
}

/** Asks the API for the current session only to learn its CSRF token. */
async function primeCsrfToken(): Promise<void> {
  try {
    const response = await fetch('/api/v1/session', {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (response.ok) {
      const session = (await response.json()) as { csrfToken?: unknown };
      if (typeof session.csrfToken === 'string') csrfToken = session.csrfToken;
    }
  } catch {
    // no session: the write goes without the header, as a public write should
  }
}

async function send(method: Method, path: string, body: unknown, query: Query | undefined): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`${path}${queryString(query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the attest server. Check your connection and try again.');
  }
}

/** Writes that need no session (and so no CSRF token). */
const PUBLIC_WRITES = new Set(['/api/v1/setup', '/api/v1/auth/login', '/api/v1/invitations/accept']);

export async function request<T>(method: Method, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  // A write that carries the session cookie needs the token: learn it first when we don't have it yet
  // (e.g. the MFA step right after the password step, which answers only {state}).
  if (method !== 'GET' && !csrfToken && !PUBLIC_WRITES.has(path)) await primeCsrfToken();
  let response = await send(method, path, options.body, options.query);
  if (method !== 'GET' && response.status === 403) {
    // A rotated session (new login, org switch in another tab) makes our token stale: refresh once.
    const error = await parseError(response.clone());
    if (error.code.includes('csrf')) {
      csrfToken = null;
      await primeCsrfToken();
      response = await send(method, path, options.body, options.query);
    }
  }
  if (!response.ok) throw await parseError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};
