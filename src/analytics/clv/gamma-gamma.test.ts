import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from './gamma-gamma.js';
import type { SpendPoint } from './gamma-gamma.js';
import { sampleGamma, seededRandom } from './test-support.js';

describe('Gamma-Gamma spend model', () => {
  it('has the hand-computed likelihood', () => {
    // p = 1, q = 2, γ = 3, x = 1, m̄ = 2: Γ(3)/(Γ(1)Γ(2)) · 3² · 2⁰ · 1¹ / (3 + 2)³ = 18/125.
    const l = Math.exp(gammaGammaLogLikelihood({ p: 1, q: 2, gamma: 3 }, [{ frequency: 1, monetary: 2 }]));
    expect(l).toBeCloseTo(18 / 125, 14);
  });

  it('expects a weighted average of the population mean and the customer mean', () => {
    const params = fc.record({
      p: fc.double({ min: 0.1, max: 20, noNaN: true }),
      q: fc.double({ min: 1.01, max: 20, noNaN: true }),
      gamma: fc.double({ min: 0.1, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(
        params,
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (g, x, m) => {
          const population = (g.p * g.gamma) / (g.q - 1);
          const expected = gammaGammaExpectedSpend(g, x, m);
          expect(expected).toBeGreaterThanOrEqual(Math.min(population, m) * (1 - 1e-12));
          expect(expected).toBeLessThanOrEqual(Math.max(population, m) * (1 + 1e-12));
          expect(gammaGammaExpectedSpend(g, 0, 0)).toBeCloseTo(population, 10);
        },
      ),
    );
  });

  it('has no population mean when q ≤ 1', () => {
    expect(gammaGammaExpectedSpend({ p: 2, q: 0.9, gamma: 10 }, 0, 0)).toBeNaN();
  });

  it('recovers simulated parameters', () => {
    const truth = { p: 6, q: 4, gamma: 15 };
    const random = seededRandom(7);
    const data: SpendPoint[] = [];
    for (let i = 0; i < 5000; i++) {
      const nu = sampleGamma(random, truth.q, truth.gamma);
      const x = 1 + Math.floor(6 * random());
      let total = 0;
      for (let k = 0; k < x; k++) total += sampleGamma(random, truth.p, nu);
      data.push({ frequency: x, monetary: total / x });
    }
    const fit = fitGammaGamma(data);
    expect(fit.fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(gammaGammaLogLikelihood(truth, data));
    // The population mean pγ/(q−1) is well determined even when p, q, γ trade off against each other.
    expect((fit.params.p * fit.params.gamma) / (fit.params.q - 1)).toBeCloseTo(30, 0);
    expect(Math.abs(Math.log(fit.params.p / truth.p))).toBeLessThan(0.2);
  });

  it('reports no convergence, in bounded time, when spend does not vary between customers', () => {
    // Every customer's spend has the same scale: the likelihood keeps rising as q, γ → ∞ with pγ/(q−1)
    // fixed, along a ridge with no maximum.
    const random = seededRandom(3);
    const data = Array.from({ length: 300 }, () => {
      let total = 0;
      for (let k = 0; k < 4; k++) total += sampleGamma(random, 5, 0.5);
      return { frequency: 4, monetary: total / 4 };
    });
    const fit = fitGammaGamma(data);
    expect(fit.fit.converged).toBe(false);
    expect(fit.fit.evaluations).toBeLessThan(4000);
    expect(fit.params.q).toBeGreaterThan(100);
  });

  it('refuses to fit without repeat buyers', () => {
    expect(() => fitGammaGamma([])).toThrow(RangeError);
  });
});
