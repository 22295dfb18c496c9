import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bfgs, numericalGradient } from './bfgs.js';
import { minimizeWithRestarts } from './minimize.js';
import { nelderMead } from './nelder-mead.js';

const rosenbrock = (x: readonly number[]): number => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;

describe('nelderMead', () => {
  it('finds the Rosenbrock minimum from the classic start (−1.2, 1)', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { fTolerance: 1e-14, xTolerance: 1e-9 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('steps around regions where the objective is infinite or NaN', () => {
    // Admissible only for x₀ > 0, like a log-likelihood in raw parameters.
    const f = (x: readonly number[]): number =>
      x[0]! <= 0 ? Number.NaN : (Math.log(x[0]!) - 1) ** 2 + x[1]! ** 2;
    const result = nelderMead(f, [0.2, 1], { fTolerance: 1e-14, xTolerance: 1e-9 });
    expect(result.x[0]).toBeCloseTo(Math.E, 5);
    expect(result.x[1]).toBeCloseTo(0, 5);
  });

  it('stops at its evaluation budget and says so', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 20 });
    expect(result.converged).toBe(false);
    expect(result.evaluations).toBeLessThanOrEqual(23);
  });
});

describe('bfgs', () => {
  it('minimises a convex quadratic to machine precision', () => {
    const f = (x: readonly number[]): number =>
      (x[0]! - 3) ** 2 + 10 * (x[1]! + 1) ** 2 + (x[0]! - 3) * (x[1]! + 1);
    const result = bfgs(f, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3, 7);
    expect(result.x[1]).toBeCloseTo(-1, 7);
  });

  it('follows the Rosenbrock valley', () => {
    const result = bfgs(rosenbrock, [-1.2, 1]);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('computes gradients by central differences', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (a, b) => {
          const [ga, gb] = numericalGradient((x) => Math.sin(x[0]!) * x[1]! ** 2, [a, b]);
          expect(ga).toBeCloseTo(Math.cos(a) * b * b, 6);
          expect(gb).toBeCloseTo(2 * Math.sin(a) * b, 6);
        },
      ),
    );
  });
});

describe('minimizeWithRestarts', () => {
  it('picks the deeper of two basins from several starts', () => {
    // Minima near x = −2 (value ≈ −4.8) and x = 2 (value ≈ −3.2); the second start sits in the worse one.
    const f = (x: readonly number[]): number => (x[0]! ** 2 - 4) ** 2 / 4 + 0.4 * x[0]! - 4;
    const result = minimizeWithRestarts(f, [[-1.5], [3]]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(-2.049, 2);
  });

  it('reaches the minimum of a 4-parameter problem whatever the scale of the start', () => {
    const target = [0.5, -1, 2, 0.1];
    const f = (x: readonly number[]): number =>
      x.reduce((sum, xi, i) => sum + (i + 1) * (xi - target[i]!) ** 2, 0) +
      (x[0]! - target[0]!) * (x[1]! - target[1]!);
    const result = minimizeWithRestarts(f, [
      [5, 5, 5, 5],
      [0, 0, 0, 0],
    ]);
    result.x.forEach((xi, i) => expect(xi).toBeCloseTo(target[i]!, 5));
  });

  it('refuses to run without a start', () => {
    expect(() => minimizeWithRestarts(rosenbrock, [])).toThrow(RangeError);
  });
});
