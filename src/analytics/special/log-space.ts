/** Arithmetic on numbers held as logarithms, for likelihoods whose terms under- or overflow. */

/** ln(eᵘ + eᵛ) without overflow; −Infinity operands are exact zeros. */
export function logAddExp(u: number, v: number): number {
  if (u === Number.NEGATIVE_INFINITY) return v;
  if (v === Number.NEGATIVE_INFINITY) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}

/**
 * ln(1 − eᵘ) for u ≤ 0 (Mächler 2012, "Accurately computing log(1 − exp(−|a|))": log(−expm1(u))
 * near 0, log1p(−exp(u)) further out). −Infinity at u = 0, NaN for u > 0.
 */
export function log1mExp(u: number): number {
  if (u > 0) return Number.NaN;
  return u > -Math.LN2 ? Math.log(-Math.expm1(u)) : Math.log1p(-Math.exp(u));
}

/** 1 / (1 + eᵘ), the logistic function of −u, without overflow for large |u|. */
export function logisticOfNegative(u: number): number {
  if (u >= 0) {
    const e = Math.exp(-u);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(u));
}
