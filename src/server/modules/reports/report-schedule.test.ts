import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextRunAt } from './report-schedule.js';

describe('report schedule', () => {
  it('sends at six in the morning UTC: the next day, Monday or first of the month', () => {
    expect(nextRunAt('day', new Date('2026-11-24T05:00:00Z'))).toBe('2026-11-24T06:00:00.000Z');
    expect(nextRunAt('day', new Date('2026-11-24T06:00:00Z'))).toBe('2026-11-25T06:00:00.000Z');
    expect(nextRunAt('week', new Date('2026-11-24T10:00:00Z'))).toBe('2026-11-30T06:00:00.000Z');
    expect(nextRunAt('month', new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01T06:00:00.000Z');
  });

  it('is always later, by at most one period, and on the period’s day', () => {
    const when = fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(
        when,
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (after, every) => {
          const next = new Date(nextRunAt(every, after));
          expect(next > after).toBe(true);
          const maxDays = { day: 1, week: 7, month: 31 }[every];
          expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(maxDays * 86_400_000);
          expect(next.getUTCHours()).toBe(6);
          if (every === 'week') expect(next.getUTCDay()).toBe(1);
          if (every === 'month') expect(next.getUTCDate()).toBe(1);
        },
      ),
    );
  });
});
