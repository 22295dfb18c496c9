import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './jobs.js';

describe('retryDelayMs', () => {
  const backoff = { baseMs: 10_000, maxMs: 3_600_000 };

  it('doubles the step with each attempt up to the cap, half of it certain and half random', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, backoff, () => 0))).toEqual([
      5_000, 10_000, 20_000, 40_000,
    ]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, backoff, () => 1))).toEqual([
      10_000, 20_000, 40_000, 80_000,
    ]);
    expect(retryDelayMs(30, backoff, () => 1)).toBe(3_600_000);
  });

  it('stays within half a step and a step, never above the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, baseMs, extra, random) => {
          const limits = { baseMs, maxMs: baseMs + extra };
          const step = Math.min(limits.maxMs, baseMs * 2 ** (attempt - 1));
          const delay = retryDelayMs(attempt, limits, () => random);
          expect(delay).toBeGreaterThanOrEqual(Math.floor(step / 2));
          expect(delay).toBeLessThanOrEqual(Math.min(step, limits.maxMs));
        },
      ),
    );
  });

  it('spreads jobs that failed together over the second half of the step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3, backoff)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
