/** What the CLV analysis needs from a fitted buy-till-you-die model, whichever model it is. */
import type { RfPoint } from './rf-groups.js';

export type BtydModelName = 'bgnbd' | 'pareto-nbd';

export interface BtydModel {
  readonly name: BtydModelName;
  /** Maximum-likelihood parameters, named as in the papers (r, alpha, a, b or r, alpha, s, beta). */
  readonly params: Readonly<Record<string, number>>;
  readonly logLikelihood: number;
  /** P(the customer is still active at the end of calibration | x, t_x, T). */
  probabilityAlive(customer: RfPoint): number;
  /** E[number of purchases in (T, T + t] | x, t_x, T]. */
  expectedPurchases(t: number, customer: RfPoint): number;
  /** E[X(t)]: purchases in the first t periods of a customer who has just made a first purchase. */
  expectedPurchasesNew(t: number): number;
}
