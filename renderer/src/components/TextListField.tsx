import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  get,
  useFieldArray,
  useFormState,
  type Control,
  type FieldArray,
  type FieldArrayPath,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import { useI18n } from '../i18n/I18nProvider';
import { RowButtons } from './RowButtons';
import './TextListField.css';

/** One row of an ordered text list (concerns, questions, bottom lines): the id is kept across edits. */
export interface TextItem {
  id?: string;
  text: string;
}

type RowControl = 'input' | 'up' | 'down' | 'remove' | 'add';

export interface TextListFieldProps<T extends FieldValues, N extends FieldArrayPath<T>, O> {
  control: Control<T, unknown, O>;
  /** The form's list of `{ id?, text }` items. */
  name: N;
  /** The list's heading, e.g. "Huolet". */
  legend: string;
  /** The heading's level where the list sits; 3 by default. */
  headingLevel?: 2 | 3;
  hint?: ReactNode;
  /** The label of row `index` (1-based), e.g. "Huoli 1". */
  itemLabel(index: number): string;
  addLabel: string;
  emptyText?: string;
  maxLength?: number;
  /** Rows of the textarea. */
  rows?: number;
  /** Shown after the add button, e.g. a restore button. */
  actions?: ReactNode;
}

/**
 * An ordered list of texts: add, remove and move rows, all with the keyboard. Focus follows
 * the row that moved, and a polite live region says where it went, so the order is never a
 * mouse-only thing.
 */
export function TextListField<T extends FieldValues, N extends FieldArrayPath<T>, O>(
  props: TextListFieldProps<T, N, O>,
) {
  const { t, tKey } = useI18n();
  const baseId = useId();
  const { fields, append, remove, move } = useFieldArray({ control: props.control, name: props.name, keyName: 'key' });
  const { errors } = useFormState({ control: props.control, name: props.name as unknown as Path<T> });
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ index: number; control: RowControl } | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const addRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.control === 'add'
        ? addRef.current
        : refs.current.get(`${fields[focusTarget.index]?.key}:${focusTarget.control}`);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget, fields]);

  const setRef = (key: string, control: RowControl) => (el: HTMLElement | null) => {
    if (el) refs.current.set(`${key}:${control}`, el);
    else refs.current.delete(`${key}:${control}`);
  };

  const last = fields.length - 1;
  const moveRow = (from: number, to: number) => {
    move(from, to);
    setAnnouncement(t('textList.moved', { item: props.itemLabel(to + 1), position: to + 1 }));
    // Stay on the arrow that was pressed unless the row reached the end it points to.
    const control: RowControl = to < from ? (to === 0 ? 'down' : 'up') : to === last ? 'up' : 'down';
    setFocusTarget({ index: to, control: fields.length > 1 ? control : 'input' });
  };
  const removeRow = (index: number) => {
    const label = props.itemLabel(index + 1);
    remove(index);
    setAnnouncement(t('textList.removed', { item: label }));
    if (fields.length === 1) setFocusTarget({ index: 0, control: 'add' });
    else setFocusTarget({ index: Math.min(index, fields.length - 2), control: 'input' });
  };

  const listErrors = get(errors, props.name) as
    | ({ message?: string; root?: { message?: string } } & Record<number, { text?: { message?: string } }>)
    | undefined;
  const listError = listErrors?.root?.message ?? listErrors?.message;
  const legendId = `${baseId}-legend`;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  const hintId = props.hint ? `${baseId}-hint` : undefined;

  return (
    <div className="text-list" role="group" aria-labelledby={legendId} aria-describedby={hintId}>
      <Heading id={legendId} className="text-list-legend">
        {props.legend}
      </Heading>
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {listError && <p className="field-error">{tKey(listError)}</p>}
      {fields.length === 0 && props.emptyText && <p className="muted">{props.emptyText}</p>}
      <ol className="text-list-rows">
        {fields.map((field, index) => {
          const label = props.itemLabel(index + 1);
          const inputId = `${baseId}-${field.key}`;
          const error = listErrors?.[index]?.text?.message;
          const errorId = error ? `${inputId}-error` : undefined;
          const { ref, ...registration } = props.control.register(`${props.name}.${index}.text` as Path<T>);
          return (
            <li key={field.key} className={`text-list-row${error ? ' field-invalid' : ''}`}>
              <div className="field">
                <label htmlFor={inputId} className="field-label">
                  {label}
                </label>
                <textarea
                  id={inputId}
                  rows={props.rows ?? 2}
                  dir="auto"
                  maxLength={props.maxLength}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={errorId}
                  {...registration}
                  ref={(el) => {
                    ref(el);
                    setRef(field.key, 'input')(el);
                  }}
                />
                {error && (
                  <p id={errorId} className="field-error">
                    {tKey(error)}
                  </p>
                )}
              </div>
              <RowButtons
                label={label}
                first={index === 0}
                last={index === last}
                onMove={(by) => moveRow(index, index + by)}
                onRemove={() => removeRow(index)}
                refFor={(button) => setRef(field.key, button)}
              />
            </li>
          );
        })}
      </ol>
      <div className="text-list-actions">
        <button
          ref={addRef}
          type="button"
          className="button button-secondary"
          onClick={() => append({ text: '' } as FieldArray<T, N>)}
        >
          {props.addLabel}
        </button>
        {props.actions}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
