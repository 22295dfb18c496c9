import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor, parseRate, sumInCurrency } from './currency-conversion.js';

describe('currency conversion', () => {
  it('converts minor units at a decimal rate, rounding half away from zero once', () => {
    expect(convertMinor(10_000, 'EUR', 'BGN', '1.95583')).toBe(19_558); // 100 EUR → 195.583 BGN
    expect(convertMinor(1, 'EUR', 'BGN', '1.5')).toBe(2); // 0.015 → 0.02
    expect(convertMinor(-1, 'EUR', 'BGN', '1.5')).toBe(-2);
    expect(convertMinor(12_345, 'USD', 'JPY', '150')).toBe(18_518); // 123.45 USD → 18517.5 JPY
    expect(convertMinor(1000, 'JPY', 'EUR', '0.0061')).toBe(610);
    expect(convertMinor(1000, 'KWD', 'EUR', '3')).toBe(300); // three decimals in KWD
    expect(convertMinor(500, 'EUR', 'EUR', 'anything')).toBe(500);
  });

  it('refuses rates that are not positive decimals', () => {
    for (const rate of ['0', '0.000', '-1', '1e3', '', '1.', 'abc']) expect(parseRate(rate), rate).toBeNull();
    expect(convertMinor(100, 'EUR', 'PLN', '0')).toBeNull();
  });

  it('at rate 1 between currencies of the same digits, keeps the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (amount) => {
        expect(convertMinor(amount, 'EUR', 'PLN', '1')).toBe(amount);
      }),
    );
  });

  it('never moves further than half a minor unit from the exact value, and grows with the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (amount, rateTenThousandths) => {
          const rate = (rateTenThousandths / 10_000).toFixed(4);
          const result = convertMinor(amount, 'EUR', 'BGN', rate)!;
          const exactTimes2 = (2n * BigInt(amount) * BigInt(rateTenThousandths)) / 10_000n;
          expect(Math.abs(2 * result - Number(exactTimes2))).toBeLessThanOrEqual(1 + 1e-9);
          expect(convertMinor(amount + 1, 'EUR', 'BGN', rate)!).toBeGreaterThanOrEqual(result);
        },
      ),
    );
  });

  it('sums several currencies in one, saying what was converted and which rates are missing', () => {
    const rates = new Map([['BGN', '0.51129']]);
    expect(
      sumInCurrency(
        [
          { amount: 1000, currency: 'EUR' },
          { amount: 1000, currency: 'BGN' },
          { amount: 7, currency: 'PLN' },
        ],
        'EUR',
        rates,
      ),
    ).toEqual({ amount: 1511, currency: 'EUR', converted: true, missingRates: ['PLN'] });
    expect(sumInCurrency([{ amount: 5, currency: 'EUR' }], 'EUR', rates)).toEqual({
      amount: 5,
      currency: 'EUR',
      converted: false,
      missingRates: [],
    });
  });
});
