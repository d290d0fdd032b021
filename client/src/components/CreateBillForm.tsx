import { useId, useState, type FormEvent } from 'react';
import type { BillLang } from '../../../core/bill';
import { billsApi, type BillSummary } from '../api/billsApi';
import { describeError } from '../i18n/describeError';
import { useI18n } from '../i18n/useI18n';
import { Icon } from './Icon';

/** Title + drafting language → a new bill; `onCreated` receives it (the scene opens the editor). */
export function CreateBillForm({ onCreated }: { onCreated(bill: BillSummary): void }) {
  const { t, lang: uiLang } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [lang, setLang] = useState<BillLang>(uiLang);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setError(t('create.titleRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(await billsApi.create({ title: clean, lang }));
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  return (
    <form className="create-form card" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`} className="card__title">
        {t('create.heading')}
      </h2>
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
            maxLength={200}
            disabled={busy}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
              setError(null);
            }}
          />
        </div>
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
        <button
          type="submit"
          className="btn btn--primary create-form__submit"
          data-testid="create-bill"
          disabled={busy}
        >
          <Icon name="plus" size={16} />
          {busy ? t('create.submitting') : t('create.submit')}
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
