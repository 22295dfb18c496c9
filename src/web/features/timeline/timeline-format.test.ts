import { describe, expect, it } from 'vitest';
import { relativeTime } from './timeline-format.js';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-24T12:00:00.000Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('names the largest whole unit that has passed, in the language asked for', () => {
    expect(relativeTime(ago(10), now, 'en')).toBe('now');
    expect(relativeTime(ago(59), now, 'en')).toBe('now');
    expect(relativeTime(ago(60), now, 'en')).toBe('1 minute ago');
    expect(relativeTime(ago(3 * 3600 + 59 * 60), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(24 * 3600), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(9 * 24 * 3600), now, 'en')).toBe('last week');
    expect(relativeTime(ago(400 * 24 * 3600), now, 'en')).toBe('last year');
    expect(relativeTime(ago(2 * 3600), now, 'pl')).toBe('2 godziny temu');
    expect(relativeTime(ago(5 * 60), now, 'ru')).toBe('5 минут назад');
  });

  it('says how far ahead a time lies, for clocks a little ahead of the server', () => {
    expect(relativeTime(new Date(now + 120_000).toISOString(), now, 'en')).toBe('in 2 minutes');
  });
});
