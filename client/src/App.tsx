import { lazy, Suspense, useMemo } from 'react';
import { useSession } from './auth/useSession';
import { identityOf } from './collab/identity';
import { Notice } from './components/Notice';
import { SkipLink } from './components/SkipLink';
import { Spinner } from './components/Spinner';
import { describeError } from './i18n/describeError';
import { useT } from './i18n/useT';
import { useRoute } from './router/useRoute';
import { AdminScene } from './scenes/AdminScene';
import { BillListScene } from './scenes/BillListScene';
import { EditorSkeleton } from './scenes/EditorSkeleton';
import { NotFoundScene } from './scenes/NotFoundScene';
import { SignInScene } from './scenes/SignInScene';

// The editor (Tiptap, Yjs) is its own chunk: the list page loads without it.
const EditorScene = lazy(() => import('./scenes/EditorScene').then((m) => ({ default: m.EditorScene })));
// Version pages (compare, read-only view) load on demand too.
const CompareScene = lazy(() =>
  import('./versions/compare/CompareScene').then((m) => ({ default: m.CompareScene })),
);
const VersionScene = lazy(() =>
  import('./versions/view/VersionScene').then((m) => ({ default: m.VersionScene })),
);

/**
 * Session → pages. Signed out, every path shows the sign-in page and keeps its URL, so signing in again
 * (after a session expired) returns to the same page.
 */
export function App() {
  const t = useT();
  const route = useRoute();
  const { session, signedIn, signOut, retry } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const identity = useMemo(() => (user ? identityOf(user) : null), [user]);

  if (session.status === 'loading') {
    return (
      <main className="welcome" aria-busy="true">
        <Spinner label={t('session.checking')} size={28} />
      </main>
    );
  }
  if (session.status === 'error') {
    return (
      <main className="welcome">
        <Notice
          action={
            <button type="button" className="btn btn--small" onClick={retry}>
              {t('common.retry')}
            </button>
          }
        >
          {t('session.error')} {describeError(session.error, t)}
        </Notice>
      </main>
    );
  }
  if (session.status === 'signedOut' || !user || !identity)
    return (
      <SignInScene
        selfRegistration={session.status === 'signedOut' && session.selfRegistration}
        expired={session.status === 'signedOut' && session.expired}
        onSignedIn={signedIn}
      />
    );

  const onSignOut = () => void signOut();
  return (
    <>
      <SkipLink />
      {route.name === 'list' && <BillListScene user={user} onSignOut={onSignOut} />}
      {route.name === 'bill' && (
        <Suspense fallback={<EditorSkeleton label={t('editor.loading')} />}>
          <EditorScene
            key={`${route.billId}:${user.id}`}
            billId={route.billId}
            user={user}
            identity={identity}
            onSignOut={onSignOut}
          />
        </Suspense>
      )}
      {route.name === 'compare' && (
        <Suspense fallback={<EditorSkeleton label={t('editor.loading')} />}>
          <CompareScene
            key={`${route.billId}:${user.id}`}
            billId={route.billId}
            user={user}
            onSignOut={onSignOut}
          />
        </Suspense>
      )}
      {route.name === 'version' && (
        <Suspense fallback={<EditorSkeleton label={t('editor.loading')} />}>
          <VersionScene
            key={`${route.billId}:${route.versionId}:${user.id}`}
            billId={route.billId}
            versionId={route.versionId}
            user={user}
            onSignOut={onSignOut}
          />
        </Suspense>
      )}
      {route.name === 'admin' && <AdminScene user={user} onSignOut={onSignOut} />}
      {route.name === 'notFound' && <NotFoundScene path={route.path} />}
    </>
  );
}
