import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  instantOf,
  nextOccurrence,
  wallTimeOf,
  weekdayOf,
  type RecurrenceFrequency,
  type RecurrenceRule,
} from './recurrence.js';

const ZONES = ['UTC', 'Europe/Sofia', 'Europe/Warsaw', 'America/Sao_Paulo', 'America/New_York', 'Asia/Tokyo'];
const DAY = 24 * 60 * 60_000;

const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());
const rule = fc.record({
  frequency: fc.constantFrom<RecurrenceFrequency>('daily', 'weekly', 'monthly', 'weekdays'),
  interval: fc.integer({ min: 1, max: 30 }),
  timeZone: fc.constantFrom(...ZONES),
});
const normalised = (r: RecurrenceRule): RecurrenceRule =>
  r.frequency === 'weekdays' ? { ...r, interval: 1 } : r;

/** Whole calendar days between two wall dates. */
const dayNumber = (w: { year: number; month: number; day: number }) =>
  Date.UTC(w.year, w.month - 1, w.day) / DAY;

/** Whether the zone shows this wall time at all (not in the hour skipped in spring). */
const exists = (iso: string, zone: string) => {
  const wall = wallTimeOf(Date.parse(iso), zone);
  return instantOf(wall, zone) === Date.parse(iso);
};

describe('recurring follow-ups', () => {
  it('the next occurrence is later than the due time and than the completion', () => {
    fc.assert(
      fc.property(rule, instant, fc.integer({ min: 0, max: 400 * DAY }), (r, due, late) => {
        const completed = new Date(Date.parse(due) + late).toISOString();
        const next = nextOccurrence(normalised(r), due, completed);
        expect(Date.parse(next)).toBeGreaterThan(Date.parse(completed));
        expect(Date.parse(next)).toBeGreaterThan(Date.parse(due));
      }),
    );
  });

  it('keeps the time of day in the zone, and steps by whole days, weeks or months', () => {
    fc.assert(
      fc.property(rule, instant, (raw, due) => {
        const r = normalised(raw);
        fc.pre(exists(due, r.timeZone));
        const from = wallTimeOf(Date.parse(due), r.timeZone);
        const to = wallTimeOf(Date.parse(nextOccurrence(r, due)), r.timeZone);
        const sameTime = to.hour === from.hour && to.minute === from.minute;
        // Only a time that falls in the hour skipped in spring moves, by that hour.
        if (!sameTime) expect(to.hour).toBe((from.hour + 1) % 24);
        const days = dayNumber(to) - dayNumber(from);
        if (r.frequency === 'daily') expect(days).toBe(r.interval);
        if (r.frequency === 'weekly') expect(days).toBe(7 * r.interval);
        if (r.frequency === 'monthly') {
          expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(r.interval);
          expect(to.day).toBe(Math.min(from.day, new Date(Date.UTC(to.year, to.month, 0)).getUTCDate()));
        }
        if (r.frequency === 'weekdays') {
          expect([1, 2, 3, 4, 5]).toContain(weekdayOf(to));
          // The next working day: Friday (or the weekend) jumps to Monday, other days to the next.
          expect(days).toBe([1, 1, 1, 1, 3, 2, 1][weekdayOf(from) === 0 ? 6 : weekdayOf(from) - 1]);
        }
      }),
    );
  });

  it('walking a rule from one occurrence to the next never skips the one completed on time', () => {
    fc.assert(
      fc.property(rule, instant, (raw, due) => {
        const r = normalised(raw);
        const first = nextOccurrence(r, due);
        const second = nextOccurrence(r, first);
        // Completing the first just before the second is due leads to the second.
        const justBefore = new Date(Date.parse(second) - 1).toISOString();
        expect(nextOccurrence(r, first, justBefore)).toBe(second);
      }),
    );
  });

  it('examples: month ends, summer time and weekends', () => {
    const monthly: RecurrenceRule = { frequency: 'monthly', interval: 1, timeZone: 'UTC' };
    expect(nextOccurrence(monthly, '2026-01-31T10:00:00.000Z')).toBe('2026-02-28T10:00:00.000Z');
    expect(nextOccurrence({ ...monthly, interval: 2 }, '2026-01-31T10:00:00.000Z')).toBe(
      '2026-03-31T10:00:00.000Z',
    );
    // 09:00 in Sofia is 07:00 UTC in winter and 06:00 UTC in summer (29 March 2026).
    const daily: RecurrenceRule = { frequency: 'daily', interval: 1, timeZone: 'Europe/Sofia' };
    expect(nextOccurrence(daily, '2026-03-28T07:00:00.000Z')).toBe('2026-03-29T06:00:00.000Z');
    const weekdays: RecurrenceRule = { frequency: 'weekdays', interval: 1, timeZone: 'Europe/Warsaw' };
    // Friday 27 November 2026 → Monday 30 November.
    expect(nextOccurrence(weekdays, '2026-11-27T08:00:00.000Z')).toBe('2026-11-30T08:00:00.000Z');
    // Completed ten days late: the next is the first one after the completion.
    const everyThree: RecurrenceRule = { frequency: 'daily', interval: 3, timeZone: 'UTC' };
    expect(nextOccurrence(everyThree, '2026-11-01T09:00:00.000Z', '2026-11-11T12:00:00.000Z')).toBe(
      '2026-11-13T09:00:00.000Z',
    );
  });
});
