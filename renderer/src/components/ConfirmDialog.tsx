import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'primary' | 'danger';
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question built on the native <dialog>: it traps focus, closes on Escape and
 * returns focus to where it was. Cancel is focused first, so Enter never destroys work.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      cancelRef.current?.focus();
    } else if (!props.open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          props.onConfirm();
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {props.title}
        </h2>
        {props.body && <p className="dialog-body">{props.body}</p>}
        {props.children}
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="button button-secondary" onClick={props.onCancel}>
            {props.cancelLabel}
          </button>
          <button
            type="submit"
            className={`button ${props.tone === 'danger' ? 'button-danger' : 'button-primary'}`}
            disabled={props.busy}
          >
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
