import { describe, expect, it } from 'vitest';
import { compareHoldout } from './holdout.js';

describe('compareHoldout', () => {
  it('totals and buckets actual and predicted purchases by calibration frequency, 7 and up together', () => {
    const customers = [
      { frequency: 0, holdoutPurchases: 1 },
      { frequency: 0, holdoutPurchases: 0 },
      { frequency: 2, holdoutPurchases: 3 },
      { frequency: 7, holdoutPurchases: 5 },
      { frequency: 12, holdoutPurchases: 9 },
    ];
    const result = compareHoldout(customers, [0.25, 0.25, 1.5, 4, 8]);
    expect(result.actual).toBe(18);
    expect(result.predicted).toBeCloseTo(14, 12);
    expect(result.byFrequency.map((b) => b.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(result.byFrequency[0]).toEqual({ frequency: '0', customers: 2, actual: 1, predicted: 0.5 });
    expect(result.byFrequency[1]).toEqual({ frequency: '1', customers: 0, actual: 0, predicted: 0 });
    expect(result.byFrequency[7]).toEqual({ frequency: '7+', customers: 2, actual: 14, predicted: 12 });
  });
});
