import { minorUnitDigits } from '../../lib/money.js';

/**
 * Converting money between currencies without floats. A rate is a decimal string: what one unit of
 * a currency is worth in the workspace's currency ("1.95583" for EUR in BGN). Amounts are minor
 * units; the result is rounded half away from zero once, at the end.
 */

export const RATE_PATTERN = /^(\d{1,9})(?:\.(\d{1,10}))?$/;

/** A rate as an integer numerator over 10^scale, or null when it is not a positive decimal. */
export function parseRate(rate: string): { numerator: bigint; scale: number } | null {
  const match = RATE_PATTERN.exec(rate);
  if (!match) return null;
  const fraction = match[2] ?? '';
  const numerator = BigInt(match[1]! + fraction);
  return numerator > 0n ? { numerator, scale: fraction.length } : null;
}

function divideHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * `amount` minor units of `from` in minor units of `to`, at `rate` (one `from` in `to`). Null when the
 * rate is not a valid positive decimal.
 */
export function convertMinor(amount: number, from: string, to: string, rate: string): number | null {
  if (from === to) return amount;
  const parsed = parseRate(rate);
  if (!parsed) return null;
  const numerator = BigInt(amount) * parsed.numerator * 10n ** BigInt(minorUnitDigits(to));
  const denominator = 10n ** BigInt(parsed.scale + minorUnitDigits(from));
  return Number(divideHalfAwayFromZero(numerator, denominator));
}

export interface ConvertedTotal {
  /** The sum in the target currency, of the amounts that could be converted. */
  amount: number;
  currency: string;
  /** Whether any amount in another currency was converted into it. */
  converted: boolean;
  /** Currencies without a rate, whose amounts are left out of `amount`. */
  missingRates: string[];
}

/** Sums amounts of several currencies in one, at the given rates (currency → rate to `to`). */
export function sumInCurrency(
  amounts: readonly { amount: number; currency: string }[],
  to: string,
  rates: ReadonlyMap<string, string>,
): ConvertedTotal {
  let total = 0;
  let converted = false;
  const missing = new Set<string>();
  for (const { amount, currency } of amounts) {
    if (currency === to) {
      total += amount;
      continue;
    }
    const rate = rates.get(currency);
    const value = rate === undefined ? null : convertMinor(amount, currency, to, rate);
    if (value === null) missing.add(currency);
    else {
      total += value;
      converted = true;
    }
  }
  return { amount: total, currency: to, converted, missingRates: [...missing].sort() };
}
