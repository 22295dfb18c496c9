import { useTranslation } from 'react-i18next';
import { useMemo } from 'react';
import type { Money } from './types.js';

/** How many minor units a currency has (EUR 2, JPY 0, BHD 3), from Intl. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

export const toMinorUnits = (major: number, currency: string) =>
  Math.round(major * 10 ** currencyDigits(currency));

export const toMajorUnits = (minor: number, currency: string) => minor / 10 ** currencyDigits(currency);

export function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['EUR', 'USD', 'GBP', 'BGN', 'PLN', 'RUB', 'BRL', 'CZK'];
  }
}

export interface Formatters {
  locale: string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
  money: (value: Money) => string;
  /** A rate given in percent (20, 9.5) with the locale's sign and spacing: "20%", "9,5 %". */
  percent: (value: number) => string;
  country: (code: string) => string;
  currencyName: (code: string) => string;
}

export function makeFormatters(locale: string, timeZone?: string | null): Formatters {
  const tz = timeZone ?? undefined;
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: tz,
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const currencies = new Intl.DisplayNames([locale], { type: 'currency' });
  return {
    locale,
    // Dates without time (custom date fields) are calendar days: show them as written, in UTC.
    date: (iso) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    number: (value) => numberFormat.format(value),
    money: ({ amount, currency }) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajorUnits(amount, currency)),
    // Percent style multiplies by 100; dividing first would leave 9.5 as 0.09499999….
    percent: (value) => percentFormat.format(Math.round(value * 100) / 10_000),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    currencyName: (code) => {
      try {
        return currencies.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

let timeZoneSetting: string | null = null;
export function setDisplayTimeZone(tz: string | null) {
  timeZoneSetting = tz;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => makeFormatters(locale, timeZoneSetting), [locale]);
}

/** The decimal mark people type in this locale ("," in bg, ru, sk, pt, pl). */
export function useDecimalSeparator(): string {
  const { i18n } = useTranslation();
  return (
    new Intl.NumberFormat(i18n.language).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ??
    '.'
  );
}
