/** Money is an integer amount of minor units plus an ISO 4217 code; never a float. */
export interface Money {
  amount: number;
  currency: string;
}

const minorDigitsCache = new Map<string, number>();

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return Intl.supportedValuesOf('currency').includes(code);
  } catch {
    return false;
  }
}

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorUnitDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

/** Parses a decimal string such as "1234.50" into minor units without going through a float. */
export function parseDecimalToMinor(value: string, currency: string): number | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const digits = minorUnitDigits(currency);
  const fraction = match[3] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(match[2]! + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return match[1] ? -minor : minor;
}

export function formatMoney(money: Money, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(
    money.amount / 10 ** digits,
  );
}
