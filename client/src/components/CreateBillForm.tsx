import { useId, useState, type FormEvent } from 'react';
import type { BillLang } from '../../../core/bill';
import type { TemplateSummary } from '../../../core/templates/types';
import { billsApi, type BillSummary } from '../api/billsApi';
import { describeError } from '../i18n/describeError';
import { useI18n } from '../i18n/useI18n';
import { TemplatePicker } from '../templates/TemplatePicker';
import { Icon } from './Icon';

type Mode = 'blank' | 'template';

/**
 * A new bill, blank (title + drafting language) or from a template (the picker sets the language and
 * pre-fills the title with the template's drafted title); `onCreated` receives it (the scene opens the editor).
 */
export function CreateBillForm({ onCreated }: { onCreated(bill: BillSummary): void }) {
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<Mode>('blank');
  const [title, setTitle] = useState('');
  const [lang, setLang] = useState<BillLang>(uiLang);
  const [template, setTemplate] = useState<TemplateSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fromTemplate = mode === 'template';

  const chooseTemplate = (chosen: TemplateSummary | null) => {
    setTemplate(chosen);
    setError(null);
    if (!chosen) return;
    setLang(chosen.lang);
    setTitle(chosen.billTitle);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (fromTemplate && !template) {
      setError(t('create.templateRequired'));
      return;
    }
    if (!clean) {
      setError(t('create.titleRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const templateId = fromTemplate ? template?.id : undefined;
      onCreated(await billsApi.create(templateId ? { title: clean, lang, templateId } : { title: clean, lang }));
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <form className="create-form card" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <div className="create-form__head">
        <h2 id={`${id}-heading`} className="card__title">
          {t('create.heading')}
        </h2>
        <div className="segmented" role="group" aria-label={t('create.modeLabel')}>
          {(['blank', 'template'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="segmented__option"
              data-testid={`new-bill-mode-${m}`}
              aria-pressed={mode === m}
              disabled={busy}
              onClick={() => {
                setMode(m);
                setError(null);
              }}
            >
              {t(m === 'blank' ? 'create.modeBlank' : 'create.modeTemplate')}
            </button>
          ))}
        </div>
      </div>
      {fromTemplate && (
        <TemplatePicker
          lang={lang}
          selected={template}
          disabled={busy}
          onSelect={chooseTemplate}
          onLangChange={setLang}
        />
      )}
      <div className="create-form__row">
        <div className="field field--grow">
          <label className="field-label" htmlFor={`${id}-title`}>
            {t('create.titleLabel')}
          </label>
          <input
            id={`${id}-title`}
            className="input"
            data-testid="new-bill-title"
            value={title}
            placeholder={t('create.titlePlaceholder')}
            maxLength={300}
            disabled={busy}
            lang={fromTemplate ? lang : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
        </div>
        {!fromTemplate && (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-lang`}>
              {t('create.langLabel')}
            </label>
            <select
              id={`${id}-lang`}
              className="select"
              data-testid="new-bill-lang"
              value={lang}
              disabled={busy}
              onChange={(event) => setLang(event.target.value === 'en' ? 'en' : 'ja')}
            >
              <option value="ja">{t('billLang.ja')}（第一条・２・一）</option>
              <option value="en">{t('billLang.en')} (Article 1, (2), (i))</option>
            </select>
          </div>
        )}
        <button
          type="submit"
          className="btn btn--primary create-form__submit"
          data-testid="create-bill"
          disabled={busy}
        >
          <Icon name="plus" size={16} />
          {busy ? t('create.submitting') : t(fromTemplate ? 'create.submitTemplate' : 'create.submit')}
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
