import { minorUnitDigits } from '../lib/money.js';
import type { DocumentLocale } from './document-model.js';

/**
 * Numbers, money and dates as a document prints them in its language. Amounts go to Intl as exact
 * decimal strings, never through a float, so a large amount prints to the last cent.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

function cachedFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = numberFormats.get(key);
  if (!format) {
    format = make();
    numberFormats.set(key, format);
  }
  return format;
}

/** `123456` minor units of a two-digit currency → `"1234.56"`. */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function formatAmount(minor: number, currency: string, locale: DocumentLocale): string {
  const format = cachedFormat(`money:${locale}:${currency}`, () => {
    return new Intl.NumberFormat(locale, { style: 'currency', currency });
  });
  // Intl formats a decimal string exactly (the type declarations lag behind the runtime).
  return format.format(minorToDecimal(minor, currency) as unknown as number);
}

export function formatQuantity(quantity: number, locale: DocumentLocale): string {
  return cachedFormat(
    `qty:${locale}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }),
  ).format(quantity);
}

/** `21` → `"21 %"` or `"21%"` as the language writes it. */
export function formatPercent(percent: number, locale: DocumentLocale): string {
  const format = cachedFormat(
    `pct:${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
  );
  return format.format(percent / 100);
}

const dateFormats = new Map<DocumentLocale, Intl.DateTimeFormat>();

/** `YYYY-MM-DD` → the language's own way of writing a day, read as a calendar day (no time zone). */
const NUMERIC_DATES = new Set<DocumentLocale>(['pl', 'ru']);

export function formatDay(day: string, locale: DocumentLocale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    // Polish and Russian documents date in digits (24.11.2026); their medium style abbreviates
    // the month (24 lis 2026, 24 нояб. 2026 г.), which invoices there do not.
    format = NUMERIC_DATES.has(locale)
      ? new Intl.DateTimeFormat(locale, {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          timeZone: 'UTC',
        })
      : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

const countryNames = new Map<DocumentLocale, Intl.DisplayNames>();

export function countryName(code: string, locale: DocumentLocale): string {
  let names = countryNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    countryNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
