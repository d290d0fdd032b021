import { useRef, useState, type FocusEvent, type FormEvent } from 'react';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { Icon } from './Icon';

interface RenameFormProps {
  value: string;
  label: string;
  onSave(title: string): Promise<void>;
  onDone(): void;
}

/** Inline title editing: Enter or leaving the field saves, Escape cancels; failures stay open with the reason. */
export function RenameForm({ value, label, onSave, onDone }: RenameFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async () => {
    const title = draft.trim();
    if (!title || title === value) {
      onDone();
      return;
    }
    setBusy(true);
    try {
      await onSave(title);
      onDone();
    } catch (err) {
      setError(describeError(err, t));
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void save();
  };

  const blur = (event: FocusEvent) => {
    // Moving to Save/Cancel inside the form is not leaving it.
    if (formRef.current?.contains(event.relatedTarget as Node | null)) return;
    if (!busy && !error) void save();
  };

  return (
    <form ref={formRef} className="rename-form" onSubmit={submit}>
      <input
        className="input input--inline"
        data-testid="rename-input"
        aria-label={label}
        value={draft}
        disabled={busy}
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onDone();
          }
        }}
        onBlur={blur}
        aria-invalid={error ? true : undefined}
      />
      <button
        type="submit"
        className="icon-btn"
        aria-label={t('common.save')}
        title={t('common.save')}
        disabled={busy}
        data-testid="rename-save"
      >
        <Icon name="check" size={16} />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('common.cancel')}
        title={t('common.cancel')}
        onClick={onDone}
        data-testid="rename-cancel"
      >
        <Icon name="close" size={16} />
      </button>
      {error && (
        <p className="field-error rename-form__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
