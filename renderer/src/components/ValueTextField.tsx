import { useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { ParsedValue } from '../../../electron/shared/dates';
import type { MessageKey } from '../../../electron/shared/i18n';
import { useI18n } from '../i18n/I18nProvider';
import './ValueTextField.css';

/** The event a DateField or TimeField sends: the stored (ISO) value, as react-hook-form reads it. */
export interface ValueFieldEvent {
  target: { name: string; value: string };
  type: 'change' | 'blur';
}

/**
 * What react-hook-form holds instead of a DOM input: it reads and writes `value` in the stored
 * form (ISO), and the field shows it in the app's language. Setting it (a reset, a setValue)
 * rewrites what the field shows.
 */
export interface ValueFieldHandle {
  name: string;
  type: 'text';
  value: string;
  focus(): void;
}

export interface ValueFieldProps {
  name?: string;
  /** Controlled use: the stored value. With react-hook-form, spread `register(name)` instead. */
  value?: string;
  onChange?(event: ValueFieldEvent): unknown;
  onBlur?(event: ValueFieldEvent): unknown;
  ref?: Ref<ValueFieldHandle>;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
  disabled?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  className?: string;
}

export interface Rules {
  kind: 'date' | 'time';
  /** The language the rules write in: a change rewrites what the field shows. */
  language: string;
  parse(text: string): ParsedValue;
  /**
   * Whether typed text already says all it will (a four-digit year, minutes): only then is it
   * handed on while typing, so "10.3.20" on its way to "10.3.2027" is never 10.3.2020. A
   * shorter form ("10.3.", "9") is completed when the field is left or Enter is pressed.
   */
  complete(text: string): boolean;
  format(value: string): string;
  placeholder: MessageKey;
  errors: Record<Exclude<ParsedValue, { ok: true }>['error'], MessageKey>;
}

/**
 * A text input that shows and accepts a date or a time the way the app's language writes it and
 * hands on the stored ISO value. Whatever is typed stays in the field: text that is not a date
 * is handed on as typed, so the form's schema refuses it and nothing is saved in its place.
 */
export function ValueTextField({ rules, props }: { rules: Rules; props: ValueFieldProps }) {
  const { t } = useI18n();
  const { name = '', value, onChange, onBlur, ref, id: givenId, disabled, required, autoFocus, className } = props;
  const ownId = useId();
  const id = givenId ?? ownId;
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(rules);
  latest.current = rules;
  const show = (stored: string | null | undefined) => (stored ? safeFormat(latest.current, stored) : '');
  const [text, setText] = useState(() => show(value));
  const [problem, setProblem] = useState<MessageKey | null>(null);
  // The value last handed on (or set from outside): what react-hook-form reads back.
  const stored = useRef(value ?? '');

  const handle = useMemo<ValueFieldHandle>(
    () => ({
      name,
      type: 'text',
      get value() {
        return stored.current;
      },
      set value(next: string) {
        const v = next ?? '';
        if (v === stored.current && input.current?.value === show(v)) return;
        stored.current = v;
        setText(show(v));
        setProblem(null);
      },
      focus: () => input.current?.focus(),
    }),
    // `show` reads the latest rules at call time
    [name],
  );
  useImperativeHandle(ref, () => handle, [handle]);

  useEffect(() => {
    if (value === undefined || value === stored.current) return;
    stored.current = value;
    setText(show(value));
    setProblem(null);
    // only a new value from outside rewrites the text
  }, [value]);

  useEffect(() => {
    if (rules.parse(stored.current).ok) setText(show(stored.current));
    // only a change of language rewrites the text
  }, [rules.language]);

  const send = (handler: ValueFieldProps['onChange'], type: ValueFieldEvent['type'], next: string) =>
    handler?.({ target: { name, value: next }, type });

  const hand = (next: string) => {
    if (next === stored.current) return;
    stored.current = next;
    send(onChange, 'change', next);
  };

  const change = (typed: string) => {
    setText(typed);
    const parsed = rules.parse(typed);
    if (parsed.ok) setProblem(null);
    hand(parsed.ok && (parsed.value === '' || rules.complete(typed)) ? parsed.value : typed.trim());
  };

  /** Leaving the field or pressing Enter: a short form is completed and written out in full. */
  const commit = () => {
    const parsed = rules.parse(text);
    if (parsed.ok) {
      hand(parsed.value);
      setText(show(parsed.value));
      setProblem(null);
    } else {
      setProblem(rules.errors[parsed.error]);
    }
  };

  // The form's own message (after a save) wins; ours says more precisely what is wrong on leaving the field.
  const external = props['aria-invalid'] === true;
  const problemId = `${id}-problem`;
  const showProblem = problem !== null && !external;
  const describedBy = [props['aria-describedby'], showProblem ? problemId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        ref={input}
        id={id}
        name={name || undefined}
        type="text"
        className={`value-field value-field-${rules.kind}${className ? ` ${className}` : ''}`}
        inputMode={rules.kind === 'time' ? 'decimal' : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t(rules.placeholder)}
        value={text}
        disabled={disabled}
        required={required}
        autoFocus={autoFocus}
        aria-label={props['aria-label']}
        aria-invalid={external || showProblem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
        onBlur={() => {
          commit();
          send(onBlur, 'blur', stored.current);
        }}
        onKeyDown={(event) => {
          // Before the form's implicit submit reads the value.
          if (event.key === 'Enter') commit();
        }}
      />
      {showProblem && (
        <p id={problemId} className="field-error">
          {t(problem)}
        </p>
      )}
    </>
  );
}

/** A stored value that is not ISO (typed text kept by the form) is shown as it is. */
function safeFormat(rules: Rules, stored: string): string {
  const parsed = rules.parse(stored);
  return parsed.ok && parsed.value === stored ? rules.format(stored) : stored;
}
