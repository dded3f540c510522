import type { ErrorCode, FieldIssue } from '../shared/api/result';

/** An error a handler throws on purpose; the dispatcher turns it into an API error. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}

export function conflict(message: string): AppError {
  return new AppError('conflict', message);
}

/** Thrown when opening a database written by a newer version of the app. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(`The database has schema version ${found}; this app supports up to ${supported}.`);
    this.name = 'DatabaseTooNewError';
  }
}
