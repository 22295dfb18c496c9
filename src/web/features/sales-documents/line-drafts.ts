import { PERCENT_SCALE, QUANTITY_SCALE, parseScaledDecimal } from '../../../shared/sales/decimal.js';
import { computeDocumentAmounts, type DocumentAmounts } from '../../../shared/sales/line-totals.js';
import type { components } from '../../lib/api-types.generated.js';
import { toMajorUnits, toMinorUnits } from '../../lib/format.js';

export type SalesLine = components['schemas']['SalesLine'];

/** A line as its editor holds it: decimals as typed ("1,5"), the unit price in major units. */
export interface LineDraft {
  key: number;
  productId: string | null;
  description: string;
  quantity: string;
  unitPrice: number | '';
  discountPercent: string;
  taxRate: string;
}

let counter = 0;

export const emptyLine = (taxRate = ''): LineDraft => ({
  key: ++counter,
  productId: null,
  description: '',
  quantity: '1',
  unitPrice: '',
  discountPercent: '',
  taxRate,
});

export function lineDrafts(lines: readonly SalesLine[], currency: string): LineDraft[] {
  return lines.map((line) => ({
    key: ++counter,
    productId: line.productId ?? null,
    description: line.description,
    quantity: line.quantity,
    unitPrice: toMajorUnits(line.unitPriceMinor, currency),
    discountPercent: line.discountPercent ?? '',
    taxRate: line.taxRate,
  }));
}

/** Decimals as people type them ("1,5") in the form the API reads ("1.5"). */
export const apiDecimal = (text: string) => text.trim().replace(',', '.');

export function linesBody(drafts: readonly LineDraft[], currency: string) {
  return drafts.map((line) => ({
    productId: line.productId,
    description: line.description.trim(),
    quantity: apiDecimal(line.quantity),
    unitPriceMinor: line.unitPrice === '' ? 0 : toMinorUnits(line.unitPrice, currency),
    discountPercent: apiDecimal(line.discountPercent) || null,
    taxRate: apiDecimal(line.taxRate) || '0',
  }));
}

/**
 * The amounts the server will compute for the lines as typed, by the same rule (the shared
 * line-totals), or null while a line holds a number that cannot be read.
 */
export function draftAmounts(
  drafts: readonly LineDraft[],
  currency: string,
  documentDiscountPercent: string,
): DocumentAmounts | null {
  const scaled = (text: string, scale: number) => parseScaledDecimal(apiDecimal(text) || '0', scale);
  const inputs = linesBody(drafts, currency).map((line) => ({
    quantityMilli: scaled(line.quantity, QUANTITY_SCALE),
    unitPriceMinor: line.unitPriceMinor,
    discountBasisPoints: scaled(line.discountPercent ?? '', PERCENT_SCALE),
    taxRateBasisPoints: scaled(line.taxRate, PERCENT_SCALE),
  }));
  const documentDiscount = scaled(documentDiscountPercent, PERCENT_SCALE);
  const readable = (value: number | null): value is number => value !== null && value >= 0;
  if (documentDiscount === null || !readable(documentDiscount)) return null;
  const lines = [];
  for (const line of inputs) {
    const { quantityMilli, discountBasisPoints, taxRateBasisPoints } = line;
    if (!readable(quantityMilli) || !readable(discountBasisPoints) || !readable(taxRateBasisPoints))
      return null;
    lines.push({
      quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      discountBasisPoints,
      taxRateBasisPoints,
    });
  }
  try {
    return computeDocumentAmounts(lines, documentDiscount);
  } catch {
    return null; // amounts beyond what the server takes; it says so on save
  }
}

/** Thousandths of a quantity string from the API ("1.5" → 1500). */
export const milli = (quantity: string | undefined) =>
  parseScaledDecimal(quantity ?? '0', QUANTITY_SCALE) ?? 0;

/** A quantity in thousandths as the API writes it (1500 → "1.5"). */
export function quantityText(value: number): string {
  const whole = Math.trunc(value / 1000);
  const fraction = String(value % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
