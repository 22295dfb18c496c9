/**
 * The logarithm of the gamma function and the log-ratio Γ(x+h)/Γ(x), written so that both stay
 * accurate where the BTYD likelihoods need them: huge arguments (customers with hundreds of
 * purchases), tiny arguments (shape parameters near 0) and ratios whose shift h is tiny.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

// Stirling series coefficients B(2k) / (2k (2k − 1)), k = 1..7; with the argument pushed to ≥ 10 the
// first omitted term is below 1e-17 relative, so seven terms reach double precision.
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156] as const;

const STIRLING_MIN = 10;

/** Stirling's series for ln Γ(x), x ≥ 10. */
function stirling(x: number): number {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  let series = 0;
  let power = inverse;
  for (const coefficient of STIRLING) {
    series += coefficient * power;
    power *= inverseSquared;
  }
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
}

/**
 * ln |Γ(x)| for any real x that is not a pole (Infinity at 0, −1, −2, …; NaN for NaN).
 * Positive arguments below 10 are moved up with Γ(x) = Γ(x + n) / (x (x+1) … (x+n−1)); negative
 * ones use the reflection formula Γ(x) Γ(1 − x) = π / sin(πx).
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x <= 0) {
    if (Number.isInteger(x)) return Number.POSITIVE_INFINITY;
    return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
  }
  if (x >= STIRLING_MIN) return stirling(x);
  // One product instead of a sum of logs: one rounding per factor and a single log call.
  let product = 1;
  let shifted = x;
  while (shifted < STIRLING_MIN) {
    product *= shifted;
    shifted += 1;
  }
  return stirling(shifted) - Math.log(product);
}

/** The sign of Γ(x): +1 for x > 0, alternating between the poles below 0, 0 at a pole. */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/** sin(πx) without the rounding of π·x for large |x| (exact zeros at the integers). */
function sinPi(x: number): number {
  const reduced = x - 2 * Math.floor(x / 2); // in [0, 2)
  if (Number.isInteger(reduced)) return 0;
  return Math.sin(Math.PI * reduced);
}

/** ln(1 + y) / y, equal to 1 at y = 0 and accurate for tiny y. */
export function log1pOverX(y: number): number {
  return y === 0 ? 1 : Math.log1p(y) / y;
}

/** (e^y − 1) / y, equal to 1 at y = 0 and accurate for tiny y. */
export function expm1OverX(y: number): number {
  return y === 0 ? 1 : Math.expm1(y) / y;
}

/**
 * [ln |Γ(x + h)| − ln |Γ(x)|] / h where x and x + h lie between the same poles (NaN otherwise);
 * at h = 0 this is the digamma function ψ(x). Also the accurate way to a ratio Γ(x + h)/Γ(x) of
 * large arguments, whose log-gammas are large and nearly equal.
 * Subtracting two log-gammas would lose every digit when h is tiny; instead the shift and the
 * Stirling series are differenced term by term with log1p/expm1, which keeps full relative accuracy.
 */
export function logGammaDifferenceQuotient(x: number, h: number): number {
  if (x < 0 && x + h < 0 && Math.floor(x) === Math.floor(x + h) && !Number.isInteger(x + h)) {
    return reflectedDifferenceQuotient(x, h);
  }
  if (!(x > 0) || !(x + h > 0)) return Number.NaN;
  // A shift that is large next to x changes ln Γ by much more than its rounding: subtract directly.
  if (Math.abs(h) > 0.5 * Math.min(x, x + h)) return (logGamma(x + h) - logGamma(x)) / h;
  let result = 0;
  let shifted = x;
  while (Math.min(shifted, shifted + h) < STIRLING_MIN) {
    // ln Γ(y) = ln Γ(y+1) − ln y, so the quotient loses ln((y+h)/y)/h = log1p(h/y)/h.
    result -= log1pOverX(h / shifted) / shifted;
    shifted += 1;
  }
  const y = h / shifted;
  // (X+h−½) ln(X+h) − (X−½) ln X − h  =  (X−½) log1p(h/X) + h ln(X+h) − h
  result += ((shifted - 0.5) * log1pOverX(y)) / shifted + Math.log(shifted + h) - 1;
  let power = 1 / shifted;
  const inverseSquared = power * power;
  let order = 1;
  for (const coefficient of STIRLING) {
    // [(X+h)^−n − X^−n] / h = X^−n · expm1(−n log1p(h/X)) / h
    const exponent = -order * Math.log1p(y);
    result += (coefficient * power * expm1OverX(exponent) * -order * log1pOverX(y)) / shifted;
    power *= inverseSquared;
    order += 2;
  }
  return result;
}

/**
 * The same quotient for x, x + h < 0 between the same two poles (so Γ keeps its sign), through
 * Γ(x) = π / (sin(πx) Γ(1 − x)): the sine ratio is cos(πh) + cot(πx) sin(πh) = 1 + u, with
 * u = −2 sin²(πh/2) + cot(πx) sin(πh) small when h is.
 */
function reflectedDifferenceQuotient(x: number, h: number): number {
  const cot = 1 / Math.tan(Math.PI * (x - Math.floor(x)));
  const sinHalf = Math.sin((Math.PI * h) / 2);
  const uOverH = h === 0 ? Math.PI * cot : (-2 * sinHalf * sinHalf + cot * Math.sin(Math.PI * h)) / h;
  const logSineRatio = log1pOverX(uOverH * h) * uOverH;
  return logGammaDifferenceQuotient(1 - x - h, h) - logSineRatio;
}

/** The digamma function ψ(x) = d ln Γ(x) / dx for x > 0. */
export function digamma(x: number): number {
  return logGammaDifferenceQuotient(x, 0);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
