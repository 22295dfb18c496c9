import { describe, expect, it } from 'vitest';
import { currencyDigits, makeFormatters, toMajorUnits, toMinorUnits } from './format.js';

describe('money in minor units', () => {
  it('uses the fraction digits of each currency', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('BHD')).toBe(3);
  });

  it('converts typed amounts without floating-point drift', () => {
    expect(toMinorUnits(19.99, 'EUR')).toBe(1999);
    expect(toMinorUnits(0.29, 'EUR')).toBe(29);
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
    expect(toMajorUnits(1250, 'EUR')).toBe(12.5);
    expect(toMajorUnits(1234, 'BHD')).toBe(1.234);
  });

  it('formats in the user locale', () => {
    expect(makeFormatters('en').money({ amount: 125000, currency: 'EUR' })).toBe('€1,250.00');
    expect(makeFormatters('bg').money({ amount: 125000000, currency: 'EUR' }).replace(/\s/g, ' ')).toBe(
      '1 250 000,00 €',
    );
    expect(makeFormatters('en').date('2026-03-01')).toBe('Mar 1, 2026');
  });

  it('formats rates in percent with the locale’s sign and spacing, to two decimals', () => {
    expect(makeFormatters('en').percent(20)).toBe('20%');
    expect(makeFormatters('en').percent(9.5)).toBe('9.5%');
    expect(makeFormatters('en').percent(12.25)).toBe('12.25%');
    expect(makeFormatters('sk').percent(9.5).replace(/\s/g, ' ')).toBe('9,5 %');
  });
});
