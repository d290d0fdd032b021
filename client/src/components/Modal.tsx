import { useEffect, useRef, type ReactNode } from 'react';

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
