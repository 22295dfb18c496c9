/**
 * Exact money arithmetic for the transaction analytics.
 *
 * Amounts are held as a bigint count of millionths of the currency unit ("micros"). Prices in real
 * files carry more than two decimals (Online Retail has unit prices such as 0.001), so whole cents
 * would not be exact, and summing binary floats drifts after a few hundred thousand rows. Six
 * decimals keep quantity × price exact whenever the two inputs have six decimals between them;
 * anything finer is rounded half away from zero at the sixth decimal.
 */
export type Micros = bigint;

const MICRO_DIGITS = 6;
const MAX_EXPONENT = 30;
const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** value = mantissa × 10^-scale; the scale is negative for inputs such as `5e3`. */
export interface ExactDecimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

/** Parses a plain or scientific decimal (`12`, `-0.5`, `2.55`, `1.5e3`); undefined when it is not one. */
export function parseExactDecimal(text: string): ExactDecimal | undefined {
  const fast = parseShortDecimal(text);
  if (fast) return fast;
  const match = DECIMAL_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponentText] = match;
  if (whole === '' && fraction === '') return undefined;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  // A huge exponent would make 10n ** shift allocate an enormous number; no price needs it.
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const mantissa = BigInt(whole + fraction);
  return { mantissa: sign === '-' ? -mantissa : mantissa, scale: fraction.length - exponent };
}

/**
 * The common case, `[-]digits[.digits]` with at most 15 digits, read without a regular expression
 * or BigInt(string): this runs for every number of every row, and is several times faster.
 */
function parseShortDecimal(text: string): ExactDecimal | undefined {
  const length = text.length;
  let index = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45) {
    negative = true;
    index = 1;
  }
  let digits = 0;
  let mantissa = 0;
  let scale = 0;
  let seenPoint = false;
  for (; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
      if (seenPoint) scale += 1;
    } else if (code === 46 && !seenPoint) {
      seenPoint = true;
    } else {
      return undefined;
    }
  }
  // 15 digits keep the mantissa an exact double; longer inputs take the general path.
  if (digits === 0 || digits > 15) return undefined;
  return { mantissa: BigInt(negative ? -mantissa : mantissa), scale };
}

/** Converts to micros, rounding half away from zero below the sixth decimal. */
export function toMicros(value: ExactDecimal): Micros {
  const shift = MICRO_DIGITS - value.scale;
  if (shift >= 0) return value.mantissa * powerOfTen(shift);
  return divideRounded(value.mantissa, powerOfTen(-shift));
}

const POWERS_OF_TEN = Array.from(
  { length: 2 * MAX_EXPONENT + 2 * MICRO_DIGITS + 1 },
  (_, n) => 10n ** BigInt(n),
);

function powerOfTen(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

/** The exact product of two decimals, in micros. */
export function multiplyToMicros(a: ExactDecimal, b: ExactDecimal): Micros {
  return toMicros({ mantissa: a.mantissa * b.mantissa, scale: a.scale + b.scale });
}

/** Formats micros with a fixed number of decimals (default 2), rounding half away from zero. */
export function formatMicros(micros: Micros, decimals = 2): string {
  const rounded = divideRounded(micros, powerOfTen(MICRO_DIGITS - decimals));
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The JSON number nearest to the amount rounded to cents (e.g. 8911407.9 for 8,911,407.904). */
export function microsToCents(micros: Micros): number {
  return Number(formatMicros(micros, 2));
}

function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
