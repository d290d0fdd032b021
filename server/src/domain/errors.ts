// Domain errors carry an HTTP-agnostic code; the HTTP layer maps them to statuses.
export type DomainErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'too_large'
  | 'rate_limited'
  | 'busy';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Seconds a client should wait (rate limiting, a full export queue). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
