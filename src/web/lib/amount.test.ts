import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmount } from './amount.js';

const LOCALES = ['en', 'bg', 'ru', 'sk', 'pt', 'pl'];
const minor = (text: string, locale: string, digits = 2) => {
  const parsed = parseAmount(text, locale, digits);
  return parsed.ok ? parsed.minor : parsed.problem;
};

describe('parseAmount', () => {
  it('reads amounts written the way each locale writes them', () => {
    expect(minor('1,234.56', 'en')).toBe(123456);
    expect(minor('1 234,56', 'bg')).toBe(123456);
    expect(minor('1\u00a0234,56', 'ru')).toBe(123456);
    expect(minor('1\u202f234,56', 'sk')).toBe(123456);
    expect(minor('1.234,56', 'pt')).toBe(123456);
    expect(minor('1234,56', 'pl')).toBe(123456);
    expect(minor('1,234', 'en')).toBe(123400);
    expect(minor('1.234', 'pt')).toBe(123400);
    expect(minor('12.5', 'en')).toBe(1250);
    expect(minor('12,5', 'bg')).toBe(1250);
  });

  it('takes a reading the text leaves no doubt about, whatever the locale', () => {
    expect(minor('15000,50', 'en')).toBe(1500050);
    expect(minor('1.234,56', 'en')).toBe(123456);
    expect(minor('1,234.56', 'pl')).toBe(123456);
    expect(minor('12.5', 'pl')).toBe(1250);
    expect(minor('1.234.567', 'en')).toBe(123456700);
    expect(minor('0,500', 'en')).toBe(50);
  });

  it('refuses a mark that could group thousands or separate decimals', () => {
    expect(minor('1.234', 'en')).toBe('ambiguous');
    expect(minor('1,234', 'bg')).toBe('ambiguous');
    expect(minor('1.234', 'pl')).toBe('ambiguous');
    expect(minor('1,234', 'pt')).toBe('ambiguous');
    // With three decimals in the currency the locale's decimal mark is what it says.
    expect(minor('1.234', 'en', 3)).toBe(1234);
    expect(minor('1,234', 'bg', 3)).toBe(1234);
  });

  it('refuses more decimals than the currency has, and what is not a number', () => {
    expect(minor('12.345', 'en', 0)).toBe('ambiguous');
    expect(minor('1.2345', 'en')).toBe('decimals');
    expect(minor('12.5', 'en', 0)).toBe('decimals');
    expect(minor('12.50', 'en', 0)).toBe('decimals');
    expect(minor('12.000', 'en', 0)).toBe('ambiguous');
    expect(minor('12.5000', 'en')).toBe(1250);
    for (const text of ['', 'abc', '1e5', '1,2,3', '12 34', '1.234,56.7', '--5', '1.2.3', '12,34.56'])
      expect(minor(text, 'en'), text).toBe('invalid');
    expect(minor('99999999999999999999', 'en')).toBe('tooLarge');
  });

  it('leaves out currency signs and codes and keeps the sign', () => {
    expect(minor('€1,234.56', 'en')).toBe(123456);
    expect(minor('1 234,56 zł', 'pl')).toBe(123456);
    expect(minor('EUR 12', 'bg')).toBe(1200);
    expect(minor('-12,50', 'bg')).toBe(-1250);
    expect(minor('−1,234.50', 'en')).toBe(-123450);
  });

  it('reads back what it formats, in every locale and for 0, 2 and 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(0, 2, 3),
        fc.integer({ min: -1e14, max: 1e14 }),
        (locale, digits, amount) => {
          expect(parseAmount(formatAmount(amount, locale, digits), locale, digits)).toEqual({
            ok: true,
            minor: amount,
          });
        },
      ),
    );
  });

  it('reads plain digits with either decimal mark the same in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.nat({ max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('.', ','),
        (locale, whole, cents, mark) => {
          const text = `${whole}${mark}${String(cents).padStart(2, '0')}`;
          expect(parseAmount(text, locale, 2)).toEqual({ ok: true, minor: whole * 100 + cents });
        },
      ),
    );
  });
});
