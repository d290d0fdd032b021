import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { Modal } from './Modal';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A destructive-action confirmation; Cancel has the initial focus. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const t = useT();
  const headingId = useId();
  return (
    <Modal open={open} onClose={onCancel} labelledBy={headingId} className="modal--confirm">
      <h2 id={headingId} className="modal__title">
        {title}
      </h2>
      <div className="modal__body">{children}</div>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn--ghost"
          onClick={onCancel}
          autoFocus
          data-testid="confirm-cancel"
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn--danger"
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-delete"
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
