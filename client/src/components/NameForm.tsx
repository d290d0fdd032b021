import { useId, useState, type FormEvent } from 'react';
import { MAX_NAME_LENGTH, normalizeName } from '../collab/identity';
import { useT } from '../i18n/useT';

interface NameFormProps {
  initial?: string;
  submitLabel: string;
  onSave(name: string): void;
  onCancel?: () => void;
}

/** Asks for the display name co-authors will see. */
export function NameForm({ initial = '', submitLabel, onSave, onCancel }: NameFormProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = normalizeName(name);
    if (!clean) {
      setError(t('identity.required'));
      return;
    }
    onSave(clean);
  };

  return (
    <form className="name-form" onSubmit={submit} noValidate>
      <label className="field-label" htmlFor={`${id}-name`}>
        {t('identity.nameLabel')}
      </label>
      <input
        id={`${id}-name`}
        className="input"
        data-testid="display-name"
        value={name}
        maxLength={MAX_NAME_LENGTH}
        placeholder={t('identity.namePlaceholder')}
        autoComplete="name"
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="btn btn--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="btn btn--primary" data-testid="save-display-name">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
