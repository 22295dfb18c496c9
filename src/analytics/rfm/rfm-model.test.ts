import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRfmAccumulator } from './rfm-model.js';
import type { FrequencyBasis, Transaction } from './rfm-model.js';
import { SEGMENT_NAMES } from './rfm-segments.js';

const dollars = (amount: number): bigint => BigInt(Math.round(amount * 100)) * 10_000n;

function run(transactions: Transaction[], frequencyBasis: FrequencyBasis, asOf?: number, defaultAsOf = 100) {
  const accumulator = createRfmAccumulator(
    asOf === undefined ? { frequencyBasis } : { frequencyBasis, asOf },
  );
  for (const transaction of transactions) accumulator.add(transaction);
  return accumulator.finish(defaultAsOf);
}

// Two invoices on day 10 for alice, one of them spread over two lines.
const sample: Transaction[] = [
  { customer: 'alice', day: 10, amount: dollars(5), invoice: 'A1' },
  { customer: 'alice', day: 10, amount: dollars(2.5), invoice: 'A1' },
  { customer: 'bob', day: 12, amount: dollars(40), invoice: 'B1' },
  { customer: 'alice', day: 10, amount: dollars(1), invoice: 'A2' },
  { customer: 'carol', day: 3, amount: dollars(0.1), invoice: 'C1' },
  { customer: 'carol', day: 3, amount: dollars(0.2), invoice: 'C1' },
];

describe('createRfmAccumulator', () => {
  it('counts invoices, or purchase days without an invoice column', () => {
    const byInvoice = run(sample, 'invoices', undefined, 13);
    expect(byInvoice.customers.map((c) => [c.customer, c.frequency])).toEqual([
      ['alice', 2],
      ['bob', 1],
      ['carol', 1],
    ]);
    const byDay = run(sample, 'days', undefined, 13);
    expect(byDay.customers.map((c) => c.frequency)).toEqual([1, 1, 1]);
    expect(byInvoice.purchases).toBe(4);
    expect(byDay.purchases).toBe(3);
  });

  it('measures recency from the default as-of day and sums spend exactly', () => {
    const result = run(sample, 'invoices', undefined, 13);
    expect(result.asOf).toBe(13);
    expect(result.customers.map((c) => c.recency)).toEqual([3, 1, 10]);
    expect(result.customers.map((c) => c.monetary)).toEqual([8_500_000n, 40_000_000n, 300_000n]);
    expect(result.revenue).toBe(48_800_000n);
  });

  it('scores and segments a small hand-checked example', () => {
    const result = run(sample, 'invoices', undefined, 13);
    // Recency 3, 1, 10 → worse counts 1, 2, 0 → R 2, 4, 1. Frequency 2, 1, 1 → F 4, 1, 1.
    // Monetary 8.5, 40, 0.3 → M 2, 4, 1.
    expect(result.customers.map((c) => [c.r, c.f, c.m, c.segment])).toEqual([
      [2, 4, 2, 'At risk'],
      [4, 1, 4, 'Potential loyalist'],
      [1, 1, 1, 'Lost'],
    ]);
    expect(result.segments['At risk']).toEqual({ customers: 1, revenue: 8_500_000n, purchases: 2 });
    expect(Object.keys(result.segments)).toEqual([...SEGMENT_NAMES]);
  });

  it('leaves out transactions after an explicit as-of day and counts them', () => {
    const result = run(sample, 'invoices', 10);
    expect(result.afterAsOf).toBe(1);
    expect(result.customers.map((c) => [c.customer, c.recency])).toEqual([
      ['alice', 0],
      ['carol', 7],
    ]);
  });

  it('returns no customers for no transactions', () => {
    const result = run([], 'days');
    expect(result.customers).toEqual([]);
    expect(result.revenue).toBe(0n);
  });

  it('puts every customer in exactly one segment and keeps the totals consistent', () => {
    const transaction = fc.record({
      customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
      day: fc.integer({ min: 0, max: 60 }),
      amount: fc.bigInt({ min: 1n, max: 10n ** 9n }),
      invoice: fc.constantFrom('1', '2', '3', '4', '5', '6'),
    });
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 80 }), fc.boolean(), (transactions, byDay) => {
        const result = run(transactions, byDay ? 'days' : 'invoices', undefined, 61);
        const segments = Object.values(result.segments);
        expect(segments.reduce((sum, s) => sum + s.customers, 0)).toBe(result.customers.length);
        expect(segments.reduce((sum, s) => sum + s.revenue, 0n)).toBe(result.revenue);
        expect(transactions.reduce((sum, t) => sum + t.amount, 0n)).toBe(result.revenue);
        expect(result.customers.length).toBe(new Set(transactions.map((t) => t.customer)).size);
        for (const customer of result.customers) expect(customer.recency).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
