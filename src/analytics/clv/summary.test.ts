import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeTransactions } from './summary.js';

// Day numbers are relative here; only differences matter.
const log = [
  { customer: 'A', day: 0, amount: 10 },
  { customer: 'A', day: 0, amount: 5 }, // same day as the first purchase: one purchase of 15
  { customer: 'A', day: 5, amount: 20 },
  { customer: 'A', day: 5, amount: 4 }, // one repeat purchase of 24
  { customer: 'B', day: 20, amount: 8 }, // first purchase on the calibration end itself
  { customer: 'A', day: 12, amount: 30 },
  { customer: 'C', day: 21, amount: 9 }, // first purchase after the calibration end: not modelled
  { customer: 'A', day: 25, amount: 7 }, // holdout
  { customer: 'D', day: 3, amount: 1 },
  { customer: 'D', day: 22, amount: 1 }, // holdout
  { customer: 'D', day: 30, amount: 1 }, // holdout end is inclusive
  { customer: 'A', day: 31, amount: 99 }, // after the holdout: ignored
];

describe('summarizeTransactions', () => {
  it('merges same-day purchases and measures T as a difference of calendar dates', () => {
    const summary = summarizeTransactions(log, { calibrationEnd: 20, holdoutEnd: 30, period: 'day' });
    expect(summary.customers.map((c) => c.customer)).toEqual(['A', 'B', 'D']);
    const [a, b, d] = summary.customers;
    // A: purchases on days 0, 5, 12 → x = 2, t_x = 12, T = 20 − 0; repeat values 24 and 30.
    expect(a).toMatchObject({ frequency: 2, recency: 12, age: 20, monetary: 27, holdoutPurchases: 1 });
    // B bought only on the calibration end itself: T = 0, as BTYD and lifetimes count it.
    expect(b).toMatchObject({ frequency: 0, recency: 0, age: 0, monetary: 0, holdoutPurchases: 0 });
    expect(d).toMatchObject({ frequency: 0, recency: 0, age: 17, holdoutPurchases: 2 });
    expect(summary.repeatTransactions).toBe(2);
    expect(summary.holdoutLength).toBe(10);
  });

  it('divides times by 7 with the week period', () => {
    const summary = summarizeTransactions(log, { calibrationEnd: 20, holdoutEnd: 34, period: 'week' });
    expect(summary.customers[0]).toMatchObject({ recency: 12 / 7, age: 20 / 7 });
    expect(summary.holdoutLength).toBe(2);
  });

  it('counts no holdout purchases without a holdout end', () => {
    const summary = summarizeTransactions(log, { calibrationEnd: 20, period: 'day' });
    expect(summary.customers.every((c) => c.holdoutPurchases === 0)).toBe(true);
    expect(summary.holdoutLength).toBe(0);
  });

  it('keeps its invariants on arbitrary logs', () => {
    const transaction = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      day: fc.integer({ min: 0, max: 60 }),
      amount: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 80 }),
        fc.integer({ min: 0, max: 60 }),
        (transactions, end) => {
          const summary = summarizeTransactions(transactions, {
            calibrationEnd: end,
            holdoutEnd: end + 10,
            period: 'day',
          });
          let repeats = 0;
          for (const c of summary.customers) {
            const days = new Set(transactions.filter((t) => t.customer === c.customer).map((t) => t.day));
            const calibrationDays = [...days].filter((day) => day <= end);
            expect(c.frequency).toBe(calibrationDays.length - 1);
            expect(c.holdoutPurchases).toBe([...days].filter((day) => day > end && day <= end + 10).length);
            expect(c.recency).toBeGreaterThanOrEqual(0);
            expect(c.recency).toBeLessThanOrEqual(c.age);
            expect(c.age).toBe(end - Math.min(...days));
            repeats += c.frequency;
          }
          expect(summary.repeatTransactions).toBe(repeats);
          const early = new Set(transactions.filter((t) => t.day <= end).map((t) => t.customer));
          expect(summary.customers.length).toBe(early.size);
        },
      ),
    );
  });
});
