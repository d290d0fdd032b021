import { ApiError } from './ApiError';
import { reportSessionExpired } from './sessionExpired';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 is an answer here (wrong password), not a sign that the session expired. */
  unauthorizedIsAnswer?: boolean;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads the server's error envelope, falling back to the status line when the body is not one. */
export function errorFromResponse(
  status: number,
  statusText: string,
  body: unknown,
  retryAfter: number | null = null,
): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      return new ApiError(
        status,
        typeof code === 'string' ? code : `http_${status}`,
        typeof message === 'string' ? message : statusText,
        retryAfter,
      );
    }
  }
  return new ApiError(status, `http_${status}`, statusText || `HTTP ${status}`, retryAfter);
}

/**
 * JSON over fetch, same origin, with the session cookie; throws ApiError on any failure. A 401 also
 * reports the session as expired (unless `unauthorizedIsAnswer`), which sends the app to sign-in.
 */
export async function request<T>(
  path: string,
  { method = 'GET', body, signal, unauthorizedIsAnswer = false }: RequestOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
  }
  const data: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !unauthorizedIsAnswer) reportSessionExpired();
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    throw errorFromResponse(response.status, response.statusText, data, retryAfter);
  }
  return data as T;
}
