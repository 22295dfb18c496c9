/**
 * Turns a transaction log into the per-customer "RFM" summary that buy-till-you-die models take:
 * frequency x, recency t_x and age T in the calibration period, the mean value of repeat purchases,
 * and the number of purchases in a holdout period. Definitions (docs/analytics-clv.md):
 * - all transactions of a customer on one day are one purchase, with their amounts added;
 * - only customers whose first purchase is on or before the calibration end are kept;
 * - x = purchase days after the first, up to the calibration end; t_x = first → last of them;
 * - T = first purchase → calibration end, a difference of calendar dates (end − first) days, as in
 *   BTYD and lifetimes, so that the published CDNOW fits come out as they are;
 * - holdout purchases are purchase days in (calibration end, holdout end].
 * Times are in days, or days / 7 with the week period.
 */

export type Period = 'day' | 'week';

export interface SummaryOptions {
  /** Last day of the calibration period (day number since 1970-01-01), inclusive. */
  readonly calibrationEnd: number;
  /** Last day of the holdout period, inclusive; no holdout purchases are counted when absent. */
  readonly holdoutEnd?: number;
  readonly period: Period;
}

export interface CustomerSummary {
  readonly customer: string;
  readonly firstDay: number;
  /** x: repeat purchases (purchase days) in the calibration period. */
  readonly frequency: number;
  /** t_x, in periods. */
  readonly recency: number;
  /** T, in periods. */
  readonly age: number;
  /** Mean value of the repeat purchases in the calibration period; 0 when frequency is 0. */
  readonly monetary: number;
  readonly holdoutPurchases: number;
}

export interface CalibrationSummary {
  readonly customers: readonly CustomerSummary[];
  /** Σ x over the customers. */
  readonly repeatTransactions: number;
  /** Holdout length in periods (0 without a holdout). */
  readonly holdoutLength: number;
  readonly period: Period;
}

export function daysPerPeriod(period: Period): number {
  return period === 'week' ? 7 : 1;
}

/**
 * Collects transactions one at a time (the command streams them from a file), keeping one total per
 * customer and day, which is all the summary needs.
 */
export class PurchaseLog {
  private readonly byCustomer = new Map<string, Map<number, number>>();

  add(customer: string, day: number, amount: number): void {
    let days = this.byCustomer.get(customer);
    if (days === undefined) {
      days = new Map();
      this.byCustomer.set(customer, days);
    }
    days.set(day, (days.get(day) ?? 0) + amount);
  }

  get customerCount(): number {
    return this.byCustomer.size;
  }

  /** Customers in order of first appearance in the log. */
  summarize(options: SummaryOptions): CalibrationSummary {
    const { calibrationEnd, holdoutEnd, period } = options;
    const unit = daysPerPeriod(period);
    const customers: CustomerSummary[] = [];
    let repeatTransactions = 0;
    for (const [customer, days] of this.byCustomer) {
      const summary = summarizeCustomer(days, calibrationEnd, holdoutEnd);
      if (summary === undefined) continue;
      customers.push({
        customer,
        firstDay: summary.firstDay,
        frequency: summary.frequency,
        recency: (summary.lastDay - summary.firstDay) / unit,
        age: (calibrationEnd - summary.firstDay) / unit,
        monetary: summary.frequency > 0 ? summary.repeatValue / summary.frequency : 0,
        holdoutPurchases: summary.holdoutPurchases,
      });
      repeatTransactions += summary.frequency;
    }
    const holdoutLength = holdoutEnd === undefined ? 0 : Math.max(0, holdoutEnd - calibrationEnd) / unit;
    return { customers, repeatTransactions, holdoutLength, period };
  }
}

interface DaySummary {
  firstDay: number;
  lastDay: number;
  frequency: number;
  repeatValue: number;
  holdoutPurchases: number;
}

/** One customer's purchase days → the calibration counts, or undefined when the first purchase is too late. */
function summarizeCustomer(
  days: ReadonlyMap<number, number>,
  calibrationEnd: number,
  holdoutEnd: number | undefined,
): DaySummary | undefined {
  let firstDay = Number.POSITIVE_INFINITY;
  for (const day of days.keys()) if (day < firstDay) firstDay = day;
  if (firstDay > calibrationEnd) return undefined;
  const result: DaySummary = {
    firstDay,
    lastDay: firstDay,
    frequency: 0,
    repeatValue: 0,
    holdoutPurchases: 0,
  };
  for (const [day, amount] of days) {
    if (day === firstDay) continue;
    if (day <= calibrationEnd) {
      result.frequency++;
      result.repeatValue += amount;
      if (day > result.lastDay) result.lastDay = day;
    } else if (holdoutEnd !== undefined && day <= holdoutEnd) {
      result.holdoutPurchases++;
    }
  }
  return result;
}

/** Summarises a whole log at once (tests and library callers; the command streams into a PurchaseLog). */
export function summarizeTransactions(
  transactions: Iterable<{ readonly customer: string; readonly day: number; readonly amount: number }>,
  options: SummaryOptions,
): CalibrationSummary {
  const log = new PurchaseLog();
  for (const { customer, day, amount } of transactions) log.add(customer, day, amount);
  return log.summarize(options);
}
