/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965, with the standard coefficients of Lagarias
 * et al. 1998). It needs no gradient and shrugs off objective values of +Infinity (or NaN, treated as
 * +Infinity), which is what a log-likelihood returns when a trial point overflows; that makes it the
 * robust first stage before a gradient method polishes the answer.
 */

export type Objective = (x: readonly number[]) => number;

export interface MinimizeResult {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
  readonly converged: boolean;
}

export interface NelderMeadOptions {
  /** Size of the initial simplex along each axis. */
  readonly step?: number;
  readonly maxEvaluations?: number;
  /** Stop when the simplex values agree to this (absolute) and its vertices to `xTolerance`. */
  readonly fTolerance?: number;
  readonly xTolerance?: number;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/** Evaluates `objective`, mapping NaN to +Infinity so that comparisons stay meaningful. */
export function safe(objective: Objective): Objective {
  return (x) => {
    const value = objective(x);
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };
}

interface Vertex {
  x: number[];
  value: number;
}

/** x + t (y − x), componentwise. */
function along(x: readonly number[], y: readonly number[], t: number): number[] {
  return x.map((xi, i) => xi + t * (y[i]! - xi));
}

function hasConverged(simplex: readonly Vertex[], fTolerance: number, xTolerance: number): boolean {
  const best = simplex[0]!;
  const worst = simplex[simplex.length - 1]!;
  if (!(Math.abs(worst.value - best.value) <= fTolerance)) return false;
  return simplex.every((vertex) => vertex.x.every((xi, i) => Math.abs(xi - best.x[i]!) <= xTolerance));
}

export function nelderMead(
  objective: Objective,
  start: readonly number[],
  options: NelderMeadOptions = {},
): MinimizeResult {
  const f = safe(objective);
  const { step = 0.5, maxEvaluations = 4000, fTolerance = 1e-10, xTolerance = 1e-7 } = options;
  const n = start.length;
  const simplex: Vertex[] = [{ x: [...start], value: f(start) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i]! += step;
    simplex.push({ x, value: f(x) });
  }
  let evaluations = n + 1;
  const evaluate = (x: number[]): Vertex => {
    evaluations++;
    return { x, value: f(x) };
  };
  for (;;) {
    simplex.sort((p, q) => p.value - q.value);
    if (hasConverged(simplex, fTolerance, xTolerance)) {
      return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations, converged: true };
    }
    if (evaluations >= maxEvaluations) {
      return { x: simplex[0]!.x, value: simplex[0]!.value, evaluations, converged: false };
    }
    const worst = simplex[n]!;
    const centroid = new Array<number>(n).fill(0);
    for (let v = 0; v < n; v++) for (let i = 0; i < n; i++) centroid[i]! += simplex[v]!.x[i]! / n;
    const reflected = evaluate(along(centroid, worst.x, -REFLECT));
    if (reflected.value < simplex[0]!.value) {
      const expanded = evaluate(along(centroid, worst.x, -EXPAND));
      simplex[n] = expanded.value < reflected.value ? expanded : reflected;
      continue;
    }
    if (reflected.value < simplex[n - 1]!.value) {
      simplex[n] = reflected;
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const outside = reflected.value < worst.value;
    const contracted = evaluate(along(centroid, worst.x, outside ? -CONTRACT : CONTRACT));
    if (contracted.value < (outside ? reflected.value : worst.value)) {
      simplex[n] = contracted;
      continue;
    }
    for (let v = 1; v <= n; v++) simplex[v] = evaluate(along(simplex[0]!.x, simplex[v]!.x, SHRINK));
  }
}
