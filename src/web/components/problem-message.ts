import type { TFunction } from 'i18next';
import { isApiError } from '../lib/api.js';

/**
 * Server messages are English phrases such as "is required"; the ones the forms meet most often are
 * translated, anything else is shown as the server wrote it.
 */
const KNOWN_MESSAGES: Record<string, string> = {
  'is required': 'errors.required',
  'must be an email address': 'errors.email',
  'must be at least 10 characters': 'errors.passwordLength',
  'must be 6 digits': 'errors.sixDigits',
  'is wrong': 'errors.wrongCode',
  'Email or password is wrong': 'errors.badCredentials',
  'must be a number': 'errors.number',
  'must be a date (YYYY-MM-DD)': 'errors.date',
  'must be an http(s) URL': 'errors.url',
  'must be a phone number': 'errors.phone',
  'must be a domain such as example.com': 'errors.domain',
  'an account with this email already exists': 'errors.emailTaken',
  'is too easy to guess: avoid common passwords, names and simple patterns': 'errors.passwordWeak',
  'must be a recovery code such as abcde-fgh23': 'errors.recoveryCodeFormat',
  'must be a 6-digit code or a recovery code': 'errors.codeFormat',
  'is not your current password': 'errors.wrongPassword',
  'is already taken (another request may have just saved it)': 'errors.taken',
  'may contain only letters, digits and . _ / -': 'errors.codeChars',
  'may have at most two decimals': 'errors.twoDecimals',
};

export function translateFieldMessage(t: TFunction, message: string): string {
  const key = KNOWN_MESSAGES[message];
  return key ? t(key) : message;
}

/** "Try again in 45 seconds" / "in 3 minutes", in the reader's language. */
function tooManyMessage(t: TFunction, seconds: number | null): string {
  if (!seconds) return t('errors.tooMany');
  const [when, range] = seconds < 90 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return t('errors.tooManyRetry', { when, formatParams: { when: { range } } });
}

/** A one-line message for a failed request, for notifications and alerts. */
export function problemMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.network');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status === 412) return t('errors.changedMeanwhile');
  if (error.status === 429) return tooManyMessage(t, error.retryAfterSeconds);
  if (error.status >= 500) return t('errors.server');
  return error.detail || error.title;
}

/** The message for one form field, translated when known. */
export function fieldError(t: TFunction, error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const message = error.forField(field);
  return message === undefined ? undefined : translateFieldMessage(t, message);
}
