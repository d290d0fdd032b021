// Uniform JSON errors: { error: { code, message } }. No stack traces reach clients.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError, type DomainErrorCode } from '../domain/errors';
import type { Logger } from '../logger';

const statusOf: Record<DomainErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  busy: 503,
};

/** Unknown /api routes. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: `no route ${req.method} ${req.path}` } });
};

export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) return;
    const send = (status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });
    if (err instanceof DomainError) {
      if (err.retryAfter) res.setHeader('Retry-After', String(err.retryAfter));
      return send(statusOf[err.code], err.code, err.message);
    }
    if (err instanceof ZodError) {
      const message = err.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return send(400, 'invalid', message);
    }
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.parse.failed') return send(400, 'invalid_json', 'request body is not valid JSON');
    if (e.type === 'entity.too.large') return send(413, 'too_large', 'request body is too large');
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return send(e.status, 'bad_request', e.message ?? 'bad request');
    }
    log.error('unhandled error', { method: req.method, path: req.path, err: String(err), stack: (err as Error)?.stack });
    return send(500, 'internal', 'internal server error');
  };
}
