/**
 * Maximum likelihood over positive parameters, shared by the three models. The optimiser works on
 * their logarithms, so every trial point is admissible and the parameters' very different scales
 * (r ≈ 0.2 next to α ≈ 40 days) look alike to it. The logarithms are confined to ±16 (a factor of
 * about 10⁷ either way): when the likelihood keeps rising towards a limit, as it does for Pareto/NBD
 * s and β when the data show no spread in lifetimes, the search stops there instead of wandering
 * off to where the special functions are slow, and the parameters at the limit are reported.
 */
import { minimizeWithRestarts } from '../optimize/minimize.js';

export const LOG_PARAMETER_LIMIT = 16;

/** Fit diagnostics reported alongside the parameters. */
export interface FitInfo {
  readonly converged: boolean;
  readonly evaluations: number;
  /** Parameters that ended at the edge of the search range: the estimate there is a limit, not a maximum. */
  readonly atLimit: readonly string[];
}

export function fitPositiveParameters<Name extends string>(
  names: readonly Name[],
  /** Minus the log-likelihood, preferably per customer so that tolerances mean the same on any data. */
  cost: (params: Readonly<Record<Name, number>>) => number,
  starts: readonly Readonly<Record<Name, number>>[],
): { params: Record<Name, number>; fit: FitInfo } {
  const fromLog = (theta: readonly number[]): Record<Name, number> =>
    Object.fromEntries(names.map((name, i) => [name, Math.exp(theta[i]!)])) as Record<Name, number>;
  const objective = (theta: readonly number[]): number =>
    theta.some((value) => Math.abs(value) > LOG_PARAMETER_LIMIT)
      ? Number.POSITIVE_INFINITY
      : cost(fromLog(theta));
  const result = minimizeWithRestarts(
    objective,
    starts.map((start) => names.map((name) => Math.log(start[name]))),
  );
  const atLimit = names.filter((_, i) => Math.abs(result.x[i]!) > LOG_PARAMETER_LIMIT - 0.5);
  return {
    params: fromLog(result.x),
    fit: { converged: result.converged && atLimit.length === 0, evaluations: result.evaluations, atLimit },
  };
}
