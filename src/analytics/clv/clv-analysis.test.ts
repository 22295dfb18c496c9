import { describe, expect, it } from 'vitest';
import { analyzeClv, ClvDataError } from './clv-analysis.js';
import { summarizeTransactions } from './summary.js';
import { sampleGamma, seededRandom } from './test-support.js';

const options = { model: 'bgnbd', horizon: 52, annualDiscountRate: 0.1 } as const;

/**
 * A small synthetic shop: 400 customers with gamma-distributed purchase rates, lifetimes and spend
 * scales (heterogeneous in all three, so every model has an interior maximum-likelihood estimate).
 */
function syntheticLog() {
  const random = seededRandom(99);
  const log: { customer: string; day: number; amount: number }[] = [];
  for (let c = 0; c < 400; c++) {
    const rate = sampleGamma(random, 0.8, 20);
    const spendScale = sampleGamma(random, 3, 30);
    let day = Math.floor(60 * random());
    const lifetime = day - Math.log(1 - random()) / sampleGamma(random, 0.7, 60);
    while (day <= 200 && day <= lifetime) {
      log.push({ customer: `c${c}`, day, amount: sampleGamma(random, 5, spendScale) });
      day += 1 + Math.floor(-Math.log(1 - random()) / rate);
    }
  }
  return log;
}

describe('analyzeClv', () => {
  it('fits both models and scores every customer consistently', () => {
    const summary = summarizeTransactions(syntheticLog(), {
      calibrationEnd: 139,
      holdoutEnd: 200,
      period: 'week',
    });
    for (const model of ['bgnbd', 'pareto-nbd'] as const) {
      const result = analyzeClv(summary, { ...options, model });
      expect(result.customers).toBe(summary.customers.length);
      expect(result.model.name).toBe(model);
      expect(result.model.converged).toBe(true);
      expect(result.spend.converged).toBe(true);
      expect(result.scores).toHaveLength(result.customers);
      for (const score of result.scores) {
        expect(score.probabilityAlive).toBeGreaterThanOrEqual(0);
        expect(score.probabilityAlive).toBeLessThanOrEqual(1);
        expect(score.clv).toBeGreaterThanOrEqual(0);
        // Discounting can only lower the undiscounted value.
        expect(score.clv).toBeLessThanOrEqual(score.expectedPurchases * score.expectedSpend * (1 + 1e-12));
      }
      const bucketed = result.holdout.byFrequency.reduce((sum, bucket) => sum + bucket.predicted, 0);
      expect(bucketed).toBeCloseTo(result.holdout.predicted, 8);
      expect(result.holdout.length).toBeCloseTo(61 / 7, 12);
    }
  });

  it('explains data the models cannot use', () => {
    const none = summarizeTransactions([{ customer: 'a', day: 10, amount: 1 }], {
      calibrationEnd: 5,
      period: 'day',
    });
    expect(() => analyzeClv(none, options)).toThrow(ClvDataError);
    const once = summarizeTransactions(
      [
        { customer: 'a', day: 1, amount: 1 },
        { customer: 'b', day: 2, amount: 1 },
      ],
      { calibrationEnd: 5, period: 'day' },
    );
    expect(() => analyzeClv(once, options)).toThrow(/repeat purchase/);
    const free = summarizeTransactions(
      [
        { customer: 'a', day: 1, amount: 1 },
        { customer: 'a', day: 2, amount: 0 },
      ],
      { calibrationEnd: 5, period: 'day' },
    );
    expect(() => analyzeClv(free, options)).toThrow(/positive mean purchase value/);
  });
});
