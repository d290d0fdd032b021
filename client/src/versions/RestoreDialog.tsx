import { useId, useState } from 'react';
import { Modal } from '../components/Modal';
import { describeError } from '../i18n/describeError';
import { useT } from '../i18n/useT';
import { versionLabel } from './versionLabel';
import { versionsApi, type RestoreResult, type Version } from './versionsApi';

interface RestoreDialogProps {
  billId: string;
  /** The version to restore; null closes the dialog. */
  version: Version | null;
  onCancel(): void;
  onRestored(result: RestoreResult): void;
}

/** Asks before a restore (it replaces the text for everyone editing), then asks the server to do it. */
export function RestoreDialog({ billId, version, onCancel, onRestored }: RestoreDialogProps) {
  const t = useT();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const cancel = () => {
    if (busy) return;
    setError(null);
    onCancel();
  };
  const confirm = async () => {
    if (!version) return;
    setBusy(true);
    setError(null);
    try {
      onRestored(await versionsApi.restore(billId, version.id));
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={version !== null}
      onClose={cancel}
      labelledBy={headingId}
      className="modal--confirm"
      testId="restore-dialog"
    >
      {version && (
        <>
          <h2 id={headingId} className="modal__title">
            {t('versions.restoreHeading')}
          </h2>
          <div className="modal__body">
            <p>{t('versions.restoreBody', { label: versionLabel(version, t) })}</p>
            {error && (
              <p className="form-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="btn btn--ghost"
              onClick={cancel}
              autoFocus
              data-testid="restore-cancel"
            >
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => void confirm()}
              disabled={busy}
              data-testid="confirm-restore"
            >
              {busy ? t('versions.restoring') : t('versions.restoreConfirm')}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
