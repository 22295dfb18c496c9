import { describe, expect, it } from 'vitest';
import type { BtydModel } from './btyd-model.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR, purchaseOutlook } from './customer-value.js';
import type { ValueOptions } from './customer-value.js';

/** A purchase process with a known answer: exactly `rate` purchases per day, forever. */
function steadyBuyer(rate: number): BtydModel {
  return {
    name: 'bgnbd',
    params: {},
    logLikelihood: 0,
    probabilityAlive: () => 1,
    expectedPurchases: (t) => rate * t,
    expectedPurchasesNew: (t) => rate * t,
  };
}

const customer = { frequency: 1, recency: 1, age: 2 };

/** CLV at a given spend per purchase. */
function customerValue(model: BtydModel, spend: number, options: ValueOptions) {
  const outlook = purchaseOutlook(model, customer, options);
  return { expectedPurchases: outlook.expectedPurchases, value: spend * outlook.discountedPurchases };
}

describe('purchaseOutlook', () => {
  it('without discounting is spend × expected purchases', () => {
    const value = customerValue(steadyBuyer(0.1), 20, {
      horizon: 365,
      daysPerPeriod: 1,
      annualDiscountRate: 0,
    });
    expect(value.expectedPurchases).toBeCloseTo(36.5, 12);
    expect(value.value).toBeCloseTo(730, 10);
  });

  it('discounts each month from its end at (1 + d)^(−m/12)', () => {
    // 12 whole months (one year of 365.25 days), 0.1 purchases a day, spend 20, 10 % a year.
    const value = customerValue(steadyBuyer(0.1), 20, {
      horizon: DAYS_PER_YEAR,
      daysPerPeriod: 1,
      annualDiscountRate: 0.1,
    });
    let expected = 0;
    for (let m = 1; m <= 12; m++) expected += 20 * 0.1 * DAYS_PER_MONTH * Math.pow(1.1, -m / 12);
    expect(value.value).toBeCloseTo(expected, 9);
  });

  it('discounts a final partial month from the horizon, in weeks too', () => {
    // 6 weeks = 42 days: one whole month (30.4375 days) and 11.5625 days more.
    const value = customerValue(steadyBuyer(1), 7, {
      horizon: 6,
      daysPerPeriod: 7,
      annualDiscountRate: 0.2,
    });
    const firstMonth = DAYS_PER_MONTH * Math.pow(1.2, -DAYS_PER_MONTH / DAYS_PER_YEAR);
    const rest = (42 - DAYS_PER_MONTH) * Math.pow(1.2, -42 / DAYS_PER_YEAR);
    expect(value.value).toBeCloseTo(firstMonth + rest, 9);
    expect(value.expectedPurchases).toBeCloseTo(6, 12);
  });

  it('is zero over an empty horizon', () => {
    expect(
      customerValue(steadyBuyer(1), 10, { horizon: 0, daysPerPeriod: 1, annualDiscountRate: 0.1 }),
    ).toEqual({
      expectedPurchases: 0,
      value: 0,
    });
  });
});
