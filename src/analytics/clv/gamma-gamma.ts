/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", J. Marketing Research 42(4); Fader & Hardie 2013,
 * "The Gamma-Gamma Model of Monetary Value"). A customer's transaction values are Gamma(p, ν) with
 * ν ~ Gamma(q, γ) across customers, independent of the purchase process. For a customer with x
 * repeat transactions of mean value m̄, the likelihood of m̄ is
 *   f(m̄ | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m̄^(px−1) x^(px) / (γ + m̄x)^(px+q),
 * and the expected spend per transaction is
 *   E[M | p, q, γ, m̄, x] = p (γ + m̄x) / (px + q − 1)
 *                        = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m̄,
 * a weighted average of the population mean pγ/(q−1) and the customer's own mean.
 */
import { logGamma } from '../special/log-gamma.js';
import { fitPositiveParameters } from './log-parameter-fit.js';
import type { FitInfo } from './log-parameter-fit.js';

export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/** A repeat buyer: x > 0 repeat transactions with mean value m̄ > 0. */
export interface SpendPoint {
  readonly frequency: number;
  readonly monetary: number;
}

/** Spend data arranged for repeated likelihood evaluations: logs taken once, x tabulated. */
interface PreparedSpend {
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  /** Σ over customers of ln m̄ and of x ln x + x ln m̄, the parts of (px−1) ln m̄ + px ln x that are linear in p. */
  readonly sumLogMonetary: number;
  readonly sumPLinear: number;
  readonly distinctFrequencies: readonly number[];
  /** How many customers have each distinct frequency. */
  readonly frequencyCounts: readonly number[];
}

function prepare(data: readonly SpendPoint[]): PreparedSpend {
  const counts = new Map<number, number>();
  let sumLogMonetary = 0;
  let sumPLinear = 0;
  for (const { frequency: x, monetary: m } of data) {
    counts.set(x, (counts.get(x) ?? 0) + 1);
    sumLogMonetary += Math.log(m);
    sumPLinear += x * (Math.log(x) + Math.log(m));
  }
  return {
    frequency: Float64Array.from(data, (point) => point.frequency),
    monetary: Float64Array.from(data, (point) => point.monetary),
    sumLogMonetary,
    sumPLinear,
    distinctFrequencies: [...counts.keys()],
    frequencyCounts: [...counts.values()],
  };
}

/**
 * Σ ln f(m̄ᵢ | p, q, γ, xᵢ). The log-gamma terms depend on x only and are summed per distinct x, and
 * the terms linear in p are pre-summed, so a customer costs one logarithm.
 */
function preparedLogLikelihood(params: GammaGammaParams, data: PreparedSpend): number {
  const { p, q, gamma } = params;
  const n = data.frequency.length;
  let total = n * (q * Math.log(gamma) - logGamma(q)) - data.sumLogMonetary + p * data.sumPLinear;
  data.distinctFrequencies.forEach((x, i) => {
    total += data.frequencyCounts[i]! * (logGamma(p * x + q) - logGamma(p * x));
  });
  for (let i = 0; i < n; i++) {
    const x = data.frequency[i]!;
    total -= (p * x + q) * Math.log(gamma + data.monetary[i]! * x);
  }
  return total;
}

export function gammaGammaLogLikelihood(params: GammaGammaParams, data: readonly SpendPoint[]): number {
  return preparedLogLikelihood(params, prepare(data));
}

/**
 * E[M | m̄, x]; for x = 0 the population mean pγ/(q−1), which exists only when q > 1 (NaN otherwise:
 * with q ≤ 1 the fitted spend distribution has no finite mean).
 */
export function gammaGammaExpectedSpend(
  params: GammaGammaParams,
  frequency: number,
  monetary: number,
): number {
  const { p, q, gamma } = params;
  const denominator = p * frequency + q - 1;
  if (!(denominator > 0)) return Number.NaN;
  return (p * (gamma + monetary * frequency)) / denominator;
}

export interface GammaGammaFit {
  readonly params: GammaGammaParams;
  readonly logLikelihood: number;
  readonly customers: number;
  readonly fit: FitInfo;
}

/**
 * Maximum likelihood. Starting values match the mean spend: with E[M] = pγ/(q−1),
 * γ = m̄·(q−1)/p for a few (p, q).
 */
export function fitGammaGamma(data: readonly SpendPoint[]): GammaGammaFit {
  if (data.length === 0) throw new RangeError('the Gamma-Gamma model needs at least one repeat buyer');
  const meanSpend = data.reduce((sum, point) => sum + point.monetary, 0) / data.length;
  const starts = [
    [1, 2],
    [5, 4],
    [0.5, 1.5],
  ].map(([p, q]) => ({ p: p!, q: q!, gamma: (meanSpend * (q! - 1)) / p! }));
  const prepared = prepare(data);
  const { params, fit } = fitPositiveParameters(
    ['p', 'q', 'gamma'],
    (g) => -preparedLogLikelihood(g, prepared) / data.length,
    starts,
  );
  return { params, logLikelihood: preparedLogLikelihood(params, prepared), customers: data.length, fit };
}
