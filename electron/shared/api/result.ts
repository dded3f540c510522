/**
 * The closed set of error codes any API call can answer with. `disk_full` and `storage`
 * (the disk could not be read or written) are the failures the user can act on.
 */
export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'disk_full', 'storage', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field; `message` is an i18n catalog key. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
