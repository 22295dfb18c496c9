/**
 * Global-enough minimisation for smooth, low-dimensional likelihoods: a short, coarse Nelder–Mead
 * run from each of several starting points (to land in the right basin whatever the scale of the
 * data), then BFGS from the best of them. If BFGS stalls before its gradient test, a fresh small
 * simplex restarts from its point and BFGS runs again; the restart matters because both methods can
 * stall on a flat ridge (McKinnon 1998 for the simplex).
 */
import { bfgs, numericalGradient } from './bfgs.js';
import { nelderMead } from './nelder-mead.js';
import type { MinimizeResult, Objective } from './nelder-mead.js';

/**
 * Largest slope accepted at a point that neither BFGS nor a fresh simplex can improve: far below the
 * slopes along a ridge that rises to infinity (1e-4 and more), above the noise of central
 * differences on an ill-conditioned surface (1e-7).
 */
const STATIONARY_SLOPE = 1e-5;

export interface RestartOptions {
  /** Initial simplex size for the first runs. */
  readonly step?: number;
  readonly maxRounds?: number;
  /** Budget of each coarse Nelder–Mead run from a starting point. */
  readonly coarseEvaluations?: number;
}

export interface RestartResult extends MinimizeResult {
  readonly rounds: number;
}

function better(p: MinimizeResult, q: MinimizeResult): MinimizeResult {
  return q.value < p.value ? q : p;
}

export function minimizeWithRestarts(
  objective: Objective,
  starts: readonly (readonly number[])[],
  options: RestartOptions = {},
): RestartResult {
  if (starts.length === 0) throw new RangeError('minimizeWithRestarts needs at least one start');
  const { step = 0.5, maxRounds = 4, coarseEvaluations = 60 } = options;
  let evaluations = 0;
  let best: MinimizeResult | undefined;
  for (const start of starts) {
    // Coarse: the simplex only has to find the right basin; BFGS does the fine work far cheaper.
    const run = nelderMead(objective, start, {
      step,
      maxEvaluations: coarseEvaluations,
      fTolerance: 1e-6,
      xTolerance: 1e-2,
    });
    evaluations += run.evaluations;
    best = best === undefined ? run : better(best, run);
  }
  let current = best!;
  let rounds = 0;
  let converged = false;
  while (rounds < maxRounds && Number.isFinite(current.value)) {
    rounds++;
    const polished = bfgs(objective, current.x);
    evaluations += polished.evaluations;
    current = better(current, polished);
    if (polished.converged) {
      converged = true;
      break;
    }
    // BFGS stalled (a ridge, or a line search that found no decrease): a fresh small simplex moves
    // the point before the next round. If even that gains nothing, the surface is flat here (a
    // ridge running to infinity, say) and further rounds would only burn evaluations.
    const probe = nelderMead(objective, current.x, {
      step: 0.05,
      maxEvaluations: 100 * current.x.length,
      fTolerance: 1e-10,
      xTolerance: 1e-6,
    });
    evaluations += probe.evaluations;
    const gain = current.value - probe.value;
    current = better(current, probe);
    if (!(gain > 1e-10 * Math.max(1, Math.abs(current.value)))) {
      // Neither method can improve the point. It is a minimum at the precision of the objective if
      // the slope is negligible there too; a ridge still sloping to infinity is not.
      evaluations += 2 * current.x.length;
      const slope = numericalGradient(objective, current.x);
      converged = slope.every((g) => Math.abs(g) <= STATIONARY_SLOPE);
      break;
    }
  }
  return { x: current.x, value: current.value, evaluations, converged, rounds };
}
