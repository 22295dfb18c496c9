import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScaledDecimal, parseScaledDecimal } from './decimal.js';
import { salesLineInput, salesLinesAmounts } from './sales-line.js';

describe('decimal strings', () => {
  it('parses exact decimals and refuses what would need rounding', () => {
    expect(parseScaledDecimal('1.5', 3)).toBe(1500);
    expect(parseScaledDecimal('20', 2)).toBe(2000);
    expect(parseScaledDecimal('7.250', 2)).toBe(725);
    expect(parseScaledDecimal(0.1, 2)).toBe(10);
    expect(parseScaledDecimal('7.255', 2)).toBeNull();
    expect(parseScaledDecimal(0.1 + 0.2, 2)).toBeNull();
    expect(parseScaledDecimal('1e3', 3)).toBeNull();
    expect(parseScaledDecimal('abc', 3)).toBeNull();
    expect(parseScaledDecimal('-2', 3)).toBe(-2000);
  });

  it('prints the shortest form and reads it back', () => {
    expect(formatScaledDecimal(1500, 3)).toBe('1.5');
    expect(formatScaledDecimal(5, 3)).toBe('0.005');
    expect(formatScaledDecimal(2000, 2)).toBe('20');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 }), (scaled, scale) => {
        expect(parseScaledDecimal(formatScaledDecimal(scaled, scale), scale)).toBe(scaled);
      }),
    );
  });
});

describe('sales line schema', () => {
  const valid = { description: 'Consulting', quantity: '1.5', unitPriceMinor: 10000, taxRate: '20' };

  it('normalises decimals to strings', () => {
    expect(salesLineInput.parse({ ...valid, quantity: 2, discountPercent: '10.50' })).toMatchObject({
      quantity: '2',
      discountPercent: '10.5',
      taxRate: '20',
    });
  });

  it.each([
    ['quantity', { quantity: '-1' }],
    ['quantity', { quantity: '0' }],
    ['quantity', { quantity: '1.2345' }],
    ['taxRate', { taxRate: '20.125' }],
    ['taxRate', { taxRate: '101' }],
    ['discountPercent', { discountPercent: '-5' }],
    ['unitPriceMinor', { unitPriceMinor: 1.5 }],
    ['unitPriceMinor', { unitPriceMinor: -100 }],
    ['description', { description: ' ' }],
  ])('refuses a bad %s', (field, change) => {
    const result = salesLineInput.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('computes amounts from API lines with a document discount', () => {
    const lines = [
      salesLineInput.parse(valid),
      salesLineInput.parse({ ...valid, quantity: '3', taxRate: '9' }),
    ];
    const amounts = salesLinesAmounts(lines, '10');
    expect(amounts.lines.map((l) => l.netMinor)).toEqual([13500, 27000]);
    expect(amounts.totals).toEqual({ netMinor: 40500, taxMinor: 2700 + 2430, grossMinor: 45630 });
  });
});
