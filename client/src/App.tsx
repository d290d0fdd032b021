import { lazy, Suspense, useCallback, useState } from 'react';
import { useSession } from './auth/useSession';
import { loadIdentity, saveDisplayName, type Identity } from './collab/identity';
import { Notice } from './components/Notice';
import { SkipLink } from './components/SkipLink';
import { Spinner } from './components/Spinner';
import { describeError } from './i18n/describeError';
import { useT } from './i18n/useT';
import { useRoute } from './router/useRoute';
import { BillListScene } from './scenes/BillListScene';
import { EditorSkeleton } from './scenes/EditorSkeleton';
import { NotFoundScene } from './scenes/NotFoundScene';
import { SignInScene } from './scenes/SignInScene';
import { WelcomeScene } from './scenes/WelcomeScene';

// The editor (Tiptap, Yjs) is its own chunk: the list page loads without it.
const EditorScene = lazy(() => import('./scenes/EditorScene').then((m) => ({ default: m.EditorScene })));

/** Session → display name → pages. */
export function App() {
  const t = useT();
  const route = useRoute();
  const { session, signedIn, signOut, retry } = useSession();
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());
  const rename = useCallback((name: string) => setIdentity(saveDisplayName(name)), []);

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
  if (session.status === 'signedOut')
    return <SignInScene selfRegistration={session.selfRegistration} onSignedIn={signedIn} />;
  if (!identity)
    return <WelcomeScene initialName={session.user?.displayName || session.user?.username} onSave={rename} />;

  const onSignOut = () => void signOut();
  return (
    <>
      <SkipLink />
      {route.name === 'list' && <BillListScene identity={identity} onRename={rename} onSignOut={onSignOut} />}
      {route.name === 'bill' && (
        <Suspense fallback={<EditorSkeleton label={t('editor.loading')} />}>
          <EditorScene
            key={route.billId}
            billId={route.billId}
            identity={identity}
            onRenameUser={rename}
            onSignOut={onSignOut}
          />
        </Suspense>
      )}
      {route.name === 'notFound' && <NotFoundScene path={route.path} />}
    </>
  );
}
