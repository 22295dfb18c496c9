import type { ReportSchedule } from './reports.schemas.js';

/** Scheduled reports go out at this hour (UTC): each day, each Monday, or the first of each month. */
export const SEND_HOUR_UTC = 6;

/** The first sending time strictly after `after`. No I/O. */
export function nextRunAt(every: ReportSchedule['every'], after: Date): string {
  const y = after.getUTCFullYear();
  const m = after.getUTCMonth();
  const d = after.getUTCDate();
  const at = (year: number, month: number, day: number) =>
    new Date(Date.UTC(year, month, day, SEND_HOUR_UTC));
  let next: Date;
  if (every === 'day') next = at(y, m, d);
  else if (every === 'week') next = at(y, m, d - ((after.getUTCDay() + 6) % 7));
  else next = at(y, m, 1);
  while (next <= after) {
    if (every === 'day') next = at(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate() + 1);
    else if (every === 'week') next = at(next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate() + 7);
    else next = at(next.getUTCFullYear(), next.getUTCMonth() + 1, 1);
  }
  return next.toISOString();
}
