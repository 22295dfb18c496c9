import { AppError, type FieldError } from '../../lib/errors.js';
import { isIsoDay } from '../../lib/dates.js';
import { isCurrencyCode } from '../../lib/money.js';
import type { CustomField } from './custom-fields.schemas.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()./-]{4,32}$/;

/** Checks one value against its field's type; returns the value to store or an error message. */
function checkValue(
  field: CustomField,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const choices = field.choices.map((c) => c.value);
  switch (field.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 10_000
        ? { ok: true, value }
        : { ok: false, message: 'must be text' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, message: 'must be a number' };
    case 'boolean':
      return typeof value === 'boolean'
        ? { ok: true, value }
        : { ok: false, message: 'must be true or false' };
    case 'date':
      return typeof value === 'string' && isIsoDay(value)
        ? { ok: true, value }
        : { ok: false, message: 'must be a date (YYYY-MM-DD)' };
    case 'url':
      return typeof value === 'string' && URL.canParse(value) && /^https?:/.test(value)
        ? { ok: true, value }
        : { ok: false, message: 'must be an http(s) URL' };
    case 'email':
      return typeof value === 'string' && EMAIL.test(value)
        ? { ok: true, value: value.trim() }
        : { ok: false, message: 'must be an email address' };
    case 'phone':
      return typeof value === 'string' && PHONE.test(value)
        ? { ok: true, value: value.trim() }
        : { ok: false, message: 'must be a phone number' };
    case 'select':
      return typeof value === 'string' && choices.includes(value)
        ? { ok: true, value }
        : { ok: false, message: `must be one of: ${choices.join(', ')}` };
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && choices.includes(v))
        ? { ok: true, value: [...new Set(value as string[])] }
        : { ok: false, message: `must be a list of: ${choices.join(', ')}` };
    case 'money': {
      const money = value as { amount?: unknown; currency?: unknown };
      return typeof value === 'object' &&
        value !== null &&
        Number.isSafeInteger(money.amount) &&
        typeof money.currency === 'string' &&
        isCurrencyCode(money.currency)
        ? { ok: true, value: { amount: money.amount, currency: money.currency } }
        : { ok: false, message: 'must be {"amount": integer minor units, "currency": ISO 4217 code}' };
    }
  }
}

/**
 * Stored values as the current definitions read them. A value whose field was deleted, or which an
 * earlier definition of the same key accepted (text where a URL is now expected), is left out rather
 * than shown, exported or sorted as if it were valid.
 */
export function currentCustomValues(fields: CustomField[], stored: Record<string, unknown>) {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    if (!Object.hasOwn(stored, field.key)) continue;
    const checked = checkValue(field, stored[field.key]);
    if (checked.ok) result[field.key] = checked.value;
  }
  return result;
}

/**
 * Merges incoming custom values over the stored ones and validates every field. `null` clears a value.
 * All problems are reported at once, each naming its field as `custom.<key>`.
 */
export function mergeCustomValues(
  fields: CustomField[],
  stored: Record<string, unknown>,
  incoming: Record<string, unknown> | undefined,
) {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const result = currentCustomValues(fields, stored);
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(incoming ?? {})) {
    const field = byKey.get(key);
    if (!field) {
      errors.push({ field: `custom.${key}`, message: 'is not a custom field of this object' });
      continue;
    }
    if (value === null || value === '') {
      delete result[key];
      continue;
    }
    const checked = checkValue(field, value);
    if (checked.ok) result[key] = checked.value;
    else errors.push({ field: `custom.${key}`, message: checked.message });
  }
  for (const field of fields) {
    if (field.required && result[field.key] === undefined)
      errors.push({ field: `custom.${field.key}`, message: 'is required' });
  }
  if (errors.length)
    throw new AppError('validation', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  return result;
}
