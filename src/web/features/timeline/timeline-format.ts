/** Pure helpers of the timeline panel: its filters and how long ago something happened. */

/**
 * The filter chips: each shows some kinds of events (all of them when null). A module adding a kind
 * to the server's `TIMELINE_KINDS` adds it to the chip it belongs under (quotes, orders, invoices and
 * documents under `sales`).
 */
export const TIMELINE_FILTERS = {
  all: null,
  notes: ['note'],
  calls: ['call'],
  meetings: ['meeting'],
  tasks: ['task'],
  emails: ['email', 'email_logged'],
  sales: ['stage_changed', 'document', 'sales_document'],
  changes: ['created', 'change', 'deleted', 'restored', 'merged'],
} as const satisfies Record<string, readonly string[] | null>;
export type TimelineFilter = keyof typeof TIMELINE_FILTERS;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "yesterday", "now" in the user's language. */
export function relativeTime(iso: string, now: number, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}
