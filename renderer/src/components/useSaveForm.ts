import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import type { ApiError, ApiResult, FieldIssue } from '../../../electron/shared/api/result';
import { useUnsavedChangesGuard } from '../app/Router';

export interface SaveFormOptions<TIn extends FieldValues, TOut, R> {
  save(values: TOut): Promise<ApiResult<R>>;
  /** The form's new baseline after a save; by default the values just saved. */
  valuesAfterSave?(saved: R, values: TOut): TIn;
  onSaved?(saved: R): void;
  /** A read-only form never asks before leaving. */
  readOnly?: boolean;
  /**
   * Whether this form asks before leaving with unsaved changes (default true). False only
   * where the page around it guards it, because that page itself leaves after a save.
   */
  guard?: boolean;
  /** Where an API issue lands in this form, when the API nests the fields differently. */
  fieldPath?(path: FieldIssue['path']): FieldIssue['path'];
}

export interface SaveForm {
  submit: ReturnType<UseFormReturn['handleSubmit']>;
  /** The last refusal from the API, if any. */
  serverError: ApiError | null;
  /** The last save was refused by validation, in the form or by the API. */
  invalid: boolean;
  /** Back to the last saved values, forgetting the last refusal. */
  discard(): void;
}

/**
 * How every form saves: validate with the form's schema, call the API, put the API's field
 * issues next to their fields, take the saved values as the new baseline, and ask before
 * leaving while there are unsaved changes.
 */
export function useSaveForm<TIn extends FieldValues, TOut, R>(
  form: UseFormReturn<TIn, unknown, TOut>,
  options: SaveFormOptions<TIn, TOut, R>,
): SaveForm {
  const [serverError, setServerError] = useState<ApiError | null>(null);
  // Reading dirtyFields here subscribes to it: the focus after a save goes to the last changed field.
  const { isDirty, errors, submitCount, dirtyFields } = form.formState;
  const allowLeave = useUnsavedChangesGuard((options.guard ?? true) && isDirty && !options.readOnly);

  const submit: SaveForm['submit'] = (event) => {
    const formElement = formOf(event);
    return form.handleSubmit(async (values) => {
      const changed = changedPaths(dirtyFields);
      setServerError(null);
      const result = await options.save(values);
      if (!result.ok) {
        for (const issue of result.error.issues ?? []) {
          const path = options.fieldPath ? options.fieldPath(issue.path) : issue.path;
          form.setError(path.join('.') as FieldPath<TIn>, { message: issue.message });
        }
        setServerError(result.error);
        return;
      }
      allowLeave();
      // Without a mapping, the parsed values are what the form holds, trimmed and defaulted.
      form.reset(options.valuesAfterSave ? options.valuesAfterSave(result.value, values) : (values as unknown as TIn));
      options.onSaved?.(result.value);
      if (formElement) keepFocus(formElement, changed);
    })(event);
  };

  const invalid = (submitCount > 0 && Object.keys(errors).length > 0) || serverError?.code === 'invalid_input';
  const discard = () => {
    setServerError(null);
    form.reset();
  };
  return { submit, serverError, invalid, discard };
}

function formOf(event: unknown): HTMLFormElement | null {
  const target = (event as { currentTarget?: unknown; target?: unknown } | undefined)?.currentTarget;
  if (target instanceof HTMLFormElement) return target;
  const origin = (event as { target?: unknown } | undefined)?.target;
  return origin instanceof Element ? origin.closest('form') : null;
}

/** The names of the fields changed since the last save, as react-hook-form's dirty map holds them. */
function changedPaths(dirty: unknown, prefix = ''): string[] {
  if (dirty === true) return [prefix];
  if (typeof dirty !== 'object' || dirty === null) return [];
  return Object.entries(dirty).flatMap(([key, value]) => changedPaths(value, prefix ? `${prefix}.${key}` : key));
}

/**
 * After a save the save bar and its button go away: a focus left on them would fall to
 * `<body>`, and a keyboard user would start again from the top. It goes to the last field
 * changed instead (the place the user was working), or to the form's first field.
 */
function keepFocus(formElement: HTMLFormElement, changed: string[]): void {
  window.requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    if (!formElement.isConnected) return;
    const fields = changed
      .map((name) => formElement.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`))
      .filter((field): field is HTMLElement => field !== null);
    const last = fields.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).at(-1);
    const target = last ?? formElement.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)');
    target?.focus();
  });
}
