/**
 * Holdout validation: purchases the model predicted for the holdout period against those observed,
 * in total and by calibration frequency (0, 1, …, 6, 7+), the comparison of Fader, Hardie & Lee
 * (2005), figure 3 ("conditional expectations").
 */

export interface HoldoutBucket {
  /** "0" … "6", or "7+". */
  readonly frequency: string;
  readonly customers: number;
  readonly actual: number;
  readonly predicted: number;
}

export interface HoldoutComparison {
  readonly actual: number;
  readonly predicted: number;
  readonly byFrequency: readonly HoldoutBucket[];
}

export const TOP_FREQUENCY_BUCKET = 7;

export function compareHoldout(
  customers: readonly { readonly frequency: number; readonly holdoutPurchases: number }[],
  predicted: readonly number[],
): HoldoutComparison {
  const buckets = Array.from({ length: TOP_FREQUENCY_BUCKET + 1 }, (_, k) => ({
    frequency: k === TOP_FREQUENCY_BUCKET ? `${k}+` : String(k),
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  let actualTotal = 0;
  let predictedTotal = 0;
  customers.forEach((customer, i) => {
    const bucket = buckets[Math.min(customer.frequency, TOP_FREQUENCY_BUCKET)]!;
    bucket.customers++;
    bucket.actual += customer.holdoutPurchases;
    bucket.predicted += predicted[i]!;
    actualTotal += customer.holdoutPurchases;
    predictedTotal += predicted[i]!;
  });
  return { actual: actualTotal, predicted: predictedTotal, byFrequency: buckets };
}
