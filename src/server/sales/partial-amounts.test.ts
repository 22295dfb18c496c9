import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDocumentAmounts,
  divideRoundHalfAwayFromZero,
  partialDocumentAmounts,
  type LineAmountsInput,
} from './line-totals.js';

const lineArbitrary: fc.Arbitrary<LineAmountsInput> = fc.record({
  quantityMilli: fc.integer({ min: 1, max: 100_000 }),
  unitPriceMinor: fc.integer({ min: 0, max: 1_000_000 }),
  discountBasisPoints: fc.integer({ min: 0, max: 10_000 }),
  taxRateBasisPoints: fc.constantFrom(0, 500, 900, 2000, 2100, 725),
});

/** An order and how its lines are cut into parts: for every line, where each cut piece is billed. */
const splitArbitrary = fc
  .record({
    lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }),
    discount: fc.constantFrom(0, 0, 250, 1000, 3333),
    invoices: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 40, maxLength: 40 }),
  })
  .map(({ lines, discount, invoices, seed }) => {
    let next = 0;
    const pick = (bound: number) => seed[next++ % seed.length]! % bound;
    // billed[invoice] maps a line to the quantity that invoice bills of it.
    const billed = Array.from({ length: invoices }, () => new Map<number, number>());
    lines.forEach((line, index) => {
      let left = line.quantityMilli;
      for (let invoice = 0; invoice < invoices && left > 0; invoice += 1) {
        const piece = invoice === invoices - 1 ? left : pick(left + 1);
        if (piece > 0) billed[invoice]!.set(index, piece);
        left -= piece;
      }
    });
    return { lines, discount, billed: billed.filter((part) => part.size > 0) };
  });

describe('an order billed in parts', () => {
  it('adds up exactly to the order: nets per line, tax per rate, totals', () => {
    fc.assert(
      fc.property(splitArbitrary, ({ lines, discount, billed }) => {
        const order = computeDocumentAmounts(lines, discount);
        const invoiced = lines.map(() => 0);
        const netPerLine = lines.map(() => 0);
        const taxPerRate = new Map<number, number>();
        const totals = { netMinor: 0, taxMinor: 0, grossMinor: 0 };
        for (const part of billed) {
          const amounts = partialDocumentAmounts(lines, discount, invoiced, part);
          expect(amounts.lines.map(({ line }) => line)).toEqual([...part.keys()]);
          for (const line of amounts.lines) netPerLine[line.line]! += line.netMinor;
          for (const entry of amounts.taxBreakdown) {
            taxPerRate.set(
              entry.taxRateBasisPoints,
              (taxPerRate.get(entry.taxRateBasisPoints) ?? 0) + entry.taxMinor,
            );
            // Each part's tax stays within a minor unit of its taxable amount × rate.
            const exact = divideRoundHalfAwayFromZero(
              BigInt(entry.taxableMinor) * BigInt(entry.taxRateBasisPoints),
              10_000n,
            );
            expect(Math.abs(entry.taxMinor - Number(exact))).toBeLessThanOrEqual(1);
          }
          // A part is consistent in itself: its lines make its breakdown and its totals.
          expect(amounts.taxBreakdown.reduce((sum, e) => sum + e.taxMinor, 0)).toBe(amounts.totals.taxMinor);
          expect(amounts.taxBreakdown.reduce((sum, e) => sum + e.taxableMinor, 0)).toBe(
            amounts.totals.netMinor,
          );
          expect(amounts.totals.grossMinor).toBe(amounts.totals.netMinor + amounts.totals.taxMinor);
          totals.netMinor += amounts.totals.netMinor;
          totals.taxMinor += amounts.totals.taxMinor;
          totals.grossMinor += amounts.totals.grossMinor;
          for (const [line, quantity] of part) invoiced[line]! += quantity;
        }
        expect(netPerLine).toEqual(order.lines.map((line) => line.netMinor));
        expect(
          order.taxBreakdown.map((e) => [e.taxRateBasisPoints, taxPerRate.get(e.taxRateBasisPoints)]),
        ).toEqual(order.taxBreakdown.map((e) => [e.taxRateBasisPoints, e.taxMinor]));
        expect(totals).toEqual(order.totals);
      }),
      { numRuns: 300 },
    );
  });

  it('bills a whole order in one part exactly as the order', () => {
    const lines = [
      { quantityMilli: 1500, unitPriceMinor: 333, taxRateBasisPoints: 2000 },
      { quantityMilli: 1000, unitPriceMinor: 101, taxRateBasisPoints: 2000 },
    ];
    const part = partialDocumentAmounts(
      lines,
      0,
      [0, 0],
      new Map([
        [0, 1500],
        [1, 1000],
      ]),
    );
    const order = computeDocumentAmounts(lines);
    expect(part.lines.map(({ line: _line, ...amounts }) => amounts)).toEqual(order.lines);
    expect(part.totals).toEqual(order.totals);
  });

  it('gives the part completing a line what the earlier parts left of it', () => {
    // One unit at 1.00 billed as 0.333, 0.333 and 0.334: 0.33, then 0.67 − 0.33, then the rest.
    const lines = [{ quantityMilli: 1000, unitPriceMinor: 100, taxRateBasisPoints: 0 }];
    const nets = [
      [0, 333],
      [333, 333],
      [666, 334],
    ].map(
      ([before, now]) => partialDocumentAmounts(lines, 0, [before!], new Map([[0, now!]])).lines[0]!.netMinor,
    );
    expect(nets).toEqual([33, 34, 33]);
  });
});
