import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatDay, formatPercent, minorToDecimal } from './document-format.js';
import { DOCUMENT_LOCALES, documentTexts, fillIn } from './document-texts.js';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((inner, key) => (inner as Record<string, unknown>)[key], value);
}

describe('document texts', () => {
  const english = documentTexts('en');

  it.each(DOCUMENT_LOCALES.filter((locale) => locale !== 'en'))('%s has every text, translated', (locale) => {
    const texts = documentTexts(locale);
    expect(keyPaths(texts).sort()).toEqual(keyPaths(english).sort());
    for (const path of keyPaths(english)) {
      const text = valueAt(texts, path);
      expect(typeof text, path).toBe('string');
      expect((text as string).length, path).toBeGreaterThan(0);
      // The same placeholders as English, so no value goes missing in a translation.
      expect((text as string).match(/\{\w+\}/g)?.sort() ?? [], path).toEqual(
        (valueAt(english, path) as string).match(/\{\w+\}/g)?.sort() ?? [],
      );
    }
    for (const title of Object.keys(english.title) as (keyof typeof english.title)[]) {
      expect(texts.title[title]).not.toBe(english.title[title]);
    }
  });

  it('fills in placeholders and leaves unknown ones', () => {
    expect(fillIn('Page {page} of {pages}', { page: 2, pages: 5 })).toBe('Page 2 of 5');
    expect(fillIn('{a} {b}', { a: 'x' })).toBe('x {b}');
  });
});

describe('document formats', () => {
  it('turns minor units into an exact decimal for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (minor) => {
        const decimal = minorToDecimal(minor, 'EUR');
        expect(decimal).toMatch(/^-?\d+\.\d{2}$/);
        expect(BigInt(decimal.replace('.', ''))).toBe(BigInt(minor));
        expect(minorToDecimal(minor, 'JPY')).toBe(String(minor));
      }),
    );
    expect(minorToDecimal(5, 'EUR')).toBe('0.05');
    expect(minorToDecimal(-5, 'EUR')).toBe('-0.05');
    expect(minorToDecimal(1234, 'KWD')).toBe('1.234');
  });

  it('prints money, percents and days as each language writes them', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(formatAmount(123_456_789, 'EUR', 'en'))).toBe('€1,234,567.89');
    expect(plain(formatAmount(123_456_789, 'EUR', 'bg'))).toBe('1 234 567,89 €');
    expect(plain(formatAmount(123_456_789, 'PLN', 'pl'))).toBe('1 234 567,89 zł');
    expect(plain(formatAmount(900_719_925_474_099, 'EUR', 'sk'))).toBe('9 007 199 254 740,99 €');
    expect(plain(formatPercent(21, 'sk'))).toBe('21 %');
    expect(formatPercent(7.25, 'en')).toBe('7.25%');
    expect(formatDay('2026-11-24', 'en')).toBe('Nov 24, 2026');
    expect(formatDay('2026-11-24', 'pl')).toBe('24.11.2026');
    expect(formatDay('2026-11-24', 'ru')).toBe('24.11.2026');
    expect(formatDay('2026-11-24', 'bg')).toBe('24.11.2026 г.');
  });
});
