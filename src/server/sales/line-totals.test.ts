import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AmountOutOfRangeError,
  computeDocumentAmounts,
  divideRoundHalfAwayFromZero,
  lineNetMinor,
  type LineAmountsInput,
} from './line-totals.js';

const rates = [0, 500, 900, 1000, 2000, 2100, 725];
const lineArbitrary: fc.Arbitrary<LineAmountsInput> = fc.record({
  quantityMilli: fc.integer({ min: 1, max: 10_000_000 }),
  unitPriceMinor: fc.integer({ min: 0, max: 100_000_000 }),
  discountBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  taxRateBasisPoints: fc.oneof(fc.constantFrom(...rates), fc.integer({ min: 0, max: 10_000 })),
});
const documentArbitrary = fc.record({
  lines: fc.array(lineArbitrary, { minLength: 0, maxLength: 25 }),
  documentDiscount: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
});

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(divideRoundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(divideRoundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfAwayFromZero(149n, 100n)).toBe(1n);
    expect(divideRoundHalfAwayFromZero(150n, 100n)).toBe(2n);
    expect(divideRoundHalfAwayFromZero(-150n, 100n)).toBe(-2n);
  });

  it('computes a line net from quantity, price and both discounts, rounded once', () => {
    // 1.5 × 9.99 = 14.985 → 14.99
    expect(lineNetMinor({ quantityMilli: 1500, unitPriceMinor: 999, taxRateBasisPoints: 2000 })).toBe(1499);
    // 3 × 3.33 less 10 % = 8.991 → 8.99, then less 5 % = 8.54145 → 8.54 (not 8.99 rounded then discounted)
    const line = {
      quantityMilli: 3000,
      unitPriceMinor: 333,
      discountBasisPoints: 1000,
      taxRateBasisPoints: 2000,
    };
    expect(lineNetMinor(line)).toBe(899);
    expect(lineNetMinor(line, 500)).toBe(854);
  });

  it('taxes each rate on its summed base and spreads it over the lines', () => {
    // Three lines of 0.05 at 10 %: each exact tax is 0.005; the rate's tax is round(0.15 × 10 %) = 0.02.
    const line = { quantityMilli: 1000, unitPriceMinor: 5, taxRateBasisPoints: 1000 };
    const result = computeDocumentAmounts([line, line, line]);
    expect(result.taxBreakdown).toEqual([{ taxRateBasisPoints: 1000, taxableMinor: 15, taxMinor: 2 }]);
    expect(result.lines.map((l) => l.taxMinor)).toEqual([1, 1, 0]);
    expect(result.totals).toEqual({ netMinor: 15, taxMinor: 2, grossMinor: 17 });
  });

  it('keeps the rates apart in the breakdown, by ascending rate', () => {
    const result = computeDocumentAmounts([
      { quantityMilli: 2000, unitPriceMinor: 1000, taxRateBasisPoints: 2000 },
      { quantityMilli: 1000, unitPriceMinor: 1000, taxRateBasisPoints: 900 },
      { quantityMilli: 1000, unitPriceMinor: 555, taxRateBasisPoints: 2000 },
    ]);
    expect(result.taxBreakdown).toEqual([
      { taxRateBasisPoints: 900, taxableMinor: 1000, taxMinor: 90 },
      { taxRateBasisPoints: 2000, taxableMinor: 2555, taxMinor: 511 },
    ]);
    expect(result.totals).toEqual({ netMinor: 3555, taxMinor: 601, grossMinor: 4156 });
  });

  it('has zero totals and no breakdown without lines', () => {
    expect(computeDocumentAmounts([])).toEqual({
      lines: [],
      totals: { netMinor: 0, taxMinor: 0, grossMinor: 0 },
      taxBreakdown: [],
    });
  });

  it('refuses amounts beyond safe integers instead of losing precision', () => {
    const huge = { quantityMilli: 1_000_000_000, unitPriceMinor: 100_000_000_000, taxRateBasisPoints: 0 };
    expect(() => computeDocumentAmounts([huge])).toThrow(AmountOutOfRangeError);
  });
});

describe('properties', () => {
  it('totals equal the sum of their lines, and gross = net + tax on every line', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ lines, documentDiscount }) => {
        const result = computeDocumentAmounts(lines, documentDiscount);
        expect(result.totals.netMinor).toBe(sum(result.lines.map((l) => l.netMinor)));
        expect(result.totals.taxMinor).toBe(sum(result.lines.map((l) => l.taxMinor)));
        expect(result.totals.grossMinor).toBe(sum(result.lines.map((l) => l.grossMinor)));
        for (const line of result.lines) expect(line.grossMinor).toBe(line.netMinor + line.taxMinor);
        expect(sum(result.taxBreakdown.map((entry) => entry.taxableMinor))).toBe(result.totals.netMinor);
        expect(sum(result.taxBreakdown.map((entry) => entry.taxMinor))).toBe(result.totals.taxMinor);
      }),
    );
  });

  it('each rate is taxed on its summed base, as EN 16931 requires', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ lines, documentDiscount }) => {
        const result = computeDocumentAmounts(lines, documentDiscount);
        for (const entry of result.taxBreakdown) {
          const expected = divideRoundHalfAwayFromZero(
            BigInt(entry.taxableMinor) * BigInt(entry.taxRateBasisPoints),
            10_000n,
          );
          expect(entry.taxMinor).toBe(Number(expected));
        }
      }),
    );
  });

  it('no line is more than one minor unit from its exact tax', () => {
    fc.assert(
      fc.property(documentArbitrary, ({ lines, documentDiscount }) => {
        const result = computeDocumentAmounts(lines, documentDiscount);
        result.lines.forEach((amounts, index) => {
          const exactTimes10000 = BigInt(amounts.netMinor) * BigInt(lines[index]!.taxRateBasisPoints);
          const distance = BigInt(amounts.taxMinor) * 10_000n - exactTimes10000;
          expect(distance > -10_000n && distance < 10_000n).toBe(true);
        });
      }),
    );
  });

  it('totals and breakdown do not depend on the order of the lines; each line keeps its net', () => {
    fc.assert(
      fc.property(
        documentArbitrary.chain((document) =>
          fc.tuple(
            fc.constant(document),
            fc.shuffledSubarray(
              document.lines.map((_, i) => i),
              {
                minLength: document.lines.length,
                maxLength: document.lines.length,
              },
            ),
          ),
        ),
        ([{ lines, documentDiscount }, order]) => {
          const original = computeDocumentAmounts(lines, documentDiscount);
          const shuffled = computeDocumentAmounts(
            order.map((i) => lines[i]!),
            documentDiscount,
          );
          expect(shuffled.totals).toEqual(original.totals);
          expect(shuffled.taxBreakdown).toEqual(original.taxBreakdown);
          order.forEach((from, to) =>
            expect(shuffled.lines[to]!.netMinor).toBe(original.lines[from]!.netMinor),
          );
        },
      ),
    );
  });

  it('a line net does not depend on the order its discounts are applied in', () => {
    fc.assert(
      fc.property(lineArbitrary, fc.integer({ min: 0, max: 10_000 }), (line, documentDiscount) => {
        const swapped = { ...line, discountBasisPoints: documentDiscount };
        expect(lineNetMinor(line, documentDiscount)).toBe(
          lineNetMinor(swapped, line.discountBasisPoints ?? 0),
        );
      }),
    );
  });

  it('the net of a document is the sum of the nets of any split of its lines', () => {
    fc.assert(
      fc.property(documentArbitrary, fc.nat(), ({ lines, documentDiscount }, cut) => {
        const at = lines.length === 0 ? 0 : cut % (lines.length + 1);
        const whole = computeDocumentAmounts(lines, documentDiscount);
        const first = computeDocumentAmounts(lines.slice(0, at), documentDiscount);
        const second = computeDocumentAmounts(lines.slice(at), documentDiscount);
        expect(first.totals.netMinor + second.totals.netMinor).toBe(whole.totals.netMinor);
      }),
    );
  });

  it('a line net is within half a minor unit of its exact value', () => {
    fc.assert(
      fc.property(lineArbitrary, fc.integer({ min: 0, max: 10_000 }), (line, documentDiscount) => {
        const exactDenominator = 1000n * 10_000n * 10_000n;
        const exactNumerator =
          BigInt(line.quantityMilli) *
          BigInt(line.unitPriceMinor) *
          (10_000n - BigInt(line.discountBasisPoints ?? 0)) *
          (10_000n - BigInt(documentDiscount));
        const distance = BigInt(lineNetMinor(line, documentDiscount)) * exactDenominator - exactNumerator;
        expect(2n * (distance < 0n ? -distance : distance) <= exactDenominator).toBe(true);
      }),
    );
  });
});
