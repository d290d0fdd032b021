import { useEffect, useRef, type ReactNode } from 'react';
import { CloseButton } from './CloseButton';

interface ModalProps {
  open: boolean;
  /** Escape or a backdrop click; omit to make the dialog impossible to dismiss that way. */
  onClose?: () => void;
  labelledBy: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** A modal on the native <dialog>: focus trapping, Escape and the backdrop come from the browser. */
export function Modal({ open, onClose, labelledBy, children, className, testId }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-labelledby={labelledBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose?.();
      }}
      onClick={(event) => {
        if (event.target === ref.current) onClose?.();
      }}
    >
      {open && children}
    </dialog>
  );
}

interface ModalHeadProps {
  /** The id the Modal's `labelledBy` points at. */
  headingId: string;
  title: ReactNode;
  /** A line under the title (the bill's title, for dialogs about one bill). */
  subtitle?: ReactNode;
  onClose(): void;
  closeTestId?: string;
}

/** A dialog's heading row: the title, a close button, and an optional subtitle under them. */
export function ModalHead({ headingId, title, subtitle, onClose, closeTestId }: ModalHeadProps) {
  return (
    <>
      <div className="modal__head">
        <h2 id={headingId} className="modal__title">
          {title}
        </h2>
        <CloseButton onClick={onClose} testId={closeTestId} size={16} />
      </div>
      {subtitle !== undefined && <p className="modal__subtitle">{subtitle}</p>}
    </>
  );
}
