/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987, Management Science 33(1)): while active
 * a customer buys as a Poisson process with rate λ ~ Gamma(r, α); the lifetime is exponential with
 * rate μ ~ Gamma(s, β).
 *
 * Likelihood in the form of Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions":
 *   L = Γ(r+x) αʳ βˢ / Γ(r) · { 1/((α+T)^(r+x) (β+T)ˢ) + s/(r+s+x) · A₀ },
 * where, for α ≥ β,
 *   A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^(r+s+x) − (same with T for t_x),
 * and, for α < β,
 *   A₀ = ₂F₁(r+s+x, r+x; r+s+x+1; (β−α)/(β+t_x)) / (β+t_x)^(r+s+x) − (same with T for t_x).
 * A₀ is (r+s+x) ∫ from t_x to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, which the tests use as a check.
 */
import { hyp2f1 } from '../special/hypergeometric.js';
import { expm1OverX, logGamma } from '../special/log-gamma.js';
import { log1mExp, logAddExp, logisticOfNegative } from '../special/log-space.js';
import type { BtydModel } from './btyd-model.js';
import { fitPositiveParameters } from './log-parameter-fit.js';
import type { FitInfo } from './log-parameter-fit.js';
import { meanPurchaseRate } from './rf-groups.js';
import type { RfGroups, RfPoint } from './rf-groups.js';

export interface ParetoNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly s: number;
  readonly beta: number;
}

/**
 * ln of one A₀ term at time t (t_x or T). Euler's transformation moves the factor that blows up as
 * z → 1 out of ₂F₁ and into logarithms, leaving ₂F₁(1, ·; r+s+x+1; z), which is bounded near z = 1:
 *   α ≥ β: −(r+x) ln(α+t) − s ln(β+t) + ln ₂F₁(1, r+x; r+s+x+1; (α−β)/(α+t)),
 *   α < β: (1−r−x) ln(α+t) − (s+1) ln(β+t) + ln ₂F₁(1, s+1; r+s+x+1; (β−α)/(β+t)).
 */
function logA0Term(params: ParetoNbdParams, x: number, t: number): number {
  const { r, alpha, s, beta } = params;
  const c = r + s + x + 1;
  if (alpha >= beta) {
    const f = hyp2f1(1, r + x, c, (alpha - beta) / (alpha + t));
    return -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t) + Math.log(f);
  }
  const f = hyp2f1(1, s + 1, c, (beta - alpha) / (beta + t));
  return (1 - r - x) * Math.log(alpha + t) - (s + 1) * Math.log(beta + t) + Math.log(f);
}

interface LogParts {
  /** ln of 1/((α+T)^(r+x) (β+T)ˢ): the customer is still alive at T. */
  readonly alive: number;
  /** ln of s/(r+s+x) · A₀: the customer died between t_x and T. */
  readonly died: number;
}

/** Combines the two A₀ terms: A₀ = e^atRecency − e^atAge ≥ 0, exactly 0 when t_x = T. */
function combine(params: ParetoNbdParams, customer: RfPoint, atRecency: number, atAge: number): LogParts {
  const { r, alpha, s, beta } = params;
  const { frequency: x, age } = customer;
  const alive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
  // Rounding can put atAge a hair above atRecency when t_x ≈ T; A₀ is then 0 to working precision.
  const died =
    atAge < atRecency
      ? Math.log(s) - Math.log(r + s + x) + atRecency + log1mExp(atAge - atRecency)
      : Number.NEGATIVE_INFINITY;
  return { alive, died };
}

function logParts(params: ParetoNbdParams, customer: RfPoint): LogParts {
  const { frequency: x, recency, age } = customer;
  return combine(params, customer, logA0Term(params, x, recency), logA0Term(params, x, age));
}

/**
 * Total log-likelihood of grouped customers. Everything that depends on (x, t) only, including the
 * ₂F₁ terms, is computed once per distinct pair; each group then costs two exp/log pairs.
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, data: RfGroups): number {
  const { r, alpha, s, beta } = params;
  const constant = r * Math.log(alpha) + s * Math.log(beta) - logGamma(r);
  const byFrequency = Array.from(data.distinctFrequencies, (x) => ({
    logGammaRx: logGamma(r + x),
    deathWeight: Math.log(s) - Math.log(r + s + x),
  }));
  const a0Terms = data.pointTime.map((t, i) => logA0Term(params, data.pointFrequency[i]!, t));
  const aliveTerms = data.pointTime.map(
    (t, i) => -(r + data.pointFrequency[i]!) * Math.log(alpha + t) - s * Math.log(beta + t),
  );
  let total = 0;
  for (let i = 0; i < data.weight.length; i++) {
    const { logGammaRx, deathWeight } = byFrequency[data.frequencyIndex[i]!]!;
    const atRecency = a0Terms[data.recencyPoint[i]!]!;
    const atAge = a0Terms[data.agePoint[i]!]!;
    const died =
      atAge < atRecency ? deathWeight + atRecency + log1mExp(atAge - atRecency) : Number.NEGATIVE_INFINITY;
    total += data.weight[i]! * (constant + logGammaRx + logAddExp(aliveTerms[data.agePoint[i]!]!, died));
  }
  return total;
}

/** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)ˢ A₀) (FH 2005 note). */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, customer: RfPoint): number {
  const { alive, died } = logParts(params, customer);
  return logisticOfNegative(died - alive);
}

/**
 * E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive)
 * (FH 2005 note). With L = ln(1 + t/(β+T)) the bracket over (s−1) is L·(1 − e^−(s−1)L)/((s−1)L),
 * which stays finite at s = 1 (the limit is L).
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number, customer: RfPoint): number {
  if (!(t > 0)) return 0;
  const { r, alpha, s, beta } = params;
  const { frequency: x, age } = customer;
  const horizon = Math.log1p(t / (beta + age));
  const growth = (((r + x) * (beta + age)) / (alpha + age)) * horizon * expm1OverX(-(s - 1) * horizon);
  return growth * paretoNbdProbabilityAlive(params, customer);
}

/** E[X(t)] = rβ / (α(s−1)) · [1 − (β/(β+t))^(s−1)], the x = t_x = T = 0 case of the above. */
export function paretoNbdExpectedPurchasesNew(params: ParetoNbdParams, t: number): number {
  return paretoNbdExpectedPurchases(params, t, { frequency: 0, recency: 0, age: 0 });
}

export function paretoNbdModel(params: ParetoNbdParams, logLikelihood: number): BtydModel {
  return {
    name: 'pareto-nbd',
    params: { r: params.r, alpha: params.alpha, s: params.s, beta: params.beta },
    logLikelihood,
    probabilityAlive: (customer) => paretoNbdProbabilityAlive(params, customer),
    expectedPurchases: (t, customer) => paretoNbdExpectedPurchases(params, t, customer),
    expectedPurchasesNew: (t) => paretoNbdExpectedPurchasesNew(params, t),
  };
}

/**
 * Maximum likelihood. Starting values put α on the data's time scale (α = r/λ̂ with λ̂ = Σx/ΣT) and
 * β at a few multiples of it, since the mean lifetime β/(s−1) is of the order of T.
 */
export function fitParetoNbd(data: RfGroups): { model: BtydModel; params: ParetoNbdParams; fit: FitInfo } {
  const rate = meanPurchaseRate(data);
  const starts = [
    [1, 1, 1],
    [0.5, 0.5, 3],
    [2, 2, 0.3],
  ].map(([r, s, betaOverAlpha]) => ({ r: r!, alpha: r! / rate, s: s!, beta: (betaOverAlpha! * r!) / rate }));
  const { params, fit } = fitPositiveParameters(
    ['r', 'alpha', 's', 'beta'],
    (p) => -paretoNbdLogLikelihood(p, data) / data.customers,
    starts,
  );
  return { model: paretoNbdModel(params, paretoNbdLogLikelihood(params, data)), params, fit };
}
