import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digamma, gammaSign, logBeta, logGamma, logGammaDifferenceQuotient } from './log-gamma.js';

const EULER_GAMMA = 0.5772156649015329;

/** Relative error, with an absolute floor near zero where relative error means nothing. */
function closeTo(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n++) {
      closeTo(logGamma(n), Math.log(factorial), 1e-14);
      factorial *= n;
    }
    closeTo(logGamma(0.5), 0.5 * Math.log(Math.PI), 4e-15);
    closeTo(logGamma(1.5), Math.log(Math.sqrt(Math.PI) / 2), 4e-15);
  });

  it('matches high-precision values (mpmath 1.3.0 at 40 digits, rounded to doubles) at small, medium and huge arguments', () => {
    closeTo(logGamma(100), 359.1342053695754, 1e-15);
    closeTo(logGamma(1e-8), 18.42068073818021, 1e-15);
    closeTo(logGamma(0.25), 1.2880225246980774, 1e-15);
    closeTo(logGamma(1e6), 12815504.569147611, 1e-15);
  });

  it('reflects to negative arguments: Γ(−½) = −2√π, Γ(−2.5) = −8√π/15', () => {
    closeTo(logGamma(-0.5), Math.log(2 * Math.sqrt(Math.PI)), 1e-14);
    expect(gammaSign(-0.5)).toBe(-1);
    closeTo(logGamma(-2.5), -0.056243716497674054, 1e-14);
    expect(gammaSign(-2.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(logGamma(-3)).toBe(Infinity);
    expect(gammaSign(-3)).toBe(0);
  });

  it('satisfies ln Γ(x+1) − ln Γ(x) = ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e6, noNaN: true }), (x) => {
        // The subtraction itself can only be as exact as the larger of the two log-gammas.
        const scale = Math.max(1, Math.abs(logGamma(x)));
        expect(Math.abs(logGamma(x + 1) - logGamma(x) - Math.log(x))).toBeLessThanOrEqual(1e-14 * scale);
      }),
    );
  });

  it('gives ln B(a, b) with B(2, 3) = 1/12', () => {
    closeTo(logBeta(2, 3), Math.log(1 / 12), 1e-15);
  });
});

describe('digamma and the log-gamma difference quotient', () => {
  it('has ψ(1) = −γ, ψ(½) = −γ − 2 ln 2 and ψ(7.3) from mpmath', () => {
    closeTo(digamma(1), -EULER_GAMMA, 1e-14);
    closeTo(digamma(0.5), -EULER_GAMMA - 2 * Math.LN2, 1e-14);
    closeTo(digamma(7.3), 1.9178203356379862, 1e-14);
  });

  it('stays accurate for tiny shifts, where subtracting log-gammas would not', () => {
    // [ln Γ(x+h) − ln Γ(x)]/h = ψ(x) + h ψ'(x)/2 + O(h²); ψ'(1) = π²/6.
    const h = 1e-12;
    closeTo(logGammaDifferenceQuotient(1, h), -EULER_GAMMA + (h * Math.PI ** 2) / 12, 1e-14);
  });

  it('agrees with plain subtraction for moderate shifts, on both sides of zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8.9, max: 60, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: 0.01, max: 0.2, noNaN: true }),
        (x, h) => {
          fc.pre(Math.floor(x) === Math.floor(x + h) || x > 0);
          fc.pre(!Number.isInteger(x) && !Number.isInteger(x + h));
          const direct = (logGamma(x + h) - logGamma(x)) / h;
          closeTo(logGammaDifferenceQuotient(x, h), direct, 1e-9);
        },
      ),
    );
  });

  it('is NaN when a pole lies between x and x + h', () => {
    expect(logGammaDifferenceQuotient(-1.05, 0.1)).toBeNaN();
  });
});
