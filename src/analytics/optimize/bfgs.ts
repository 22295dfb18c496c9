/**
 * Quasi-Newton (BFGS) minimisation with central-difference gradients and a backtracking line search
 * (Nocedal & Wright, Numerical Optimization, 2nd ed., algorithm 6.1). Near an optimum it converges
 * superlinearly, so it turns a Nelder–Mead answer good to a few digits into one good to the
 * precision of the objective.
 */
import { safe } from './nelder-mead.js';
import type { MinimizeResult, Objective } from './nelder-mead.js';

export interface BfgsOptions {
  readonly maxIterations?: number;
  /** Stop when every gradient component is below this. */
  readonly gradientTolerance?: number;
  /** Relative finite-difference step. */
  readonly differenceStep?: number;
}

/** Central differences: error O(h²) from truncation plus O(ε|f|/h) from rounding. */
export function numericalGradient(f: Objective, x: readonly number[], relativeStep = 1e-5): number[] {
  return x.map((xi, i) => {
    const h = relativeStep * Math.max(1, Math.abs(xi));
    const up = [...x];
    const down = [...x];
    up[i] = xi + h;
    down[i] = xi - h;
    return (f(up) - f(down)) / (2 * h);
  });
}

function dot(u: readonly number[], v: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, the BFGS update of the inverse Hessian. */
function updateInverseHessian(h: number[][], s: readonly number[], y: readonly number[]): void {
  const n = s.length;
  const rho = 1 / dot(y, s);
  const hy = h.map((row) => dot(row, y));
  const yhy = dot(y, hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i]![j]! += -rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!;
    }
  }
}

/** Backtracking from a unit step with the Armijo condition f(x + t d) ≤ f(x) + 1e-4 t ∇f·d. */
function backtrack(
  f: Objective,
  x: readonly number[],
  value: number,
  direction: readonly number[],
  slope: number,
): { trial: number[]; trialValue: number; evaluations: number } {
  let t = 1;
  let trial = x.map((xi, i) => xi + t * direction[i]!);
  let trialValue = f(trial);
  let evaluations = 1;
  while (!(trialValue <= value + 1e-4 * t * slope) && t > 1e-12) {
    t *= 0.5;
    trial = x.map((xi, i) => xi + t * direction[i]!);
    trialValue = f(trial);
    evaluations++;
  }
  return { trial, trialValue, evaluations };
}

/**
 * Applies the BFGS update for step s and gradient change y unless the curvature condition sᵀy > 0
 * fails (the update would break positive definiteness). Before the first update the identity is
 * scaled to the curvature just seen (Nocedal & Wright eq. 6.20), so that the next step has the right
 * length instead of backtracking from 1.
 */
function curvatureUpdate(h: number[][], s: readonly number[], y: readonly number[], first: boolean): boolean {
  const sy = dot(s, y);
  if (!(sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y)))) return false;
  if (first) {
    const scale = sy / dot(y, y);
    for (let i = 0; i < s.length; i++) h[i]![i] = scale;
  }
  updateInverseHessian(h, s, y);
  return true;
}

export function bfgs(
  objective: Objective,
  start: readonly number[],
  options: BfgsOptions = {},
): MinimizeResult {
  const f = safe(objective);
  const { maxIterations = 100, gradientTolerance = 1e-7, differenceStep = 1e-5 } = options;
  const n = start.length;
  let x = [...start];
  let value = f(x);
  let evaluations = 1;
  const gradientAt = (point: readonly number[]): number[] => {
    evaluations += 2 * n;
    return numericalGradient(f, point, differenceStep);
  };
  let gradient = gradientAt(x);
  const inverseHessian = identity(n);
  let updates = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (!Number.isFinite(value) || gradient.every((g) => Math.abs(g) <= gradientTolerance)) {
      return { x, value, evaluations, converged: Number.isFinite(value) };
    }
    let direction = inverseHessian.map((row) => -dot(row, gradient));
    let slope = dot(direction, gradient);
    // −slope/2 = ½ gᵀH⁻¹g is what a Newton step would still gain. On an ill-conditioned surface the
    // gradient stays above any fixed tolerance at the noise floor of the differences, but this
    // predicted gain does not; once the curvature model has seen every direction, trust it.
    const tiny = 1e-15 * Math.max(1, Math.abs(value));
    if (updates >= n && slope < 0 && -slope / 2 <= tiny) return { x, value, evaluations, converged: true };
    if (!(slope < 0)) {
      // The quasi-Newton model lost positive definiteness: fall back to steepest descent.
      for (let i = 0; i < n; i++) inverseHessian[i] = identity(n)[i]!;
      updates = 0;
      direction = gradient.map((g) => -g);
      slope = dot(direction, gradient);
    }
    const search = backtrack(f, x, value, direction, slope);
    evaluations += search.evaluations;
    const { trial, trialValue } = search;
    if (!(trialValue <= value)) {
      // No decrease along a descent direction: at the noise floor if little was left to gain.
      return { x, value, evaluations, converged: updates >= n && -slope / 2 <= 1e3 * tiny };
    }
    const trialGradient = gradientAt(trial);
    const s = trial.map((ti, i) => ti - x[i]!);
    const y = trialGradient.map((gi, i) => gi - gradient[i]!);
    if (curvatureUpdate(inverseHessian, s, y, iteration === 0)) updates++;
    const improvement = value - trialValue;
    [x, value, gradient] = [trial, trialValue, trialGradient];
    if (improvement <= 1e-15 * Math.max(1, Math.abs(value)) && dot(s, s) < 1e-20) break;
  }
  return { x, value, evaluations, converged: gradient.every((g) => Math.abs(g) <= gradientTolerance) };
}
