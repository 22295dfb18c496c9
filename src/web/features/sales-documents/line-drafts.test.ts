import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAmounts, emptyLine, linesBody, milli, quantityText, type LineDraft } from './line-drafts.js';

const line = (patch: Partial<LineDraft>): LineDraft => ({ ...emptyLine(), ...patch });

describe('sales lines as typed in the web app', () => {
  it('computes the totals the server computes, decimal commas included', () => {
    // The server's own example: 1.5 × 99.99 at 20 % and 3 × 12.50 less 10 % at 9 %.
    const amounts = draftAmounts(
      [
        line({ quantity: '1,5', unitPrice: 99.99, taxRate: '20' }),
        line({ quantity: '3', unitPrice: 12.5, discountPercent: '10', taxRate: '9' }),
      ],
      'EUR',
      '',
    );
    expect(amounts?.lines.map((l) => [l.netMinor, l.taxMinor])).toEqual([
      [14_999, 3_000],
      [3_375, 304],
    ]);
    expect(amounts?.totals).toEqual({ netMinor: 18_374, taxMinor: 3_304, grossMinor: 21_678 });
  });

  it('has no totals while a number cannot be read', () => {
    expect(draftAmounts([line({ quantity: 'two', unitPrice: 1, taxRate: '20' })], 'EUR', '')).toBeNull();
    expect(draftAmounts([line({ quantity: '1', unitPrice: 1, taxRate: '20.125' })], 'EUR', '')).toBeNull();
    expect(draftAmounts([line({ quantity: '1', unitPrice: 1, taxRate: '20' })], 'EUR', '-5')).toBeNull();
  });

  it('sends prices in minor units and decimals with a point', () => {
    expect(linesBody([line({ quantity: ' 2,25 ', unitPrice: 1500, taxRate: '' })], 'JPY')).toEqual([
      {
        productId: null,
        description: '',
        quantity: '2.25',
        unitPriceMinor: 1500,
        discountPercent: null,
        taxRate: '0',
      },
    ]);
  });

  it('writes quantities back as the API reads them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (value) => {
        expect(milli(quantityText(value))).toBe(value);
      }),
    );
  });
});
