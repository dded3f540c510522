import { useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface InvalidField {
  id: string;
  label: string;
  message: string;
}

/** The text of the element with `id`, or '' (labels carry an "(optional)" note after a span). */
function textOf(id: string): string {
  return document.getElementById(id)?.textContent?.trim() ?? '';
}

/** What a control is called: its aria-labelledby, its <label>, or its aria-label. */
function labelOf(control: HTMLElement): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map(textOf).join(' ').trim();
  const label = (control as HTMLInputElement).labels?.[0]?.textContent?.trim();
  return label || control.getAttribute('aria-label') || '';
}

/** The error message a control is described by (the `.field-error` next to it), if any. */
function messageOf(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
  return error?.textContent?.trim() ?? '';
}

/** The form's controls marked invalid, in the order they appear. */
function invalidFields(form: HTMLFormElement): InvalidField[] {
  return [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"][id]')].map((control) => ({
    id: control.id,
    label: labelOf(control),
    message: messageOf(control),
  }));
}

const sameFields = (a: InvalidField[], b: InvalidField[]) =>
  a.length === b.length && a.every((field, i) => field.id === b[i]?.id && field.label === b[i]?.label && field.message === b[i]?.message);

/**
 * "Check the marked fields", with a link to each field marked in the form around it: the link
 * moves the focus to the field (which scrolls it into view above the save bar). The fields
 * are read from the form as drawn, so every form that marks its fields (Field does) gets the
 * links without listing its fields again.
 */
export function ErrorSummary() {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<InvalidField[]>([]);

  // After every render: the marks change with the form's state, which re-renders this bar.
  useLayoutEffect(() => {
    const form = ref.current?.closest('form');
    const found = form ? invalidFields(form) : [];
    setFields((previous) => (sameFields(previous, found) ? previous : found));
  });

  return (
    <div ref={ref} className="alert alert-error form-summary" role="alert">
      <p>{t('error.invalid_input')}</p>
      {fields.length > 0 && (
        <ul className="form-summary-list">
          {fields.map((field) => (
            <li key={field.id}>
              <a
                href={`#${field.id}`}
                onClick={(event) => {
                  // The app routes by the hash: a link to a field must never navigate.
                  event.preventDefault();
                  document.getElementById(field.id)?.focus();
                }}
              >
                {field.message ? t('form.errorLink', { field: field.label, message: field.message }) : field.label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
