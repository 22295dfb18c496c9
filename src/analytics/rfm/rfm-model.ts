import type { Micros } from './exact-money.js';
import { largerBigintIsBetter, largerIsBetter, quintileScores, smallerIsBetter } from './quintile-score.js';
import type { Score } from './quintile-score.js';
import { SEGMENT_NAMES, segmentFor } from './rfm-segments.js';
import type { SegmentName } from './rfm-segments.js';

/** One purchase line that passed the row filters; `day` counts days since 1970-01-01. */
export interface Transaction {
  readonly customer: string;
  readonly day: number;
  readonly amount: Micros;
  /** Present when frequency counts invoices; ignored when it counts purchase days. */
  readonly invoice?: string;
}

/** What one purchase is: an invoice, or a calendar day when the file has no invoice column. */
export type FrequencyBasis = 'invoices' | 'days';

export interface RfmOptions {
  readonly frequencyBasis: FrequencyBasis;
  /** Reference day for recency; transactions after it are left out. Default: see `finish`. */
  readonly asOf?: number;
}

export interface ScoredCustomer {
  readonly customer: string;
  /** Days from the last purchase to the as-of day. */
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: Micros;
  readonly r: Score;
  readonly f: Score;
  readonly m: Score;
  readonly segment: SegmentName;
}

export interface SegmentTotals {
  customers: number;
  revenue: Micros;
  purchases: number;
}

export interface RfmResult {
  readonly asOf: number;
  /** Transactions dated after an explicit as-of day, left out. */
  readonly afterAsOf: number;
  /** In order of each customer's first transaction. */
  readonly customers: readonly ScoredCustomer[];
  readonly revenue: Micros;
  readonly purchases: number;
  readonly segments: Readonly<Record<SegmentName, SegmentTotals>>;
}

interface CustomerState {
  lastDay: number;
  monetary: Micros;
  purchases: Set<string | number>;
  // Lines of one invoice are usually adjacent; remembering the last key skips most Set lookups.
  lastPurchaseKey: string | number | undefined;
}

export interface RfmAccumulator {
  readonly add: (transaction: Transaction) => void;
  /** Scores everybody; `defaultAsOf` is used when the options gave no as-of day. */
  readonly finish: (defaultAsOf: number) => RfmResult;
}

/** Collects transactions one at a time (the input is streamed) and scores customers at the end. */
export function createRfmAccumulator(options: RfmOptions): RfmAccumulator {
  const states = new Map<string, CustomerState>();
  let afterAsOf = 0;
  let lastCustomer: string | undefined;
  let lastState: CustomerState | undefined;
  const useInvoices = options.frequencyBasis === 'invoices';

  function add(transaction: Transaction): void {
    if (options.asOf !== undefined && transaction.day > options.asOf) {
      afterAsOf += 1;
      return;
    }
    const key = useInvoices ? (transaction.invoice ?? '') : transaction.day;
    // Consecutive lines usually belong to one invoice, hence one customer: comparing two short
    // strings is much cheaper than hashing a fresh string into a large map.
    let state = transaction.customer === lastCustomer ? lastState : states.get(transaction.customer);
    if (!state) {
      state = { lastDay: transaction.day, monetary: 0n, purchases: new Set(), lastPurchaseKey: undefined };
      states.set(transaction.customer, state);
    }
    lastCustomer = transaction.customer;
    lastState = state;
    if (transaction.day > state.lastDay) state.lastDay = transaction.day;
    state.monetary += transaction.amount;
    if (key !== state.lastPurchaseKey) {
      state.purchases.add(key);
      state.lastPurchaseKey = key;
    }
  }

  function finish(defaultAsOf: number): RfmResult {
    const asOf = options.asOf ?? defaultAsOf;
    const customers = scoreCustomers([...states], asOf);
    return { asOf, afterAsOf, customers, ...totalsOf(customers) };
  }

  return { add, finish };
}

function scoreCustomers(entries: [string, CustomerState][], asOf: number): ScoredCustomer[] {
  const recency = entries.map(([, state]) => asOf - state.lastDay);
  const frequency = entries.map(([, state]) => state.purchases.size);
  const monetary = entries.map(([, state]) => state.monetary);
  const r = quintileScores(recency, smallerIsBetter);
  const f = quintileScores(frequency, largerIsBetter);
  const m = quintileScores(monetary, largerBigintIsBetter);
  return entries.map(([customer], index) => {
    const scores = { r: r[index] as Score, f: f[index] as Score, m: m[index] as Score };
    return {
      customer,
      recency: recency[index] as number,
      frequency: frequency[index] as number,
      monetary: monetary[index] as Micros,
      ...scores,
      segment: segmentFor(scores.r, scores.f, scores.m),
    };
  });
}

function totalsOf(
  customers: readonly ScoredCustomer[],
): Pick<RfmResult, 'revenue' | 'purchases' | 'segments'> {
  const segments = Object.fromEntries(
    SEGMENT_NAMES.map((name) => [name, { customers: 0, revenue: 0n, purchases: 0 }]),
  ) as Record<SegmentName, SegmentTotals>;
  let revenue = 0n;
  let purchases = 0;
  for (const customer of customers) {
    const totals = segments[customer.segment];
    totals.customers += 1;
    totals.revenue += customer.monetary;
    totals.purchases += customer.frequency;
    revenue += customer.monetary;
    purchases += customer.frequency;
  }
  return { revenue, purchases, segments };
}
