import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, type CalendarEntry } from './icalendar.js';
import { parseCalendar, unescapeText } from './icalendar.parse.js';

const entry = (overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  uid: '019a0000-0000-7000-8000-000000000001@rapport',
  kind: 'event',
  summary: 'Meeting',
  description: null,
  location: null,
  start: '2026-12-01T09:00:00.000Z',
  end: '2026-12-01T10:00:00.000Z',
  completed: null,
  updatedAt: '2026-11-24T12:00:00.000Z',
  version: 1,
  priority: null,
  attendees: [],
  url: null,
  ...overrides,
});

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('iCalendar text', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
    );
  });

  it('escapes text so that any summary and description read back as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 300 }), (summary, description) => {
        fc.pre(summary.length > 0 && !/\r/.test(summary + description));
        const text = calendarText('Cal', [entry({ summary, description })], '2026-11-24T12:00:00.000Z');
        const [event] = parseCalendar(text).components;
        expect(unescapeText(event!.properties.SUMMARY!.value)).toBe(summary);
        expect(unescapeText(event!.properties.DESCRIPTION?.value ?? '')).toBe(description || '');
      }),
    );
  });

  it('writes a valid calendar: CRLF lines, UID and DTSTAMP on every component, UTC times', () => {
    const text = calendarText(
      'Olga — Rapport',
      [
        entry({
          summary: 'Обсъждане на офертата; цени, срокове',
          location: 'Sofia, bul. Vitosha 1',
          description: 'Agenda:\n1. Prices\n2. Delivery — ' + 'ž'.repeat(100),
          attendees: [
            { name: 'Ján "Jano" Novák', email: 'jan@example.com' },
            { name: null, email: null },
          ],
        }),
        entry({
          uid: '019a0000-0000-7000-8000-000000000002@rapport',
          kind: 'todo',
          summary: 'Send the quote',
          end: null,
          completed: '2026-12-01T08:00:00.000Z',
          priority: 'high',
        }),
      ],
      '2026-11-24T12:00:00.000Z',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = parseCalendar(text);
    expect(calendar.properties.VERSION!.value).toBe('2.0');
    expect(calendar.properties.PRODID).toBeDefined();
    expect(calendar.components.map((c) => c.name)).toEqual(['VEVENT', 'VTODO']);
    for (const component of calendar.components) {
      expect(component.properties.UID!.value).toMatch(/@rapport$/);
      expect(component.properties.DTSTAMP!.value).toBe('20261124T120000Z');
      expect(component.properties.DTSTART!.value).toMatch(/^\d{8}T\d{6}Z$/);
    }
    const [event, todo] = calendar.components;
    expect(unescapeText(event!.properties.SUMMARY!.value)).toBe('Обсъждане на офертата; цени, срокове');
    expect(event!.properties.DTEND!.value).toBe('20261201T100000Z');
    expect(event!.properties.ATTENDEE!).toMatchObject({
      value: 'mailto:jan@example.com',
      params: { CN: '"Ján Jano Novák"' },
    });
    expect(todo!.properties).toMatchObject({
      DUE: { value: '20261201T090000Z' },
      STATUS: { value: 'COMPLETED' },
      COMPLETED: { value: '20261201T080000Z' },
      PRIORITY: { value: '1' },
    });
  });
});
