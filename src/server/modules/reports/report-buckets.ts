import { sql, type RawBuilder } from 'kysely';
import type { DateBucket } from './reports.schemas.js';

/**
 * Date buckets, in UTC, written the same way by both databases: `2026-11-24` (day), the Monday
 * starting the week (`2026-11-23`), `2026-11`, `2026-Q4`, `2026`. PostgreSQL reads the value as a
 * timestamp in a session set to UTC (see report-query.ts); SQLite keeps dates as ISO text.
 */
export function bucketExpr(
  postgres: boolean,
  expr: RawBuilder<unknown>,
  bucket: DateBucket,
): RawBuilder<string> {
  if (postgres) {
    const at = sql`(${expr})::timestamp`;
    const format = {
      day: 'YYYY-MM-DD',
      week: 'YYYY-MM-DD',
      month: 'YYYY-MM',
      quarter: 'YYYY-"Q"Q',
      year: 'YYYY',
    };
    const value = bucket === 'week' ? sql`date_trunc('week', ${at})` : at;
    return sql<string>`to_char(${value}, ${sql.lit(format[bucket])})`;
  }
  const day = sql`substr(${expr}, 1, 10)`;
  switch (bucket) {
    case 'day':
      return sql<string>`${day}`;
    case 'week':
      return sql<string>`date(${day}, 'weekday 0', '-6 days')`;
    case 'month':
      return sql<string>`substr(${expr}, 1, 7)`;
    case 'quarter':
      return sql<string>`substr(${expr}, 1, 4) || '-Q' || ((cast(substr(${expr}, 6, 2) as integer) + 2) / 3)`;
    case 'year':
      return sql<string>`substr(${expr}, 1, 4)`;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/** The bucket a calendar day (`YYYY-MM-DD`) falls in: what the SQL above computes. */
export function bucketOf(bucket: DateBucket, day: string): string {
  const [year, month, date] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  switch (bucket) {
    case 'day':
      return day.slice(0, 10);
    case 'week': {
      const d = utc(year, month - 1, date);
      const sinceMonday = (d.getUTCDay() + 6) % 7;
      return isoDay(utc(year, month - 1, date - sinceMonday));
    }
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.floor((month + 2) / 3)}`;
    case 'year':
      return day.slice(0, 4);
  }
}

/**
 * The days a bucket covers, `from` inclusive and `to` exclusive, for the list filter that opens the
 * records behind it. Null for a label that is not one of the bucket's.
 */
export function bucketRange(bucket: DateBucket, label: string): { from: string; to: string } | null {
  const patterns: Record<DateBucket, RegExp> = {
    day: /^(\d{4})-(\d{2})-(\d{2})$/,
    week: /^(\d{4})-(\d{2})-(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    quarter: /^(\d{4})-Q([1-4])$/,
    year: /^(\d{4})$/,
  };
  const match = patterns[bucket].exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2] ?? 1) - 1;
  const day = Number(match[3] ?? 1);
  const range = (from: Date, to: Date) => ({ from: isoDay(from), to: isoDay(to) });
  switch (bucket) {
    case 'day':
      return range(utc(year, month, day), utc(year, month, day + 1));
    case 'week':
      return range(utc(year, month, day), utc(year, month, day + 7));
    case 'month':
      return range(utc(year, month, 1), utc(year, month + 1, 1));
    case 'quarter': {
      const first = (Number(match[2]) - 1) * 3;
      return range(utc(year, first, 1), utc(year, first + 3, 1));
    }
    case 'year':
      return range(utc(year, 0, 1), utc(year + 1, 0, 1));
  }
}

/** The day after an ISO day: the exclusive end of a range whose last day is `day`. */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return isoDay(utc(year, month - 1, date + 1));
}
