import type { Micros } from '../rfm/exact-money.js';

/** One purchase line that passed the row filters; `day` counts days since 1970-01-01. */
export interface CohortTransaction {
  readonly customer: string;
  readonly day: number;
  readonly amount: Micros;
}

/** The customers whose first purchase fell in one calendar month, followed month by month. */
export interface Cohort {
  /** Months since January 1970 (see `monthOfDay`). */
  readonly month: number;
  readonly customers: number;
  /** active[k]: cohort customers with at least one purchase in month `month + k`. */
  readonly active: readonly number[];
  /** retention[k] = active[k] / customers; retention[0] is always 1. */
  readonly retention: readonly number[];
  /** revenue[k]: what the cohort spent in month `month + k`. */
  readonly revenue: readonly Micros[];
}

export interface CohortResult {
  readonly customers: number;
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Oldest cohort first; every cohort is followed up to `lastMonth`, so rows shorten downwards. */
  readonly cohorts: readonly Cohort[];
}

export interface CohortAccumulator {
  readonly add: (transaction: CohortTransaction) => void;
  readonly finish: () => CohortResult;
}

const MILLIS_PER_DAY = 86_400_000;

/** The calendar month of a day number, counted in months since January 1970 (UTC). */
export function monthOfDay(day: number): number {
  const date = new Date(day * MILLIS_PER_DAY);
  return (date.getUTCFullYear() - 1970) * 12 + date.getUTCMonth();
}

/** `YYYY-MM` for a month number from `monthOfDay`. */
export function formatMonth(month: number): string {
  const year = 1970 + Math.floor(month / 12);
  const monthOfYear = month - (year - 1970) * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`;
}

/**
 * Collects transactions in any order. A customer's cohort is only known once all of their
 * purchases have been seen (the file need not be sorted), so each customer keeps spend per
 * active month until `finish` places them.
 */
export function createCohortAccumulator(): CohortAccumulator {
  const spendByCustomer = new Map<string, Map<number, Micros>>();
  // Transactions cluster on few distinct days; caching avoids a Date per line.
  const monthCache = new Map<number, number>();
  let lastCustomer: string | undefined;
  let lastSpend: Map<number, Micros> | undefined;

  function add(transaction: CohortTransaction): void {
    let month = monthCache.get(transaction.day);
    if (month === undefined) {
      month = monthOfDay(transaction.day);
      monthCache.set(transaction.day, month);
    }
    // Consecutive lines usually belong to one customer; a string comparison beats a map lookup.
    let spend = transaction.customer === lastCustomer ? lastSpend : spendByCustomer.get(transaction.customer);
    if (!spend) {
      spend = new Map();
      spendByCustomer.set(transaction.customer, spend);
    }
    lastCustomer = transaction.customer;
    lastSpend = spend;
    spend.set(month, (spend.get(month) ?? 0n) + transaction.amount);
  }

  return { add, finish: () => buildCohorts(spendByCustomer.values()) };
}

/** Computes cohorts from an in-memory list; the same result as feeding an accumulator. */
export function computeCohorts(transactions: Iterable<CohortTransaction>): CohortResult {
  const accumulator = createCohortAccumulator();
  for (const transaction of transactions) accumulator.add(transaction);
  return accumulator.finish();
}

interface MutableCohort {
  customers: number;
  active: number[];
  revenue: Micros[];
}

function buildCohorts(customers: Iterable<Map<number, Micros>>): CohortResult {
  const byMonth = new Map<number, MutableCohort>();
  let customerCount = 0;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (const spend of customers) {
    customerCount += 1;
    const months = [...spend.keys()];
    const acquisition = Math.min(...months);
    firstMonth = Math.min(firstMonth, acquisition);
    lastMonth = Math.max(lastMonth, ...months);
    let cohort = byMonth.get(acquisition);
    if (!cohort) {
      cohort = { customers: 0, active: [], revenue: [] };
      byMonth.set(acquisition, cohort);
    }
    cohort.customers += 1;
    for (const [month, amount] of spend) {
      const offset = month - acquisition;
      cohort.active[offset] = (cohort.active[offset] ?? 0) + 1;
      cohort.revenue[offset] = (cohort.revenue[offset] ?? 0n) + amount;
    }
  }
  if (customerCount === 0) return { customers: 0, firstMonth: 0, lastMonth: -1, cohorts: [] };
  const cohorts = [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, cohort]) => finishCohort(month, cohort, lastMonth - month + 1));
  return { customers: customerCount, firstMonth, lastMonth, cohorts };
}

function finishCohort(month: number, cohort: MutableCohort, length: number): Cohort {
  // Months with no activity are holes in the sparse arrays; they become explicit zeros.
  const active = Array.from({ length }, (_, offset) => cohort.active[offset] ?? 0);
  const revenue = Array.from({ length }, (_, offset) => cohort.revenue[offset] ?? 0n);
  const retention = active.map((count) => count / cohort.customers);
  return { month, customers: cohort.customers, active, retention, revenue };
}
