/**
 * iCalendar (RFC 5545) text for meetings and tasks: no I/O. Times are written in UTC (`…Z`), so no
 * VTIMEZONE is needed; text values are escaped (§3.3.11) and content lines folded at 75 octets
 * without splitting a UTF-8 character (§3.1); lines end in CRLF.
 */

export interface CalendarEntry {
  /** Stable across feeds and downloads, so a calendar updates the entry instead of adding another. */
  uid: string;
  kind: 'event' | 'todo';
  summary: string;
  description: string | null;
  location: string | null;
  start: string;
  /** Events: the end (a point in time when absent). */
  end: string | null;
  completed: string | null;
  /** When the activity last changed (`LAST-MODIFIED`, and `SEQUENCE` from its version). */
  updatedAt: string;
  version: number;
  priority: 'low' | 'normal' | 'high' | null;
  attendees: { name: string | null; email: string | null }[];
  url: string | null;
}

/** `20261201T090000Z`. */
export const icalTime = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon and comma escaped, newlines as `\n`. */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A parameter value (a name in `CN=`): quoted, with the characters a quoted string cannot hold dropped. */
const paramValue = (text: string) => `"${text.replace(/["\r\n]/g, '')}"`;

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const PRIORITY = { high: 1, normal: 5, low: 9 } as const;

function entryLines(entry: CalendarEntry, stamp: string): string[] {
  const lines = [
    entry.kind === 'event' ? 'BEGIN:VEVENT' : 'BEGIN:VTODO',
    `UID:${entry.uid}`,
    `DTSTAMP:${icalTime(stamp)}`,
    `DTSTART:${icalTime(entry.start)}`,
  ];
  if (entry.kind === 'event') lines.push(`DTEND:${icalTime(entry.end ?? entry.start)}`);
  else lines.push(`DUE:${icalTime(entry.start)}`);
  lines.push(`SUMMARY:${escapeText(entry.summary)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.priority) lines.push(`PRIORITY:${PRIORITY[entry.priority]}`);
  if (entry.kind === 'todo')
    lines.push(
      entry.completed ? `STATUS:COMPLETED` : 'STATUS:NEEDS-ACTION',
      ...(entry.completed ? [`COMPLETED:${icalTime(entry.completed)}`] : []),
    );
  for (const attendee of entry.attendees) {
    if (!attendee.email) continue;
    const name = attendee.name ? `;CN=${paramValue(attendee.name)}` : '';
    lines.push(`ATTENDEE${name}:mailto:${attendee.email}`);
  }
  if (entry.url) lines.push(`URL:${entry.url}`);
  lines.push(
    `LAST-MODIFIED:${icalTime(entry.updatedAt)}`,
    `SEQUENCE:${Math.max(0, entry.version - 1)}`,
    entry.kind === 'event' ? 'END:VEVENT' : 'END:VTODO',
  );
  return lines;
}

/** A whole calendar: one VCALENDAR with an entry per meeting or task. */
export function calendarText(name: string, entries: CalendarEntry[], stamp: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rapport//Rapport CRM//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...entries.flatMap((entry) => entryLines(entry, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
