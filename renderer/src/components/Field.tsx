import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export interface FieldProps {
  label: string;
  /** A validation message key, shown under the input when set. */
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
  /** The input, select or textarea; it receives id and aria attributes. */
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled form control with its hint and its error, wired for screen readers. */
export function Field({ label, error, hint, optional, className, children }: FieldProps) {
  const { t, tKey } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="field-optional"> ({t('form.optional')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error && (
        <p id={errorId} className="field-error">
          {tKey(error)}
        </p>
      )}
    </div>
  );
}
