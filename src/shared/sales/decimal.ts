/**
 * Decimal numbers of sales lines (quantities, percents) as scaled integers: "1.5" at scale 3 is
 * 1500 thousandths, "7.25" at scale 2 is 725 hundredths. Parsing never goes through a float, so a
 * value with more decimals than its scale is refused instead of rounded.
 */

/** Parses "12", "12.5" or a JSON number into an integer of 10^-scale units; null when not exact. */
export function parseScaledDecimal(value: string | number, scale: number): number | null {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  if (text === null) return null;
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) return null;
  const scaled = Number(match[2]! + fraction.padEnd(scale, '0'));
  if (!Number.isSafeInteger(scaled)) return null;
  return match[1] && scaled !== 0 ? -scaled : scaled;
}

/** The shortest decimal string of a scaled integer: 1500 at scale 3 is "1.5", 2000 is "2". */
export function formatScaledDecimal(scaled: number, scale: number): string {
  const sign = scaled < 0 ? '-' : '';
  const digits = String(Math.abs(scaled)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** Numbers print as their shortest round-trip text; exponents (1e21, 1e-7) are not decimals here. */
function numberToPlainString(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const text = String(value);
  return /e/i.test(text) ? null : text;
}

/** Quantities carry up to three decimals (1.5 hours, 0.125 kg). */
export const QUANTITY_SCALE = 3;
/** Discount and tax percents carry up to two decimals (7.25 %). */
export const PERCENT_SCALE = 2;
