// Domain errors carry an HTTP-agnostic code; the HTTP layer maps them to statuses.
export type DomainErrorCode = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unauthorized' | 'too_large';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
