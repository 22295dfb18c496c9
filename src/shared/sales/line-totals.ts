/**
 * Money of a sales document's lines (deals, quotes, orders, deliveries, invoices, credit notes),
 * in integer minor units, without floating point.
 *
 * Inputs are scaled integers: quantity in thousandths (1.5 → 1500), percents in hundredths
 * (7.25 % → 725). Intermediate products are BigInt, so nothing is lost however large the line.
 *
 * The rounding rule (one rule for the server, the web app and the e-invoice):
 * 1. A line's net is rounded once, half away from zero:
 *      net = round(quantity × unitPrice × (1 − lineDiscount) × (1 − documentDiscount)).
 *    A document discount is spread into each line's net, so the lines carry it.
 * 2. Tax is computed per tax rate, as EN 16931 requires (BR-CO-17: VAT category tax amount =
 *    taxable amount × rate, rounded): a rate's tax = round(Σ net of its lines × rate).
 * 3. That tax is allocated to the rate's lines by the largest remainder: each line first gets its
 *    exact tax rounded down, then the minor units still missing go one each to the lines whose
 *    exact tax had the largest fraction (earlier lines first on a tie). So every line's tax is
 *    within one minor unit of its exact tax, and the lines of a rate add up to the rate's tax.
 * 4. A line's gross = net + tax. A document's totals are the sums of its lines, which equal the
 *    sums of its tax breakdown; none of them depends on the order of the lines.
 */

export interface LineAmountsInput {
  /** Thousandths of a unit: 1.5 pieces is 1500. Not negative. */
  quantityMilli: number;
  /** Price of one unit before tax and discounts, in minor units. */
  unitPriceMinor: number;
  /** Hundredths of a percent: 10 % is 1000. 0 when there is no discount. */
  discountBasisPoints?: number;
  /** Hundredths of a percent: 20 % is 2000. */
  taxRateBasisPoints: number;
}

export interface LineAmounts {
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
}

export interface TaxBreakdownEntry {
  taxRateBasisPoints: number;
  taxableMinor: number;
  taxMinor: number;
}

export interface DocumentAmounts {
  /** One entry per input line, in the input's order. */
  lines: LineAmounts[];
  totals: LineAmounts;
  /** One entry per tax rate present, by ascending rate. */
  taxBreakdown: TaxBreakdownEntry[];
}

/** Raised when an amount would not fit a JavaScript safe integer; callers answer 400. */
export class AmountOutOfRangeError extends RangeError {
  constructor() {
    super('The amounts are too large');
    this.name = 'AmountOutOfRangeError';
  }
}

const MILLI = 1000n;
const WHOLE_PERCENT = 10_000n; // 100 % in hundredths of a percent

/** Divides rounding half away from zero (the rule commercial rounding and EN 16931 use). */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

function floorDivide(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n !== denominator < 0n ? quotient - 1n : quotient;
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new AmountOutOfRangeError();
  }
  return Number(value);
}

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new TypeError(`${what} must be a safe integer`);
}

/** A line's net after its own discount and the document's, rounded once (step 1). */
export function lineNetMinor(line: LineAmountsInput, documentDiscountBasisPoints = 0): number {
  assertInteger(line.quantityMilli, 'quantityMilli');
  assertInteger(line.unitPriceMinor, 'unitPriceMinor');
  assertInteger(line.discountBasisPoints ?? 0, 'discountBasisPoints');
  assertInteger(documentDiscountBasisPoints, 'documentDiscountBasisPoints');
  const numerator =
    BigInt(line.quantityMilli) *
    BigInt(line.unitPriceMinor) *
    (WHOLE_PERCENT - BigInt(line.discountBasisPoints ?? 0)) *
    (WHOLE_PERCENT - BigInt(documentDiscountBasisPoints));
  return toSafeNumber(divideRoundHalfAwayFromZero(numerator, MILLI * WHOLE_PERCENT * WHOLE_PERCENT));
}

/** Tax of one rate's lines (steps 2 and 3): the rate's rounded tax, spread over its lines. */
function allocateRateTax(nets: bigint[], rateBasisPoints: bigint): { total: bigint; perLine: bigint[] } {
  const exact = nets.map((net) => net * rateBasisPoints); // in 1/10000 of a minor unit
  const total = divideRoundHalfAwayFromZero(
    exact.reduce((sum, value) => sum + value, 0n),
    WHOLE_PERCENT,
  );
  const perLine = exact.map((value) => floorDivide(value, WHOLE_PERCENT));
  let missing = total - perLine.reduce((sum, value) => sum + value, 0n);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - floorDivide(value, WHOLE_PERCENT) * WHOLE_PERCENT }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  // Rounding down loses less than one unit per line and the total is within half a unit of the
  // exact sum, so 0 ≤ missing ≤ number of lines: one pass hands each line at most one unit.
  for (const { index } of byRemainder) {
    if (missing <= 0n) break;
    perLine[index]! += 1n;
    missing -= 1n;
  }
  return { total, perLine };
}

/** Every line's net, tax and gross, the document's totals and its tax breakdown per rate. */
export function computeDocumentAmounts(
  lines: readonly LineAmountsInput[],
  documentDiscountBasisPoints = 0,
): DocumentAmounts {
  const nets = lines.map((line) => BigInt(lineNetMinor(line, documentDiscountBasisPoints)));
  const taxes: bigint[] = lines.map(() => 0n);
  const byRate = new Map<number, number[]>();
  lines.forEach((line, index) => {
    assertInteger(line.taxRateBasisPoints, 'taxRateBasisPoints');
    byRate.set(line.taxRateBasisPoints, [...(byRate.get(line.taxRateBasisPoints) ?? []), index]);
  });
  const taxBreakdown: TaxBreakdownEntry[] = [];
  for (const rate of [...byRate.keys()].sort((a, b) => a - b)) {
    const indexes = byRate.get(rate)!;
    const rateNets = indexes.map((index) => nets[index]!);
    const { total, perLine } = allocateRateTax(rateNets, BigInt(rate));
    indexes.forEach((lineIndex, position) => (taxes[lineIndex] = perLine[position]!));
    const taxable = rateNets.reduce((sum, value) => sum + value, 0n);
    taxBreakdown.push({
      taxRateBasisPoints: rate,
      taxableMinor: toSafeNumber(taxable),
      taxMinor: toSafeNumber(total),
    });
  }
  const lineAmounts = nets.map((net, index) => ({
    netMinor: toSafeNumber(net),
    taxMinor: toSafeNumber(taxes[index]!),
    grossMinor: toSafeNumber(net + taxes[index]!),
  }));
  const netTotal = nets.reduce((sum, value) => sum + value, 0n);
  const taxTotal = taxes.reduce((sum, value) => sum + value, 0n);
  return {
    lines: lineAmounts,
    totals: {
      netMinor: toSafeNumber(netTotal),
      taxMinor: toSafeNumber(taxTotal),
      grossMinor: toSafeNumber(netTotal + taxTotal),
    },
    taxBreakdown,
  };
}

export interface PartialAmounts {
  /** One entry per line billed in this part, in the order of `billedNowMilli`'s entries. */
  lines: (LineAmounts & { line: number })[];
  totals: LineAmounts;
  /** The rates of this part's lines, by ascending rate. */
  taxBreakdown: TaxBreakdownEntry[];
}

/**
 * The amounts of one part of a document billed in parts (an order invoiced in several invoices):
 * the whole document's amounts with every line at the quantity billed up to and including this
 * part, less its amounts at the quantity billed before. Consecutive parts telescope, so once every
 * line is billed in full they add up exactly to the document's nets, tax per rate and gross: the
 * part that completes a line takes what is left. A rate's tax is the difference of the rate's
 * rounded taxes, so it is within one minor unit of its taxable amount × rate. When a line outside
 * this part shifts a minor unit of its rate's allocation, that unit goes to the part's last line of
 * the rate, the only place it can be billed.
 */
export function partialDocumentAmounts(
  lines: readonly LineAmountsInput[],
  documentDiscountBasisPoints: number,
  billedBeforeMilli: readonly number[],
  billedNowMilli: ReadonlyMap<number, number>,
): PartialAmounts {
  const before = lines.map((line, index) => ({ ...line, quantityMilli: billedBeforeMilli[index] ?? 0 }));
  const after = before.map((line, index) => ({
    ...line,
    quantityMilli: line.quantityMilli + (billedNowMilli.get(index) ?? 0),
  }));
  const was = computeDocumentAmounts(before, documentDiscountBasisPoints);
  const is = computeDocumentAmounts(after, documentDiscountBasisPoints);
  const change = (index: number) => ({
    netMinor: is.lines[index]!.netMinor - was.lines[index]!.netMinor,
    taxMinor: is.lines[index]!.taxMinor - was.lines[index]!.taxMinor,
  });
  const billed = [...billedNowMilli.keys()];
  const partLines = billed.map((line) => ({ line, ...change(line) }));
  const taxBreakdown: TaxBreakdownEntry[] = [];
  for (const entry of is.taxBreakdown) {
    const rate = entry.taxRateBasisPoints;
    const ofRate = partLines.filter(({ line }) => lines[line]!.taxRateBasisPoints === rate);
    if (ofRate.length === 0) continue;
    const earlier = was.taxBreakdown.find((e) => e.taxRateBasisPoints === rate)!;
    const taxMinor = entry.taxMinor - earlier.taxMinor;
    ofRate.at(-1)!.taxMinor += taxMinor - ofRate.reduce((sum, line) => sum + line.taxMinor, 0);
    taxBreakdown.push({
      taxRateBasisPoints: rate,
      taxableMinor: entry.taxableMinor - earlier.taxableMinor,
      taxMinor,
    });
  }
  const withGross = partLines.map((line) => ({ ...line, grossMinor: line.netMinor + line.taxMinor }));
  const sum = (key: keyof LineAmounts) => withGross.reduce((total, line) => total + line[key], 0);
  return {
    lines: withGross,
    totals: { netMinor: sum('netMinor'), taxMinor: sum('taxMinor'), grossMinor: sum('grossMinor') },
    taxBreakdown,
  };
}
