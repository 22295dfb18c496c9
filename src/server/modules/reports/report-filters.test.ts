import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupFilter, mergeFilters, rangeFilter } from './report-filters.js';

describe('report filters', () => {
  it('keeps the narrower bound when a range meets a group', () => {
    const merged = mergeFilters(
      { country: 'BG', createdAt: { gte: '2026-01-01' } },
      rangeFilter('createdAt', '2026-03-10', '2026-06-30'),
      groupFilter({ field: 'createdAt', bucket: 'month', type: 'date' }, '2026-03', null)!,
    );
    expect(merged).toEqual({
      country: { eq: 'BG' },
      createdAt: { gte: '2026-03-10', lt: '2026-04-01' },
    });
  });

  it('opens an empty group with "empty", a boolean with its text, a data set value through its keys', () => {
    expect(groupFilter({ field: 'city', bucket: null, type: 'text' }, null, null)).toEqual({
      city: { empty: 'true' },
    });
    expect(groupFilter({ field: 'active', bucket: null, type: 'boolean' }, true, null)).toEqual({
      active: { eq: 'true' },
    });
    const keysOf = (value: unknown) => (value === 'high' ? ['BG', 'PT'] : []);
    expect(
      groupFilter(
        { field: 'data.x.band', bucket: null, type: 'text', keysOf, through: 'country' },
        'high',
        null,
      ),
    ).toEqual({ country: { in: 'BG,PT' } });
    expect(
      groupFilter(
        { field: 'data.x.band', bucket: null, type: 'text', keysOf, through: 'country' },
        'low',
        null,
      ),
    ).toBeNull();
  });

  it('never widens: a merged lower bound is the larger one, an upper bound the smaller', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, day, (a, b, c, d) => {
        const merged = mergeFilters({ f: { gte: a, lt: b } }, { f: { gte: c, lt: d } }).f as Record<
          string,
          string
        >;
        expect(merged.gte).toBe(a > c ? a : c);
        expect(merged.lt).toBe(b < d ? b : d);
      }),
    );
  });
});
