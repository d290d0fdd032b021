// Authenticates the upgrade from the session cookie (4401) and checks its Origin (4403).
import { CloseCode } from '../../../../core/collab/closeCodes';
import { readCookie, SESSION_COOKIE } from '../../auth/sessionToken';
import type { AuthService } from '../../domain/AuthService';
import { originAllowed } from '../../http/middleware/sameOrigin';
import { CollabRefusal, type CollabHook } from '../types';

export function sessionAuthHook(auth: AuthService, allowedOrigins: readonly string[]): CollabHook {
  return {
    name: 'sessionAuth',
    async onAuthorize(ctx) {
      if (!originAllowed(ctx.request, allowedOrigins)) throw new CollabRefusal(CloseCode.Forbidden, 'origin not allowed');
      const user = await auth.userForToken(readCookie(ctx.request.headers.cookie, SESSION_COOKIE));
      if (!user) throw new CollabRefusal(CloseCode.NotSignedIn, 'not signed in');
      ctx.user = { id: user.id, name: user.displayName };
    },
  };
}
