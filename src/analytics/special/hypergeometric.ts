/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1 (and z = 1
 * when it converges), as needed by the Pareto/NBD likelihood and the BG/NBD conditional expectation.
 *
 * Strategy (Abramowitz & Stegun 15.1.1, 15.3.4, 15.3.6; see docs/analytics-clv.md):
 * - 0 ≤ z ≤ ½: the Gauss series, summed until a bound on the remaining tail is below 1e-16.
 * - z < 0: Pfaff's transformation maps z to z/(z − 1) ∈ (0, 1).
 * - ½ < z ≤ 0.99 with a = 1 (the Pareto/NBD case): the incomplete-beta continued fraction.
 * - ½ < z < 1 otherwise, after Euler's transformation has made c − a − b ≥ 0: the plain series when
 *   it is cheap, else the 1 − z connection formula (A&S 15.3.6), whose series converge at least as
 *   fast as 2⁻ⁿ. Near an integer c − a − b that formula's halves blow up and cancel, so there it is
 *   used in a rewritten form that pairs them term by term (the logarithmic case at the integer).
 *   Every route reports how much it cancelled; one that loses more than two digits gives way to the
 *   next, finally to the Gauss series in z, which always converges for z < 1, if slowly near 1.
 */
import { expm1OverX, gammaSign, log1pOverX, logGamma, logGammaDifferenceQuotient } from './log-gamma.js';

const TOLERANCE = 1e-16;
/** The 1 − z formula is accepted when the cancellation between its halves costs less than this factor. */
const MAX_CANCELLATION = 1e2;
/** Up to this many terms the plain series is tried first when it is also the cheaper route. */
const CHEAP_SERIES = 1500;
/** Upper bound on series terms (about 5 ms): enough for 1e-16 at z = 1 − 4e-5 by the direct series. */
const MAX_TERMS = 1_000_000;
/** In w = 1 − z ≤ ½ the transformed series need ~60 terms unless the parameters are in the hundreds. */
const MAX_TAIL_TERMS = 20_000;

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

interface SeriesResult {
  readonly sum: number;
  /** Largest |term| seen, including the leading 1: sum/largest shows how much cancellation took place. */
  readonly largest: number;
  readonly converged: boolean;
}

/**
 * The index from which the term ratio z·f(n), f(n) = (n+a)(n+b)/((n+c)(n+1)), is monotone on its way
 * to z, so that the largest remaining ratio is max(current ratio, |z|). f(n) − 1 = (An + B)/((n+c)(n+1))
 * with A = a+b−c−1, B = ab−c changes sign once, at −B/A; when A > 0 it peaks once, at the larger root
 * of An² + 2Bn + B(c+1) − Ac, and decreases afterwards.
 */
function monotoneFrom(a: number, b: number, c: number): number {
  const positiveFactors = Math.max(0, -a, -b, -c) + 2;
  const slope = a + b - c - 1;
  const offset = a * b - c;
  let start = positiveFactors;
  if (slope !== 0) start = Math.max(start, -offset / slope + 1);
  if (slope > 0) {
    const discriminant = offset * offset - slope * (offset * (c + 1) - slope * c);
    start = Math.max(start, (-offset + Math.sqrt(Math.max(0, discriminant))) / slope + 1);
  }
  return Math.ceil(start);
}

/**
 * Σ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ for |z| < 1 (or a terminating series for any z). Once the term ratio is
 * monotone (see {@link monotoneFrom}) the tail after a term t is at most |t|·ρ/(1 − ρ), ρ = max(ratio, |z|),
 * and the sum stops when that bound falls below 1e-16 of the sum.
 */
export function gaussSeries(a: number, b: number, c: number, z: number, maxTerms = MAX_TERMS): SeriesResult {
  let term = 1;
  let sum = 1;
  let largest = 1;
  const settled = monotoneFrom(a, b, c);
  for (let n = 0; n < maxTerms; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    const size = Math.abs(term);
    if (size > largest) largest = size;
    if (term === 0) return { sum, largest, converged: true };
    if (n >= settled) {
      const rho = Math.max(Math.abs(ratio), Math.abs(z));
      if (rho < 1 && (size * rho) / (1 - rho) <= TOLERANCE * Math.abs(sum)) {
        return { sum, largest, converged: true };
      }
    }
  }
  return { sum, largest, converged: false };
}

/**
 * ln |Γ(p)/Γ(q)| for p, q > 0: through the difference quotient when p and q are close, since
 * subtracting two large, nearly equal log-gammas would lose digits (ln Γ(300) ≈ 1,400).
 */
function logGammaQuotient(p: number, q: number): number {
  if (p > 0 && q > 0 && Math.abs(p - q) <= 0.5 * Math.min(p, q)) {
    return p === q ? 0 : (p - q) * logGammaDifferenceQuotient(q, p - q);
  }
  return logGamma(p) - logGamma(q);
}

/**
 * Π Γ(numerator) / Π Γ(denominator) through logarithms (no overflow); a pole in the denominator
 * gives 0. Each numerator argument is paired with the nearest denominator argument so that their
 * ratio is computed as one accurate quotient.
 */
function gammaRatio(numerator: readonly number[], denominator: readonly number[]): number {
  let sign = 1;
  for (const x of denominator) {
    const s = gammaSign(x);
    if (s === 0) return 0;
    sign *= s;
  }
  for (const x of numerator) {
    const s = gammaSign(x);
    if (s === 0) return Number.NaN;
    sign *= s;
  }
  const unpaired = [...denominator];
  let log = 0;
  for (const p of numerator) {
    let nearest = -1;
    for (let i = 0; i < unpaired.length; i++) {
      if (nearest === -1 || Math.abs(unpaired[i]! - p) < Math.abs(unpaired[nearest]! - p)) nearest = i;
    }
    if (nearest === -1) {
      log += logGamma(p);
    } else {
      log += logGammaQuotient(p, unpaired[nearest]!);
      unpaired.splice(nearest, 1);
    }
  }
  for (const q of unpaired) log -= logGamma(q);
  return sign * Math.exp(log);
}

/** A polynomial case: a or b is 0, −1, −2, …, so the series stops by itself (valid for any z). */
function terminatingSeries(a: number, b: number, c: number, z: number): number {
  const degree = -Math.max(isNonPositiveInteger(a) ? a : -Infinity, isNonPositiveInteger(b) ? b : -Infinity);
  if (isNonPositiveInteger(c) && -c < degree) return Number.NaN; // (c)ₙ reaches 0 before the series ends
  let term = 1;
  let sum = 1;
  for (let n = 0; n < degree; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
  }
  return sum;
}

/** ₂F₁ at z = 1 (Gauss's summation theorem): finite only when c − a − b > 0. */
function atOne(a: number, b: number, c: number): number {
  if (c - a - b <= 0) return Number.POSITIVE_INFINITY;
  return gammaRatio([c, c - a - b], [c - a, c - b]);
}

interface Candidate {
  readonly value: number;
  /** Sum of the magnitudes of everything that was added up: |value| / scale measures the cancellation. */
  readonly scale: number;
}

/** A&S 15.3.6 for c − a − b = ε not near an integer, in w = 1 − z ≤ ½. */
function connectionFormula(a: number, b: number, c: number, w: number): Candidate | undefined {
  const excess = c - a - b;
  const first = gaussSeries(a, b, 1 - excess, w);
  const second = gaussSeries(c - a, c - b, 1 + excess, w);
  if (!first.converged || !second.converged) return undefined;
  const firstFactor = gammaRatio([c, excess], [c - a, c - b]);
  const secondFactor = gammaRatio([c, -excess], [a, b]) * Math.pow(w, excess);
  return {
    value: firstFactor * first.sum + secondFactor * second.sum,
    scale: Math.abs(firstFactor) * first.largest + Math.abs(secondFactor) * second.largest,
  };
}

/**
 * A&S 15.3.6 rewritten for ε = c − a − b = m + δ, m = 0, 1, 2, …, |δ| ≤ 0.1 (w = 1 − z ≤ ½).
 * Near an integer both halves of 15.3.6 grow like 1/δ and cancel. Splitting the first series at n = m
 * and pairing its tail with the second series term by term gives, exactly,
 *   F = Γ(c)Γ(ε)/(Γ(a+ε)Γ(b+ε)) Σ_{n<m} (a)ₙ(b)ₙ/(n!(1−ε)ₙ) wⁿ
 *     + (−1)^m · πδ/sin(πδ) · Γ(c)Γ(a+m)Γ(b+m) wᵐ / (Γ(a)Γ(b)Γ(a+ε)Γ(b+ε)m!Γ(1−δ))
 *       · Σ_k w^k (X_k/X_0) q_k (1 − e^{−δq_k})/(δq_k),
 * X_k/X_0 = (a+m)_k (b+m)_k / ((m+1)_k (1−δ)_k),
 * q_k = −ln w + ψ_δ(k+1, −δ) + ψ_δ(m+k+1, δ) − ψ_δ(a+m+k, δ) − ψ_δ(b+m+k, δ),
 * with ψ_δ(x, h) = [ln Γ(x+h) − ln Γ(x)]/h. No term is singular at δ = 0, where this reduces to
 * A&S 15.3.10–15.3.11 (the logarithmic cases).
 */
function integerNeighbourhood(a: number, b: number, c: number, w: number): Candidate | undefined {
  const excess = c - a - b;
  const m = Math.round(excess);
  const delta = excess - m;
  let headSum = 0;
  let headScale = 0;
  let term = 1;
  for (let n = 0; n < m; n++) {
    headSum += term;
    headScale += Math.abs(term);
    term *= ((a + n) * (b + n) * w) / ((1 - excess + n) * (n + 1));
  }
  const headFactor = m > 0 ? gammaRatio([c, excess], [a + excess, b + excess]) : 0;
  const sigma = delta === 0 ? 1 : (Math.PI * delta) / Math.sin(Math.PI * delta);
  const tailFactor =
    (m % 2 === 0 ? 1 : -1) *
    sigma *
    Math.pow(w, m) *
    gammaRatio([c, a + m, b + m], [a, b, a + excess, b + excess, m + 1, 1 - delta]);
  const logW = Math.log(w);
  // ψ_δ(x+1, h) = ψ_δ(x, h) + log1p(h/x)/h, so the four quotients advance with one log1p each.
  const arguments_ = [1, m + 1, a + m, b + m];
  const shifts = [-delta, delta, delta, delta];
  const quotients = arguments_.map((x, i) => logGammaDifferenceQuotient(x, shifts[i]!));
  let tailSum = 0;
  let tailScale = 0;
  let ratio = 1; // w^k X_k / X_0
  for (let k = 0; ; k++) {
    if (k === MAX_TAIL_TERMS) return undefined;
    const q = -logW + quotients[0]! + quotients[1]! - quotients[2]! - quotients[3]!;
    const contribution = ratio * q * expm1OverX(-delta * q);
    if (!Number.isFinite(contribution)) return undefined;
    tailSum += contribution;
    tailScale += Math.abs(contribution);
    ratio *= ((a + m + k) * (b + m + k) * w) / ((m + k + 1) * (k + 1 - delta));
    for (let i = 0; i < 4; i++) {
      const x = arguments_[i]! + k;
      quotients[i]! += log1pOverX(shifts[i]! / x) / x;
    }
    // Once the Pochhammer factors are positive the ratio of successive terms tends to w ≤ ½ and q
    // changes only like ln k, so the series ends when the next X-ratio (times a margin for q) is negligible.
    const bound = Math.abs(ratio) * (Math.abs(q) - logW + 1);
    if (k > -a - m && k > -b - m && bound <= 1e-17 * Math.abs(tailSum)) break;
  }
  return {
    value: headFactor * headSum + tailFactor * tailSum,
    scale: Math.abs(headFactor) * headScale + Math.abs(tailFactor) * tailScale,
  };
}

/** A route's answer is kept when it lost at most two digits to cancellation. */
function acceptable(candidate: Candidate): boolean {
  return Number.isFinite(candidate.value) && candidate.scale <= MAX_CANCELLATION * Math.abs(candidate.value);
}

/**
 * Roughly how many Gauss-series terms reach full precision at z: the terms fall like n^(−ε−1) zⁿ with
 * ε = c − a − b ≥ 0, so whichever of the geometric or the algebraic decay is faster decides.
 */
function directSeriesCost(excess: number, z: number): number {
  const geometric = Math.log(TOLERANCE) / Math.log(z);
  const algebraic = excess > 0 ? Math.pow(TOLERANCE, -1 / excess) : Number.POSITIVE_INFINITY;
  return Math.min(geometric, algebraic);
}

/**
 * ½ < z < 1, with c − a − b ≥ 0 (the caller applies Euler's transformation otherwise). The cheapest
 * well-conditioned route wins; when every route cancels (large parameters of mixed signs, far from
 * anything the BTYD models produce) the least-cancelling answer is returned.
 */
function nearOne(a: number, b: number, c: number, z: number): number {
  const excess = c - a - b;
  const candidates: Candidate[] = [];
  // The transformed series converge like wⁿ, w = 1 − z, but cost a dozen log-gammas (≈ 30 terms).
  const transformedCost = (2 * Math.log(TOLERANCE)) / Math.log(1 - z) + 30;
  if (directSeriesCost(excess, z) <= Math.min(CHEAP_SERIES, transformedCost)) {
    const direct = gaussSeries(a, b, c, z, 4 * CHEAP_SERIES);
    if (direct.converged) candidates.push({ value: direct.sum, scale: direct.largest });
  }
  if (candidates.length === 0 || !acceptable(candidates[0]!)) {
    const nearInteger = Math.abs(excess - Math.round(excess)) <= 0.1;
    const transformed = nearInteger
      ? integerNeighbourhood(a, b, c, 1 - z)
      : connectionFormula(a, b, c, 1 - z);
    if (transformed !== undefined && Number.isFinite(transformed.value)) candidates.push(transformed);
  }
  if (!candidates.some(acceptable)) {
    // Terms decay like n^(a+b−c−1) zⁿ with c − a − b ≥ 0: slow near 1, but it always converges.
    const direct = gaussSeries(a, b, c, z);
    if (direct.converged) candidates.push({ value: direct.sum, scale: direct.largest });
  }
  let best = Number.NaN;
  let bestCancellation = Number.POSITIVE_INFINITY;
  for (const { value, scale } of candidates) {
    const cancellation = scale / Math.abs(value);
    if (cancellation < bestCancellation) [best, bestCancellation] = [value, cancellation];
  }
  return best;
}

/** Up to this z the continued fraction below needs at most ~90 steps (about 7.6/√(1 − z)). */
const FRACTION_MAX_Z = 0.99;

/**
 * ₂F₁(1, b; c; z) for c > 1 and 0 ≤ z < 1 by the continued fraction of the incomplete beta function
 * (DLMF 8.17.22, evaluated with the modified Lentz method): with p = c − 1 and q = b − c + 1,
 * ₂F₁(1, b; c; z) = p z^−p (1−z)^−q B_z(p, q), and the prefactors of that fraction cancel exactly, so
 * its value is the function itself. Near z = 1 it converges far faster than the power series (the
 * Pareto/NBD likelihood evaluates this function thousands of times per step); undefined when it
 * does not converge within the step budget.
 */
function unitParameterFraction(b: number, c: number, z: number): number | undefined {
  const tiny = 1e-300;
  const p = c - 1;
  const q = b - c + 1;
  const guard = (x: number): number => (Math.abs(x) < tiny ? tiny : x);
  let numerator = 1;
  let denominator = 1 / guard(1 - ((p + q) * z) / (p + 1));
  let value = denominator;
  for (let m = 1; m <= 400; m++) {
    const twoM = 2 * m;
    // Even step d₂ₘ = m(q−m)z / ((p+2m−1)(p+2m)), odd step d₂ₘ₊₁ = −(p+m)(p+q+m)z / ((p+2m)(p+2m+1)).
    const even = (m * (q - m) * z) / ((p + twoM - 1) * (p + twoM));
    denominator = 1 / guard(1 + even * denominator);
    numerator = guard(1 + even / numerator);
    value *= denominator * numerator;
    const odd = (-(p + m) * (p + q + m) * z) / ((p + twoM) * (p + twoM + 1));
    denominator = 1 / guard(1 + odd * denominator);
    numerator = guard(1 + odd / numerator);
    const step = denominator * numerator;
    value *= step;
    if (Math.abs(step - 1) <= 1e-16) return value;
  }
  return undefined;
}

/**
 * ₂F₁(a, b; c; z) for real a, b, c and real z ≤ 1. Returns NaN where the function is undefined
 * (c a non-positive integer without an earlier termination, z > 1) and Infinity where it diverges
 * at z = 1.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (![a, b, c, z].every(Number.isFinite)) return Number.NaN;
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return terminatingSeries(a, b, c, z);
  if (isNonPositiveInteger(c) || z > 1) return Number.NaN;
  if (z === 0) return 1;
  if (z === 1) return atOne(a, b, c);
  if (z < 0) {
    // Pfaff: ₂F₁(a,b;c;z) = (1−z)^(−a) ₂F₁(a, c−b; c; z/(z−1)); transform on the parameter of smaller
    // size so that the prefactor and the new series stay moderate.
    const [small, large] = Math.abs(a) <= Math.abs(b) ? [a, b] : [b, a];
    return Math.exp(-small * Math.log1p(-z)) * hyp2f1(small, c - large, c, z / (z - 1));
  }
  if (z <= 0.5) {
    const series = gaussSeries(a, b, c, z);
    return series.converged ? series.sum : Number.NaN;
  }
  const other = a === 1 ? b : a;
  // The fraction stays accurate (≤ 3e-14 in a sweep against the series) when q = other − c + 1 < 1,
  // whatever z, and otherwise for z < (p+1)/(p+q+2) = c/(other+1) (Numerical Recipes §6.4); beyond
  // that it loses digits, and the general route takes over.
  const fractionFits = other < c || z < c / (other + 1);
  if ((a === 1 || b === 1) && c > 1 && z <= FRACTION_MAX_Z && fractionFits) {
    const fraction = unitParameterFraction(other, c, z);
    if (fraction !== undefined && Number.isFinite(fraction)) return fraction;
  }
  // Euler: ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a, c−b; c; z) makes c − a − b non-negative.
  if (c - a - b < 0) return Math.pow(1 - z, c - a - b) * nearOne(c - a, c - b, c, z);
  return nearOne(a, b, c, z);
}
