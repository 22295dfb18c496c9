import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logBeta } from '../special/log-gamma.js';
import {
  bgnbdExpectedPurchases,
  bgnbdExpectedPurchasesNew,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  fitBgNbd,
} from './bgnbd.js';
import type { BgNbdParams } from './bgnbd.js';
import { groupRf } from './rf-groups.js';
import type { RfPoint } from './rf-groups.js';
import { sampleBeta, sampleGamma, seededRandom, simpson } from './test-support.js';

const one = (point: RfPoint) => groupRf([point]);

describe('BG/NBD likelihood', () => {
  it('matches hand-computed values', () => {
    const unit = { r: 1, alpha: 1, a: 1, b: 1 };
    // x = 0: L = (α/(α+T))^r = 1/2.
    expect(Math.exp(bgnbdLogLikelihood(unit, one({ frequency: 0, recency: 0, age: 1 })))).toBeCloseTo(
      0.5,
      14,
    );
    // x = 1, t_x = 1, T = 2: B(1,2)/B(1,1)·1/3² + B(2,1)/B(1,1)·1/2² = 1/18 + 1/8 = 13/72.
    const l = Math.exp(bgnbdLogLikelihood(unit, one({ frequency: 1, recency: 1, age: 2 })));
    expect(l).toBeCloseTo(13 / 72, 14);
    // r = ½, α = 2, a = 0.8, b = 3, x = 2, t_x = 3, T = 5:
    // Γ(2.5)/Γ(½) = ¾; B(a, b+x)/B(a, b) = Γ(3.8)Γ(5)/(Γ(3)Γ(5.8)) = 12/(3.8·4.8); the second term has a/(b+x−1) = 0.2 more.
    const ratio = 12 / (3.8 * 4.8);
    const expected = 0.75 * Math.SQRT2 * (ratio / 7 ** 2.5 + (0.2 * ratio) / 5 ** 2.5);
    const params = { r: 0.5, alpha: 2, a: 0.8, b: 3 };
    expect(Math.exp(bgnbdLogLikelihood(params, one({ frequency: 2, recency: 3, age: 5 })))).toBeCloseTo(
      expected,
      14,
    );
  });

  it('weights grouped customers by their count', () => {
    const params = { r: 0.3, alpha: 4, a: 0.7, b: 2.5 };
    const points = [
      { frequency: 2, recency: 10, age: 30 },
      { frequency: 0, recency: 0, age: 30 },
      { frequency: 2, recency: 10, age: 30 },
    ];
    const separately = points.reduce((sum, p) => sum + bgnbdLogLikelihood(params, one(p)), 0);
    expect(bgnbdLogLikelihood(params, groupRf(points))).toBeCloseTo(separately, 10);
  });
});

const params = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});
const customer = fc
  .record({
    x: fc.integer({ min: 0, max: 40 }),
    age: fc.double({ min: 0.5, max: 100, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ x, age, share }) => ({ frequency: x, recency: x === 0 ? 0 : share * age, age }));

describe('BG/NBD predictions', () => {
  it('P(alive) is a probability, and 1 for customers who never bought again', () => {
    fc.assert(
      fc.property(params, customer, (p, c) => {
        const alive = bgnbdProbabilityAlive(p, c);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        if (c.frequency === 0) expect(alive).toBe(1);
      }),
    );
  });

  it('expected purchases start at 0 and grow with the horizon', () => {
    fc.assert(
      fc.property(params, customer, fc.double({ min: 0.01, max: 200, noNaN: true }), (p, c, t) => {
        const shorter = bgnbdExpectedPurchases(p, t, c);
        const longer = bgnbdExpectedPurchases(p, 1.5 * t, c);
        expect(bgnbdExpectedPurchases(p, 0, c)).toBe(0);
        expect(shorter).toBeGreaterThan(0);
        expect(longer).toBeGreaterThanOrEqual(shorter * (1 - 1e-9));
      }),
    );
  });

  it('reproduces the published worked example, E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.226 (FHL 2005 material)', () => {
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const expected = bgnbdExpectedPurchases(published, 39, { frequency: 2, recency: 30.43, age: 38.86 });
    expect(expected.toFixed(3)).toBe('1.226');
  });

  it('E[X(t)] starts at the mean purchase rate r/α', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const t = 1e-6;
    expect(bgnbdExpectedPurchasesNew(p, t) / t).toBeCloseTo(p.r / p.alpha, 6);
  });

  it('has no hole at a = 1, where the closed form is 0/0', () => {
    const base = { r: 0.5, alpha: 3, b: 2 };
    const c = { frequency: 3, recency: 20, age: 30 };
    const at = bgnbdExpectedPurchases({ ...base, a: 1 }, 52, c);
    // Both the series used within 1e-3 of a = 1 and the closed form outside: the mean of a = 1 ± h
    // matches the value at a = 1 up to O(h²).
    for (const h of [1e-4, 5e-4, 2e-3, 5e-3]) {
      const mean =
        (bgnbdExpectedPurchases({ ...base, a: 1 - h }, 52, c) +
          bgnbdExpectedPurchases({ ...base, a: 1 + h }, 52, c)) /
        2;
      expect(Math.abs(mean - at)).toBeLessThan(10 * h * h + 1e-12);
    }
  });

  it('conditional expectation equals direct integration over the dropout probability', () => {
    // E[Y(t) | x, t_x, T] = ∫∫ (1 − e^(−λpt))/p · λ^x e^(−λT) (1−p)^x g(λ) f(p) dλ dp / L; the λ integral
    // is analytic, the p integral numerical with p = u^(1/a) to absorb p^(a−1).
    const p: BgNbdParams = { r: 0.7, alpha: 5, a: 0.8, b: 2.4 };
    const c = { frequency: 3, recency: 25, age: 38 };
    const t = 39;
    const { r, alpha, a, b } = p;
    const x = c.frequency;
    // (α+T)^−(r+x) − (α+T+pt)^−(r+x), written with expm1 so that it stays exact for tiny p.
    const lambdaPart = (q: number) =>
      -Math.pow(alpha + c.age, -(r + x)) * Math.expm1(-(r + x) * Math.log1p((q * t) / (alpha + c.age)));
    const integrand = (u: number) => {
      const q = Math.pow(u, 1 / a);
      // At p → 0 the λ part is (r+x) t p (α+T)^−(r+x+1) to first order.
      const overQ = q === 0 ? (r + x) * t * Math.pow(alpha + c.age, -(r + x) - 1) : lambdaPart(q) / q;
      return (overQ * Math.pow(1 - q, b + x - 1)) / a;
    };
    // Common factors Γ(r+x)α^r/Γ(r) cancel against the likelihood; only the Beta normaliser stays.
    const numerator = simpson(integrand, 0, 1, 20000) / Math.exp(logBeta(a, b));
    const aliveTerm = Math.exp(logBeta(a, b + x) - logBeta(a, b)) * Math.pow(alpha + c.age, -(r + x));
    const deadTerm =
      Math.exp(logBeta(a + 1, b + x - 1) - logBeta(a, b)) * Math.pow(alpha + c.recency, -(r + x));
    expect(bgnbdExpectedPurchases(p, t, c)).toBeCloseTo(numerator / (aliveTerm + deadTerm), 6);
  });
});

describe('fitBgNbd', () => {
  it('recovers the parameters of simulated customers, and beats the true parameters in likelihood', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.7, b: 3 };
    const random = seededRandom(20261123);
    const points: RfPoint[] = [];
    for (let i = 0; i < 6000; i++) {
      const lambda = sampleGamma(random, truth.r, truth.alpha);
      const dropout = sampleBeta(random, truth.a, truth.b);
      const age = 20 + 20 * random();
      let time = 0;
      let frequency = 0;
      let last = 0;
      for (;;) {
        time += -Math.log(1 - random()) / lambda;
        if (time > age) break;
        frequency++;
        last = time;
        if (random() < dropout) break; // drops out right after this purchase
      }
      points.push({ frequency, recency: last, age });
    }
    const data = groupRf(points);
    const { params, fit } = fitBgNbd(data);
    expect(fit.converged).toBe(true);
    expect(bgnbdLogLikelihood(params, data)).toBeGreaterThanOrEqual(bgnbdLogLikelihood(truth, data));
    expect(params.r / params.alpha).toBeCloseTo(truth.r / truth.alpha, 2);
    expect(Math.abs(Math.log(params.r / truth.r))).toBeLessThan(0.2);
    expect(Math.abs(Math.log(params.a / truth.a))).toBeLessThan(0.35);
    expect(Math.abs(Math.log(params.b / truth.b))).toBeLessThan(0.35);
  });
});
