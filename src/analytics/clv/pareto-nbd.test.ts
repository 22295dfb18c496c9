import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma } from '../special/log-gamma.js';
import {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdExpectedPurchasesNew,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
} from './pareto-nbd.js';
import type { ParetoNbdParams } from './pareto-nbd.js';
import { groupRf } from './rf-groups.js';
import type { RfPoint } from './rf-groups.js';
import { sampleGamma, seededRandom, simpson } from './test-support.js';

const one = (point: RfPoint) => groupRf([point]);

/**
 * The likelihood straight from its definition (Fader & Hardie 2005 note, before the ₂F₁ step):
 * Γ(r+x)αʳβˢ/Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s ∫ from t_x to T of (α+τ)^−(r+x) (β+τ)^−(s+1) dτ].
 */
function likelihoodByQuadrature(p: ParetoNbdParams, c: RfPoint): number {
  const { r, alpha, s, beta } = p;
  const x = c.frequency;
  const front = Math.exp(logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta));
  const alive = Math.pow(alpha + c.age, -(r + x)) * Math.pow(beta + c.age, -s);
  // Substituting v = ln(m + τ), m = min(α, β), flattens the integrand's steep start.
  const m = Math.min(alpha, beta);
  const integrand = (v: number) => {
    const tau = Math.exp(v) - m;
    return Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1)) * (m + tau);
  };
  const died =
    c.age > c.recency ? s * simpson(integrand, Math.log(m + c.recency), Math.log(m + c.age), 4000) : 0;
  return front * (alive + died);
}

describe('Pareto/NBD likelihood', () => {
  const cases: [string, ParetoNbdParams, RfPoint][] = [
    ['α > β, x = 0', { r: 0.55, alpha: 10.6, s: 0.6, beta: 3 }, { frequency: 0, recency: 0, age: 39 }],
    ['α > β, x = 4', { r: 0.55, alpha: 10.6, s: 0.6, beta: 3 }, { frequency: 4, recency: 20, age: 39 }],
    ['α < β, x = 0', { r: 0.55, alpha: 2, s: 1.3, beta: 40 }, { frequency: 0, recency: 0, age: 30 }],
    ['α < β, x = 7', { r: 2.5, alpha: 2, s: 1.3, beta: 40 }, { frequency: 7, recency: 12.5, age: 30 }],
    ['α = β', { r: 1, alpha: 5, s: 1, beta: 5 }, { frequency: 2, recency: 3, age: 10 }],
    ['α ≫ β, z near 1', { r: 0.3, alpha: 5000, s: 0.8, beta: 0.5 }, { frequency: 1, recency: 0.5, age: 300 }],
    ['t_x = T', { r: 0.5, alpha: 4, s: 0.5, beta: 9 }, { frequency: 3, recency: 20, age: 20 }],
  ];
  it.each(cases)('equals the integral form (%s)', (_, p, c) => {
    const fromHypergeometric = Math.exp(paretoNbdLogLikelihood(p, one(c)));
    expect(fromHypergeometric / likelihoodByQuadrature(p, c)).toBeCloseTo(1, 9);
  });

  it('for x = 0 and one time unit, matches the hand-computed value', () => {
    // r = α = s = β = 1, T = 1: 1/(2·2) + ∫₀¹ (1+τ)^−3 dτ = 1/4 + (1 − 1/4)/2 = 5/8.
    const l = Math.exp(
      paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, one({ frequency: 0, recency: 0, age: 1 })),
    );
    expect(l).toBeCloseTo(5 / 8, 12);
  });
});

const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 80, noNaN: true }),
  s: fc.double({ min: 0.05, max: 5, noNaN: true }),
  beta: fc.double({ min: 0.1, max: 80, noNaN: true }),
});
const customer = fc
  .record({
    x: fc.integer({ min: 0, max: 40 }),
    age: fc.double({ min: 0.5, max: 100, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ x, age, share }) => ({ frequency: x, recency: x === 0 ? 0 : share * age, age }));

describe('Pareto/NBD predictions', () => {
  it('P(alive) is a probability, and 1 when the last purchase was at T', () => {
    fc.assert(
      fc.property(params, customer, (p, c) => {
        const alive = paretoNbdProbabilityAlive(p, c);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        expect(paretoNbdProbabilityAlive(p, { ...c, recency: c.age })).toBe(1);
      }),
    );
  });

  it('expected purchases grow with the horizon', () => {
    fc.assert(
      fc.property(params, customer, fc.double({ min: 0.01, max: 200, noNaN: true }), (p, c, t) => {
        const shorter = paretoNbdExpectedPurchases(p, t, c);
        expect(shorter).toBeGreaterThanOrEqual(0);
        expect(paretoNbdExpectedPurchases(p, 2 * t, c)).toBeGreaterThanOrEqual(shorter);
      }),
    );
  });

  it('E[X(t)] starts at r/α and has the logarithmic limit at s = 1', () => {
    const p = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    expect(paretoNbdExpectedPurchasesNew(p, 1e-6) / 1e-6).toBeCloseTo(p.r / p.alpha, 6);
    const atOne = { ...p, s: 1 };
    const t = 52;
    expect(paretoNbdExpectedPurchasesNew(atOne, t)).toBeCloseTo(
      ((p.r * p.beta) / p.alpha) * Math.log1p(t / p.beta),
      12,
    );
  });
});

describe('fitParetoNbd', () => {
  it('recovers simulated parameters and beats the true parameters in likelihood', () => {
    const truth = { r: 0.8, alpha: 8, s: 0.7, beta: 12 };
    const random = seededRandom(42);
    const points: RfPoint[] = [];
    for (let i = 0; i < 4000; i++) {
      const lambda = sampleGamma(random, truth.r, truth.alpha);
      const lifetime = -Math.log(1 - random()) / sampleGamma(random, truth.s, truth.beta);
      const age = 30 + 10 * random();
      const end = Math.min(lifetime, age);
      let time = 0;
      let frequency = 0;
      let last = 0;
      for (;;) {
        time += -Math.log(1 - random()) / lambda;
        if (time > end) break;
        frequency++;
        last = time;
      }
      points.push({ frequency, recency: last, age });
    }
    const data = groupRf(points);
    const { params, fit } = fitParetoNbd(data);
    expect(fit.converged).toBe(true);
    expect(paretoNbdLogLikelihood(params, data)).toBeGreaterThanOrEqual(paretoNbdLogLikelihood(truth, data));
    expect(params.r / params.alpha).toBeCloseTo(truth.r / truth.alpha, 2);
    expect(Math.abs(Math.log(params.r / truth.r))).toBeLessThan(0.25);
    expect(Math.abs(Math.log(params.s / truth.s))).toBeLessThan(0.5);
  });
});
