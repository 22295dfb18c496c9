/**
 * The whole CLV analysis on a calibration summary, without any I/O: fit the purchase model and the
 * spend model, then score every customer (P(alive), expected purchases, expected spend, discounted
 * CLV) and compare predictions with the holdout period.
 */
import { fitBgNbd } from './bgnbd.js';
import type { BtydModel, BtydModelName } from './btyd-model.js';
import { customerValue } from './customer-value.js';
import { fitGammaGamma, gammaGammaExpectedSpend } from './gamma-gamma.js';
import type { GammaGammaParams } from './gamma-gamma.js';
import { compareHoldout } from './holdout.js';
import type { HoldoutBucket } from './holdout.js';
import type { FitInfo } from './log-parameter-fit.js';
import { fitParetoNbd } from './pareto-nbd.js';
import { groupRf } from './rf-groups.js';
import { daysPerPeriod } from './summary.js';
import type { CalibrationSummary, CustomerSummary } from './summary.js';

export interface ClvOptions {
  readonly model: BtydModelName;
  /** Horizon for expected purchases and CLV, in periods. */
  readonly horizon: number;
  readonly annualDiscountRate: number;
}

export interface CustomerScore {
  readonly customer: string;
  readonly frequency: number;
  readonly recency: number;
  readonly age: number;
  readonly monetary: number;
  readonly expectedPurchases: number;
  readonly probabilityAlive: number;
  readonly expectedSpend: number;
  readonly clv: number;
}

export interface ClvResult {
  readonly customers: number;
  readonly repeatTransactions: number;
  readonly model: {
    readonly name: BtydModelName;
    readonly params: Readonly<Record<string, number>>;
    readonly logLikelihood: number;
  } & FitInfo;
  readonly spend: {
    readonly params: GammaGammaParams;
    readonly logLikelihood: number;
    /** Repeat buyers with a positive mean repeat value, the data of the spend model. */
    readonly customers: number;
  } & FitInfo;
  readonly holdout: {
    readonly length: number;
    readonly actual: number;
    readonly predicted: number;
    readonly byFrequency: readonly HoldoutBucket[];
  };
  readonly scores: readonly CustomerScore[];
}

/** Thrown when the data cannot identify the models (e.g. nobody bought twice). */
export class ClvDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClvDataError';
  }
}

function fitPurchaseModel(
  name: BtydModelName,
  summary: CalibrationSummary,
): { model: BtydModel; fit: FitInfo } {
  const groups = groupRf(summary.customers);
  return name === 'pareto-nbd' ? fitParetoNbd(groups) : fitBgNbd(groups);
}

function scoreCustomer(
  model: BtydModel,
  spend: GammaGammaParams,
  customer: CustomerSummary,
  summary: CalibrationSummary,
  options: ClvOptions,
): CustomerScore {
  const expectedSpend = gammaGammaExpectedSpend(spend, customer.frequency, customer.monetary);
  const { expectedPurchases, value } = customerValue(model, customer, expectedSpend, {
    horizon: options.horizon,
    daysPerPeriod: daysPerPeriod(summary.period),
    annualDiscountRate: options.annualDiscountRate,
  });
  return {
    customer: customer.customer,
    frequency: customer.frequency,
    recency: customer.recency,
    age: customer.age,
    monetary: customer.monetary,
    expectedPurchases,
    probabilityAlive: model.probabilityAlive(customer),
    expectedSpend,
    clv: value,
  };
}

export function analyzeClv(summary: CalibrationSummary, options: ClvOptions): ClvResult {
  if (summary.customers.length === 0) {
    throw new ClvDataError('no customer made a first purchase on or before the calibration end');
  }
  if (summary.repeatTransactions === 0) {
    throw new ClvDataError(
      'no customer made a repeat purchase in the calibration period; the models need some',
    );
  }
  const { model, fit } = fitPurchaseModel(options.model, summary);
  // Customers whose repeat purchases average zero or less carry no information on the gamma scale.
  const repeaters = summary.customers.filter((customer) => customer.frequency > 0 && customer.monetary > 0);
  if (repeaters.length === 0) {
    throw new ClvDataError('no repeat buyer has a positive mean purchase value; the spend model needs some');
  }
  const spend = fitGammaGamma(repeaters);
  const scores = summary.customers.map((customer) =>
    scoreCustomer(model, spend.params, customer, summary, options),
  );
  const holdoutPredictions = summary.customers.map((customer) =>
    model.expectedPurchases(summary.holdoutLength, customer),
  );
  return {
    customers: summary.customers.length,
    repeatTransactions: summary.repeatTransactions,
    model: { name: model.name, params: model.params, logLikelihood: model.logLikelihood, ...fit },
    spend: {
      params: spend.params,
      logLikelihood: spend.logLikelihood,
      customers: spend.customers,
      ...spend.fit,
    },
    holdout: { length: summary.holdoutLength, ...compareHoldout(summary.customers, holdoutPredictions) },
    scores,
  };
}
