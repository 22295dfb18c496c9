import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCohorts, formatMonth, monthOfDay } from './cohort-model.js';
import type { CohortTransaction } from './cohort-model.js';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('monthOfDay / formatMonth', () => {
  it('maps day numbers to calendar months', () => {
    expect(formatMonth(monthOfDay(day('2010-12-01')))).toBe('2010-12');
    expect(formatMonth(monthOfDay(day('2011-01-31')))).toBe('2011-01');
    expect(formatMonth(monthOfDay(day('1969-12-31')))).toBe('1969-12');
    expect(monthOfDay(day('2011-02-01')) - monthOfDay(day('2010-12-31'))).toBe(2);
  });
});

describe('computeCohorts', () => {
  it('builds retention and revenue matrices for a hand-checked example', () => {
    const transactions: CohortTransaction[] = [
      { customer: 'b', day: day('2011-02-03'), amount: 3_000_000n },
      { customer: 'a', day: day('2011-01-05'), amount: 10_000_000n },
      { customer: 'a', day: day('2011-01-20'), amount: 5_000_000n },
      { customer: 'c', day: day('2011-01-31'), amount: 1_000_000n },
      { customer: 'a', day: day('2011-03-01'), amount: 2_000_000n },
      { customer: 'b', day: day('2011-03-09'), amount: 4_000_000n },
    ];
    const result = computeCohorts(transactions);
    expect(result.customers).toBe(3);
    expect(formatMonth(result.firstMonth)).toBe('2011-01');
    expect(formatMonth(result.lastMonth)).toBe('2011-03');
    const [january, february] = result.cohorts;
    expect(result.cohorts).toHaveLength(2);
    expect(january).toMatchObject({ customers: 2, active: [2, 0, 1], retention: [1, 0, 0.5] });
    expect(january?.revenue).toEqual([16_000_000n, 0n, 2_000_000n]);
    expect(february).toMatchObject({ customers: 1, active: [1, 1], retention: [1, 1] });
    expect(february?.revenue).toEqual([3_000_000n, 4_000_000n]);
  });

  it('returns no cohorts for no transactions', () => {
    expect(computeCohorts([])).toMatchObject({ customers: 0, cohorts: [] });
  });

  it('keeps the matrices consistent for any transactions', () => {
    const transaction = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
      day: fc.integer({ min: 14_000, max: 15_000 }),
      amount: fc.bigInt({ min: 1n, max: 10n ** 8n }),
    });
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 60 }), (transactions) => {
        const result = computeCohorts(transactions);
        expect(result.customers).toBe(new Set(transactions.map((t) => t.customer)).size);
        expect(result.cohorts.reduce((sum, c) => sum + c.customers, 0)).toBe(result.customers);
        let revenue = 0n;
        for (const cohort of result.cohorts) {
          expect(cohort.retention[0]).toBe(1);
          expect(cohort.active[0]).toBe(cohort.customers);
          expect(cohort.active).toHaveLength(result.lastMonth - cohort.month + 1);
          for (const count of cohort.active) expect(count).toBeLessThanOrEqual(cohort.customers);
          for (const share of cohort.retention) expect(share >= 0 && share <= 1).toBe(true);
          revenue += cohort.revenue.reduce((sum, amount) => sum + amount, 0n);
        }
        expect(revenue).toBe(transactions.reduce((sum, t) => sum + t.amount, 0n));
      }),
    );
  });

  it('does not depend on the order of the transactions', () => {
    const transaction = fc.record({
      customer: fc.constantFrom('a', 'b', 'c'),
      day: fc.integer({ min: 14_000, max: 14_400 }),
      amount: fc.bigInt({ min: 1n, max: 1000n }),
    });
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 30 }), (transactions) => {
        expect(computeCohorts([...transactions].reverse())).toEqual(computeCohorts(transactions));
      }),
    );
  });
});
