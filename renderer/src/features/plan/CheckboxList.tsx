import type { ReactNode } from 'react';

export interface CheckboxOption<V> {
  key: string;
  value: V;
  label: ReactNode;
}

/**
 * A set of checkboxes for a list value (who is invited, which bottom lines an item fulfils).
 * Held as one array, so a single box still means a list and the order follows the options.
 */
export function CheckboxList<V>({
  legend,
  hint,
  options,
  value,
  keyOf,
  onChange,
  className,
}: {
  legend: string;
  hint?: string;
  options: CheckboxOption<V>[];
  value: readonly V[];
  keyOf(value: V): string;
  onChange(next: V[]): void;
  className?: string;
}) {
  const chosen = new Set(value.map(keyOf));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    // Values no longer among the options (a removed person) are kept, not silently dropped.
    const kept = value.filter((v) => !options.some((option) => option.key === keyOf(v)));
    onChange([...kept, ...options.filter((option) => next.has(option.key)).map((option) => option.value)]);
  };
  return (
    <fieldset className={`plan-checks-group${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="plan-checks-options">
        {options.map((option) => (
          <label key={option.key} className="plan-check">
            <input type="checkbox" checked={chosen.has(option.key)} onChange={(event) => toggle(option.key, event.target.checked)} />
            <span dir="auto">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
