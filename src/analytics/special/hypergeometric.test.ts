import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussSeries, hyp2f1 } from './hypergeometric.js';
import { logGamma } from './log-gamma.js';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('hyp2f1 against closed forms', () => {
  it('₂F₁(1, 1; 2; z) = −ln(1 − z)/z, from z = −50 to z = 1 − 1e-12', () => {
    // c − a − b = 0 exactly: the logarithmic case that the plain 1 − z formula cannot do.
    for (const z of [-50, -3, -0.9, -1e-3, 1e-3, 0.3, 0.5, 0.6, 0.9, 0.999, 0.999999, 1 - 1e-9, 1 - 1e-12]) {
      expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
    }
  });

  it('₂F₁(a, b; b; z) = (1 − z)^(−a)', () => {
    for (const [a, b, z] of [
      [0.7, 2.3, 0.95],
      [3.2, 0.4, -7],
      [1.5, 5, 0.9999],
    ] as const) {
      expect(relativeError(hyp2f1(a, b, b, z), Math.pow(1 - z, -a))).toBeLessThan(1e-12);
    }
  });

  it('gives arcsin and arctan: ₂F₁(½, ½; 3/2; x²) = arcsin(x)/x, ₂F₁(½, 1; 3/2; −x²) = arctan(x)/x', () => {
    for (const x of [0.1, 0.7, 0.99, 0.999999]) {
      expect(relativeError(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-13);
    }
    for (const x of [0.1, 1, 3, 40]) {
      expect(relativeError(hyp2f1(0.5, 1, 1.5, -x * x), Math.atan(x) / x)).toBeLessThan(1e-13);
    }
  });

  it('sums to Gauss’s value at z = 1 and diverges when c − a − b ≤ 0', () => {
    const gauss = Math.exp(logGamma(5) + logGamma(1.2) - logGamma(3.7) - logGamma(2.5));
    expect(relativeError(hyp2f1(1.3, 2.5, 5, 1), gauss)).toBeLessThan(1e-13);
    expect(hyp2f1(1, 2, 3, 1)).toBe(Infinity);
  });

  it('is a polynomial when a is a non-positive integer', () => {
    const [b, c, z] = [2.5, 3.5, -4];
    const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expect(relativeError(hyp2f1(-2, b, c, z), expected)).toBeLessThan(1e-14);
  });

  it('is NaN outside its domain', () => {
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, Number.NaN, 2, 0.5)).toBeNaN();
  });
});

describe('hyp2f1 against high-precision values (mpmath 1.3.0 at 40 digits, rounded to doubles)', () => {
  const cases: [number, number, number, number, number][] = [
    [1, 2.553, 4.159, 0.9, 2.805935179882895], // a Pareto/NBD term
    [1.953, -0.2, 6.2, 0.95, 0.9265456309258667], // a BG/NBD term after Euler's transformation
    [1.5, 2.5, 4.0, 0.999, 25.648290580560705], // c − a − b = 0
    [1, 3, 4.0000001, 0.99, 9.662340306005206], // c − a − b = 1e-7
    [2.5, 3.5, 8, -15, 0.012321239927125999], // Pfaff, then 1 − z
    [0.3, 1.7, 2.0, 0.9999999, 6.716676121750371], // logarithmic case very near 1
    [1, 300.5, 302.1, 0.995, 110.93339191123302], // a customer with 300 purchases
  ];
  it.each(cases)('₂F₁(%d, %d; %d; %d)', (a, b, c, z, expected) => {
    expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-12);
  });
});

describe('hyp2f1 properties', () => {
  const parameter = fc.double({ min: 0.05, max: 12, noNaN: true });

  it('agrees with the plain Gauss series where that series converges fast (z ≤ 0.8)', () => {
    fc.assert(
      fc.property(
        parameter,
        parameter,
        parameter,
        fc.double({ min: 0.5, max: 0.8, noNaN: true }),
        (a, b, c, z) => {
          const direct = gaussSeries(a, b, c, z);
          fc.pre(direct.converged && direct.largest < 1e3 * Math.abs(direct.sum));
          expect(relativeError(hyp2f1(a, b, c, z), direct.sum)).toBeLessThan(1e-11);
        },
      ),
    );
  });

  it('with a = 1 (continued fraction) agrees with the Gauss series, in either parameter slot', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 400, noNaN: true }),
        fc.double({ min: 0.01, max: 30, noNaN: true }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (b, extra, z) => {
          const c = 1 + extra;
          const direct = gaussSeries(1, b, c, z);
          // With a = 1, b, c > 0 the series' terms are all positive: no cancellation, a safe reference.
          fc.pre(direct.converged && direct.sum < 1e300);
          expect(relativeError(hyp2f1(1, b, c, z), direct.sum)).toBeLessThan(5e-12);
          expect(relativeError(hyp2f1(b, 1, c, z), direct.sum)).toBeLessThan(5e-12);
        },
      ),
    );
  });

  it('is continuous in c across an integer value of c − a − b', () => {
    fc.assert(
      fc.property(
        parameter,
        parameter,
        fc.integer({ min: 0, max: 4 }),
        fc.double({ min: 0.55, max: 0.999, noNaN: true }),
        (a, b, m, z) => {
          const c = a + b + m;
          const exact = hyp2f1(a, b, c, z);
          for (const shift of [1e-12, -1e-9, 1e-6]) {
            // The c-derivative is modest here, so a shift of h moves the value by O(h · |ln(1 − z)|).
            expect(relativeError(hyp2f1(a, b, c + shift, z), exact)).toBeLessThan(
              1e-10 + 50 * Math.abs(shift),
            );
          }
        },
      ),
    );
  });

  it('satisfies Euler’s transformation ₂F₁(a,b;c;z) = (1−z)^(c−a−b) ₂F₁(c−a,c−b;c;z)', () => {
    fc.assert(
      fc.property(
        parameter,
        parameter,
        parameter,
        fc.double({ min: -30, max: 0.999, noNaN: true }),
        (a, b, c, z) => {
          const left = hyp2f1(a, b, c, z);
          const right = Math.pow(1 - z, c - a - b) * hyp2f1(c - a, c - b, c, z);
          fc.pre(Number.isFinite(left) && Math.abs(left) > 1e-200);
          expect(relativeError(right, left)).toBeLessThan(1e-9);
        },
      ),
    );
  });
});
