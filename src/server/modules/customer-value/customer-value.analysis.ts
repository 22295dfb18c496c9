import { analyzeClv, ClvDataError } from '../../../analytics/clv/clv-analysis.js';
import type { BtydModelName } from '../../../analytics/clv/btyd-model.js';
import { PurchaseLog } from '../../../analytics/clv/summary.js';
import { createCohortAccumulator, formatMonth } from '../../../analytics/cohorts/cohort-model.js';
import { createRfmAccumulator } from '../../../analytics/rfm/rfm-model.js';
import { SEGMENT_NAMES } from '../../../analytics/rfm/rfm-segments.js';
import { churnRiskOf, SEGMENT_KEYS } from './customer-value.fields.js';

/**
 * The analyses on one customer level's purchases, without I/O: each takes the purchase days the
 * repository streams (one total per customer and day, in minor units of the workspace currency) and
 * gives the figures the analysis page shows and the values stored on each customer. Amounts stay in
 * minor units, so the command line on the same purchases (amounts in minor units) gives the same
 * numbers.
 */

export interface PurchaseDay {
  readonly customer: string;
  /** Days since 1970-01-01. */
  readonly day: number;
  readonly amountMinor: number;
}

/** What an analysis writes on one customer's record. */
export interface CustomerValues {
  readonly id: string;
  readonly rfmSegment?: string;
  readonly rfmScore?: string;
  readonly expectedPurchases?: number;
  readonly probabilityAlive?: number;
  readonly churnRisk?: string;
  readonly lifetimeValue?: number;
}

export interface LevelAnalysis {
  /** Per-level figures for the analysis page (JSON). */
  readonly summary: Record<string, unknown>;
  readonly values: readonly CustomerValues[];
}

export interface ClvParams {
  readonly model: BtydModelName;
  readonly horizonWeeks: number;
  readonly holdoutWeeks: number;
  readonly discountRate: number;
}

const MICROS_PER_UNIT = 1_000_000n;
const segmentKey = new Map<string, string>(SEGMENT_NAMES.map((name, i) => [name, SEGMENT_KEYS[i]!]));

export async function rfmAnalysis(
  purchases: AsyncIterable<PurchaseDay>,
  asOf: number,
): Promise<LevelAnalysis> {
  const accumulator = createRfmAccumulator({ frequencyBasis: 'days', asOf });
  for await (const p of purchases)
    accumulator.add({ customer: p.customer, day: p.day, amount: BigInt(p.amountMinor) * MICROS_PER_UNIT });
  const result = accumulator.finish(asOf);
  const segments = SEGMENT_NAMES.map((name) => ({
    segment: segmentKey.get(name)!,
    customers: result.segments[name].customers,
    revenueMinor: Number(result.segments[name].revenue / MICROS_PER_UNIT),
    purchases: result.segments[name].purchases,
  }));
  return {
    summary: {
      customers: result.customers.length,
      revenueMinor: Number(result.revenue / MICROS_PER_UNIT),
      purchases: result.purchases,
      afterAsOf: result.afterAsOf,
      segments,
    },
    values: result.customers.map((c) => ({
      id: c.customer,
      rfmSegment: segmentKey.get(c.segment)!,
      rfmScore: `${c.r}${c.f}${c.m}`,
    })),
  };
}

export async function cohortAnalysis(
  purchases: AsyncIterable<PurchaseDay>,
  asOf: number,
): Promise<LevelAnalysis> {
  const accumulator = createCohortAccumulator();
  for await (const p of purchases)
    if (p.day <= asOf)
      accumulator.add({ customer: p.customer, day: p.day, amount: BigInt(p.amountMinor) * MICROS_PER_UNIT });
  const result = accumulator.finish();
  return {
    summary: {
      customers: result.customers,
      cohorts: result.cohorts.map((cohort) => ({
        cohort: formatMonth(cohort.month),
        customers: cohort.customers,
        active: cohort.active,
        retention: cohort.retention,
        revenueMinor: cohort.revenue.map((micros) => Number(micros / MICROS_PER_UNIT)),
      })),
    },
    values: [],
  };
}

const DAYS_PER_WEEK = 7;

/** Upper edges of the CLV distribution's bins, as quantiles of the customers' CLV. */
const HISTOGRAM_BINS = 12;

function clvDistribution(clvs: number[]) {
  if (clvs.length === 0) return [];
  const sorted = [...clvs].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1]!;
  const width = max > 0 ? max / HISTOGRAM_BINS : 1;
  const bins = Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({
    fromMinor: Math.round(i * width),
    toMinor: Math.round((i + 1) * width),
    customers: 0,
  }));
  for (const value of sorted) bins[Math.min(HISTOGRAM_BINS - 1, Math.floor(value / width))]!.customers++;
  return bins;
}

/**
 * BG/NBD or Pareto/NBD with Gamma-Gamma, twice: on every purchase to the as-of day for the values
 * stored on customers, and with the last `holdoutWeeks` held out to show how well the model predicts
 * purchases it did not see. Period: weeks; T is a difference of calendar dates as in the command.
 */
export async function clvAnalysis(
  purchases: AsyncIterable<PurchaseDay>,
  asOf: number,
  params: ClvParams,
): Promise<LevelAnalysis> {
  const log = new PurchaseLog();
  for await (const p of purchases) log.add(p.customer, p.day, p.amountMinor);
  const options = {
    model: params.model,
    horizon: params.horizonWeeks,
    annualDiscountRate: params.discountRate,
  };
  const full = analyzeClv(log.summarize({ calibrationEnd: asOf, holdoutEnd: asOf, period: 'week' }), options);
  const calibrationEnd = asOf - params.holdoutWeeks * DAYS_PER_WEEK;
  let validation: Record<string, unknown>;
  try {
    const held = analyzeClv(log.summarize({ calibrationEnd, holdoutEnd: asOf, period: 'week' }), options);
    validation = { calibrationEnd, model: held.model, holdout: held.holdout, customers: held.customers };
  } catch (error) {
    if (!(error instanceof ClvDataError)) throw error;
    validation = { calibrationEnd, error: error.message };
  }
  const risks = { low: 0, medium: 0, high: 0 };
  const values = full.scores.map((s) => {
    const churnRisk = churnRiskOf(s.probabilityAlive);
    risks[churnRisk]++;
    return {
      id: s.customer,
      expectedPurchases: s.expectedPurchases,
      probabilityAlive: s.probabilityAlive,
      churnRisk,
      lifetimeValue: Number.isFinite(s.clv) ? Math.round(s.clv) : undefined,
    };
  });
  const clvs = values.flatMap((v) => (v.lifetimeValue === undefined ? [] : [v.lifetimeValue]));
  return {
    summary: {
      customers: full.customers,
      repeatTransactions: full.repeatTransactions,
      model: full.model,
      spend: full.spend,
      validation,
      totals: {
        expectedPurchases: full.scores.reduce((sum, s) => sum + s.expectedPurchases, 0),
        lifetimeValueMinor: clvs.reduce((sum, v) => sum + v, 0),
      },
      churn: risks,
      distribution: clvDistribution(clvs),
    },
    values,
  };
}

export { ClvDataError };
