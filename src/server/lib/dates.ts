/**
 * Dates as the API accepts them: `YYYY-MM-DD`, optionally followed by a time and an offset, and only
 * days that exist. `Date.parse` rolls 2024-02-30 over to March 1st and accepts year 0, which
 * PostgreSQL refuses; both databases must see the same answer.
 */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, mo, d, h, mi, s, , offH, offM] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  if (offH !== undefined && (Number(offH) > 23 || Number(offM) > 59)) return false;
  return true;
}

/** A calendar day only (`YYYY-MM-DD`), as date custom fields store it. */
export const isIsoDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isIsoDate(text);
