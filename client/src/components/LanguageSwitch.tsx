import { useI18n } from '../i18n/useI18n';
import { uiLangs, type UiLang } from '../i18n/uiLang';

const labels: Record<UiLang, string> = { ja: '日本語', en: 'English' };

/** The interface language as a two-way segmented control; the choice is remembered. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('lang.switchLabel')} data-testid="ui-lang">
      {uiLangs.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="segmented__option"
          aria-pressed={option === lang}
          data-testid={`ui-lang-${option}`}
          onClick={() => setLang(option)}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
