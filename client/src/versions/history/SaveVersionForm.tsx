import { useId, useState, type FormEvent } from 'react';
import { Icon } from '../../components/Icon';
import { TextField } from '../../components/TextField';
import { describeError } from '../../i18n/describeError';
import { useT } from '../../i18n/useT';
import { versionsApi, type Version } from '../versionsApi';

/** Saves the live text as a named version: a label (required) and an optional note. */
export function SaveVersionForm({ billId, onSaved }: { billId: string; onSaved(version: Version): void }) {
  const t = useT();
  const noteId = useId();
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) {
      setError(t('versions.labelRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const version = await versionsApi.create(billId, {
        label: trimmed,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      onSaved(version);
      setSaved(version.label);
      setLabel('');
      setNote('');
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="save-version" onSubmit={submit} noValidate>
      <TextField
        label={t('versions.labelField')}
        testId="version-label"
        value={label}
        maxLength={200}
        placeholder={t('versions.labelPlaceholder')}
        error={error ?? undefined}
        onChange={(e) => {
          setLabel(e.target.value);
          setSaved(null);
        }}
      />
      <div className="field">
        <label className="field-label" htmlFor={noteId}>
          {t('versions.noteField')}
        </label>
        <textarea
          id={noteId}
          className="input save-version__note"
          data-testid="version-note"
          rows={2}
          maxLength={2000}
          value={note}
          placeholder={t('versions.notePlaceholder')}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="save-version__actions">
        {saved && (
          <span className="form-success" role="status" data-testid="version-saved">
            <Icon name="check" size={14} />
            {t('versions.saved', { label: saved })}
          </span>
        )}
        <button
          type="submit"
          className="btn btn--primary btn--small"
          disabled={busy}
          data-testid="save-version"
        >
          {busy ? t('versions.saving') : t('versions.save')}
        </button>
      </div>
    </form>
  );
}
