/** Domain errors. Every error a service throws is one of these codes; `app.ts` maps them to RFC 9457. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'too_large'
  | 'too_many_requests'
  | 'csrf'
  | 'two_factor_required';

export const statusByCode: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  too_large: 413,
  too_many_requests: 429,
  csrf: 403,
  two_factor_required: 401,
};

export const titleByCode: Record<ErrorCode, string> = {
  validation: 'Invalid input',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  precondition_failed: 'Changed since you read it',
  too_large: 'Too large',
  too_many_requests: 'Too many requests',
  csrf: 'Missing or invalid CSRF token',
  two_factor_required: 'Two-factor code required',
};

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    /** For `too_many_requests`: seconds until a retry can succeed (the `Retry-After` header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (detail = 'You do not have permission to do this') =>
  new AppError('forbidden', detail);
export const invalid = (field: string, message: string) =>
  new AppError('validation', `${field}: ${message}`, [{ field, message }]);
export const conflict = (field: string, message: string) =>
  new AppError('conflict', `${field}: ${message}`, [{ field, message }]);
