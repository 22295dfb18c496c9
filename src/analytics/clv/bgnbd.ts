/**
 * The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", Marketing
 * Science 24(2)): while active a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after
 * each purchase they drop out with probability p ~ Beta(a, b).
 *
 * Likelihood of one customer with x repeat purchases, last at t_x, observed for T:
 *   L = B(a, b+x)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+T)^(r+x))
 *     + [x > 0] B(a+1, b+x−1)/B(a, b) · Γ(r+x) αʳ / (Γ(r) (α+t_x)^(r+x)),
 * evaluated as ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *   + logaddexp(−(r+x) ln(α+T), ln a − ln(b+x−1) − (r+x) ln(α+t_x)).
 */
import { hyp2f1 } from '../special/hypergeometric.js';
import { expm1OverX, logGamma } from '../special/log-gamma.js';
import { logAddExp, logisticOfNegative } from '../special/log-space.js';
import type { BtydModel } from './btyd-model.js';
import { fitPositiveParameters } from './log-parameter-fit.js';
import type { FitInfo } from './log-parameter-fit.js';
import { meanPurchaseRate } from './rf-groups.js';
import type { RfGroups, RfPoint } from './rf-groups.js';

export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/**
 * Total log-likelihood of grouped customers. Terms that depend only on x are tabulated per distinct x,
 * and −(r+x) ln(α+t) per distinct (x, t) pair, so each group costs one logaddexp.
 */
export function bgnbdLogLikelihood(params: BgNbdParams, data: RfGroups): number {
  const { r, alpha, a, b } = params;
  const constant = r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
  const logA = Math.log(a);
  const byFrequency = Array.from(data.distinctFrequencies, (x) => ({
    shared: logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x),
    dropWeight: x > 0 ? logA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY,
  }));
  const decay = data.pointTime.map((t, i) => -(r + data.pointFrequency[i]!) * Math.log(alpha + t));
  let total = 0;
  for (let i = 0; i < data.weight.length; i++) {
    const { shared, dropWeight } = byFrequency[data.frequencyIndex[i]!]!;
    const stillActive = decay[data.agePoint[i]!]!;
    const droppedAtLast = dropWeight + decay[data.recencyPoint[i]!]!;
    total += data.weight[i]! * (constant + shared + logAddExp(stillActive, droppedAtLast));
  }
  return total;
}

/** P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) (FHL 2005, appendix). */
export function bgnbdProbabilityAlive(params: BgNbdParams, customer: RfPoint): number {
  const { r, alpha, a, b } = params;
  const { frequency: x, recency, age } = customer;
  if (x === 0) return 1;
  const logOdds =
    Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
  return logisticOfNegative(logOdds);
}

/**
 * [1 − G] / (a − 1), with G = ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t)).
 * Euler's transformation rewrites G = w^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), w = (α+T)/(α+T+t),
 * z = 1 − w, whose parameters stay small however large x is. Near a = 1 the quotient is 0/0; there
 * ₂F₁ = 1 + (a−1)·H with H summed directly, and [1 − G]/(a−1) = −expm1((a−1) ln w)/(a−1) − w^(a−1) H.
 */
function oneMinusGOverAMinusOne(params: BgNbdParams, t: number, x: number, age: number): number {
  const { r, alpha, a, b } = params;
  const e = a - 1;
  const p = a + b - 1 - r;
  const c = a + b + x - 1;
  const z = t / (alpha + age + t);
  const logW = -Math.log1p(t / (alpha + age));
  if (Math.abs(e) >= 1e-3) return (1 - Math.exp(e * logW) * hyp2f1(p, e, c, z)) / e;
  // H = Σ_{n≥1} (p)_n (1+e)_{n−1} / ((c)_n n!) zⁿ; its terms shrink at least like zⁿ once n > |p|.
  let term = (p * z) / c;
  let sum = term;
  for (let n = 1; n < 10_000_000; n++) {
    const ratio = (((p + n) * (e + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (n > Math.abs(p) + 2 && Math.abs(term) <= 1e-17 * Math.abs(sum) * (1 - z)) break;
  }
  return -logW * expm1OverX(e * logW) - Math.exp(e * logW) * sum;
}

/**
 * E[Y(t) | x, t_x, T] = (a+b+x−1)/(a−1) · [1 − G] · P(alive)   (FHL 2005).
 */
export function bgnbdExpectedPurchases(params: BgNbdParams, t: number, customer: RfPoint): number {
  if (!(t > 0)) return 0;
  const { a, b } = params;
  const x = customer.frequency;
  const growth = (a + b + x - 1) * oneMinusGOverAMinusOne(params, t, x, customer.age);
  return growth * bgnbdProbabilityAlive(params, customer);
}

/** E[X(t)] = (a+b−1)/(a−1) [1 − (α/(α+t))ʳ ₂F₁(r, b; a+b−1; t/(α+t))] (FHL 2005). */
export function bgnbdExpectedPurchasesNew(params: BgNbdParams, t: number): number {
  // The conditional expectation of a customer with x = t_x = T = 0 is exactly E[X(t)].
  return bgnbdExpectedPurchases(params, t, { frequency: 0, recency: 0, age: 0 });
}

export function bgnbdModel(params: BgNbdParams, logLikelihood: number): BtydModel {
  return {
    name: 'bgnbd',
    params: { r: params.r, alpha: params.alpha, a: params.a, b: params.b },
    logLikelihood,
    probabilityAlive: (customer) => bgnbdProbabilityAlive(params, customer),
    expectedPurchases: (t, customer) => bgnbdExpectedPurchases(params, t, customer),
    expectedPurchasesNew: (t) => bgnbdExpectedPurchasesNew(params, t),
  };
}

/**
 * Maximum likelihood, from starting points that put α on the data's time scale: with the mean
 * purchase rate λ̂ = Σx / ΣT, α = r / λ̂ matches it.
 */
export function fitBgNbd(data: RfGroups): { model: BtydModel; params: BgNbdParams; fit: FitInfo } {
  const rate = meanPurchaseRate(data);
  const starts = [
    [1, 1, 1],
    [0.3, 0.5, 2],
    [3, 2, 6],
  ].map(([r, a, b]) => ({ r: r!, alpha: r! / rate, a: a!, b: b! }));
  const { params, fit } = fitPositiveParameters(
    ['r', 'alpha', 'a', 'b'],
    (p) => -bgnbdLogLikelihood(p, data) / data.customers,
    starts,
  );
  return { model: bgnbdModel(params, bgnbdLogLikelihood(params, data)), params, fit };
}
