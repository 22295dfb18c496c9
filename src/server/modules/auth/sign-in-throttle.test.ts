import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailWaitSeconds, pairWaitSeconds } from './sign-in-throttle.js';

describe('sign-in waits', () => {
  it('lets a few failures from one address pass, then doubles the wait, up to 15 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(pairWaitSeconds)).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(pairWaitSeconds(100)).toBe(15 * 60);
  });

  it('slows guessing on one email from many addresses more gently, never beyond a minute', () => {
    expect([9, 10, 12, 14, 16, 18, 20].map(emailWaitSeconds)).toEqual([0, 1, 2, 4, 8, 16, 32]);
    expect(emailWaitSeconds(1_000)).toBe(60);
  });

  it('never shortens a wait when failures grow, and never waits longer than its cap', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(pairWaitSeconds(fewer)).toBeLessThanOrEqual(pairWaitSeconds(more));
        expect(emailWaitSeconds(fewer)).toBeLessThanOrEqual(emailWaitSeconds(more));
        expect(pairWaitSeconds(more)).toBeLessThanOrEqual(15 * 60);
        expect(emailWaitSeconds(more)).toBeLessThanOrEqual(60);
        expect(Number.isInteger(emailWaitSeconds(more))).toBe(true);
      }),
    );
  });
});
