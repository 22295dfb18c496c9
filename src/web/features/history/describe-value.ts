import type { TFunction } from 'i18next';
import type { Formatters } from '../../lib/format.js';
import type { Money } from '../../lib/types.js';

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && 'amount' in value && 'currency' in value;

/** Before/after values in words: money in the user's format, lists joined, emails by address. */
export function describeValue(value: unknown, fmt: Formatters, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return fmt.number(value);
  if (isMoney(value)) return fmt.money(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) => {
        if (typeof item !== 'object' || item === null) return String(item);
        const record = item as Record<string, unknown>;
        const name = record.email ?? record.number ?? record.name;
        return typeof name === 'string' ? name : JSON.stringify(item);
      })
      .join(', ');
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return fmt.dateTime(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return fmt.date(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
