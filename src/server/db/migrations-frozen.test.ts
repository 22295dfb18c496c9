import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, optionalSortKey, sortKey } from '../lib/text-fold.js';
import { isPostgres, openDatabase } from './database.js';
import * as frozenDialect from './migrations/frozen/dialect-2026-11-24.js';
import * as frozenFold from './migrations/frozen/text-fold-2026-11-24.js';

/**
 * Migrations use frozen copies of the code they need, so that they do forever what they did the day
 * they shipped. These tests fail the day a live function stops agreeing with its frozen copy: then
 * either the change is a mistake, or existing rows need a new migration (with a new frozen copy) to
 * match it. Never "fix" a frozen copy to make them pass.
 */
const SAMPLES = [
  '',
  ' ',
  'Anna',
  'ANNA anna AnNa',
  'José García',
  'Łukasz Żółć',
  'Šimko Čierna Žilina',
  'Tóth Ábel Ödön Szőke',
  'Ångström Øresund Æsir Œuvre',
  'Straße STRASSE ß ẞ',
  'þorn ðe đak ħal ŧa ı İstanbul',
  'Иван Йордан Ёлкин Жеков Щерев Ъглов Юлия Ямбол',
  'Фёдор Достоевский',
  'Ґанна Їжак Євген Ўладзімір і',
  'Київ — ЛЬВІВ',
  'e\u0301 (e + combining acute), ﬁ ligature, ｆｕｌｌｗｉｄｔｈ, ①',
  'anna.novak+crm@example.com',
  '  Mixed   spacing\tand\nlines ',
  "O'Brien-Smith, Jr. & Co. (Ltd.)",
  '1234 5678 №7',
  'Ελληνικά 中文 日本語 한국어 🙂',
];

describe('frozen text folding (migrations 20261124090000_search_names, 20261124100000_sort_keys)', () => {
  it.each(SAMPLES)('agrees with lib/text-fold.ts on %j', (text) => {
    expect(frozenFold.foldText(text)).toBe(foldText(text));
    expect(frozenFold.sortKey(text)).toBe(sortKey(text));
    expect(frozenFold.optionalSortKey(text)).toBe(optionalSortKey(text));
  });

  it('agrees on a missing value', () => {
    expect(frozenFold.optionalSortKey(null)).toBe(optionalSortKey(null));
  });

  it('agrees on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(frozenFold.foldText(text)).toBe(foldText(text));
        expect(frozenFold.sortKey(text)).toBe(sortKey(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('frozen dialect helpers (every migration up to 20261125093000_outbound_email)', () => {
  it('tells the dialects apart as the application does', async () => {
    const sqlite = openDatabase('sqlite::memory:');
    // The pool connects on the first query, which never comes.
    const postgres = openDatabase('postgres://127.0.0.1:9/never-connected');
    try {
      expect(frozenDialect.isPostgres(sqlite)).toBe(isPostgres(sqlite));
      expect(frozenDialect.isPostgres(postgres)).toBe(isPostgres(postgres));
      expect(frozenDialect.columnTypes(sqlite)).toEqual({
        id: 'text',
        timestamp: 'text',
        json: 'text',
        bool: 'integer',
        bigint: 'bigint',
      });
      expect(frozenDialect.columnTypes(postgres)).toEqual({
        id: 'uuid',
        timestamp: 'timestamptz',
        json: 'jsonb',
        bool: 'boolean',
        bigint: 'bigint',
      });
    } finally {
      await Promise.all([sqlite.destroy(), postgres.destroy()]);
    }
  });
});
