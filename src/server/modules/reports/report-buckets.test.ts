import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, bucketRange, nextDay } from './report-buckets.js';
import { DATE_BUCKETS } from './reports.schemas.js';

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('report date buckets', () => {
  it('names buckets as the SQL does', () => {
    expect(bucketOf('week', '2026-11-29')).toBe('2026-11-23'); // a Sunday belongs to the Monday before
    expect(bucketOf('week', '2026-11-23')).toBe('2026-11-23');
    expect(bucketOf('quarter', '2026-10-01')).toBe('2026-Q4');
    expect(bucketOf('month', '2026-02-28T23:59:59.000Z')).toBe('2026-02');
    expect(bucketRange('quarter', '2026-Q4')).toEqual({ from: '2026-10-01', to: '2027-01-01' });
    expect(bucketRange('month', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(bucketRange('month', 'nonsense')).toBeNull();
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
  });

  it('puts every day inside the range of its own bucket, and the bucket is the range’s first day’s', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...DATE_BUCKETS), (d, bucket) => {
        const label = bucketOf(bucket, d);
        const range = bucketRange(bucket, label)!;
        expect(range.from <= d && d < range.to).toBe(true);
        expect(bucketOf(bucket, range.from)).toBe(label);
        // The first day after the range belongs to the next bucket.
        expect(bucketOf(bucket, range.to)).not.toBe(label);
      }),
    );
  });
});
