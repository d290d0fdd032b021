// CSRF defence for cookie-authenticated state changes: the Origin (or Sec-Fetch-Site) must say the
// request comes from our own pages. Requests with neither header come from non-browser clients, which
// cannot carry a victim's cookies cross-site.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** True when the request's Origin header is absent or allowed (configured list, else the request's own host). */
export function originAllowed(req: IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowed.length) return allowed.includes(origin);
  const host = req.headers.host;
  return !!host && (origin === `http://${host}` || origin === `https://${host}`);
}

export function sameOriginOnly(allowed: readonly string[]): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method)) return next();
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || !originAllowed(req, allowed)) {
      res.status(403).json({ error: { code: 'cross_origin', message: 'cross-origin request refused' } });
      return;
    }
    // A JSON API: forms (which browsers may send cross-site without preflight) are refused.
    if (req.headers['content-length'] && req.headers['content-length'] !== '0' && !req.is('application/json')) {
      res.status(415).json({ error: { code: 'unsupported_media_type', message: 'send JSON (Content-Type: application/json)' } });
      return;
    }
    next();
  };
}
