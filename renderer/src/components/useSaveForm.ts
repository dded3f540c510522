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
  const { isDirty, errors, submitCount } = form.formState;
  const allowLeave = useUnsavedChangesGuard((options.guard ?? true) && isDirty && !options.readOnly);

  const submit = form.handleSubmit(async (values) => {
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
  });

  const invalid = (submitCount > 0 && Object.keys(errors).length > 0) || serverError?.code === 'invalid_input';
  const discard = () => {
    setServerError(null);
    form.reset();
  };
  return { submit, serverError, invalid, discard };
}
