/**
 * Recurring follow-ups: when a task with a rule is completed, the next one is due at the rule's next
 * occurrence. Pure: instants in, instants out. Occurrences keep the wall-clock time of the task in
 * its time zone (a 09:00 follow-up stays at 09:00 across a change to summer time), so the arithmetic
 * runs on the zone's calendar, not on UTC milliseconds.
 */

export const RECURRENCE_FREQUENCIES = ['daily', 'weekly', 'monthly', 'weekdays'] as const;
export type RecurrenceFrequency = (typeof RECURRENCE_FREQUENCIES)[number];

export interface RecurrenceRule {
  /** `daily` with an interval of N is "every N days"; `weekdays` is Monday to Friday. */
  frequency: RecurrenceFrequency;
  /** Every how many days, weeks or months (1 for weekdays). */
  interval: number;
  /** The IANA zone whose calendar the occurrences follow. */
  timeZone: string;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant in a zone. */
export function wallTimeOf(instant: number, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const asUtc = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/**
 * The instant a wall-clock time names in a zone. In the hour skipped by a change to summer time the
 * later offset applies (02:30 that does not exist becomes 03:30); in the hour repeated, the first.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const target = asUtc(wall);
  let guess = target;
  for (let i = 0; i < 3; i++) {
    const offset = asUtc(wallTimeOf(guess, timeZone)) - guess;
    const next = target - offset;
    if (next === guess) break;
    guess = next;
  }
  // The first of two instants showing the same wall time (the hour repeated in autumn).
  const earlier = guess - 60 * 60_000;
  return asUtc(wallTimeOf(earlier, timeZone)) === target ? earlier : guess;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar day `days` after a wall time's day, the time of day kept. */
function addDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week of a wall time's date: 0 Sunday … 6 Saturday. */
export const weekdayOf = (wall: WallTime) =>
  new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();

/** One step of the rule from a wall time; `monthDay` is the day of the month monthly rules aim for. */
function step(wall: WallTime, rule: RecurrenceRule, monthDay: number): WallTime {
  switch (rule.frequency) {
    case 'daily':
      return addDays(wall, rule.interval);
    case 'weekly':
      return addDays(wall, 7 * rule.interval);
    case 'weekdays': {
      let next = addDays(wall, 1);
      while (weekdayOf(next) === 0 || weekdayOf(next) === 6) next = addDays(next, 1);
      return next;
    }
    case 'monthly': {
      const months = wall.year * 12 + (wall.month - 1) + rule.interval;
      const year = Math.floor(months / 12);
      const month = (months % 12) + 1;
      return { ...wall, year, month, day: Math.min(monthDay, daysIn(year, month)) };
    }
  }
}

/** At most this many steps are taken to pass `after` (ten years of daily occurrences and more). */
const MAX_STEPS = 5_000;

/**
 * The first occurrence of the rule after the one due at `dueAt` that is also later than `after` (the
 * moment it was completed): a follow-up completed late is next due in the future, not in the past.
 * Monthly rules keep the day of the month of `dueAt`, on the month's last day when it has fewer.
 */
export function nextOccurrence(rule: RecurrenceRule, dueAt: string, after: string = dueAt): string {
  const start = Date.parse(dueAt);
  const floor = Math.max(start, Date.parse(after));
  let wall = wallTimeOf(start, rule.timeZone);
  const monthDay = wall.day;
  for (let i = 0; i < MAX_STEPS; i++) {
    wall = step(wall, rule, monthDay);
    const instant = instantOf(wall, rule.timeZone);
    if (instant > floor) return new Date(instant).toISOString();
  }
  throw new Error('recurrence: no occurrence within the step limit');
}
