/**
 * Discounted customer lifetime value over a finite horizon. The horizon is cut into months of
 * 365.25/12 days; the purchases expected in each month, E[Y(t_m)] − E[Y(t_{m−1})], are valued at the
 * customer's expected spend per purchase and discounted from the end of that month:
 *   CLV = E[M] · Σ_m (E[Y(t_m)] − E[Y(t_{m−1})]) · (1 + d)^(−t_m / year),
 * t_m = min(m · month, horizon), d the annual discount rate. Monthly compounding of d is the same as
 * discounting month m by (1 + d)^(−m/12), which is what this does for the whole months.
 */
import type { BtydModel } from './btyd-model.js';
import type { RfPoint } from './rf-groups.js';

export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface ValueOptions {
  /** Horizon in periods (days or weeks). */
  readonly horizon: number;
  /** Days in one period: 1 or 7. */
  readonly daysPerPeriod: number;
  /** Annual discount rate, e.g. 0.1 for 10 % a year. */
  readonly annualDiscountRate: number;
}

export interface PurchaseOutlook {
  /** E[Y(horizon)]: purchases expected over the whole horizon. */
  readonly expectedPurchases: number;
  /** The same purchases, each discounted from the end of its month: CLV = spend × this. */
  readonly discountedPurchases: number;
}

/**
 * The purchase side of CLV for one customer. It does not depend on spend, so customers who share
 * (x, t_x, T) share it; the caller multiplies by each customer's expected spend.
 */
export function purchaseOutlook(model: BtydModel, customer: RfPoint, options: ValueOptions): PurchaseOutlook {
  const { horizon, daysPerPeriod, annualDiscountRate } = options;
  if (!(horizon > 0)) return { expectedPurchases: 0, discountedPurchases: 0 };
  const month = DAYS_PER_MONTH / daysPerPeriod;
  // The small allowance keeps a horizon of exactly k months from growing a zero-length month k+1.
  const months = Math.ceil(horizon / month - 1e-9);
  const logDiscount = Math.log1p(annualDiscountRate);
  let previous = 0;
  let discountedPurchases = 0;
  for (let m = 1; m <= months; m++) {
    const t = Math.min(m * month, horizon);
    const expected = model.expectedPurchases(t, customer);
    const years = (t * daysPerPeriod) / DAYS_PER_YEAR;
    discountedPurchases += (expected - previous) * Math.exp(-logDiscount * years);
    previous = expected;
  }
  return { expectedPurchases: previous, discountedPurchases };
}
