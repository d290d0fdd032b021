import { Brand } from '../components/Brand';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NameForm } from '../components/NameForm';
import { useT } from '../i18n/useT';

/** First visit: ask once for the name co-authors will see. */
export function WelcomeScene({ initialName, onSave }: { initialName?: string; onSave(name: string): void }) {
  const t = useT();
  return (
    <main id="main" className="welcome">
      <div className="welcome__card card" role="dialog" aria-labelledby="welcome-heading" aria-modal="false">
        <div className="welcome__top">
          <Brand />
          <LanguageSwitch />
        </div>
        <h1 id="welcome-heading" className="welcome__title">
          {t('identity.heading')}
        </h1>
        <p className="welcome__intro">{t('identity.intro')}</p>
        <NameForm initial={initialName} submitLabel={t('identity.save')} onSave={onSave} />
      </div>
      <p className="welcome__tagline">{t('app.tagline')}</p>
    </main>
  );
}
